import type { Sqlite } from '../open';

/**
 * The value of a field as the last import stipulated it: the old value of the first local change
 * since the record's last import, or the current value when nothing changed it locally since.
 * Null when the record never came from an import.
 */
export function lastImportValue(db: Sqlite, entity: 'family' | 'member', id: number, field: string, current: string | null): string | null | undefined {
  // The record keeps the audit position its last import started from (an import into new records writes one entry for the file, none per record).
  const table = entity === 'family' ? 'families' : 'members';
  const mark = db.prepare(`SELECT import_audit_mark FROM ${table} WHERE id = ?`).pluck().get(id) as number | null | undefined;
  if (mark === null || mark === undefined) return undefined;
  const local = db
    .prepare('SELECT old_value FROM audit_log WHERE entity = ? AND entity_id = ? AND field = ? AND import_id IS NULL AND id > ? ORDER BY id LIMIT 1')
    .get(entity, id, field, mark) as { old_value: string | null } | undefined;
  return local ? local.old_value : current;
}

export interface ProposalHistoryEntry {
  id: number;
  at: string;
  userName: string;
  role: string | null;
  action: string;
  entity: string;
  entityId: number;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  importFile: string | null;
}

/** Every audit entry of a proposal: its transitions, evidence, and the data its approval changed. */
export function proposalHistory(db: Sqlite, proposalId: number): ProposalHistoryEntry[] {
  return db
    .prepare(
      `SELECT a.id, a.at, coalesce(u.display_name, '') AS userName, a.role, a.action, a.entity, a.entity_id AS entityId, a.field,
              a.old_value AS oldValue, a.new_value AS newValue, NULL AS importFile
       FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE a.proposal_id = ? ORDER BY a.id DESC LIMIT 500`,
    )
    .all(proposalId) as ProposalHistoryEntry[];
}
