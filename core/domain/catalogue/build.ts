import type { CatalogueField, CodeOption, FieldEntity, QuestionnaireVersion } from './types';

/** Small helpers that keep the field and code-list files short. */

export const BOTH: readonly QuestionnaireVersion[] = ['PBDT2015', 'REGSOSEK2022K'];
export const PBDT: readonly QuestionnaireVersion[] = ['PBDT2015'];
export const RS: readonly QuestionnaireVersion[] = ['REGSOSEK2022K'];

/** A code list numbered consecutively from `start`. */
export function seq(start: number, labels: readonly string[]): readonly CodeOption[] {
  return labels.map((label, i) => ({ code: start + i, label }));
}

/** Whole numbers from..to inclusive (for `unlabelledCodes`). */
export function range(from: number, to: number): readonly number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Header spellings of a Regsosek 2022-K question as OpenSID and hand-made sheets write it: `303`, `r303`, `303. Jenis lantai`. */
export function rq(question: string, label: string): readonly string[] {
  return [question, `r${question}`, `${question}. ${label}`];
}

/** Field constructor for one entity, so each file does not repeat `entity`. */
export function entityField(entity: FieldEntity): (field: Omit<CatalogueField, 'entity'>) => CatalogueField {
  return (field) => ({ entity, ...field });
}
