import { fieldByKey } from '../../domain/catalogue';
import type { Sqlite } from '../../../db/open';
import type { FieldValues } from './rows';

export type Row = Record<string, unknown>;
type Runnable = { run(...params: unknown[]): { lastInsertRowid: number | bigint } };

/** Names under which the first editing screens audited a few fields; local edits recorded so still count. */
const LEGACY_AUDIT_NAMES: Record<string, string> = {
  address: 'address', name: 'name', sex: 'sex', birth_place: 'birthPlace', birth_date: 'birthDate', relationship: 'relationship', presence: 'presence',
};

export interface FieldChange {
  key: string;
  column: string;
  /** The catalogue key, as every edit audits it; and the older name of the field, if it had one. */
  auditField: string;
  legacyAuditField: string;
  oldValue: unknown;
  newValue: string | number | null;
}

/** Inserts and updates rows of one table with prepared statements cached by column set. */
export class TableWriter {
  private readonly inserts = new Map<string, Runnable>();
  private readonly updates = new Map<string, Runnable>();
  private readonly byId: ReturnType<Sqlite['prepare']>;

  constructor(private readonly db: Sqlite, readonly table: string) {
    this.byId = db.prepare(`SELECT * FROM ${table} WHERE id = ?`);
  }

  get(id: number): Row | undefined {
    return this.byId.get(id) as Row | undefined;
  }

  insert(columns: Record<string, unknown>): number {
    const names = Object.keys(columns);
    const key = names.join(',');
    let statement = this.inserts.get(key);
    if (!statement) {
      statement = this.db.prepare(`INSERT INTO ${this.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
      this.inserts.set(key, statement);
    }
    return Number(statement.run(...Object.values(columns)).lastInsertRowid);
  }

  update(id: number, columns: Record<string, unknown>): void {
    const names = Object.keys(columns);
    const key = names.join(',');
    let statement = this.updates.get(key);
    if (!statement) {
      statement = this.db.prepare(`UPDATE ${this.table} SET ${names.map((name) => `${name} = ?`).join(', ')} WHERE id = ?`);
      this.updates.set(key, statement);
    }
    statement.run(...Object.values(columns), id);
  }
}

/** Catalogue values as table columns. */
export function toColumns(values: FieldValues): Record<string, string | number | null> {
  const columns: Record<string, string | number | null> = {};
  for (const key in values) {
    const field = fieldByKey(key);
    if (field && !field.locatesOnly) columns[field.column] = values[key] ?? null;
  }
  return columns;
}

/** The fields whose file value differs from the stored one. */
export function changesOf(current: Row, values: FieldValues): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [key, value] of Object.entries(values)) {
    const field = fieldByKey(key);
    if (!field || field.locatesOnly) continue;
    const old = current[field.column];
    if (sameValue(old, value)) continue;
    changes.push({ key, column: field.column, auditField: key, legacyAuditField: LEGACY_AUDIT_NAMES[field.column] ?? key, oldValue: old, newValue: value });
  }
  return changes;
}

function sameValue(stored: unknown, incoming: string | number | null): boolean {
  if (stored === null || stored === undefined) return incoming === null;
  if (incoming === null) return false;
  return typeof incoming === 'number' ? Number(stored) === incoming : String(stored) === incoming;
}

export const asText = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
