import type { Sqlite } from '../../../db/open';
import { duplicateRows, type Person, type ResultRow } from './cross';
import { PERSON_SQL, PRESENT_SQL } from './facts';
import { dateNumber, namesakeGroup, namesakeScore, type RegionShares } from './namesakes';
import { duplicateScore, normaliseName, normOf } from './similarity';

/**
 * Per open workspace: one spelling of every name (up to ASCII case) by its normalised name, so that
 * namesakes are counted through the name and birth-date indexes instead of a scan of the birth year.
 * Built on first use (one pass over the name index); the re-check adds the names of the people it
 * sees, and every change to a name or to who is present is re-checked, so no present name is missing
 * (names that left the register stay: they find nobody). Dropped when a full pass replaces the results.
 */
const namesByConnection = new WeakMap<Sqlite, Map<string, Set<string>>>();

export function forgetNames(db: Sqlite): void {
  namesByConnection.delete(db);
}

function addName(names: Map<string, Set<string>>, name: string, norm: string): void {
  const spellings = names.get(norm);
  if (spellings) spellings.add(name);
  else names.set(norm, new Set([name]));
}

function namesOf(db: Sqlite): Map<string, Set<string>> {
  let names = namesByConnection.get(db);
  if (!names) {
    names = new Map();
    for (const name of db.prepare('SELECT name FROM members GROUP BY name COLLATE NOCASE').pluck().all() as string[]) addName(names, name, normaliseName(name));
    namesByConnection.set(db, names);
  }
  return names;
}

/**
 * People of this sex, normalised name and birth year, as the full run counts them (present members of
 * active families with a valid birth date): member ids of the name's spellings (name index) that were
 * born in that year (birth-date index), then their sex, presence and family status.
 */
function namesakeCounter(db: Sqlite, names: Map<string, Set<string>>): (norm: string, sex: number, year: number) => number {
  const byName = db.prepare('SELECT id FROM members WHERE name = ? COLLATE NOCASE').pluck();
  const inYear = db.prepare('SELECT id FROM members WHERE birth_date >= ? AND birth_date < ?').pluck();
  // `+m.sex`: not an index term (an index led by sex would be searched instead of the ids).
  const present = db.prepare(`SELECT m.birth_date FROM members m JOIN families f ON f.id = m.family_id
    WHERE m.id IN (SELECT value FROM json_each(?)) AND +m.sex = ? AND f.status = 'aktif' AND ${PRESENT_SQL}`).pluck();
  const counts = new Map<string, number>();
  return (norm, sex, year) => {
    const key = `${norm}|${sex}|${year}`;
    let n = counts.get(key);
    if (n === undefined) {
      const named = new Set<number>();
      for (const name of names.get(norm) ?? []) for (const id of byName.all(name) as number[]) named.add(id);
      const born = (inYear.all(`${year}-01-01`, `${year + 1}-01-01`) as number[]).filter((id) => named.has(id));
      n = (present.all(JSON.stringify(born), sex) as (string | null)[]).filter((date) => dateNumber(date) >= 0).length;
      counts.set(key, n);
    }
    return n;
  };
}

/**
 * After edits or an import: the namesake pairs (same normalised name, birth date and sex) of the
 * affected people, scored as the full run scores them. Other people's pairs keep their score until
 * the next full run, although an edit may change their namesake count by one.
 */
export function recheckNamesakes(db: Sqlite, affected: readonly Person[], shares: RegionShares, rows: ResultRow[]): void {
  // `+m.sex`: search the birth-date index, not an index led by sex (half the register).
  const byDate = db.prepare(`${PERSON_SQL} AND m.birth_date = ? AND +m.sex = ?`);
  const names = namesOf(db);
  for (const a of affected) addName(names, a.name, normOf(a));
  const namesakes = namesakeCounter(db, names);
  const seen = new Set<string>();
  for (const a of affected) {
    const group = namesakeGroup(a);
    if (!group) continue;
    for (const b of byDate.all(a.birthDate, a.sex) as Person[]) {
      if (b.id === a.id || normOf(b) !== group.norm || duplicateScore(a, b) > 0) continue;
      const pair = a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      // Count the namesakes only for a pair that passes with the fewest.
      if (namesakeScore(a, b, 2, shares) === 0) continue;
      const score = namesakeScore(a, b, namesakes(group.norm, group.sex, group.year), shares);
      if (score > 0) duplicateRows(a.id < b.id ? a : b, a.id < b.id ? b : a, score, rows);
    }
  }
}
