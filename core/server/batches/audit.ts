import type { SessionUser } from '../auth';
import { appendAudit } from '../../../db/queries/audit';
import type { Sqlite } from '../../../db/open';

/** An audit entry of the batch itself: created, refreshed, frozen, deleted. */
export function auditBatch(db: Sqlite, user: SessionUser, batchId: number, action: string, field: string, oldValue: string | null, newValue: string | null): void {
  appendAudit(db, { userId: user.id, role: user.role, action, entity: 'batch', entityId: batchId, field, oldValue, newValue });
}

/**
 * One entry per proposal entering (batch-add) or leaving (batch-remove) the batch, in the proposal's history,
 * written set-based: `proposalIds` is SQL selecting the proposal ids (bound to `params`).
 */
export function auditMembership(db: Sqlite, user: SessionUser, batchId: number, action: 'batch-add' | 'batch-remove', proposalIds: string, params: unknown[]): number {
  const [oldValue, newValue] = action === 'batch-add' ? [null, String(batchId)] : [String(batchId), null];
  return db
    .prepare(
      `INSERT INTO audit_log (at, user_id, role, action, entity, entity_id, field, old_value, new_value, proposal_id)
       SELECT ?, ?, ?, ?, 'proposal', id, 'batchId', ?, ?, id FROM (${proposalIds}) ORDER BY id`,
    )
    .run(new Date().toISOString(), user.id, user.role, action, oldValue, newValue, ...params).changes;
}
