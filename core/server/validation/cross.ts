import { ruleById } from '../../domain/rules';
import { groupOrder, type NamesakeKey } from './namesakes';
import { duplicateScore, jaroWinkler, NAME_SIMILARITY, normOf } from './similarity';

/** A present member of an active family, as the cross-record rules compare them. */
export interface Person extends NamesakeKey {
  noKk: string;
}

/** One validation_results row: rule, severity, entity, entityId, familyId, desaCode, field, message, relatedId, score. */
export type ResultRow = [string, string, 'family' | 'member', number, number, string, string | null, string, number | null, number | null];

export const CROSS_RULES = ['nik-ganda', 'orang-di-dua-kk', 'kemungkinan-ganda'] as const;
export const NIK_RULES = ['nik-ganda', 'orang-di-dua-kk'];
export const DUPLICATE_RULE = 'kemungkinan-ganda';

export function person(row: Person): Person {
  return row;
}

const severityOf = (ruleId: string) => ruleById(ruleId)?.severity ?? 'error';

/**
 * Findings for the members sharing one NIK (group of two or more). Within one family, or different
 * people in different families: 'nik-ganda'. The same person (similar name) in two KK: 'orang-di-dua-kk'.
 */
export function nikGroupRows(group: readonly Person[], out: ResultRow[]): void {
  for (const p of group) {
    const others = group.filter((o) => o !== p);
    const sameFamily = others.find((o) => o.familyId === p.familyId);
    const samePerson = sameFamily ? undefined : others.find((o) => normOf(o) === normOf(p) || jaroWinkler(normOf(o), normOf(p)) >= NAME_SIMILARITY);
    const other = sameFamily ?? samePerson ?? others[0]!;
    const ruleId = samePerson ? 'orang-di-dua-kk' : 'nik-ganda';
    const message = samePerson
      ? `${p.name} (NIK ${p.nik}) juga tercatat sebagai anggota keluarga aktif lain, KK ${other.noKk}.`
      : `NIK ${p.nik} milik ${p.name} juga dipakai oleh ${other.name}${other.familyId === p.familyId ? ' dalam KK yang sama' : ` (KK ${other.noKk})`}.`;
    out.push([ruleId, severityOf(ruleId), 'member', p.id, p.familyId, p.desaCode, 'nik', message, other.id, null]);
  }
}

/** Both directions of a probable-duplicate pair (one finding on each member). */
export function duplicateRows(a: Person, b: Person, score: number, out: ResultRow[]): void {
  const severity = severityOf(DUPLICATE_RULE);
  const percent = Math.round(score * 100);
  for (const [p, o] of [[a, b], [b, a]] as const) {
    const message = `${p.name} (NIK ${p.nik}) mirip ${o.name} (NIK ${o.nik}, KK ${o.noKk}), lahir ${o.birthDate ?? '-'}; kemiripan ${percent}%.`;
    out.push([DUPLICATE_RULE, severity, 'member', p.id, p.familyId, p.desaCode, 'nik', message, o.id, score]);
  }
}

/**
 * Blocking key: the NIK's region and birth-date digits (1–12). A typo-like NIK difference keeps
 * them (see nikDifference), so this finer block loses no candidate and needs only the NIK index.
 */
export function blockKey(nik: string): string | null {
  return nik.length === 16 ? nik.slice(0, 12) : null;
}

/**
 * blockKey as a small number (no string allocated per person), or null when the NIK is not 16 digits:
 * the region digits (1–6) numbered in order of appearance, times 10⁶, plus the date digits (7–12).
 */
function blockKeys(): (nik: string) => number | null {
  const regions = new Map<number, number>();
  return (nik) => {
    if (nik.length !== 16) return null;
    let region = 0;
    let date = 0;
    for (let i = 0; i < 12; i++) {
      const digit = nik.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return null;
      if (i < 6) region = region * 10 + digit;
      else date = date * 10 + digit;
    }
    let index = regions.get(region);
    if (index === undefined) regions.set(region, (index = regions.size));
    return index * 1_000_000 + date;
  };
}

/**
 * One pass over the people: NIK groups of two or more, and probable-duplicate pairs within each
 * block (same NIK region and date digits). NIKs that are not 16 digits are grouped on their own.
 */
export function crossRecord(people: readonly Person[]): { groups: Person[][]; pairs: [Person, Person, number][] } {
  const blockIds = new Map<number | string, number>();
  const blockKeyOf = blockKeys();
  const blockOf = new Int32Array(people.length);
  for (let i = 0; i < people.length; i++) {
    const key = blockKeyOf(people[i]!.nik) ?? people[i]!.nik;
    let id = blockIds.get(key);
    if (id === undefined) blockIds.set(key, (id = blockIds.size));
    blockOf[i] = id;
  }
  const { order, starts } = groupOrder(blockOf, blockIds.size);
  const groups: Person[][] = [];
  const pairs: [Person, Person, number][] = [];
  for (let c = 0; c < blockIds.size; c++) {
    let sameNik = false;
    for (let x = starts[c]! + 1; x < starts[c + 1]!; x++) {
      const a = people[order[x]!]!;
      for (let y = starts[c]!; y < x; y++) {
        const b = people[order[y]!]!;
        if (a.nik === b.nik) sameNik = true;
        const score = duplicateScore(a, b);
        if (score > 0) pairs.push(a.id < b.id ? [a, b, score] : [b, a, score]);
      }
    }
    if (sameNik) nikGroups(Array.from(order.subarray(starts[c]!, starts[c + 1]!), (i) => people[i]!), groups);
  }
  return { groups, pairs };
}

/** The people of a block sharing a NIK, group by group in order of first appearance (few blocks have any). */
function nikGroups(block: readonly Person[], groups: Person[][]): void {
  const byNik = new Map<string, Person[]>();
  for (const p of block) {
    const same = byNik.get(p.nik);
    if (same) same.push(p);
    else byNik.set(p.nik, [p]);
  }
  for (const group of byNik.values()) if (group.length > 1) groups.push(group);
}
