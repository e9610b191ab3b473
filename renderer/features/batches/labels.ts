import type { BatchInfo, CheckReport } from '../../../core/contract/batches';

export const BATCH_STATUS_LABELS: Record<BatchInfo['status'], string> = { draft: 'Draf', dibekukan: 'Dibekukan' };

export const PROBLEM_KIND_LABELS: Record<CheckReport['problems'][number]['kind'], string> = {
  temuan_error: 'Temuan verifikasi (error)',
  bukti_usulan: 'Bukti usulan belum lengkap',
  bukti_desa: 'BA musdes/muskel atau SPTJM desa belum ada',
  batch_ganda: 'Usulan ada di batch lain',
  status_berubah: 'Status usulan berubah',
};

export const PERIOD_KIND_LABELS = { bulanan: 'Bulanan', semesteran: 'Semesteran' } as const;

/** Shortened hash for screens; the full value is in the title and on the printed documents. */
export const shortHash = (hash: string | null) => (hash ? `${hash.slice(0, 12)}…${hash.slice(-6)}` : '—');
