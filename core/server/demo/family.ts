import type { Sex } from '../../domain/nik';
import type { NameGroup } from './names-data';
import { familyNameFor, nameElement, personName } from './names';
import { type Random, type WeightedTable, weightedTable } from './random';

/** Days since 1970-01-01 (proleptic Gregorian), so dates never depend on the machine's clock or time zone. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export function isoFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Ages are computed against this fixed date, never the clock: the same seed must give the same rows. */
export const REFERENCE_ISO = '2026-01-01';
export const REFERENCE_DAY = daysFromCivil(2026, 1, 1);

export function approxYear(day: number): number {
  return 1970 + Math.floor(day / 365.2425);
}

export interface PersonDraft {
  name: string;
  sex: Sex;
  /** Days since 1970-01-01. */
  birthDay: number;
  relationship: number;
  presence: number;
  /** NIK issued in another kecamatan of the kabupaten (the person moved in). */
  movedIn: boolean;
}

type FamilyType = 'couple' | 'single' | 'singleParent' | 'elderly';
const FAMILY_TYPES = weightedTable<FamilyType>([['couple', 68], ['single', 8], ['singleParent', 13], ['elderly', 11]]);
const HEAD_AGE = weightedTable<[number, number]>([[[22, 29], 16], [[30, 39], 28], [[40, 49], 27], [[50, 59], 19], [[60, 72], 10]]);
const KID_COUNT = weightedTable([[0, 8], [1, 18], [2, 32], [3, 23], [4, 12], [5, 7]] as const);

interface Naming {
  familyName?: string | null;
  fatherElement?: string | null;
  birthOrder?: number;
}

class FamilyBuilder {
  readonly people: PersonDraft[] = [];
  constructor(
    private readonly rng: Random,
    private readonly groups: WeightedTable<NameGroup>,
    readonly group: NameGroup,
  ) {}

  add(group: NameGroup, sex: Sex, age: number, relationship: number, naming: Naming = {}): PersonDraft {
    const birthDay = REFERENCE_DAY - Math.floor(age * 365.25) - this.rng.int(1, 365);
    const name = personName(this.rng, { group, sex, birthYear: approxYear(birthDay), ...naming });
    const movedIn = this.rng.chance(relationship === 3 || relationship === 5 ? 0.06 : 0.2);
    const person = { name, sex, birthDay, relationship, presence: 1, movedIn };
    this.people.push(person);
    return person;
  }

  /** In-laws mostly share the head's tradition. */
  spouseGroup(): NameGroup {
    return this.rng.chance(0.88) ? this.group : this.rng.weighted(this.groups);
  }

  /** The wife keeps her own marga or surname. */
  addSpouse(age: number): PersonDraft {
    const group = this.spouseGroup();
    return this.add(group, 2, age, 2, { familyName: familyNameFor(this.rng, group) });
  }

  children(parentAge: number, count: number, naming: Naming, mother: boolean): PersonDraft[] {
    const kids: PersonDraft[] = [];
    let at = this.rng.int(mother ? 19 : 23, mother ? 27 : 31);
    for (let i = 0; i < count && at <= Math.min(parentAge, mother ? 43 : 50); i++, at += this.rng.int(2, 6)) {
      const age = parentAge - at;
      // Most grown children have left for their own KK (pecah KK).
      if (age >= 25 && this.rng.chance(0.65)) continue;
      kids.push(this.add(this.group, this.rng.chance(0.51) ? 1 : 2, age, 3, { ...naming, birthOrder: i }));
    }
    return kids;
  }
}

