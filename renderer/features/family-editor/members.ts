import type { Card, MemberCard } from '../../../core/contract/family-ops';
import { codeLabelOf, fieldByKey } from '../../../core/domain/catalogue';
import { HEAD_RELATIONSHIP } from '../../../core/domain/member-presence';
import { isPresent } from '../../../core/domain/rules';

/** What every operation answers: the card of the family it started from, and the record it created. */
export interface OperationOutput {
  card: Card;
  createdId: number | null;
}

export const presentMember = (m: MemberCard) => isPresent({ presence: Number(m.values.keberadaan), questionnaireVersion: m.questionnaireVersion });
export const headMember = (m: MemberCard) => presentMember(m) && m.values.hubunganKeluarga === HEAD_RELATIONSHIP;

/** A code of the member's questionnaire as its label ("Anak", "Meninggal"). */
export function codeText(m: MemberCard, key: string): string {
  const field = fieldByKey(key);
  const value = m.values[key];
  return field && value !== null && value !== undefined ? codeLabelOf(field, m.questionnaireVersion, Number(value)) : '';
}

export function memberLabel(m: MemberCard): string {
  return `${String(m.values.nama ?? '')} (${codeText(m, 'hubunganKeluarga') || 'tanpa hubungan'})`;
}

/** Today as dd/mm/yyyy, the form the date inputs show. */
export function todayText(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`;
}
