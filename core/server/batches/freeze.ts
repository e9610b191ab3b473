import { ApiError } from '../../contract/errors';
import type { FrozenBatch } from '../../contract/batches';
import { DESA_EVIDENCE } from '../../contract/proposals';
import { requireRole, type SessionUser } from '../auth';
import type { Sqlite } from '../../../db/open';
import { auditBatch } from './audit';
import { checkBatch } from './check';
import { batchDetail, checkBatchVersion, findBatch, requireDraft } from './queries';
import { buildItems, canonicalJson, contentHash, itemRows, sha256 } from './snapshot';

export type FrozenHeader = Omit<FrozenBatch, 'contentHash' | 'items'>;

/** The BA musdes/muskel and SPTJM of every desa and reporting period of the batch's proposals. */
function desaEvidence(db: Sqlite, batchId: number): FrozenHeader['desaEvidence'] {
  return db
    .prepare(
      `SELECT e.desa_code AS desaCode, e.period, e.kind, e.file_name AS fileName, e.sha256, e.size, e.id AS evidenceId FROM evidence_files e
       WHERE e.proposal_id IS NULL AND e.kind IN (SELECT value FROM json_each(?))
         AND (e.desa_code, e.period) IN (SELECT DISTINCT p.desa_code, p.period FROM batch_items i JOIN proposals p ON p.id = i.proposal_id WHERE i.batch_id = ?)
       ORDER BY e.desa_code, e.period, e.id`,
    )
    .all(JSON.stringify(DESA_EVIDENCE), batchId) as FrozenHeader['desaEvidence'];
}

function refuseProblems(db: Sqlite, batchId: number): void {
  const report = checkBatch(db, batchId);
  if (report.batch.itemCount === 0) throw new ApiError('INVALID_INPUT', `Batch "${report.batch.name}" tidak berisi usulan, jadi tidak dapat dibekukan.`);
  if (!report.ok) {
    throw new ApiError('INVALID_INPUT', `Batch "${report.batch.name}" belum dapat dibekukan: pemeriksaan menemukan ${report.blockingCount} masalah. Buka laporan pemeriksaan batch.`, {
      reason: 'check',
      problemCounts: report.problemCounts,
    });
  }
}

/**
 * Kepala OPD only: in one transaction, the batch check must pass, every item gets its record snapshot
 * (canonical JSON), hash and position, and the batch its header, content hash and the newest audit hash
 * as anchor. From then on triggers (migration 0008) refuse any change of the batch or its items.
 */
export function freezeBatch(db: Sqlite, user: SessionUser, ref: { id: number; expectedVersion: number }) {
  requireRole(user, ['kepala_opd'], 'membekukan batch penetapan');
  db.transaction(() => {
    const batch = findBatch(db, ref.id);
    requireDraft(batch, 'dibekukan lagi');
    checkBatchVersion(batch, ref.expectedVersion);
    refuseProblems(db, batch.id);
    const rows = itemRows(db, batch.id);
    const write = db.prepare('UPDATE batch_items SET frozen_json = ?, item_hash = ?, position = ? WHERE id = ?');
    const hashes: string[] = [];
    let position = 0;
    for (const item of buildItems(db, rows)) {
      const json = canonicalJson(item);
      const hash = sha256(json);
      hashes.push(hash);
      write.run(json, hash, position + 1, rows[position]!.itemId);
      position += 1;
    }
    const kabupatenName = (db.prepare('SELECT name FROM regions WHERE code = ?').pluck().get(batch.kabupatenCode) as string | undefined) ?? batch.kabupatenCode;
    const header: FrozenHeader = {
      id: batch.id, name: batch.name, periodKind: batch.periodKind, period: batch.period, cutoffDate: batch.cutoffDate,
      kabupatenCode: batch.kabupatenCode, kabupatenName, kecamatanCodes: batch.kecamatanCodes, replacesBatchId: batch.replacesBatchId,
      frozenAt: new Date().toISOString(), frozenBy: user.name,
      auditAnchor: (db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string | null | undefined) ?? '',
      desaEvidence: desaEvidence(db, batch.id),
    };
    const headerJson = canonicalJson(header);
    const hash = contentHash(headerJson, hashes);
    db.prepare(
      `UPDATE batches SET status = 'dibekukan', frozen_by = ?, frozen_at = ?, header_json = ?, content_hash = ?, audit_anchor = ?, version = version + 1 WHERE id = ?`,
    ).run(user.id, header.frozenAt, headerJson, hash, header.auditAnchor, batch.id);
    auditBatch(db, user, batch.id, 'batch-freeze', 'contentHash', null, hash);
  }).immediate();
  return batchDetail(db, ref.id);
}
