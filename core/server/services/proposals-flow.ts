import { ApiError } from '../../contract/errors';
import type { ParsedInput } from '../../contract/methods';
import type { ProposalDetail, ProposalStatus } from '../../contract/proposals';
import type { SessionUser } from '../auth';
import { blockingFindings, listChanges, updateProposal, type ProposalColumns, type ProposalRow } from '../../../db/queries/proposals';
import type { Sqlite } from '../../../db/open';
import { applyProposal } from './proposals-apply';
import { auditProposal } from './proposals-audit';
import { findingsAfterApproval, proposalDetail, requirements, visibleProposal } from './proposals-detail';
import { checkTransition, checkVersion, EDITABLE, PROPOSAL_ROLES } from './proposals-rules';

type Ref = { id: number; expectedVersion: number };
type Decision = 'accept' | 'reject' | 'return';

/** Evidence the proposal still lacks: refused with the documents named. */
function checkEvidence(db: Sqlite, p: ProposalRow, action: string): void {
  const missing = requirements(db, p).filter((r) => !r.satisfied).map((r) => r.label);
  if (missing.length) {
    throw new ApiError('INVALID_INPUT', `Usulan #${p.id} tidak dapat ${action}: bukti belum lengkap (${missing.join('; ')}).`, { reason: 'evidence', missing });
  }
}

function refuseFindings(p: ProposalRow, findings: string[], action: string): void {
  if (findings.length) {
    const more = findings.length > 1 ? ` (dan ${findings.length - 1} kesalahan lain)` : '';
    throw new ApiError('INVALID_INPUT', `Usulan #${p.id} tidak dapat ${action}: masih ada kesalahan verifikasi: ${findings[0]}${more}`, { reason: 'findings', findings });
  }
}

function move(db: Sqlite, user: SessionUser, p: ProposalRow, to: ProposalStatus, columns: ProposalColumns, reason: string | null = null): void {
  updateProposal(db, p.id, { ...columns, status: to });
  auditProposal(db, user, p.id, `proposal-${to}`, 'status', p.status, to);
  if (reason) auditProposal(db, user, p.id, `proposal-${to}`, 'decisionReason', null, reason);
}

/** Diajukan: by the desa's operator, with every required document and no blocking finding. */
export function submitProposal(db: Sqlite, user: SessionUser, ref: Ref): ProposalDetail {
  db.transaction(() => {
    const p = visibleProposal(db, user, ref.id);
    const action = 'diajukan';
    checkTransition(user, p, PROPOSAL_ROLES.propose, EDITABLE, action);
    checkVersion(p, ref.expectedVersion);
    if (p.type === 'perbaikan' && listChanges(db, p.id).length === 0) throw new ApiError('INVALID_INPUT', `Usulan #${p.id} tidak berisi perubahan.`);
    checkEvidence(db, p, action);
    refuseFindings(p, findingsAfterApproval(db, user, p), action);
    move(db, user, p, 'diajukan', { submitted_at: new Date().toISOString(), decision_reason: null });
  }).immediate();
  return proposalDetail(db, user, ref.id);
}

const DECISION_STATUS: Record<Decision, ProposalStatus> = { accept: 'diverifikasi', reject: 'ditolak', return: 'dikembalikan' };
const DECISION_ACTION: Record<Decision, string> = { accept: 'diverifikasi', reject: 'ditolak', return: 'dikembalikan' };

function verifyOne(db: Sqlite, user: SessionUser, ref: Ref, decision: Decision, reason: string | undefined): void {
  const p = visibleProposal(db, user, ref.id);
  const action = DECISION_ACTION[decision];
  checkTransition(user, p, PROPOSAL_ROLES.verify, ['diajukan'], action);
  checkVersion(p, ref.expectedVersion);
  if (decision !== 'accept' && (reason ?? '').length < 5) {
    throw new ApiError('INVALID_INPUT', `Tuliskan alasan (minimal 5 karakter) mengapa usulan #${p.id} ${action}.`, { field: 'reason' });
  }
  if (decision === 'accept') {
    checkEvidence(db, p, action);
    refuseFindings(p, findingsAfterApproval(db, user, p), action);
  }
  const at = new Date().toISOString();
  move(db, user, p, DECISION_STATUS[decision], { verified_by: user.id, verified_at: at, decision_reason: reason || null }, reason || null);
}

/** Verifikator: accept (diverifikasi), reject (ditolak) or return for correction (dikembalikan) with a reason. */
export function verifyProposal(db: Sqlite, user: SessionUser, input: ParsedInput<'proposals.verify'>): ProposalDetail {
  db.transaction(() => verifyOne(db, user, input, input.decision, input.reason)).immediate();
  return proposalDetail(db, user, input.id);
}

/** Many proposals with one decision and one reason: all of them, or none (the refusal names the proposal). */
export function verifyMany(db: Sqlite, user: SessionUser, input: ParsedInput<'proposals.verifyMany'>): { updated: number } {
  return db.transaction(() => {
    for (const item of input.items) verifyOne(db, user, item, input.decision, input.reason);
    return { updated: input.items.length };
  }).immediate();
}

/**
 * Disahkan by the kepala OPD: the proposal is applied to the data in the same transaction (audited with
 * the proposal's id); refused, and nothing written, when the result would have blocking findings.
 */
export function approveProposal(db: Sqlite, user: SessionUser, ref: Ref): ProposalDetail {
  db.transaction(() => {
    const p = visibleProposal(db, user, ref.id);
    const action = 'disahkan';
    checkTransition(user, p, PROPOSAL_ROLES.approve, ['diverifikasi'], action);
    checkVersion(p, ref.expectedVersion);
    checkEvidence(db, p, action);
    const target = applyProposal(db, user, p);
    refuseFindings(p, blockingFindings(db, target.familyId, target.memberId), action);
    const columns: ProposalColumns = { approved_by: user.id, approved_at: new Date().toISOString() };
    if (p.familyId === null) columns.family_id = target.familyId;
    move(db, user, p, 'disahkan', columns);
  }).immediate();
  return proposalDetail(db, user, ref.id);
}
