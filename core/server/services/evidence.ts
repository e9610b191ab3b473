import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError } from '../../contract/errors';
import type { ParsedInput } from '../../contract/methods';
import type { EvidenceInfo } from '../../contract/proposals';
import { requireDesa, requireRole, type SessionUser } from '../auth';
import { appendAudit } from '../../../db/queries/audit';
import { deleteEvidence, evidenceContent, insertEvidence, listDesaEvidence, listProposalEvidence, loadEvidence } from '../../../db/queries/evidence';
import { loadProposal, type ProposalRow } from '../../../db/queries/proposals';
import type { Sqlite } from '../../../db/open';
import { KIND_LABELS, STATUS_LABELS } from '../../domain/proposal-labels';
import { canSee, EDITABLE, PROPOSAL_ROLES, visibility } from './proposals-rules';

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** The real type of a file, by its first bytes: PDF, JPEG or PNG; anything else is refused. */
export function sniffMime(content: Buffer): string | null {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

function readContent(input: ParsedInput<'evidence.upload'>): { fileName: string; content: Buffer } {
  if ((input.path === undefined) === (input.contentBase64 === undefined)) {
    throw new ApiError('INVALID_INPUT', 'Pilih satu berkas bukti: lokasi berkas atau isi berkasnya.', { field: 'path' });
  }
  if (input.path !== undefined) {
    const fileName = input.fileName ?? basename(input.path);
    let size: number;
    try {
      const stat = statSync(input.path);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      throw new ApiError('INVALID_INPUT', `Berkas "${fileName}" tidak ditemukan atau tidak dapat dibaca.`, { field: 'path' });
    }
    if (size > MAX_EVIDENCE_BYTES) throw tooLarge(fileName, size);
    return { fileName, content: readFileSync(input.path) };
  }
  const fileName = input.fileName;
  if (!fileName) throw new ApiError('INVALID_INPUT', 'Nama berkas bukti wajib diisi.', { field: 'fileName' });
  return { fileName, content: Buffer.from(input.contentBase64!, 'base64') };
}

function tooLarge(fileName: string, size: number): ApiError {
  return new ApiError('INVALID_INPUT', `Berkas "${fileName}" terlalu besar (${megabytes(size)}); batasnya ${megabytes(MAX_EVIDENCE_BYTES)}.`, { field: 'path', size });
}

/** The proposal an upload or deletion belongs to, when the desa may still change it. */
function editableProposal(db: Sqlite, user: SessionUser, proposalId: number, action: string): ProposalRow {
  const proposal = loadProposal(db, proposalId);
  if (!proposal || !canSee(user, proposal)) throw new ApiError('NOT_FOUND', `Usulan #${proposalId} tidak ditemukan.`);
  requireRole(user, PROPOSAL_ROLES.propose, action);
  requireDesa(user, proposal.desaCode, action);
  if (!EDITABLE.includes(proposal.status)) {
    throw new ApiError('INVALID_INPUT', `Usulan #${proposal.id} berstatus ${STATUS_LABELS[proposal.status].toLowerCase()}; buktinya tidak dapat diubah lagi.`, { status: proposal.status });
  }
  return proposal;
}

/** Desa evidence (Berita Acara, SPTJM) stays while no proposal of that desa and period has gone past the desa. */
function checkDesaEvidenceEditable(db: Sqlite, desaCode: string, period: string): void {
  const sent = db.prepare(`SELECT id FROM proposals WHERE desa_code = ? AND period = ? AND status NOT IN ('draft', 'dikembalikan') LIMIT 1`).pluck().get(desaCode, period);
  if (sent !== undefined) throw new ApiError('INVALID_INPUT', `Bukti desa periode ${period} sudah dipakai usulan #${String(sent)} yang telah diajukan; tidak dapat dihapus.`);
}

export function uploadEvidence(db: Sqlite, user: SessionUser, input: ParsedInput<'evidence.upload'>): EvidenceInfo {
  const action = 'mengunggah bukti usulan';
  let target: { proposalId: number | null; desaCode: string; period: string };
  if (input.proposalId !== undefined) {
    const proposal = editableProposal(db, user, input.proposalId, action);
    target = { proposalId: proposal.id, desaCode: proposal.desaCode, period: proposal.period };
  } else if (input.desaCode && input.period) {
    requireRole(user, PROPOSAL_ROLES.propose, action);
    requireDesa(user, input.desaCode, action);
    target = { proposalId: null, desaCode: input.desaCode, period: input.period };
  } else {
    throw new ApiError('INVALID_INPUT', 'Sebutkan usulan, atau desa dan periode, untuk bukti ini.', { field: 'proposalId' });
  }
  const { fileName, content } = readContent(input);
  if (content.length === 0) throw new ApiError('INVALID_INPUT', `Berkas "${fileName}" kosong.`, { field: 'path' });
  if (content.length > MAX_EVIDENCE_BYTES) throw tooLarge(fileName, content.length);
  const mime = sniffMime(content);
  if (!mime) throw new ApiError('INVALID_INPUT', `Berkas "${fileName}" bukan PDF, JPEG atau PNG (jenis berkas diperiksa dari isinya, bukan dari namanya).`, { field: 'path' });
  const sha256 = createHash('sha256').update(content).digest('hex');
  return db.transaction(() => {
    const at = new Date().toISOString();
    const id = insertEvidence(db, { ...target, kind: input.kind, fileName, mime, sha256, content, uploadedBy: user.id, uploadedAt: at });
    auditEvidence(db, user, id, target.proposalId, null, `${KIND_LABELS[input.kind]}: ${fileName} (sha256 ${sha256})`, at);
    return loadEvidence(db, id)!;
  }).immediate();
}

export function listEvidence(db: Sqlite, user: SessionUser, input: ParsedInput<'evidence.list'>): EvidenceInfo[] {
  if (input.proposalId !== undefined) {
    const proposal = loadProposal(db, input.proposalId);
    if (!proposal || !canSee(user, proposal)) throw new ApiError('NOT_FOUND', `Usulan #${input.proposalId} tidak ditemukan.`);
    return listProposalEvidence(db, proposal.id);
  }
  if (!input.desaCode || !input.period) throw new ApiError('INVALID_INPUT', 'Sebutkan usulan, atau desa dan periode.', { field: 'proposalId' });
  visibility(user);
  requireDesa(user, input.desaCode, 'melihat bukti desa');
  return listDesaEvidence(db, input.desaCode, input.period);
}

function visibleEvidence(db: Sqlite, user: SessionUser, id: number): EvidenceInfo {
  const info = loadEvidence(db, id);
  const proposal = info?.proposalId ? loadProposal(db, info.proposalId) : undefined;
  const visible = info && (proposal ? canSee(user, proposal) : (visibility(user), user.role !== 'operator_desa' || user.desaCodes.includes(info.desaCode ?? '')));
  if (!info || !visible) throw new ApiError('NOT_FOUND', `Bukti #${id} tidak ditemukan.`);
  return info;
}

export function getEvidence(db: Sqlite, user: SessionUser, id: number): EvidenceInfo & { contentBase64: string } {
  const info = visibleEvidence(db, user, id);
  return { ...info, contentBase64: evidenceContent(db, id).toString('base64') };
}

export function removeEvidence(db: Sqlite, user: SessionUser, id: number): { deleted: boolean } {
  const info = visibleEvidence(db, user, id);
  const action = 'menghapus bukti usulan';
  return db.transaction(() => {
    if (info.proposalId !== null) editableProposal(db, user, info.proposalId, action);
    else {
      requireRole(user, PROPOSAL_ROLES.propose, action);
      requireDesa(user, info.desaCode ?? '', action);
      checkDesaEvidenceEditable(db, info.desaCode ?? '', info.period ?? '');
    }
    deleteEvidence(db, id);
    auditEvidence(db, user, id, info.proposalId, `${KIND_LABELS[info.kind]}: ${info.fileName} (sha256 ${info.sha256})`, null, new Date().toISOString());
    return { deleted: true };
  }).immediate();
}

function auditEvidence(db: Sqlite, user: SessionUser, evidenceId: number, proposalId: number | null, oldValue: string | null, newValue: string | null, at: string): void {
  appendAudit(db, {
    userId: user.id, role: user.role, action: newValue ? 'evidence-upload' : 'evidence-delete',
    entity: proposalId ? 'proposal' : 'workspace', entityId: proposalId ?? evidenceId, field: 'bukti', oldValue, newValue, proposalId,
  }, at);
}
