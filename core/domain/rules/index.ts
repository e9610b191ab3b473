/**
 * Verification rules (reference §2, §12). Pure TypeScript: the backend runs checkFamily over the whole
 * register, the grid runs checkMember as the user types. The cross-record rules (scope 'cross') are only
 * declared here; the backend implements them in SQL.
 */
import { checkFamilyOnly } from './family';
import { checkNik } from './identity';
import { checkFamilyLogic, checkMemberLogic } from './questionnaire';
import type { FamilyFacts, MemberFacts, RuleContext, RuleFinding } from './types';

export type { FamilyFacts, MemberFacts, RuleContext, RuleDef, RuleFinding, RuleGroup, Severity } from './types';
export { RULES, ruleById } from './defs';
export { isPresent } from './shared';

/** Member-level rules. */
export function checkMember(member: MemberFacts, ctx: RuleContext): RuleFinding[] {
  return append(checkNik(member, ctx), checkMemberLogic(member, ctx));
}

/** Family-level rules and checkMember for each member. */
export function checkFamily(family: FamilyFacts, members: MemberFacts[], ctx: RuleContext): RuleFinding[] {
  const out = append(checkFamilyOnly(family, members, ctx), checkFamilyLogic(family));
  for (const member of members) append(out, checkMember(member, ctx));
  return out;
}

/** Appends in place: one findings array per family rather than a spread copy per member. */
function append(out: RuleFinding[], more: readonly RuleFinding[]): RuleFinding[] {
  for (const finding of more) out.push(finding);
  return out;
}
