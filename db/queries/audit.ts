import type { AuditEntry } from '../../core/contract/models';
import type { Sqlite } from '../open';

export interface AuditRecord {
  userId: number;
  /** 'update', 'create', or the user action that caused it ('paste', 'fill-down', 'undo', 'split-family'…). */
  action: string;
  entity: 'family' | 'member' | 'workspace' | 'user' | 'proposal' | 'batch' | 'import';
  entityId: number;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  /** The role the user acted in; the user's stored role when omitted (filled by the chain trigger). */
  role?: string;
  proposalId?: number | null;
  importId?: number | null;
}

export function appendAudit(db: Sqlite, record: AuditRecord, at = new Date().toISOString()): void {
  db.prepare(
    'INSERT INTO audit_log (at, user_id, action, entity, entity_id, field, old_value, new_value, role, proposal_id, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(at, record.userId, record.action, record.entity, record.entityId, record.field, record.oldValue, record.newValue, record.role ?? null, record.proposalId ?? null, record.importId ?? null);
}

/**
 * A record's history, newest first. A record an import created has no entry of its own: the import's
 * entry (action 'import') lists the id ranges it created, and is shown here as the record's first
 * step (the latest such import, should an id ever be reused), after any change of the same moment.
 */
export function listAudit(db: Sqlite, entity: string, entityId: number, limit: number): AuditEntry[] {
  return db
    .prepare(
      `SELECT * FROM (
         SELECT a.id, a.at, u.display_name AS userName, a.action, a.entity, a.entity_id AS entityId, a.field,
                a.old_value AS oldValue, a.new_value AS newValue, i.file_name AS importFile
         FROM audit_log a JOIN users u ON u.id = a.user_id LEFT JOIN imports i ON i.id = a.import_id
         WHERE a.entity = :entity AND a.entity_id = :id
         UNION ALL
         SELECT * FROM (
           SELECT a.id, a.at, u.display_name, a.action, :entity, :id, NULL, NULL, NULL, i.file_name
           FROM audit_log a JOIN users u ON u.id = a.user_id JOIN imports i ON i.id = a.import_id
           WHERE a.entity = 'import' AND a.action = 'import'
             AND :id BETWEEN json_extract(a.new_value, '$.created.' || :entity || '[0]') AND json_extract(a.new_value, '$.created.' || :entity || '[1]')
           ORDER BY a.id DESC LIMIT 1))
       ORDER BY at DESC, action = 'import', id DESC LIMIT :limit`,
    )
    .all({ entity, id: entityId, limit }) as AuditEntry[];
}
