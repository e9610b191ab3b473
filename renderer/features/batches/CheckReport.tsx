import type { CheckReport as Report } from '../../../core/contract/batches';
import { formatDateTime, formatNumber } from '../../i18n';
import { CountsTable } from './CountsTable';
import { PROBLEM_KIND_LABELS } from './labels';

/** The batch check as a printable report: verdict, the problems that block the freeze, warnings, counts per desa and type. */
export function CheckReport({ report }: { report: Report }) {
  const listed = report.problems.length;
  const total = Object.values(report.problemCounts).reduce((n, c) => n + c, 0);
  return (
    <section className="check-report print-area" aria-label="Laporan pemeriksaan batch">
      <header className="check-head">
        <h3>Laporan pemeriksaan: {report.batch.name}</h3>
        <button type="button" className="no-print" onClick={() => window.print()}>Cetak laporan</button>
      </header>
      <p className="muted small">Diperiksa {formatDateTime(report.checkedAt)} · periode {report.batch.period} · {formatNumber(report.batch.itemCount)} usulan</p>
      <p role="status" className={report.ok ? 'check-verdict ok' : 'check-verdict blocked'}>
        {report.ok
          ? 'Tidak ada masalah yang menghalangi. Batch siap dibekukan oleh Kepala OPD.'
          : `${formatNumber(report.blockingCount)} masalah menghalangi pembekuan. Selesaikan dulu, lalu periksa lagi.`}
      </p>
      {total > 0 && (
        <ul className="check-kinds" aria-label="Masalah per jenis">
          {Object.entries(report.problemCounts).filter(([, n]) => n > 0).map(([kind, n]) => (
            <li key={kind}>{PROBLEM_KIND_LABELS[kind as keyof typeof PROBLEM_KIND_LABELS]}: <strong>{formatNumber(n)}</strong></li>
          ))}
        </ul>
      )}
      {listed > 0 && (
        <table className="check-problems" aria-label="Masalah">
          <thead><tr><th>Usulan</th><th>Desa</th><th>Masalah yang menghalangi</th></tr></thead>
          <tbody>
            {report.problems.map((p, i) => (
              <tr key={i} className="blocking">
                <td>{p.proposalId ? `#${p.proposalId}` : '—'}</td><td>{p.desaName}</td><td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > listed && <p className="muted small">Ditampilkan {formatNumber(listed)} dari {formatNumber(total)} masalah.</p>}
      <h4>Peringatan pada data batch ({formatNumber(report.warningCount)}, {formatNumber(report.acknowledgedCount)} sudah ditanggapi)</h4>
      {report.warnings.length > 0 ? (
        <table className="check-warnings" aria-label="Peringatan">
          <thead><tr><th>Usulan</th><th>Aturan</th><th>Peringatan</th><th>Tanggapan</th></tr></thead>
          <tbody>
            {report.warnings.map((w, i) => (
              <tr key={i}><td>#{w.proposalId}</td><td className="mono">{w.ruleId}</td><td>{w.message}</td><td>{w.acknowledgedReason ?? <em>perlu diperhatikan</em>}</td></tr>
            ))}
          </tbody>
        </table>
      ) : <p className="muted">Tidak ada peringatan.</p>}
      <h4>Jumlah usulan per desa dan jenis</h4>
      <CountsTable rows={report.perDesa} />
    </section>
  );
}
