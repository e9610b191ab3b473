import { PRESENT_KEBERADAAN } from '../../domain/codes';
import { daysInMonth } from '../../domain/nik';
import { approxYear, daysFromCivil, isoFromDays, type PersonDraft, REFERENCE_DAY } from './family';
import type { IdIssuer } from './ids';
import { nameVariant } from './names';
import type { Random } from './random';

/**
 * duplicate_person: the same person under a NIK with a slip of the keyboard (one serial digit, a swapped pair);
 * reregistered_person: the same person registered again in another family under a newly issued, unrelated NIK.
 */
export const DEFECT_KINDS = [
  'invalid_nik', 'duplicate_nik', 'duplicate_person', 'missing_head', 'deceased_member', 'nik_birthdate_mismatch', 'reregistered_person',
] as const;
/**
 * Planted only on request (a practice workspace's focus desa), so the random share of the demo and the
 * bench keeps its rows: deceased_recipient is a member who died but is still a PBI JKN member (Regsosek
 * jaminan kesehatan code 1: contributions paid by the state).
 */
export const ON_REQUEST_DEFECT_KINDS = ['deceased_recipient'] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number] | (typeof ON_REQUEST_DEFECT_KINDS)[number];

export interface MemberRow extends PersonDraft {
  id: number;
  nik: string;
  kecIndex: number;
  birthPlace: string;
  /** Nama ibu kandung. */
  motherName: string;
}

export interface PlantedDefect {
  kind: DefectKind;
  memberId: number;
  otherMemberId: number | null;
  /** Members wrongly included in member_count. */
  overcount: number;
}

const POOL_YEARS = 140;
const POOL_DEPTH = 4;

export const isPresent = (member: { presence: number }) => PRESENT_KEBERADAAN.includes(member.presence);

/**
 * Plants at most one defect per family, cycling through the kinds so each gets an equal share.
 * Duplicates copy a person remembered from an earlier, clean family of the same sex and birth year.
 */
export class DefectPlanter {
  private cursor = 0;
  /** Defects drawn but not yet planted because the family could not carry the kind due next. */
  private owed = 0;
  private readonly pool: (MemberRow | undefined)[] = new Array(2 * POOL_YEARS * POOL_DEPTH);
  private poolWrites = 0;

  constructor(
    private readonly rng: Random,
    private readonly ids: IdIssuer,
    private readonly rate: number,
  ) {}

  plant(members: MemberRow[]): PlantedDefect | null {
    if (this.rng.chance(this.rate)) this.owed++;
    if (this.owed === 0) return null;
    const planted = this.plantKind(DEFECT_KINDS[this.cursor]!, members);
    if (!planted) return null;
    this.owed--;
    this.cursor = (this.cursor + 1) % DEFECT_KINDS.length;
    return planted;
  }

  /** Keeps present members of a clean family as originals for later duplicates. */
  remember(members: readonly MemberRow[]): void {
    for (const member of members) {
      if (member.presence !== 1) continue;
      const slot = poolSlot(member.sex, approxYear(member.birthDay));
      if (slot >= 0) this.pool[slot * POOL_DEPTH + (this.poolWrites++ % POOL_DEPTH)] = member;
    }
  }

  /** This kind in this family, or null when the family cannot carry it (too small, no original to copy). */
  plantKind(kind: DefectKind, members: MemberRow[]): PlantedDefect | null {
    const present = members.filter((m) => m.presence === 1);
    const head = members[0]!;
    switch (kind) {
      case 'invalid_nik':
        return this.invalidNik(this.rng.pick(present));
      case 'duplicate_nik':
      case 'duplicate_person':
      case 'reregistered_person':
        return this.duplicate(kind, present);
      case 'missing_head':
        if (members.filter(isPresent).length < 2) return null;
        if (this.rng.chance(0.5)) head.presence = 2;
        else head.relationship = members.some((m) => m.relationship === 2) ? 2 : 8;
        return defect(kind, head.id);
      case 'deceased_member':
      case 'deceased_recipient': {
        const candidates = present.filter((m) => m !== head);
        if (candidates.length === 0) return null;
        const member = this.rng.pick(candidates);
        member.presence = 2;
        // A death the family reported (member_count honest) but the programme was not told of.
        return kind === 'deceased_member' ? { ...defect(kind, member.id), overcount: 1 } : defect(kind, member.id);
      }
      case 'nik_birthdate_mismatch': {
        const member = this.rng.pick(present);
        member.birthDay = this.shiftedBirthDay(member.birthDay);
        return defect(kind, member.id);
      }
    }
  }

