import type { MemberRow } from '../../../core/contract';
import { checkMember } from '../../../core/domain/rules';
import type { RuleContext, RuleFinding } from '../../../core/domain/rules/types';

const pad = (n: number) => String(n).padStart(2, '0');

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The member-scope rules on one edited row, for the edited field, as instant feedback beside the grid. The renderer has no
 * region reference, so region codes count as known here; the full run on the backend checks them.
 */
export function liveCheckMember(member: MemberRow, kabupatenCode: string, field: string): RuleFinding[] {
  const context: RuleContext = {
    today: localToday(),
    kabupatenCode,
    regionStatus: () => 'known',
    desaExists: () => true,
  };
  try {
    const findings = checkMember(
      { id: member.id, nik: member.nik, name: member.name, sex: member.sex, birthDate: member.birthDate, relationship: member.relationship, presence: member.presence, questionnaireVersion: 'REGSOSEK2022K', values: {} },
      context,
    );
    // A new NIK can disagree with the sex or birth date: those findings sit on the other cell but come from this edit.
    return findings.filter((finding) => finding.field === field || (field === 'nik' && finding.ruleId.startsWith('nik-')));
  } catch {
    // A rule must never break editing: the backend check after the save is authoritative.
    return [];
  }
}
