import { AUDIT_HASHED_COLUMNS, auditHash } from '../audit-hash';
import type { Sqlite } from '../open';

export interface ChainVerification {
  ok: boolean;
  entries: number;
  /** The first entry whose hash or link to its predecessor does not match (an edit, or a deleted entry before it). */
  firstBroken: { id: number; at: string; reason: 'hash' | 'link' | 'missing' } | null;
}

const COLUMNS = AUDIT_HASHED_COLUMNS.join(', ');

/** Walks the whole audit trail in id order and recomputes every hash. */
export function verifyAuditChain(db: Sqlite): ChainVerification {
  let prev: string | null = null;
  let entries = 0;
  const rows = db.prepare(`SELECT ${COLUMNS}, prev_hash, hash FROM audit_log ORDER BY id`).raw().iterate() as IterableIterator<unknown[]>;
  for (const row of rows) {
    entries++;
    const values = row.slice(0, AUDIT_HASHED_COLUMNS.length);
    const [prevHash, hash] = row.slice(AUDIT_HASHED_COLUMNS.length) as [string | null, string | null];
    const reason = hash === null ? 'missing' : prevHash !== prev ? 'link' : hash !== auditHash(prev, values) ? 'hash' : null;
    if (reason) {
      rows.return?.();
      return { ok: false, entries, firstBroken: { id: values[0] as number, at: values[1] as string, reason } };
    }
    prev = hash;
  }
  return { ok: true, entries, firstBroken: null };
}
