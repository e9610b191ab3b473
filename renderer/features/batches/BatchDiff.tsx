import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../core/contract/methods';
import { api, errorMessage } from '../../api';
import { formatNumber } from '../../i18n';

type Diff = MethodOutput<'batches.diff'>;

/** What changed in the records since the freeze: shown as differences, the frozen content itself never changes. */
export function BatchDiff({ id, onError }: { id: number; onError: (message: string) => void }) {
  const [diff, setDiff] = useState<Diff | null>(null);
  useEffect(() => {
    api.call('batches.diff', { id }).then(setDiff, (e: unknown) => onError(errorMessage(e)));
  }, [id, onError]);
  if (!diff) return <p className="muted">Membandingkan…</p>;
  if (diff.unchanged) return <p role="status" className="check-verdict ok">Data sekarang sama persis dengan isi batch saat dibekukan.</p>;
  return (
    <section className="batch-diff" aria-label="Perbedaan dengan data sekarang">
      <p role="status" className="check-verdict blocked">
        {formatNumber(diff.differenceCount)} perbedaan dan {formatNumber(diff.statusChanges.length)} perubahan status usulan sejak dibekukan.
        Isi batch tidak berubah; koreksi masuk ke batch baru.
      </p>
      <table aria-label="Perbedaan">
        <thead><tr><th>Usulan</th><th>NIK / No KK</th><th>Kolom</th><th>Saat dibekukan</th><th>Sekarang</th></tr></thead>
        <tbody>
          {diff.differences.map((d, i) => (
            <tr key={i}><td>#{d.proposalId}</td><td className="mono">{d.nik ?? d.noKk ?? '—'}</td><td>{d.label}</td><td>{d.frozen ?? '—'}</td><td>{d.current ?? '—'}</td></tr>
          ))}
          {diff.statusChanges.map((s) => (
            <tr key={`s${s.proposalId}`}><td>#{s.proposalId}</td><td>—</td><td>Status usulan</td><td>{s.frozen}</td><td>{s.current}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
