/**
 * Probable duplicates under unrelated NIKs (the second half of rule 'kemungkinan-ganda'): two records
 * with the same normalised name, birth date and sex. On a district register most such pairs are
 * namesakes, so each pair is weighed by how many namesakes chance alone would give it, from the
 * workspace's own name frequencies (a Fellegi–Sunter-style frequency weight):
 *
 *   chance = (people of that sex, normalised name and birth year − 1) / 365 × region × mother
 *
 * region: 1 / number of desa of the kabupaten when both live in the same desa, 1 / number of
 * kecamatan in the same kecamatan, else 1; mother: MOTHER_AGREES when both nama ibu kandung are filled
 * and agree. Filled birth places or mothers' names that disagree rule the pair out. A pair is reported
 * when chance ≤ CHANCE_LIMIT, with score 9·limit / (9·limit + chance): 0.9 at the limit, towards 1
 * for rare names. The limit is calibrated on the synthetic district (`npm run bench` measures it).
 */
import type { Sqlite } from '../../../db/open';
import { jaroWinkler, NAME_SIMILARITY, normaliseName, normOf, type PersonKey } from './similarity';

export const CHANCE_LIMIT = 0.001;
/** About how often two unrelated people's mothers share a normalised name. */
export const MOTHER_AGREES = 0.02;

export interface NamesakeKey extends PersonKey {
  birthDate: string | null;
  desaCode: string;
  birthPlace: string | null;
  motherName: string | null;
}

/** Share of the district in one desa and in one kecamatan (1 / their number in the kabupaten). */
export interface RegionShares {
  desa: number;
  kecamatan: number;
}

export function regionShares(db: Sqlite, kabupatenCode: string): RegionShares {
  const count = db.prepare(`SELECT count(*) FROM regions WHERE level = ? AND code LIKE ? || '.%'`).pluck();
  const kecamatan = count.get(3, kabupatenCode) as number;
  const desa = count.get(4, kabupatenCode) as number;
  return { desa: 1 / Math.max(1, desa), kecamatan: 1 / Math.max(1, kecamatan) };
}

