import { ApiError } from '../../contract/errors';
import { editableField, parseFieldInput, type EditableEntity } from '../../domain/field-input';
import type { CatalogueField } from '../../domain/catalogue';
import { appendAudit } from '../../../db/queries/audit';
import { loadRecord, writeRecordFields, type RecordValues, type StoredValue } from '../../../db/queries/records';
import type { Sqlite } from '../../../db/open';
import { recheckFamilies } from '../validation/runner';
import { refreshFamilySummary } from './family-summary';

export interface CellChange {
  entity: EditableEntity;
  id: number;
  /** Catalogue key. */
  field: string;
  value: string | null;
  /** The record version the user saw; the first change of a record decides. */
  expectedVersion?: number;
}

export type CellOutcome =
  | { ok: true; oldValue: StoredValue; newValue: StoredValue; changed: boolean }
  | { ok: false; message: string; oldValue: StoredValue | null };

export interface EditOutcome {
  cells: CellOutcome[];
  /** Every record the edit names, as it is after applying (or as it is, for a preview). */
  records: RecordValues[];
  applied: boolean;
}

export interface EditOptions {
  userId: number;
  dryRun?: boolean;
  /** Recorded in the audit trail: 'update', 'paste', 'fill-down', 'undo', 'redo'. */
  action?: string;
  /** The approved proposal these changes carry out (audited with them). */
  proposalId?: number;
}

/** Member fields the families grid shows in denormalised form (head name, present members). */
const SUMMARY_KEYS = new Set(['nama', 'hubunganKeluarga', 'keberadaan']);

const VERSION_MESSAGE =
  'Data ini sudah diubah oleh proses lain sejak Anda membukanya. Nilai terbaru ditampilkan; periksa lalu ulangi perubahan Anda.';

export interface Planned {
  record: RecordValues;
  changes: { field: CatalogueField; value: StoredValue; oldValue: StoredValue }[];
}

/**
 * One user edit of one or many cells (a typed value, a pasted block, a fill-down, an undo):
 * every cell is parsed with the field's rules and every record's version is checked; then all
 * of it is written in one transaction with an audit entry per changed field, or nothing is.
 */
export function applyCellEdits(db: Sqlite, changes: readonly CellChange[], options: EditOptions): EditOutcome {
  return db.transaction(() => {
    if (options.dryRun) {
      const { cells, planned } = plan(db, changes);
      return { cells, records: [...planned.values()].map((p) => p.record), applied: false };
    }
    const { cells, planned } = checkedPlan(db, changes);
    const at = new Date().toISOString();
    const families = new Set<number>();
    const summaries = new Set<number>();
    for (const { record, changes: recordChanges } of planned.values()) {
      if (recordChanges.length === 0) continue;
      writeRecordFields(db, record.entity, record.id, recordChanges, at);
      for (const change of recordChanges) {
        appendAudit(db, {
          userId: options.userId, action: options.action ?? 'update', entity: record.entity, entityId: record.id,
          field: change.field.key, oldValue: asText(change.oldValue), newValue: asText(change.value), proposalId: options.proposalId,
        }, at);
        if (record.entity === 'member' && SUMMARY_KEYS.has(change.field.key)) summaries.add(record.familyId);
      }
      families.add(record.familyId);
    }
    for (const familyId of summaries) refreshFamilySummary(db, familyId);
    recheckFamilies(db, families);
    const records = [...planned.values()].map((p) => (p.changes.length ? loadRecord(db, p.record.entity, p.record.id)! : p.record));
    return { cells, records, applied: true };
  }).immediate();
}

/** The parsed changes per record, or VERSION_CONFLICT / INVALID_INPUT (also used to record a perbaikan instead). */
export function checkedPlan(db: Sqlite, changes: readonly CellChange[]): { cells: CellOutcome[]; planned: Map<string, Planned> } {
  const { cells, planned, failed, stale } = plan(db, changes);
  if (stale) throw new ApiError('VERSION_CONFLICT', VERSION_MESSAGE, { entity: stale.entity, id: stale.id, currentVersion: stale.version, currentValues: stale.values });
  if (failed.length) {
    const first = failed[0]!;
    const more = failed.length > 1 ? ` (dan ${failed.length - 1} sel lain)` : '';
    throw new ApiError('INVALID_INPUT', `${first.message}${more}`, { cells: failed.length });
  }
  return { cells, planned };
}

function plan(db: Sqlite, changes: readonly CellChange[]) {
  const planned = new Map<string, Planned>();
  const cells: CellOutcome[] = [];
  const failed: { message: string }[] = [];
  let stale: RecordValues | null = null;
  const fail = (message: string, oldValue: StoredValue | null = null) => {
    const outcome: CellOutcome = { ok: false, message, oldValue };
    cells.push(outcome);
    failed.push(outcome);
  };
  for (const change of changes) {
    const key = `${change.entity}:${change.id}`;
    let entry = planned.get(key);
    if (!entry) {
      const record = loadRecord(db, change.entity, change.id);
      if (!record) {
        fail(`${change.entity === 'family' ? 'Keluarga' : 'Anggota keluarga'} dengan id ${change.id} tidak ditemukan.`);
        continue;
      }
      if (change.expectedVersion !== undefined && change.expectedVersion !== record.version) stale ??= record;
      entry = { record, changes: [] };
      planned.set(key, entry);
    }
    const field = editableField(change.entity, change.field);
    if (!field) {
      fail(`Kolom "${change.field}" tidak dapat diubah di sini.`);
      continue;
    }
    const oldValue = entry.record.values[field.key] ?? null;
    const parsed = parseFieldInput(field, change.value, entry.record.questionnaireVersion);
    if (!parsed.ok) {
      fail(parsed.message, oldValue);
      continue;
    }
    const changed = parsed.value !== oldValue;
    cells.push({ ok: true, oldValue, newValue: parsed.value, changed });
    if (!changed) continue;
    const existing = entry.changes.find((c) => c.field.key === field.key);
    if (existing) existing.value = parsed.value;
    else entry.changes.push({ field, value: parsed.value, oldValue });
  }
  return { cells, planned, failed, stale };
}

function asText(value: StoredValue): string | null {
  return value === null ? null : String(value);
}
