import { fieldByKey, type QuestionnaireVersion } from '../../domain/catalogue';
import { layoutFingerprint } from '../../domain/catalogue/headers';
import type { ImportConflict, ImportHistoryEntry } from '../../contract/import';
import type { Sqlite } from '../../../db/open';
import { appendAudit } from '../../../db/queries/audit';
import type { FieldChange } from './table-writer';
import { asText } from './table-writer';
import type { ColumnMapping, SheetPlan } from './plan';

export interface NewImport {
  now: string;
  userId: number;
  fileName: string;
  sha256: string;
  format: string;
  layout: string;
  presetName: string | null;
  version: QuestionnaireVersion;
}

export function recordImport(db: Sqlite, entry: NewImport): number {
  const result = db
    .prepare(
      `INSERT INTO imports (started_at, finished_at, user_id, file_name, sha256, format, layout, preset_name, questionnaire_version,
         new_count, updated_count, unchanged_count, rejected_count, conflict_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0)`,
    )
    .run(entry.now, entry.now, entry.userId, entry.fileName, entry.sha256, entry.format, entry.layout, entry.presetName, entry.version);
  return Number(result.lastInsertRowid);
}

/** Tables whose new rows an import audits by id range in its one entry; keyed by audit entity. */
const CREATED_TABLES = { household: 'households', family: 'families', member: 'members' } as const;
export type CreatedRanges = Partial<Record<keyof typeof CREATED_TABLES, [number, number]>>;

export function largestIds(db: Sqlite): Record<keyof typeof CREATED_TABLES, number> {
  const max = (table: string) => db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;
  return { household: max(CREATED_TABLES.household), family: max(CREATED_TABLES.family), member: max(CREATED_TABLES.member) };
}

/**
 * The records an import created: the ids above the largest before it (it held the only write lock,
 * and rowids grow). They are audited by the import's one entry rather than one entry each.
 */
export function createdSince(db: Sqlite, before: Record<keyof typeof CREATED_TABLES, number>): CreatedRanges {
  const after = largestIds(db);
  const ranges: CreatedRanges = {};
  for (const entity of Object.keys(CREATED_TABLES) as (keyof typeof CREATED_TABLES)[]) {
    if (after[entity] > before[entity]) ranges[entity] = [before[entity] + 1, after[entity]];
  }
  return ranges;
}

export interface ImportAudit {
  importId: number;
  userId: number;
  now: string;
  fileName: string;
  sha256: string;
  counts: { new: number; updated: number; unchanged: number; rejected: number };
  created: CreatedRanges;
}

/** The import's entry in the audit chain: file, SHA-256, counts and the id ranges of what it created. */
export function auditImport(db: Sqlite, entry: ImportAudit): void {
  const { counts } = entry;
  const detail = { file: entry.fileName, sha256: entry.sha256, new: counts.new, updated: counts.updated, unchanged: counts.unchanged, rejected: counts.rejected, created: entry.created };
  appendAudit(db, { userId: entry.userId, action: 'import', entity: 'import', entityId: entry.importId, field: null, oldValue: null, newValue: JSON.stringify(detail), importId: entry.importId }, entry.now);
}

export function listImports(db: Sqlite, limit = 200): ImportHistoryEntry[] {
  return db
    .prepare(
      `SELECT i.id, i.started_at AS startedAt, u.display_name AS userName, i.file_name AS fileName, i.sha256, i.layout,
              i.new_count AS new, i.updated_count AS updated, i.unchanged_count AS unchanged, i.rejected_count AS rejected, i.conflict_count AS conflicts
       FROM imports i JOIN users u ON u.id = i.user_id ORDER BY i.id DESC LIMIT ?`,
    )
    .all(limit) as ImportHistoryEntry[];
}

export function saveConflicts(db: Sqlite, importId: number, conflicts: { entity: string; entityId: number; change: FieldChange }[]): ImportConflict[] {
  const insert = db.prepare('INSERT INTO import_conflicts (import_id, entity, entity_id, field, local_value, file_value) VALUES (?, ?, ?, ?, ?, ?)');
  return conflicts.map(({ entity, entityId, change }) => {
    const localValue = asText(change.oldValue);
    const fileValue = asText(change.newValue);
    const id = Number(insert.run(importId, entity, entityId, change.key, localValue, fileValue).lastInsertRowid);
    return { id, entity, entityId, record: recordLabel(db, entity, entityId), field: change.key, label: fieldByKey(change.key)?.label ?? change.key, localValue, fileValue };
  });
}

const RECORD_LABELS: Record<string, string> = {
  family: `SELECT 'KK ' || no_kk || ' · ' || head_name FROM families WHERE id = ?`,
  member: `SELECT 'NIK ' || nik || ' · ' || name FROM members WHERE id = ?`,
  household: `SELECT 'IDBDT ' || id_dtks FROM households WHERE id = ?`,
};

function recordLabel(db: Sqlite, entity: string, id: number): string {
  const sql = RECORD_LABELS[entity];
  return (sql ? (db.prepare(sql).pluck().get(id) as string | undefined) : undefined) ?? `${entity} ${id}`;
}

export function openConflicts(db: Sqlite, importId: number): ImportConflict[] {
  const rows = db
    .prepare(`SELECT id, entity, entity_id AS entityId, field, local_value AS localValue, file_value AS fileValue FROM import_conflicts WHERE import_id = ? AND status = 'terbuka' ORDER BY id`)
    .all(importId) as Omit<ImportConflict, 'label' | 'record'>[];
  return rows.map((row) => ({ ...row, record: recordLabel(db, row.entity, row.entityId), label: fieldByKey(row.field)?.label ?? row.field }));
}

export interface Preset {
  name: string;
  mapping: Record<string, ColumnMapping>;
}

/** A preset named by the user, or else the one saved for exactly this header layout. */
export function findPreset(db: Sqlite, name: string | undefined, headers: string[]): Preset | null {
  const row = (name
    ? db.prepare('SELECT name, mapping_json AS mapping FROM import_presets WHERE name = ?').get(name)
    : db.prepare('SELECT name, mapping_json AS mapping FROM import_presets WHERE fingerprint = ? ORDER BY updated_at DESC LIMIT 1').get(layoutFingerprint(headers))) as
    | { name: string; mapping: string }
    | undefined;
  return row ? { name: row.name, mapping: JSON.parse(row.mapping) as Record<string, ColumnMapping> } : null;
}

export function savePreset(db: Sqlite, name: string, plans: SheetPlan[], now: string): void {
  const mapping: Record<string, ColumnMapping> = {};
  for (const plan of plans) mapping[plan.sheet] = Object.fromEntries(plan.columns.filter((column) => column.header).map((column) => [column.header, column.fieldKey]));
  const first = plans[0];
  if (!first) return;
  mapping['*'] = mapping[first.sheet] ?? {};
  const fingerprint = layoutFingerprint(first.columns.map((column) => column.header));
  db.prepare(
    `INSERT INTO import_presets (name, fingerprint, mapping_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET fingerprint = excluded.fingerprint, mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
  ).run(name, fingerprint, JSON.stringify(mapping), now, now);
}

export function listPresets(db: Sqlite): string[] {
  return db.prepare('SELECT name FROM import_presets ORDER BY name').pluck().all() as string[];
}
