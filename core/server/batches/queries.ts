import { PROPOSAL_TYPES, type ProposalType } from '../../contract/proposals';
import type { BatchInfo } from '../../contract/batches';
import { ApiError } from '../../contract/errors';
import type { Sqlite } from '../../../db/open';

type TypeCounts = Record<ProposalType, number>;
export interface DesaCount { desaCode: string; desaName: string; kecamatanCode: string; kecamatanName: string; counts: TypeCounts; total: number }

const SELECT_BATCH = `SELECT b.id, b.name, b.period_kind AS periodKind, b.period, b.cutoff_date AS cutoffDate, b.kabupaten_code AS kabupatenCode,
    b.kecamatan_codes_json AS kecamatanCodesJson, b.status, coalesce(cu.display_name, '') AS createdByName, b.created_at AS createdAt,
    fu.display_name AS frozenByName, b.frozen_at AS frozenAt, b.content_hash AS contentHash, b.audit_anchor AS auditAnchor,
    b.replaces_batch_id AS replacesBatchId, (SELECT count(*) FROM batch_items i WHERE i.batch_id = b.id) AS itemCount, b.version
  FROM batches b LEFT JOIN users cu ON cu.id = b.created_by LEFT JOIN users fu ON fu.id = b.frozen_by`;

type BatchRow = Omit<BatchInfo, 'kecamatanCodes'> & { kecamatanCodesJson: string | null };

function toInfo({ kecamatanCodesJson, ...row }: BatchRow): BatchInfo {
  return { ...row, kecamatanCodes: kecamatanCodesJson === null ? null : (JSON.parse(kecamatanCodesJson) as string[]) };
}

export function listBatches(db: Sqlite): BatchInfo[] {
  return (db.prepare(`${SELECT_BATCH} ORDER BY b.id DESC`).all() as BatchRow[]).map(toInfo);
}

export function findBatch(db: Sqlite, id: number): BatchInfo {
  const row = db.prepare(`${SELECT_BATCH} WHERE b.id = ?`).get(id) as BatchRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `Batch penetapan #${id} tidak ditemukan.`);
  return toInfo(row);
}

export function checkBatchVersion(batch: BatchInfo, expectedVersion: number): void {
  if (batch.version !== expectedVersion) {
    throw new ApiError('VERSION_CONFLICT', `Batch "${batch.name}" sudah diubah orang lain sejak Anda membukanya. Muat ulang lalu ulangi.`, {
      id: batch.id,
      currentVersion: batch.version,
    });
  }
}

export function requireDraft(batch: BatchInfo, action: string): void {
  if (batch.status !== 'draft') {
    throw new ApiError('INVALID_INPUT', `Batch "${batch.name}" sudah dibekukan, jadi tidak dapat ${action}. Koreksi dimasukkan ke batch baru.`, { status: batch.status });
  }
}

export const zeroCounts = (): TypeCounts => Object.fromEntries(PROPOSAL_TYPES.map((t) => [t, 0])) as TypeCounts;

/** Items per desa and type (and the totals per type), desa in code order. */
export function countItems(db: Sqlite, batchId: number): { counts: TypeCounts; perDesa: DesaCount[] } {
  const rows = db
    .prepare(
      `SELECT i.desa_code AS desaCode, coalesce(rd.name, i.desa_code) AS desaName, substr(i.desa_code, 1, 8) AS kecamatanCode,
              coalesce(rk.name, substr(i.desa_code, 1, 8)) AS kecamatanName, i.type, count(*) AS n
       FROM batch_items i LEFT JOIN regions rd ON rd.code = i.desa_code LEFT JOIN regions rk ON rk.code = substr(i.desa_code, 1, 8)
       WHERE i.batch_id = ? GROUP BY i.desa_code, i.type ORDER BY i.desa_code`,
    )
    .all(batchId) as { desaCode: string; desaName: string; kecamatanCode: string; kecamatanName: string; type: ProposalType; n: number }[];
  const counts = zeroCounts();
  const perDesa = new Map<string, DesaCount>();
  for (const { type, n, ...desa } of rows) {
    let entry = perDesa.get(desa.desaCode);
    if (!entry) perDesa.set(desa.desaCode, (entry = { ...desa, counts: zeroCounts(), total: 0 }));
    entry.counts[type] += n;
    entry.total += n;
    counts[type] += n;
  }
  return { counts, perDesa: [...perDesa.values()] };
}

export function batchDetail(db: Sqlite, id: number) {
  return { batch: findBatch(db, id), ...countItems(db, id) };
}
