import { ApiError } from '../../contract/errors';
import type { ParsedInput } from '../../contract/methods';
import type { ProposalDetail } from '../../contract/proposals';
import { requireDesa, requireRole, type SessionUser } from '../auth';
import { countProposals, insertProposal, listChanges, listProposals, toProposal, updateProposal, type NewProposal, type ProposalColumns } from '../../../db/queries/proposals';
import type { Sqlite } from '../../../db/open';
import { addChanges } from './proposals-perbaikan';
import { auditProposal } from './proposals-audit';
import { proposalDetail, visibleProposal } from './proposals-detail';
import { checkNonaktif, checkTarget, parseBaru } from './proposals-payload';
import { checkTransition, checkVersion, currentPeriod, EDITABLE, PROPOSAL_ROLES, visibility } from './proposals-rules';

type CreateInput = ParsedInput<'proposals.create'>;

function target(db: Sqlite, input: CreateInput): Pick<NewProposal, 'desaCode' | 'familyId' | 'memberId' | 'payloadJson'> {
  switch (input.type) {
    case 'baru': {
      const baru = parseBaru(db, input);
      return { desaCode: baru.desaCode, familyId: baru.familyId, memberId: null, payloadJson: JSON.stringify(baru.payload) };
    }
    case 'nonaktif': {
      const checked = checkNonaktif(db, input);
      return { desaCode: checked.desaCode, familyId: input.familyId, memberId: input.memberId ?? null, payloadJson: JSON.stringify(checked.payload) };
    }
    default:
      return { desaCode: checkTarget(db, input.familyId, input.type === 'reaktivasi' ? input.memberId : undefined), familyId: input.familyId, memberId: input.type === 'reaktivasi' ? input.memberId ?? null : null, payloadJson: null };
  }
}

/** A new draft proposal of the user's desa for the current period. */
export function createProposal(db: Sqlite, user: SessionUser, input: CreateInput): ProposalDetail {
  requireRole(user, PROPOSAL_ROLES.propose, 'membuat usulan');
  const id = db.transaction(() => {
    const where = target(db, input);
    requireDesa(user, where.desaCode, 'membuat usulan');
    const id = insertProposal(db, {
      ...where, type: input.type, period: currentPeriod(), note: input.note || null, createdBy: user.id, createdAt: new Date().toISOString(),
      reason: input.type === 'nonaktif' ? input.reason : null,
      duplicateOfMemberId: input.type === 'nonaktif' ? input.duplicateOfMemberId ?? null : null,
      duplicateOfFamilyId: input.type === 'nonaktif' ? input.duplicateOfFamilyId ?? null : null,
    });
    auditProposal(db, user, id, 'proposal-create', 'status', null, 'draft');
    if (input.type === 'perbaikan' && addChanges(db, user, { id, familyId: input.familyId }, input.changes.map((c) => ({ ...c }))) === 0) {
      throw new ApiError('INVALID_INPUT', 'Usulan perbaikan tidak berisi perubahan: semua nilai sama dengan data sekarang.', { field: 'changes' });
    }
    return id;
  }).immediate();
  return proposalDetail(db, user, id);
}

/** Changes a draft or returned proposal (the desa's own), at the version the user saw. */
export function updateDraft(db: Sqlite, user: SessionUser, input: ParsedInput<'proposals.update'>): ProposalDetail {
  db.transaction(() => {
    const p = visibleProposal(db, user, input.id);
    checkTransition(user, p, PROPOSAL_ROLES.propose, EDITABLE, 'diubah');
    checkVersion(p, input.expectedVersion);
    const columns: ProposalColumns = {};
    if (input.note !== undefined) columns.note = input.note || null;
    if (p.type === 'nonaktif') {
      const next = {
        familyId: p.familyId!, memberId: p.memberId, reason: input.reason ?? p.reason!,
        duplicateOfMemberId: input.duplicateOfMemberId === undefined ? p.duplicateOfMemberId : input.duplicateOfMemberId,
        duplicateOfFamilyId: input.duplicateOfFamilyId === undefined ? p.duplicateOfFamilyId : input.duplicateOfFamilyId,
        date: input.date,
      };
      const checked = checkNonaktif(db, next);
      Object.assign(columns, { reason: next.reason, duplicate_of_member_id: next.duplicateOfMemberId, duplicate_of_family_id: next.duplicateOfFamilyId });
      if (input.date !== undefined) columns.payload_json = JSON.stringify(checked.payload);
    }
    if (p.type === 'baru' && input.members) {
      const baru = parseBaru(db, { familyId: p.familyId ?? undefined, desaCode: p.desaCode, family: input.family, members: input.members });
      columns.payload_json = JSON.stringify(baru.payload);
    }
    if (p.type === 'perbaikan' && input.changes?.length) {
      addChanges(db, user, { id: p.id, familyId: p.familyId! }, input.changes);
      if (listChanges(db, p.id).length === 0) throw new ApiError('INVALID_INPUT', 'Usulan perbaikan harus berisi sedikitnya satu perubahan.', { field: 'changes' });
    }
    for (const [column, value] of Object.entries(columns)) auditProposal(db, user, p.id, 'proposal-update', column, null, value === null ? null : String(value));
    updateProposal(db, p.id, columns);
  }).immediate();
  return proposalDetail(db, user, input.id);
}

/** The inbox: the proposals the user may see, filtered, and their counts per desa and status. */
export function listInbox(db: Sqlite, user: SessionUser, input: ParsedInput<'proposals.list'>) {
  const scope = visibility(user);
  const filter = { ...scope, status: input.status, desaCode: input.desaCode, type: input.type };
  const { rows, rowCount } = listProposals(db, filter, input.startRow, input.endRow);
  return { rows: rows.map(toProposal), rowCount, counts: countProposals(db, scope) };
}
