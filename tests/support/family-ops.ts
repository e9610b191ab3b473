import type { ApiClient } from '../../core/contract';
import type { Card, MemberCard } from '../../core/contract/family-ops';
import { isPresent } from '../../core/domain/rules';

export const present = (m: MemberCard) => isPresent({ presence: Number(m.values.keberadaan), questionnaireVersion: m.questionnaireVersion });
export const isHead = (m: MemberCard) => present(m) && m.values.hubunganKeluarga === 1;

/** Cards of demo families with exactly one present head and at least `minPresent` present members, not yet split. */
export async function typicalFamilies(api: ApiClient, count: number, minPresent = 3): Promise<Card[]> {
  const { rows } = await api.call('families.list', { startRow: 0, endRow: 200 });
  const found: Card[] = [];
  for (const row of rows) {
    const card = await api.call('families.card', { id: row.id });
    const members = card.members.filter(present);
    if (members.length >= minPresent && members.filter(isHead).length === 1 && members.every((m) => m.duplicateOfId === null)) found.push(card);
    if (found.length === count) return found;
  }
  throw new Error(`only ${found.length} typical families in the demo`);
}

export function headOf(card: Card): MemberCard {
  const head = card.members.find(isHead);
  if (!head) throw new Error('no head');
  return head;
}

export function othersOf(card: Card): MemberCard[] {
  return card.members.filter((m) => present(m) && !isHead(m));
}

/** Everything a refused operation must leave as it was: the families' cards, their audit trails, the workspace counts. */
export async function snapshot(api: ApiClient, familyIds: number[]): Promise<string> {
  const parts: unknown[] = [await api.call('workspace.info', {})];
  for (const id of familyIds) {
    const card = await api.call('families.card', { id });
    parts.push(card, await api.call('audit.list', { entity: 'family', entityId: id }));
    for (const m of card.members) parts.push(await api.call('audit.list', { entity: 'member', entityId: m.id }));
  }
  return JSON.stringify(parts);
}

/** A No KK no demo family has: the demo's kabupaten prefix, then a date and serial the generator does not use. */
export function freshNoKk(card: Card, serial: number): string {
  return `${String(card.family.values.noKk).slice(0, 6)}010199${String(9000 + serial).padStart(4, '0')}`;
}
