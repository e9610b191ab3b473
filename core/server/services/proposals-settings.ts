import type { EvidenceRules } from '../../contract/proposals';
import type { SessionUser } from '../auth';
import { writeSetting } from '../../../db/queries/settings';
import type { Sqlite } from '../../../db/open';
import { EVIDENCE_SETTING, evidenceRules } from './proposals-rules';

/** Admin (permissions.ts): replaces the required documents (null: back to the defaults); audited with the old and new JSON. */
export function setEvidenceRules(db: Sqlite, user: SessionUser, rules: EvidenceRules | null) {
  writeSetting(db, user, EVIDENCE_SETTING, rules === null ? null : JSON.stringify(rules));
  return evidenceRules(db);
}
