import type { Card, FamilyCard, MemberCard } from '../../../core/contract/family-ops';
import { catalogueKeyOf } from '../../../core/domain/field-names';
import { checkFamily, isPresent, type FamilyFacts, type MemberFacts, type RuleContext, type RuleFinding } from '../../../core/domain/rules';

type Value = string | number | null;

const num = (value: Value | undefined) => (value === null || value === undefined || value === '' ? null : Number(value));
const str = (value: Value | undefined) => (value === null || value === undefined ? null : String(value));

function memberFacts(m: MemberCard, values: Record<string, Value>): MemberFacts {
  return {
    id: m.id, nik: str(values.nik) ?? '', name: str(values.nama) ?? '', sex: num(values.jenisKelamin), birthDate: str(values.tanggalLahir),
    relationship: num(values.hubunganKeluarga), presence: num(values.keberadaan) ?? 1, questionnaireVersion: m.questionnaireVersion, values,
  };
}

function familyFacts(f: FamilyCard, values: Record<string, Value>, members: MemberFacts[]): FamilyFacts {
  return {
    id: f.id, noKk: str(values.noKk) ?? '', desaCode: str(values.kodeDesa) ?? '', status: str(values.statusData) ?? 'aktif',
    memberCount: members.filter(isPresent).length, recordedMemberCount: num(values.jumlahAnggotaKeluarga), questionnaireVersion: f.questionnaireVersion, values,
  };
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The family and member rules on the card with one value replaced, for the findings on that field: feedback while
 * typing, before anything is saved. The renderer has no region reference, so region codes count as known here.
 */
export function liveFindings(card: Card, entity: 'family' | 'member', id: number, key: string, value: Value): RuleFinding[] {
  const members = card.members.map((m) => memberFacts(m, entity === 'member' && m.id === id ? { ...m.values, [key]: value } : m.values));
  const family = familyFacts(card.family, entity === 'family' ? { ...card.family.values, [key]: value } : card.family.values, members);
  const context: RuleContext = { today: localToday(), kabupatenCode: family.desaCode.slice(0, 5), regionStatus: () => 'known', desaExists: () => true };
  try {
    // A new NIK can disagree with the sex or birth date: those findings sit on the other field but come from this edit.
    const about = (f: RuleFinding) => findingIsOn(f.field, key) || (key === 'nik' && f.ruleId.startsWith('nik-'));
    return checkFamily(family, members, context).filter((f) => f.entity === entity && f.entityId === id && about(f));
  } catch {
    // A rule must never break editing: the backend check after the save is authoritative.
    return [];
  }
}

/** Whether a stored finding (rule field names) is about this catalogue field. */
export function findingIsOn(field: string | null, key: string): boolean {
  return field !== null && catalogueKeyOf(field) === key;
}