/** 'yyyy-mm-dd' as the number yyyymmdd, or -1. */
export function dateNumber(iso: string | null): number {
  if (iso === null || iso.length !== 10) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = iso.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** The key namesakes are counted under: normalised name, sex and birth year; null when the record cannot be compared. */
export function namesakeGroup(p: NamesakeKey): { norm: string; sex: number; year: number } | null {
  const date = dateNumber(p.birthDate);
  if (date < 0 || (p.sex !== 1 && p.sex !== 2)) return null;
  const norm = normOf(p);
  return norm.length < 3 ? null : { norm, sex: p.sex, year: Math.floor(date / 10_000) };
}

const placeOf = (place: string | null) => (place ? place.toLowerCase().replace(/[^a-z]/g, '') : '');

/** Agreement of a filled field: 'agree', 'differ', or 'unknown' when either side is empty. */
function motherAgreement(a: string | null, b: string | null): 'agree' | 'differ' | 'unknown' {
  const na = a ? normaliseName(a) : '';
  const nb = b ? normaliseName(b) : '';
  if (!na || !nb) return 'unknown';
  return na === nb || jaroWinkler(na, nb) >= NAME_SIMILARITY ? 'agree' : 'differ';
}

/**
 * Score of a pair with the same normalised name, birth date and sex (see the file comment), else 0.
 * `namesakes`: people of that sex, normalised name and birth year in the workspace, the pair included.
 */
export function namesakeScore(a: NamesakeKey, b: NamesakeKey, namesakes: number, shares: RegionShares): number {
  if (a.nik === b.nik) return 0;
  const region = a.desaCode === b.desaCode ? shares.desa : a.desaCode.slice(0, 8) === b.desaCode.slice(0, 8) ? shares.kecamatan : 1;
  const base = ((Math.max(2, namesakes) - 1) / 365) * region;
  // Too likely by chance even with the same mother: no need to compare places and mothers.
  if (base * MOTHER_AGREES > CHANCE_LIMIT) return 0;
  const pa = placeOf(a.birthPlace);
  const pb = placeOf(b.birthPlace);
  if (pa && pb && pa !== pb) return 0;
  const mother = motherAgreement(a.motherName, b.motherName);
  if (mother === 'differ') return 0;
  const chance = base * (mother === 'agree' ? MOTHER_AGREES : 1);
  if (chance > CHANCE_LIMIT) return 0;
  return Math.round((9 * CHANCE_LIMIT * 1000) / (9 * CHANCE_LIMIT + chance)) / 1000;
}

/**
 * Full run: every pair of people with the same normalised name, birth date and sex, scored. Typed
 * arrays rather than an object or map entry per person: people are grouped by birth date and sex
 * (numbered in order of appearance), pairs with the same name are taken within each group, and
 * namesakes are counted only for the name, sex and year of those pairs. `skip` leaves out pairs
 * another rule already reports.
 */
export function namesakePairs<P extends NamesakeKey>(people: readonly P[], shares: RegionShares, skip: (a: P, b: P) => boolean): [P, P, number][] {
  const { ids, dateSexes, order, starts } = namesakeCells(people);
  const candidates: number[] = [];
  const counts = new Map<number, number>();
  for (let c = 0; c + 1 < starts.length; c++) {
    for (let x = starts[c]! + 1; x < starts[c + 1]!; x++) {
      for (let y = starts[c]!; y < x; y++) {
        const i = order[x]!;
        const j = order[y]!;
        if (ids[i] !== ids[j]) continue;
        candidates.push(i, j);
        counts.set(yearKey(ids[i]!, dateSexes[i]!), 0);
      }
    }
  }
  for (let i = 0; i < people.length; i++) {
    if (ids[i]! < 0) continue;
    const key = yearKey(ids[i]!, dateSexes[i]!);
    const count = counts.get(key);
    if (count !== undefined) counts.set(key, count + 1);
  }
  const pairs: [P, P, number][] = [];
  for (let k = 0; k < candidates.length; k += 2) {
    const a = people[candidates[k]!]!;
    const b = people[candidates[k + 1]!]!;
    const i = candidates[k]!;
    const score = namesakeScore(a, b, counts.get(yearKey(ids[i]!, dateSexes[i]!))!, shares);
    if (score > 0 && !skip(a, b)) pairs.push(a.id < b.id ? [a, b, score] : [b, a, score]);
  }
  return pairs;
}

/**
 * Per person: normalised-name number (-1: not comparable) and birth date (yyyymmdd) × 2 + sex − 1.
 * `order` lists the comparable people by birth date and sex (groups numbered in order of appearance),
 * in their own order within a group: group c is order[starts[c]] up to order[starts[c + 1]].
 */
function namesakeCells(people: readonly NamesakeKey[]) {
  const nameIds = new Map<string, number>();
  const normIds = new Map<string, number>();
  const cellIds = new Map<number, number>();
  const n = people.length;
  const ids = new Int32Array(n).fill(-1);
  const cells = new Int32Array(n).fill(-1);
  const dateSexes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = people[i]!;
    const date = dateNumber(p.birthDate);
    if (date < 0 || (p.sex !== 1 && p.sex !== 2)) continue;
    let id = nameIds.get(p.name);
    if (id === undefined) {
      const norm = normOf(p);
      id = norm.length < 3 ? -1 : (normIds.get(norm) ?? normIds.set(norm, normIds.size).size - 1);
      nameIds.set(p.name, id);
    }
    if (id < 0) continue;
    const dateSex = date * 2 + p.sex - 1;
    ids[i] = id;
    cells[i] = cellIds.get(dateSex) ?? cellIds.set(dateSex, cellIds.size).size - 1;
    dateSexes[i] = dateSex;
  }
  return { ids, dateSexes, ...groupOrder(cells, cellIds.size) };
}

/**
 * Indexes 0..n−1 grouped by groupOf[i] (0..count−1; −1 leaves i out), in their order within a group
 * (a counting sort): group c is order[starts[c]] up to order[starts[c + 1]].
 */
export function groupOrder(groupOf: Int32Array, count: number): { order: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(count + 1);
  for (const group of groupOf) if (group >= 0) starts[group + 1]!++;
  for (let c = 0; c < count; c++) starts[c + 1]! += starts[c]!;
  const next = starts.slice(0, count);
  const order = new Int32Array(starts[count]!);
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i]! >= 0) order[next[groupOf[i]!]!++] = i;
  return { order, starts };
}

/** Name, sex and birth year (modulo 512) as one number, from the name number and birth date × 2 + sex − 1. */
function yearKey(nameId: number, dateSex: number): number {
  return (nameId * 2 + (dateSex & 1)) * 512 + (Math.floor(dateSex / 20_000) % 512);
}
