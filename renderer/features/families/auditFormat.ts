import type { AuditEntry } from '../../../core/contract';
import { fieldByKey, type QuestionnaireVersion } from '../../../core/domain/catalogue';
import { catalogueKeyOf } from '../../../core/domain/field-names';
import { formatFieldValue } from '../../../core/domain/field-input';
import { formatDate, t } from '../../i18n';

/** What the family operations record besides catalogue fields. */
const OPERATION_FIELDS: Record<string, string> = {
  memberCount: 'Jumlah anggota',
  noKk: 'No KK',
  presenceDate: 'Tanggal keberadaan',
  presenceReason: 'Alasan keberadaan',
  duplicateOf: 'Data ganda dari anggota',
  splitFrom: 'Pecahan dari KK',
  splitTo: 'Pecah KK menjadi',
  status: 'Status usulan',
  decisionReason: 'Alasan keputusan',
  bukti: 'Bukti',
};

const ACTIONS: Record<string, string> = {
  update: 'Ubah', create: 'Buat', paste: 'Tempel', 'fill-down': 'Isi ke bawah', undo: 'Batalkan', redo: 'Ulangi',
  // A record an import created is shown with the import's one entry (db/queries/audit.ts listAudit).
  import: 'Dibuat oleh impor',
  'add-member': 'Tambah anggota', 'change-head': 'Ganti kepala keluarga', 'set-presence': 'Ubah keberadaan', 'move-member': 'Pindah KK',
  'split-family': 'Pecah KK', 'merge-member': 'Gabung data ganda',
  'proposal-create': 'Usulan dibuat', 'proposal-update': 'Usulan diubah', 'proposal-change': 'Perbaikan diusulkan', 'proposal-change-drop': 'Perbaikan dibatalkan',
  'proposal-diajukan': 'Diajukan', 'proposal-dikembalikan': 'Dikembalikan', 'proposal-ditolak': 'Ditolak', 'proposal-diverifikasi': 'Diverifikasi',
  'proposal-disahkan': 'Disahkan', 'proposal-approve': 'Diterapkan dari usulan', 'evidence-upload': 'Bukti diunggah', 'evidence-delete': 'Bukti dihapus',
};

/** Newest first; a record's creation by an import is older than the changes that import made at the same moment. */
export function newestFirst(a: AuditEntry, b: AuditEntry): number {
  return b.at.localeCompare(a.at) || Number(a.action === 'import') - Number(b.action === 'import') || b.id - a.id;
}

export function auditActionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

export function auditFieldLabel(entry: AuditEntry): string {
  const key = entry.field;
  if (!key) return auditActionLabel(entry.action);
  return OPERATION_FIELDS[key] ?? fieldByKey(catalogueKeyOf(key))?.label ?? key;
}

/** Stored values are codes, 1/0 and ISO dates; show them as the card does. */
export function auditValue(key: string | null, value: string | null, version: QuestionnaireVersion = 'REGSOSEK2022K'): string {
  if (value === null || value === '') return t('audit.emptyValue');
  if (key === 'presenceDate') return formatDate(value);
  const field = key ? fieldByKey(catalogueKeyOf(key)) : undefined;
  if (!field) return value;
  const numeric = ['code', 'yesno', 'integer', 'decimal', 'bitmask'].includes(field.type);
  return formatFieldValue(field, numeric ? Number(value) : value, version);
}
