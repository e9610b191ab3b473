import type { QuestionnaireVersion } from '../catalogue/types';
import { ruleById } from './defs';
import type { MemberFacts, RuleFinding } from './types';

/** Keberadaan codes of members living in the family: Regsosek 404 1 tinggal, 5 baru; PBDT 1 tinggal, 4 ART baru. */
const PRESENT: Record<QuestionnaireVersion, readonly number[]> = { PBDT2015: [1, 4], REGSOSEK2022K: [1, 5] };
/** Meninggal, pindah, tidak ditemukan (PBDT 5 "kesalahan prelist" is neither present nor gone). */
const GONE: Record<QuestionnaireVersion, readonly number[]> = { PBDT2015: [2, 3, 6], REGSOSEK2022K: [2, 3, 4, 6] };

export function isPresent(member: Pick<MemberFacts, 'presence' | 'questionnaireVersion'>): boolean {
  return PRESENT[member.questionnaireVersion].includes(member.presence);
}

export function isGone(member: Pick<MemberFacts, 'presence' | 'questionnaireVersion'>): boolean {
  return GONE[member.questionnaireVersion].includes(member.presence);
}

export const HEAD = 1;
export const SPOUSE = 2;
export const CHILD = 3;

export function finding(ruleId: string, entity: RuleFinding['entity'], entityId: number, field: string | null, message: string, relatedId?: number): RuleFinding {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`Unknown rule ${ruleId}`);
  const base: RuleFinding = { ruleId, severity: rule.severity, entity, entityId, field, message };
  return relatedId === undefined ? base : { ...base, relatedId };
}

/** A stored value as a number: null for empty, NaN for text that is not a number. */
export function num(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const text = value.trim();
  return text === '' ? null : Number(text);
}

export function filled(value: string | number | null | undefined): boolean {
  return num(value) !== null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string | null): value is string {
  return value !== null && ISO.test(value);
}

/** Full years between an ISO birth date and an ISO day. */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5, 10) < birthDate.slice(5, 10) ? years - 1 : years;
}

/** Age from the birth date, else from the recorded umur. */
export function ageOf(member: MemberFacts, today: string): number | null {
  if (isIsoDate(member.birthDate) && member.birthDate <= today) return ageOn(member.birthDate, today);
  const umur = num(member.values.umur);
  return umur === null || Number.isNaN(umur) ? null : umur;
}

/** dd-mm-yyyy for messages. */
export function showDate(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

export function who(member: MemberFacts): string {
  return member.name.trim() === '' ? `anggota #${member.id}` : member.name.trim();
}
