import { useCallback, useEffect, useState } from 'react';
import type { Role } from '../../../core/contract';
import type { CheckReport as Report } from '../../../core/contract/batches';
import type { MethodOutput } from '../../../core/contract/methods';
import { TYPE_LABELS } from '../../../core/domain/proposal-labels';
import { PROPOSAL_TYPES } from '../../../core/contract/proposals';
import { api, errorMessage } from '../../api';
import { formatDate, formatDateTime, formatNumber } from '../../i18n';
import { useBusyAction } from '../shared/useBusyAction';
import { BatchDiff } from './BatchDiff';
import { CheckReport } from './CheckReport';
import { CountsTable } from './CountsTable';
import { ExportPackage } from './ExportPackage';
import { BATCH_STATUS_LABELS, PERIOD_KIND_LABELS, shortHash } from './labels';

type Detail = MethodOutput<'batches.get'>;

interface Props {
  id: number;
  role: Role | null;
  onChanged: () => void;
  onDeleted: () => void;
  onError: (message: string) => void;
}

/** One batch: what it holds, the check, the freeze (kepala OPD), and for a frozen batch the difference and the export. */
export function BatchDetail({ id, role, onChanged, onDeleted, onError }: Props) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const { busy, run } = useBusyAction(onError);
  const [showDiff, setShowDiff] = useState(false);

  const load = useCallback(() => {
    api.call('batches.get', { id }).then(setDetail, (e: unknown) => onError(errorMessage(e)));
  }, [id, onError]);
  useEffect(load, [load]);

  if (!detail) return <p className="muted">Memuat batch…</p>;
  const { batch } = detail;
  const transition = { id: batch.id, expectedVersion: batch.version };
  const changed = (next: Detail) => { setDetail(next); setReport(null); onChanged(); };
  const check = () => run(() => api.call('batches.check', { id: batch.id }), setReport);
  const refresh = () => run(() => api.call('batches.refresh', transition), changed);
  const freeze = () => run(() => api.call('batches.freeze', transition), changed);
  const remove = () => {
    if (window.confirm(`Hapus draf "${batch.name}"? Usulannya kembali bebas untuk batch lain.`)) void run(() => api.call('batches.delete', transition), onDeleted);
  };
  const isDraft = batch.status === 'draft';

  return (
    <article className="card batch-detail" aria-label={`Batch ${batch.name}`}>
      <header className="batch-detail-head">
        <h2>{batch.name}</h2>
        <span className={`batch-status batch-${batch.status}`}>{BATCH_STATUS_LABELS[batch.status]}</span>
      </header>
      <dl className="batch-facts">
        <dt>Periode</dt><dd>{batch.period} ({PERIOD_KIND_LABELS[batch.periodKind]}), batas {formatDate(batch.cutoffDate)}</dd>
        <dt>Wilayah</dt><dd>{batch.kecamatanCodes ? `${batch.kecamatanCodes.length} kecamatan (${batch.kecamatanCodes.join(', ')})` : 'Seluruh kabupaten/kota'}</dd>
        <dt>Dibuat</dt><dd>{batch.createdByName}, {formatDateTime(batch.createdAt)}</dd>
        {batch.replacesBatchId && <><dt>Koreksi atas</dt><dd>batch #{batch.replacesBatchId}</dd></>}
        {batch.frozenAt && <><dt>Dibekukan</dt><dd>{batch.frozenByName}, {formatDateTime(batch.frozenAt)}</dd></>}
        {batch.contentHash && <><dt>Hash isi</dt><dd className="mono" title={batch.contentHash}>{shortHash(batch.contentHash)}</dd></>}
        {batch.auditAnchor && <><dt>Jangkar audit</dt><dd className="mono" title={batch.auditAnchor}>{shortHash(batch.auditAnchor)}</dd></>}
      </dl>
      <p className="batch-type-counts" aria-label="Jumlah per jenis">
        {PROPOSAL_TYPES.map((type) => <span key={type}>{TYPE_LABELS[type]}: <strong>{formatNumber(detail.counts[type])}</strong></span>)}
        <span>Jumlah: <strong>{formatNumber(batch.itemCount)}</strong></span>
      </p>
      <div className="batch-buttons">
        {isDraft && <button type="button" onClick={() => void check()} disabled={busy}>Periksa batch</button>}
        {isDraft && <button type="button" onClick={() => void refresh()} disabled={busy}>Perbarui isi</button>}
        {isDraft && role === 'kepala_opd' && (
          <button type="button" className="primary" onClick={() => void freeze()} disabled={busy || !report?.ok} title={report?.ok ? undefined : 'Periksa batch dulu; bekukan hanya bila tidak ada masalah yang menghalangi.'}>
            Bekukan batch
          </button>
        )}
        {isDraft && <button type="button" className="danger" onClick={remove} disabled={busy}>Hapus draf</button>}
        {!isDraft && <button type="button" aria-pressed={showDiff} onClick={() => setShowDiff(!showDiff)}>Bandingkan dengan data sekarang</button>}
      </div>
      {busy && <p role="status" className="hint">Sedang diproses… Pembekuan batch besar (100.000 usulan) memerlukan sekitar 15 detik.</p>}
      {isDraft && role !== 'kepala_opd' && <p className="hint">Batch dibekukan oleh Kepala OPD setelah pemeriksaan bersih.</p>}
      {report && <CheckReport report={report} />}
      {showDiff && <BatchDiff id={batch.id} onError={onError} />}
      {!isDraft && <ExportPackage batch={batch} onError={onError} />}
      {!report && <CountsTable rows={detail.perDesa} />}
    </article>
  );
}
