import { createHash } from 'node:crypto';
import type { Sqlite } from './open';

/** The audit entry's columns that its hash covers, in this order. */
export const AUDIT_HASHED_COLUMNS = ['id', 'at', 'user_id', 'role', 'action', 'entity', 'entity_id', 'field', 'old_value', 'new_value', 'import_id', 'proposal_id'] as const;

/**
 * The hash chain of audit_log: sha256 over the previous entry's hash and this entry's columns,
 * written as JSON (so null, numbers and text stay distinct). The same function runs in SQL
 * (`audit_hash(prev, id, at, …)`, used by the trigger of migration 0007) and in verification.
 */
export function auditHash(prevHash: string | null, values: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify([prevHash, ...values])).digest('hex');
}

export function registerAuditHash(db: Sqlite): void {
  db.function('audit_hash', { deterministic: true, varargs: true }, (prev: unknown, ...values: unknown[]) =>
    auditHash(typeof prev === 'string' ? prev : null, values));
}