  private invalidNik(member: MemberRow): PlantedDefect | null {
    for (let attempt = 0; attempt < 10; attempt++) {
      const nik = member.nik;
      const roll = this.rng.int(0, 3);
      const corrupted =
        roll === 0
          ? nik.slice(0, 15) + (this.rng.chance(0.5) ? '' : String(this.rng.int(0, 9)) + nik.slice(15))
          : roll === 1
            ? nik.slice(0, 6) + this.rng.pick(['00', '32', '36', '40', '72', '80', '99']) + nik.slice(8)
            : roll === 2
              ? nik.slice(0, 8) + this.rng.pick(['00', '13', '14', '21']) + nik.slice(10)
              : nik.slice(0, 12) + '0000';
      if (this.ids.reserve(corrupted)) {
        member.nik = corrupted;
        return defect('invalid_nik', member.id);
      }
    }
    return null;
  }

  private duplicate(kind: 'duplicate_nik' | 'duplicate_person' | 'reregistered_person', present: MemberRow[]): PlantedDefect | null {
    const start = this.rng.int(0, present.length - 1);
    for (let i = 0; i < present.length; i++) {
      const target = present[(start + i) % present.length]!;
      const slot = this.findOriginal(target);
      const original = slot === -1 ? undefined : this.pool[slot];
      if (!original || original.name === target.name) continue;
      if (kind === 'duplicate_nik') {
        target.nik = original.nik;
      } else if (kind === 'duplicate_person') {
        const nik = this.variantNik(original);
        if (!nik) continue;
        const { birthPlace, kecIndex, motherName } = original;
        Object.assign(target, { nik, name: nameVariant(this.rng, original.name, original.sex), birthPlace, kecIndex, motherName });
      } else {
        // A second NIK, issued where the target's NIK was: right date and sex, serial and often region unrelated.
        const nik = this.ids.nik(target.kecIndex, original.sex, original.birthDay);
        Object.assign(target, { nik, name: nameVariant(this.rng, original.name, original.sex), birthPlace: original.birthPlace, motherName: original.motherName });
      }
      target.birthDay = original.birthDay;
      this.pool[slot] = undefined;
      return { ...defect(kind, target.id), otherMemberId: original.id };
    }
    return null;
  }

  private findOriginal(target: MemberRow): number {
    const year = approxYear(target.birthDay);
    for (const delta of [0, 1, -1, 2, -2]) {
      const slot = poolSlot(target.sex, year + delta);
      if (slot < 0) continue;
      const depth = this.rng.int(0, POOL_DEPTH - 1);
      for (let d = 0; d < POOL_DEPTH; d++) {
        const index = slot * POOL_DEPTH + ((depth + d) % POOL_DEPTH);
        if (this.pool[index]) return index;
      }
    }
    return -1;
  }

  /** The original's NIK with one serial digit changed or two adjacent serial digits swapped. */
  private variantNik(original: MemberRow): string | null {
    const digits = original.nik.slice(12);
    const candidates: string[] = [];
    for (let i = 0; i < 3; i++) if (digits[i] !== digits[i + 1]) candidates.push(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
    for (let d = 1; d <= 9; d++) if (String(d) !== digits[0]) candidates.push(String(d) + digits.slice(1));
    const start = this.rng.int(0, candidates.length - 1);
    for (let i = 0; i < candidates.length; i++) {
      const serial = Number(candidates[(start + i) % candidates.length]);
      if (serial === 0 || !this.ids.isFree(original.kecIndex, original.sex, original.birthDay, serial)) continue;
      const nik = this.ids.formatNik(original.kecIndex, original.sex, original.birthDay, serial);
      if (this.ids.reserve(nik)) return nik;
    }
    return null;
  }

  /** A birth date that disagrees with the NIK: a year off, day and month swapped, or a few days off. */
  private shiftedBirthDay(birthDay: number): number {
    const [year, month, day] = isoFromDays(birthDay).split('-').map(Number) as [number, number, number];
    const roll = this.rng.int(0, 2);
    let shifted: number;
    if (roll === 0 && day <= 12 && day !== month) shifted = daysFromCivil(year, day, month);
    else if (roll === 1) shifted = daysFromCivil(year - 1, month, Math.min(day, daysInMonth(year - 1, month)));
    else shifted = birthDay - this.rng.int(1, 9);
    return shifted < REFERENCE_DAY && shifted !== birthDay ? shifted : birthDay - this.rng.int(1, 9);
  }
}

function defect(kind: DefectKind, memberId: number): PlantedDefect {
  return { kind, memberId, otherMemberId: null, overcount: 0 };
}

function poolSlot(sex: number, year: number): number {
  const offset = year - 1900;
  return offset < 0 || offset >= POOL_YEARS ? -1 : (sex - 1) * POOL_YEARS + offset;
}
