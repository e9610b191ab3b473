import { ASSET_FIELDS } from './asset-fields';
import { FAMILY_FIELDS } from './family-fields';
import { HOUSEHOLD_FIELDS } from './household-fields';
import { HOUSING_FIELDS } from './housing-fields';
import { MEMBER_FIELDS } from './member-fields';
import { MEMBER_HEALTH_FIELDS } from './member-health-fields';
import { MEMBER_MATCHING_FIELDS } from './member-matching-fields';
import { MEMBER_WORK_FIELDS } from './member-work-fields';
import { PROGRAM_FIELDS } from './program-fields';
import type { CatalogueField, CodeOption, FieldEntity, QuestionnaireVersion } from './types';

export * from './types';

/** Every DTKS/PBDT 2015 and Regsosek 2022-K/DTSEN field, family first, then household, then member. */
export const CATALOGUE: readonly CatalogueField[] = [
  ...FAMILY_FIELDS,
  ...HOUSING_FIELDS,
  ...ASSET_FIELDS,
  ...PROGRAM_FIELDS,
  ...HOUSEHOLD_FIELDS,
  ...MEMBER_FIELDS,
  ...MEMBER_WORK_FIELDS,
  ...MEMBER_HEALTH_FIELDS,
  ...MEMBER_MATCHING_FIELDS,
];

export const VERSION_LABELS: Record<QuestionnaireVersion, string> = {
  PBDT2015: 'PBDT 2015 (DTKS)',
  REGSOSEK2022K: 'Regsosek 2022-K (DTSEN)',
};

const BY_KEY = new Map(CATALOGUE.map((field) => [field.key, field]));

export function fieldByKey(key: string): CatalogueField | undefined {
  return BY_KEY.get(key);
}

export function fieldsOf(entity: FieldEntity, version?: QuestionnaireVersion): readonly CatalogueField[] {
  return CATALOGUE.filter((field) => field.entity === entity && (!version || field.versions.includes(version)));
}

export function fieldByColumn(entity: FieldEntity, column: string): CatalogueField | undefined {
  return CATALOGUE.find((field) => field.entity === entity && field.column === column);
}

/** The labelled codes of a `code`/`bitmask` field for one version (unlabelled codes excluded). */
export function codesOf(field: CatalogueField, version: QuestionnaireVersion): readonly CodeOption[] {
  return field.codes?.[version] ?? [];
}

const allowedCache = new WeakMap<CatalogueField, Partial<Record<QuestionnaireVersion, readonly number[]>>>();

/** Every code the version accepts: labelled and unlabelled, ascending (cached: called for every imported cell). */
export function allowedCodes(field: CatalogueField, version: QuestionnaireVersion): readonly number[] {
  const perVersion = allowedCache.get(field) ?? {};
  const cached = perVersion[version];
  if (cached) return cached;
  const codes = new Set([...codesOf(field, version).map((option) => option.code), ...(field.unlabelledCodes?.[version] ?? [])]);
  const sorted = [...codes].sort((a, b) => a - b);
  allowedCache.set(field, { ...perVersion, [version]: sorted });
  return sorted;
}

/** The label of a code, or the number itself when the reference gives no label. */
export function codeLabelOf(field: CatalogueField, version: QuestionnaireVersion, code: number): string {
  return codesOf(field, version).find((option) => option.code === code)?.label ?? String(code);
}
