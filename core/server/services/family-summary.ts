import { PRESENT_KEBERADAAN } from '../../domain/codes';
import type { Sqlite } from '../../../db/open';

/** Keeps the denormalised head name and present-member count that the families grid sorts on. */
export function refreshFamilySummary(db: Sqlite, familyId: number): void {
  const present = PRESENT_KEBERADAAN.join(',');
  db.prepare(
    `UPDATE families SET
       member_count = (SELECT count(*) FROM members WHERE family_id = @id AND presence IN (${present})),
       head_name = COALESCE((SELECT name FROM members WHERE family_id = @id AND relationship = 1 AND presence IN (${present}) ORDER BY id LIMIT 1), head_name)
     WHERE id = @id`,
  ).run({ id: familyId });
}
