import type { FamilyFacts, MemberFacts, RuleContext, RuleFinding } from '../../core/domain/rules';

/** Shared fixtures of the rule tests: Kabupaten Pekalongan (33.28) with kecamatan 01–19 and a few desa. */
export const TODAY = '2026-01-01';
const KNOWN_KECAMATAN = new Set(Array.from({ length: 19 }, (_, i) => `33.28.${String(i + 1).padStart(2, '0')}`).concat(['33.74.01', '91.01.01']));
const DESA = new Set(['33.28.01.2001', '33.28.01.2002', '33.28.02.2001', '33.74.01.1001']);

export function context(overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    today: TODAY,
    kabupatenCode: '33.28',
    regionStatus: (code) => (KNOWN_KECAMATAN.has(code) ? 'known' : 'unknown'),
    desaExists: (code) => DESA.has(code),
    ...overrides,
  };
}

/** A man born 12-05-1990, head of a Regsosek family, with a consistent NIK. */
export function member(overrides: Partial<MemberFacts> = {}): MemberFacts {
  return {
    id: 1,
    nik: '3328011205900001',
    name: 'Budi Santoso',
    sex: 1,
    birthDate: '1990-05-12',
    relationship: 1,
    presence: 1,
    questionnaireVersion: 'REGSOSEK2022K',
    values: {},
    ...overrides,
  };
}

/** A woman born 03-08-1992 (NIK day 43), spouse. */
export function wife(overrides: Partial<MemberFacts> = {}): MemberFacts {
  return member({ id: 2, nik: '3328014308920002', name: 'Siti Aminah', sex: 2, birthDate: '1992-08-03', relationship: 2, ...overrides });
}

/** A boy born 20-01-2015, child. */
export function child(overrides: Partial<MemberFacts> = {}): MemberFacts {
  return member({ id: 3, nik: '3328012001150003', name: 'Adi Santoso', birthDate: '2015-01-20', relationship: 3, ...overrides });
}

export function family(overrides: Partial<FamilyFacts> = {}): FamilyFacts {
  return {
    id: 10,
    noKk: '3328011503100004',
    desaCode: '33.28.01.2001',
    status: 'aktif',
    memberCount: 3,
    recordedMemberCount: null,
    questionnaireVersion: 'REGSOSEK2022K',
    values: {},
    ...overrides,
  };
}

export const ids = (findings: RuleFinding[]): string[] => findings.map((f) => f.ruleId);
export const only = (findings: RuleFinding[], ruleId: string): RuleFinding[] => findings.filter((f) => f.ruleId === ruleId);
