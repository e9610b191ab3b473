import { ApiError } from '../../contract/errors';
import { evidenceRulesSchema, type EvidenceKind, type EvidenceRuleKey, type EvidenceRules, type ProposalStatus } from '../../contract/proposals';
import { STATUS_LABELS } from '../../domain/proposal-labels';
import { requireDesa, requireRole, type Role, type SessionUser } from '../auth';
import type { Sqlite } from '../../../db/open';
import type { ProposalRow } from '../../../db/queries/proposals';
import { readSetting } from '../../../db/queries/settings';

/** Who may do what with proposals; checked in the backend on every call. */
export const PROPOSAL_ROLES = {
  propose: ['operator_desa'],
  verify: ['verifikator'],
  approve: ['kepala_opd'],
  view: ['operator_desa', 'verifikator', 'kepala_opd', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

/** Statuses in which the desa may still change a proposal and its evidence. */
export const EDITABLE: readonly ProposalStatus[] = ['draft', 'dikembalikan'];

/**
 * Documents each proposal needs, by type or by "nonaktif:<reason>"; each entry is a list of
 * alternatives. Stored in `settings` under this key as JSON; the admin changes it (proposals-settings.ts).
 */
export const EVIDENCE_SETTING = 'usulan.buktiWajib';
const DEFAULT_EVIDENCE: EvidenceRules = {
  baru: [['foto_depan'], ['foto_dalam'], ['kk']],
  'nonaktif:meninggal': [['akta_kematian']],
  'nonaktif:pindah': [['surat_pindah']],
};

/** The required documents in force: the office's setting, or the defaults when it has none. */
export function evidenceRules(db: Sqlite): { rules: EvidenceRules; isDefault: boolean } {
  const stored = readSetting(db, EVIDENCE_SETTING);
  if (stored === undefined) return { rules: DEFAULT_EVIDENCE, isDefault: true };
  const parsed = evidenceRulesSchema.safeParse(JSON.parse(stored));
  if (!parsed.success) throw new ApiError('INVALID_INPUT', `Pengaturan dokumen wajib (${EVIDENCE_SETTING}) tidak valid; admin dapat menyimpannya ulang di Pengaturan usulan.`);
  return { rules: parsed.data, isDefault: false };
}

export function requiredEvidence(db: Sqlite, proposal: Pick<ProposalRow, 'type' | 'reason'>): EvidenceKind[][] {
  const key: EvidenceRuleKey = proposal.type === 'nonaktif' ? `nonaktif:${proposal.reason!}` : proposal.type;
  return evidenceRules(db).rules[key] ?? [];
}

/** Role, desa and source status of a transition; FORBIDDEN or INVALID_INPUT naming the proposal. */
export function checkTransition(user: SessionUser, proposal: ProposalRow, roles: readonly Role[], from: readonly ProposalStatus[], action: string): void {
  requireRole(user, roles, action);
  requireDesa(user, proposal.desaCode, action);
  if (!from.includes(proposal.status)) {
    throw new ApiError('INVALID_INPUT', `Usulan #${proposal.id} berstatus ${STATUS_LABELS[proposal.status].toLowerCase()}, jadi tidak dapat ${action}.`, { status: proposal.status });
  }
}

export function checkVersion(proposal: ProposalRow, expectedVersion: number): void {
  if (proposal.version !== expectedVersion) {
    throw new ApiError('VERSION_CONFLICT', `Usulan #${proposal.id} sudah diubah orang lain sejak Anda membukanya. Muat ulang lalu ulangi.`, {
      id: proposal.id,
      currentVersion: proposal.version,
    });
  }
}

/** Who sees a proposal: operators their desa (drafts included), the district everything but drafts. */
export function visibility(user: SessionUser): { desaScope?: readonly string[]; hideDrafts: boolean } {
  requireRole(user, PROPOSAL_ROLES.view, 'melihat usulan');
  return user.role === 'operator_desa' ? { desaScope: user.desaCodes, hideDrafts: false } : { hideDrafts: true };
}

export function canSee(user: SessionUser, proposal: ProposalRow): boolean {
  const scope = visibility(user);
  if (scope.desaScope && !scope.desaScope.includes(proposal.desaCode)) return false;
  return !(scope.hideDrafts && proposal.status === 'draft');
}

/** The reporting period of today, YYYY-MM (local time). */
export function currentPeriod(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