/** One KK: members in KK order (head first), honest presence codes, no identifiers yet. */
export function buildFamily(rng: Random, groups: WeightedTable<NameGroup>): PersonDraft[] {
  const group = rng.weighted(groups);
  const family = new FamilyBuilder(rng, groups, group);
  const type = rng.weighted(FAMILY_TYPES);
  const headMarga = familyNameFor(rng, group);

  if (type === 'single') {
    const roll = rng.next();
    if (roll < 0.6) family.add(group, 2, rng.int(60, 92), 1, { familyName: familyNameFor(rng, group) });
    else if (roll < 0.75) family.add(group, 1, rng.int(60, 88), 1, { familyName: headMarga });
    else family.add(group, rng.chance(0.6) ? 1 : 2, rng.int(20, 45), 1, { familyName: headMarga });
    return family.people;
  }

  if (type === 'elderly') {
    const headAge = rng.int(60, 85);
    const head = family.add(group, 1, headAge, 1, { familyName: headMarga });
    family.addSpouse(Math.max(55, headAge - rng.int(0, 7)));
    const naming = { familyName: headMarga, fatherElement: nameElement(head.name) };
    if (rng.chance(0.2)) family.add(group, rng.chance(0.5) ? 1 : 2, rng.int(25, 45), 3, naming);
    if (rng.chance(0.3)) for (let i = rng.int(1, 2); i > 0; i--) family.add(group, rng.chance(0.5) ? 1 : 2, rng.int(3, 17), 5, { familyName: headMarga });
    return withPresence(rng, family.people);
  }

  let headAge: number;
  let kids: PersonDraft[];
  if (type === 'singleParent') {
    const female = rng.chance(0.75);
    headAge = rng.int(28, 65);
    const head = family.add(group, female ? 2 : 1, headAge, 1, { familyName: female ? familyNameFor(rng, group) : headMarga });
    const naming = { familyName: headMarga, fatherElement: female ? null : nameElement(head.name) };
    kids = family.children(headAge, rng.int(1, 4), naming, female);
  } else {
    const [low, high] = rng.weighted(HEAD_AGE);
    headAge = rng.int(low, high);
    const head = family.add(group, 1, headAge, 1, { familyName: headMarga });
    const wifeAge = Math.max(18, headAge - rng.int(-2, 8));
    family.addSpouse(wifeAge);
    kids = family.children(wifeAge, rng.weighted(KID_COUNT), { familyName: headMarga, fatherElement: nameElement(head.name) }, true);
  }
  addRelatives(rng, family, headAge, headMarga, kids);
  return withPresence(rng, family.people);
}

function addRelatives(rng: Random, family: FamilyBuilder, headAge: number, headMarga: string | null, kids: PersonDraft[]): void {
  const group = family.group;
  const grownChild = kids.find((kid) => REFERENCE_DAY - kid.birthDay > 21 * 365.25);
  if (headAge >= 45 && grownChild && rng.chance(0.15)) {
    const childAge = Math.floor((REFERENCE_DAY - grownChild.birthDay) / 365.25);
    const spouseSex: Sex = grownChild.sex === 1 ? 2 : 1;
    const menantuGroup = family.spouseGroup();
    const menantuMarga = familyNameFor(rng, menantuGroup);
    const menantu = family.add(menantuGroup, spouseSex, Math.max(18, childAge + rng.int(-3, 3)), 4, { familyName: menantuMarga });
    // Grandchildren follow their father's tradition, which is the menantu's when the grown child is a daughter.
    const sonsChildren = grownChild.sex === 1;
    const naming = { familyName: sonsChildren ? headMarga : menantuMarga, fatherElement: nameElement((sonsChildren ? grownChild : menantu).name) };
    const maxAge = Math.min(childAge, Math.floor((REFERENCE_DAY - menantu.birthDay) / 365.25)) - 19;
    const count = maxAge >= 0 ? rng.int(0, 2) : 0;
    for (let i = 0; i < count; i++) {
      family.add(sonsChildren ? group : menantuGroup, rng.chance(0.51) ? 1 : 2, rng.int(0, maxAge), 5, { ...naming, birthOrder: i });
    }
  }
  if (headAge <= 55 && rng.chance(0.06)) {
    const sex: Sex = rng.chance(0.7) ? 2 : 1;
    family.add(group, sex, Math.min(95, headAge + rng.int(22, 33)), 6, { familyName: sex === 1 ? headMarga : familyNameFor(rng, group) });
  }
  if (rng.chance(0.015)) family.add(group, rng.chance(0.5) ? 1 : 2, rng.int(5, 25), 8, { familyName: familyNameFor(rng, group) });
  if (rng.chance(0.003)) family.add(family.spouseGroup(), 2, rng.int(18, 50), 7);
}

/** Honest keberadaan (Q404): a few members died, moved or were not found, and babies are new members. */
function withPresence(rng: Random, people: PersonDraft[]): PersonDraft[] {
  for (const person of people) {
    if (person.relationship === 1) continue;
    const age = (REFERENCE_DAY - person.birthDay) / 365.25;
    const roll = rng.next();
    if (person.relationship === 6 && roll < 0.07) person.presence = 2;
    else if (person.relationship === 2 && roll < 0.01) person.presence = 2;
    else if (age >= 18 && (person.relationship === 3 || person.relationship === 5)) {
      person.presence = roll < 0.03 ? 3 : roll < 0.037 ? 4 : roll < 0.045 ? 6 : 1;
    } else if (age < 1 && roll < 0.4) person.presence = 5;
    else if (person.relationship === 4 && roll < 0.25) person.presence = 5;
  }
  return people;
}
