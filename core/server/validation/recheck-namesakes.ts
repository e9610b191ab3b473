import type { Sqlite } from '../../../db/open';
import { duplicateRows, type Person, type ResultRow } from './cross';
import { PERSON_SQL, PRESENT_SQL } from './facts';
import { namesakeGroup, namesakeScore, type RegionShares } from './namesakes';
import { duplicateScore, normaliseName, normOf } from './similarity';

/**
 * After edits or an import: the namesake pairs (same normalised name, birth date and sex) of the
 * affected people, scored as the full run scores them. Other people's pairs keep their score until
 * the next full run, although an edit may change their namesake count by one.
 */
export function recheckNamesakes(db: Sqlite, affected: readonly Person[], shares: RegionShares, rows: ResultRow[]): void {
  const byDate = db.prepare(`${PERSON_SQL} AND m.birth_date = ? AND m.sex = ?`);
  const namesInYear = db.prepare(`SELECT m.name FROM members m JOIN families f ON f.id = m.family_id
    WHERE f.status = 'aktif' AND ${PRESENT_SQL} AND m.sex = ? AND m.birth_date >= ? AND m.birth_date < ?`).pluck();
  const counts = new Map<string, number>();
  const norms = new Map<string, string>();
  const namesakes = (norm: string, sex: number, year: number) => {
    const key = `${norm}|${sex}|${year}`;
    let n = counts.get(key);
    if (n === undefined) {
      n = 0;
      for (const name of namesInYear.all(sex, `${year}-01-01`, `${year + 1}-01-01`) as string[]) {
        let other = norms.get(name);
        if (other === undefined) norms.set(name, (other = normaliseName(name)));
        if (other === norm) n++;
      }
      counts.set(key, n);
    }
    return n;
  };
  const seen = new Set<string>();
  for (const a of affected) {
    const group = namesakeGroup(a);
    if (!group) continue;
    for (const b of byDate.all(a.birthDate, a.sex) as Person[]) {
      if (b.id === a.id || normOf(b) !== group.norm || duplicateScore(a, b) > 0) continue;
      const pair = a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      // Count the namesakes (a scan of the birth year) only for a pair that passes with the fewest.
      if (namesakeScore(a, b, 2, shares) === 0) continue;
      const score = namesakeScore(a, b, namesakes(group.norm, group.sex, group.year), shares);
      if (score > 0) duplicateRows(a.id < b.id ? a : b, a.id < b.id ? b : a, score, rows);
    }
  }
}
