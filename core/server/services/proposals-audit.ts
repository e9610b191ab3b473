import type { SessionUser } from '../auth';
import { appendAudit } from '../../../db/queries/audit';
import type { Sqlite } from '../../../db/open';

/** An audit entry of the proposal itself: creation, a change it records, a transition, its evidence. */
export function auditProposal(db: Sqlite, user: SessionUser, proposalId: number, action: string, field: string, oldValue: string | null, newValue: string | null): void {
  appendAudit(db, { userId: user.id, role: user.role, action, entity: 'proposal', entityId: proposalId, field, oldValue, newValue, proposalId });
}
