import type { EvidenceInfo, EvidenceKind } from '../../core/contract/proposals';
import type { Sqlite } from '../open';

const SELECT = `SELECT e.id, e.proposal_id AS proposalId, e.desa_code AS desaCode, e.period, e.kind, e.file_name AS fileName,
    e.mime, e.size, e.sha256, coalesce(u.display_name, '') AS uploadedByName, e.uploaded_at AS uploadedAt
  FROM evidence_files e LEFT JOIN users u ON u.id = e.uploaded_by`;

export interface NewEvidence {
  proposalId: number | null;
  desaCode: string | null;
  period: string | null;
  kind: EvidenceKind;
  fileName: string;
  mime: string;
  sha256: string;
  content: Buffer;
  uploadedBy: number;
  uploadedAt: string;
}

export function insertEvidence(db: Sqlite, e: NewEvidence): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO evidence_files (proposal_id, desa_code, period, kind, file_name, mime, size, sha256, content, uploaded_by, uploaded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(e.proposalId, e.desaCode, e.period, e.kind, e.fileName, e.mime, e.content.length, e.sha256, e.content, e.uploadedBy, e.uploadedAt);
  return Number(lastInsertRowid);
}

export function loadEvidence(db: Sqlite, id: number): EvidenceInfo | undefined {
  return db.prepare(`${SELECT} WHERE e.id = ?`).get(id) as EvidenceInfo | undefined;
}

export function evidenceContent(db: Sqlite, id: number): Buffer {
  return db.prepare('SELECT content FROM evidence_files WHERE id = ?').pluck().get(id) as Buffer;
}

export function listProposalEvidence(db: Sqlite, proposalId: number): EvidenceInfo[] {
  return db.prepare(`${SELECT} WHERE e.proposal_id = ? ORDER BY e.id`).all(proposalId) as EvidenceInfo[];
}

export function listDesaEvidence(db: Sqlite, desaCode: string, period: string): EvidenceInfo[] {
  return db.prepare(`${SELECT} WHERE e.proposal_id IS NULL AND e.desa_code = ? AND e.period = ? ORDER BY e.id`).all(desaCode, period) as EvidenceInfo[];
}

export function deleteEvidence(db: Sqlite, id: number): void {
  db.prepare('DELETE FROM evidence_files WHERE id = ?').run(id);
}
