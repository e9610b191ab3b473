import type { Sqlite } from '../../../db/open';
import { updateProposal } from '../../../db/queries/proposals';
import type { SessionUser } from '../auth';
import { uploadEvidence } from '../services/evidence';
import { createProposal } from '../services/proposals';
import { auditProposal } from '../services/proposals-audit';
import { approveProposal, submitProposal, verifyProposal } from '../services/proposals-flow';
import { currentPeriod } from '../services/proposals-rules';

export interface PracticeActors {
  operator: SessionUser;
  verifikator: SessionUser;
  kepala: SessionUser;
}

const base64 = (content: Buffer) => content.toString('base64');

/** The desa's Berita Acara for this period, which every submission of the desa needs. */
export function uploadDesaMinutes(db: Sqlite, operator: SessionUser, desaCode: string, minutes: Buffer): void {
  uploadEvidence(db, operator, { desaCode, period: currentPeriod(), kind: 'ba_musdes', fileName: 'ba-musdes-latihan.pdf', contentBase64: base64(minutes) });
}

/**
 * The planted "missing evidence": a nonaktif (meninggal) proposal the desa made for a deceased member and
 * that stands as submitted without its death certificate, as if the document were forgotten. Made by the
 * proposal services as a draft; only the submission skips the evidence check, and is audited as planted.
 */
export function plantProposalWithoutEvidence(db: Sqlite, operator: SessionUser, target: { familyId: number; memberId: number }): number {
  const draft = createProposal(db, operator, { type: 'nonaktif', familyId: target.familyId, memberId: target.memberId, reason: 'meninggal', note: 'Meninggal dunia (laporan kepala dusun).' });
  const id = draft.proposal.id;
  db.transaction(() => {
    updateProposal(db, id, { status: 'diajukan', submitted_at: new Date().toISOString() });
    auditProposal(db, operator, id, 'proposal-diajukan', 'status', 'draft', 'diajukan');
    auditProposal(db, operator, id, 'latihan-tanam', 'note', null, 'Masalah latihan: diajukan tanpa akta kematian');
  }).immediate();
  return id;
}

/**
 * Approved proposals ready for a penetapan batch: nonaktif (pindah) of a non-head member in each of these
 * families, with a move letter, taken through submit, verify and approve by the practice accounts.
 */
export function plantApprovedProposals(db: Sqlite, actors: PracticeActors, familyIds: readonly number[], moveLetter: Buffer): number[] {
  const member = db.prepare('SELECT id FROM members WHERE family_id = ? AND relationship != 1 AND presence = 1 ORDER BY id DESC LIMIT 1').pluck();
  return familyIds.map((familyId) => {
    const memberId = member.get(familyId) as number;
    const draft = createProposal(db, actors.operator, { type: 'nonaktif', familyId, memberId, reason: 'pindah', note: 'Pindah domisili ke luar kabupaten.' });
    const id = draft.proposal.id;
    uploadEvidence(db, actors.operator, { proposalId: id, kind: 'surat_pindah', fileName: 'surat-pindah-latihan.pdf', contentBase64: base64(moveLetter) });
    const submitted = submitProposal(db, actors.operator, { id, expectedVersion: draft.proposal.version });
    const verified = verifyProposal(db, actors.verifikator, { id, expectedVersion: submitted.proposal.version, decision: 'accept' });
    approveProposal(db, actors.kepala, { id, expectedVersion: verified.proposal.version });
    backdateApproval(db, actors.kepala, id);
    return id;
  });
}

/**
 * Approved on the first of this month, so that a batch of this period (cut-off on the 17th by default) holds
 * them whatever the day the pack is used on; planting history, audited as such.
 */
function backdateApproval(db: Sqlite, kepala: SessionUser, id: number): void {
  const approvedAt = `${currentPeriod()}-01T01:00:00.000Z`;
  const old = db.prepare('SELECT approved_at FROM proposals WHERE id = ?').pluck().get(id) as string;
  if (approvedAt >= old) return;
  db.prepare('UPDATE proposals SET approved_at = ? WHERE id = ?').run(approvedAt, id);
  auditProposal(db, kepala, id, 'latihan-tanam', 'approvedAt', old, approvedAt);
}
