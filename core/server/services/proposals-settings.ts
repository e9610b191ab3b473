import type { EvidenceRules } from '../../contract/proposals';
import type { SessionUser } from '../auth';
import { appendAudit } from '../../../db/queries/audit';
import type { Sqlite } from '../../../db/open';
import { EVIDENCE_SETTING, evidenceRules } from './proposals-rules';

/** Admin (permissions.ts): replaces the required documents (null: back to the defaults); audited with the old and new JSON. */
export function setEvidenceRules(db: Sqlite, user: SessionUser, rules: EvidenceRules | null) {
  db.transaction(() => {
    const old = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(EVIDENCE_SETTING) as string | undefined;
    const value = rules === null ? null : JSON.stringify(rules);
    if ((old ?? null) === value) return;
    if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(EVIDENCE_SETTING);
    else db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(EVIDENCE_SETTING, value);
    appendAudit(db, { userId: user.id, role: user.role, action: 'setting-update', entity: 'workspace', entityId: 0, field: EVIDENCE_SETTING, oldValue: old ?? null, newValue: value });
  }).immediate();
  return evidenceRules(db);
}
