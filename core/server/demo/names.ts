import type { Sex } from '../../domain/nik';
import { BALI_ORDER, MODERN_FEMALE, MODERN_MALE, NAME_STYLES, type NameGroup } from './names-data';
import { type Random, type WeightedTable, weightedTable } from './random';

type GroupWeights = [NameGroup, number][];

const JAWA_TENGAH: GroupWeights = [['jawa', 75], ['islami', 20], ['sunda', 3], ['kristen', 2]];
const TIMUR_KRISTEN: GroupWeights = [['kristen', 65], ['islami', 20], ['jawa', 10], ['bugis', 5]];
const SULAWESI: GroupWeights = [['bugis', 40], ['islami', 35], ['jawa', 15], ['kristen', 10]];
const MIX: GroupWeights = [['islami', 35], ['jawa', 30], ['sunda', 6], ['bugis', 8], ['batak', 6], ['minang', 6], ['kristen', 9]];

const PROVINCE_GROUPS: Record<string, GroupWeights> = {
  '11': [['aceh', 70], ['islami', 20], ['jawa', 6], ['batak', 4]],
  '12': [['batak', 55], ['jawa', 20], ['islami', 10], ['minang', 6], ['aceh', 3], ['kristen', 6]],
  '13': [['minang', 75], ['islami', 15], ['jawa', 5], ['batak', 5]],
  '31': [['jawa', 30], ['sunda', 20], ['islami', 25], ['batak', 7], ['minang', 6], ['kristen', 7], ['bugis', 5]],
  '32': [['sunda', 70], ['islami', 15], ['jawa', 15]],
  '33': JAWA_TENGAH,
  '34': JAWA_TENGAH,
  '35': [['jawa', 70], ['islami', 27], ['kristen', 3]],
  '36': [['sunda', 55], ['islami', 25], ['jawa', 20]],
  '51': [['bali', 85], ['jawa', 7], ['islami', 5], ['kristen', 3]],
  '73': [['bugis', 70], ['islami', 22], ['kristen', 6], ['jawa', 2]],
  '72': SULAWESI,
  '74': SULAWESI,
  '76': SULAWESI,
  ...Object.fromEntries(['53', '71', '81', '82', '91', '92', '93', '94', '95', '96'].map((code) => [code, TIMUR_KRISTEN])),
};

/** Which naming traditions a kabupaten's families are drawn from, by its province code. */
export function nameGroupTable(provinceCode: string): WeightedTable<NameGroup> {
  return weightedTable(PROVINCE_GROUPS[provinceCode] ?? MIX);
}

export interface PersonNameContext {
  group: NameGroup;
  sex: Sex;
  birthYear: number;
  /** Marga or surname inherited from the father. */
  familyName?: string | null;
  /** A child often carries an element of the father's name ("Dimas Sutrisno"). */
  fatherElement?: string | null;
  /** 0-based position among siblings (Balinese birth-order names). */
  birthOrder?: number;
}

const BALI_CASTES = weightedTable<string | null>([[null, 86], ['Ida', 7], ['Agung', 3], ['Gusti', 4]]);
const BALI_TITLES: Record<string, [male: string, female: string]> = {
  Ida: ['Ida Bagus', 'Ida Ayu'],
  Agung: ['Anak Agung', 'Anak Agung Ayu'],
  Gusti: ['I Gusti Ngurah', 'I Gusti Ayu'],
};

/** What a head passes to the children: a marga or surname, for Balinese the caste title; null where names carry none. */
export function familyNameFor(rng: Random, group: NameGroup): string | null {
  if (group === 'bali') return rng.weighted(BALI_CASTES);
  const { familyNames } = NAME_STYLES[group];
  if (familyNames.length === 0) return null;
  return group === 'kristen' && rng.chance(0.25) ? null : rng.pick(familyNames);
}

export function personName(rng: Random, ctx: PersonNameContext): string {
  if (ctx.group === 'bali') return balineseName(rng, ctx);
  const style = NAME_STYLES[ctx.group];
  const female = ctx.sex === 2;
  let given: string;
  if (style.muslim && ctx.birthYear >= 1995 && rng.chance(0.55)) {
    given = rng.pick(female ? MODERN_FEMALE : MODERN_MALE);
  } else if (ctx.group === 'batak' && rng.chance(0.4)) {
    given = rng.pick(female ? NAME_STYLES.kristen.female : NAME_STYLES.kristen.male);
  } else {
    given = rng.pick(female ? style.female : style.male);
    const seconds = female ? style.femaleSecond : style.maleSecond;
    if (seconds.length > 0 && rng.chance(style.secondRate)) {
      const second = rng.pick(seconds);
      if (!given.includes(second)) given = `${given} ${second}`;
    }
  }
  if (ctx.familyName) {
    return female && ctx.group === 'batak' && rng.chance(0.3) ? `${given} br. ${ctx.familyName}` : `${given} ${ctx.familyName}`;
  }
  if (ctx.fatherElement && rng.chance(0.3) && !given.includes(ctx.fatherElement)) {
    given = `${firstWord(given)} ${ctx.fatherElement}`;
  }
  if (ctx.group === 'aceh' && rng.chance(0.06) && !/^(Teuku|Cut) /.test(given)) given = `${female ? 'Cut' : 'Teuku'} ${given}`;
  if (ctx.group === 'bugis' && rng.chance(0.08)) given = `Andi ${given}`;
  if (style.muslim && ctx.birthYear < 1975 && rng.chance(0.04)) given = `${female ? 'Hj.' : 'H.'} ${given}`;
  return given;
}

function balineseName(rng: Random, ctx: PersonNameContext): string {
  const female = ctx.sex === 2;
  const given = rng.pick(female ? NAME_STYLES.bali.female : NAME_STYLES.bali.male);
  const title = ctx.familyName ? BALI_TITLES[ctx.familyName] : undefined;
  if (title) return `${female ? title[1] : title[0]} ${given}`;
  const order = BALI_ORDER[(ctx.birthOrder ?? rng.int(0, 3)) % BALI_ORDER.length] ?? [];
  return `${female ? 'Ni' : 'I'} ${rng.pick(order)} ${given}`;
}

/** The element of a father's name his children may carry: the last word that is not a title or abbreviation. */
export function nameElement(name: string): string | null {
  const words = name.split(' ').filter((word) => word && !word.endsWith('.'));
  return words.at(-1) ?? null;
}

function firstWord(name: string): string {
  return name.split(' ').find((word) => !word.endsWith('.')) ?? name;
}

/** The same person written differently in another KK: a typo, an old spelling, an added title. */
export function nameVariant(rng: Random, name: string, sex: Sex): string {
  const options: string[] = [];
  if (name.includes('Muhammad')) options.push(name.replace('Muhammad', rng.pick(['Muhamad', 'Muh.', 'M.'])));
  if (name.includes("'")) options.push(name.replaceAll("'", ''));
  if (name.includes('Siti ')) options.push(name.replace('Siti ', 'Sitti '));
  if (name.includes(' ')) options.push(name.replace(' ', '  '));
  if (!/^(H|Hj)\. /.test(name)) options.push(`${sex === 2 ? 'Hj.' : 'H.'} ${name}`);
  const oldSpelling = name.replace(/([bcdfghjklmnprstw])u/i, '$1oe');
  if (oldSpelling !== name) options.push(oldSpelling);
  options.push(`${name} `);
  return rng.pick(options);
}
