import type { Sqlite } from '../../../db/open';
import { PRESENT_SQL } from '../validation/facts';

/**
 * Keeps the denormalised head name and present-member count that the families grid sorts on,
 * for the families `where` selects (a condition on `families.id`). Present depends on the
 * record's questionnaire version (PBDT 1/4, Regsosek 1/5).
 */
export function familySummarySql(where: string): string {
  return `UPDATE families SET
    member_count = (SELECT count(*) FROM members m WHERE m.family_id = families.id AND ${PRESENT_SQL}),
    head_name = COALESCE((SELECT m.name FROM members m WHERE m.family_id = families.id AND m.relationship = 1 AND ${PRESENT_SQL} ORDER BY m.id LIMIT 1), head_name)
    WHERE ${where}`;
}

export function refreshFamilySummary(db: Sqlite, familyId: number): void {
  db.prepare(familySummarySql('id = ?')).run(familyId);
}
