import { ApiError } from '../../contract/errors';
import type { ParsedInput } from '../../contract/methods';
import type { SessionUser } from '../auth';
import type { Sqlite } from '../../../db/open';
import { auditBatch, auditMembership } from './audit';
import { checkCutoffDate, checkPeriodKind, cutoffDateOf, cutoffEnd } from './period';
import { batchDetail, checkBatchVersion, findBatch, requireDraft } from './queries';
import { periodSettings, workspaceKabupaten } from './settings';

type Ref = { id: number; expectedVersion: number };

/** The chosen kecamatan, each checked to be one of the workspace's kabupaten; sorted, without repeats. */
function scopeOf(db: Sqlite, kabupaten: string, codes: readonly string[] | null | undefined): string[] | null {
  if (!codes) return null;
  const known = new Set(db.prepare('SELECT code FROM regions WHERE level = 3 AND parent_code = ?').pluck().all(kabupaten) as string[]);
  const unknown = codes.find((code) => !known.has(code));
  if (unknown) throw new ApiError('INVALID_INPUT', `Kecamatan ${unknown} bukan bagian dari kabupaten/kota ${kabupaten}.`, { field: 'kecamatanCodes' });
  return [...new Set(codes)].sort();
}

function defaultName(db: Sqlite, period: string, kecamatan: string[] | null): string {
  if (!kecamatan) return `Penetapan ${period}`;
  if (kecamatan.length > 1) return `Penetapan ${period} (${kecamatan.length} kecamatan)`;
  const name = db.prepare('SELECT name FROM regions WHERE code = ?').pluck().get(kecamatan[0]) as string | undefined;
  return `Penetapan ${period} Kec. ${name ?? kecamatan[0]}`;
}

function requireCorrectable(db: Sqlite, replacesBatchId: number | undefined): void {
  if (replacesBatchId === undefined) return;
  const replaced = findBatch(db, replacesBatchId);
  if (replaced.status !== 'dibekukan') {
    throw new ApiError('INVALID_INPUT', `Batch koreksi hanya untuk batch yang sudah dibekukan; "${replaced.name}" masih draf.`, { field: 'replacesBatchId' });
  }
}

/**
 * Reserves every approved proposal of the batch's scope approved before the end of its cut-off day and not
 * in another batch; answers how many joined. Items keep the order desa, type, proposal id.
 */
function gather(db: Sqlite, user: SessionUser, batchId: number): number {
  const batch = db.prepare('SELECT cutoff_date AS cutoffDate, kabupaten_code AS kabupaten, kecamatan_codes_json AS kecamatan FROM batches WHERE id = ?').get(batchId) as
    { cutoffDate: string; kabupaten: string; kecamatan: string | null };
  db.prepare(
    `INSERT INTO batch_items (batch_id, proposal_id, type, desa_code)
     SELECT ?, p.id, p.type, p.desa_code FROM proposals p
     WHERE p.status = 'disahkan' AND p.batch_id IS NULL AND p.approved_at < ? AND substr(p.desa_code, 1, 5) = ?
       AND (? IS NULL OR substr(p.desa_code, 1, 8) IN (SELECT value FROM json_each(?)))
       AND NOT EXISTS (SELECT 1 FROM batch_items x WHERE x.proposal_id = p.id)
     ORDER BY p.desa_code, p.type, p.id`,
  ).run(batchId, cutoffEnd(batch.cutoffDate, batch.kabupaten), batch.kabupaten, batch.kecamatan, batch.kecamatan ?? '[]');
  const joining = 'SELECT p.id FROM batch_items i JOIN proposals p ON p.id = i.proposal_id WHERE i.batch_id = ? AND p.batch_id IS NULL';
  const added = auditMembership(db, user, batchId, 'batch-add', joining, [batchId]);
  db.prepare('UPDATE proposals SET batch_id = ? WHERE batch_id IS NULL AND id IN (SELECT proposal_id FROM batch_items WHERE batch_id = ?)').run(batchId, batchId);
  return added;
}

/** Releases the batch's proposals chosen by `condition` (SQL over proposals p); answers how many left. */
function release(db: Sqlite, user: SessionUser, batchId: number, condition: string): number {
  const leaving = `SELECT i.proposal_id AS id FROM batch_items i JOIN proposals p ON p.id = i.proposal_id WHERE i.batch_id = ? AND ${condition}`;
  const released = auditMembership(db, user, batchId, 'batch-remove', leaving, [batchId]);
  db.prepare(`UPDATE proposals SET batch_id = NULL WHERE batch_id = ? AND id IN (${leaving})`).run(batchId, batchId);
  db.prepare(`DELETE FROM batch_items WHERE batch_id = ? AND proposal_id IN (${leaving})`).run(batchId, batchId);
  return released;
}

/** Verifikator, kepala OPD, admin (permissions.ts): a draft batch of a period and scope, filled at once. */
export function createBatch(db: Sqlite, user: SessionUser, input: ParsedInput<'batches.create'>) {
  const kabupaten = workspaceKabupaten(db);
  const settings = periodSettings(db);
  const kind = input.periodKind ?? settings.kind;
  checkPeriodKind(input.period, kind);
  const cutoffDate = input.cutoffDate ?? cutoffDateOf(input.period, kind, settings.cutoffDay);
  checkCutoffDate(cutoffDate);
  const kecamatan = scopeOf(db, kabupaten, input.kecamatanCodes);
  const id = db.transaction(() => {
    requireCorrectable(db, input.replacesBatchId);
    const name = input.name ?? defaultName(db, input.period, kecamatan);
    const batchId = Number(db.prepare(
      `INSERT INTO batches (name, period_kind, period, cutoff_date, kabupaten_code, kecamatan_codes_json, created_by, created_at, replaces_batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(name, kind, input.period, cutoffDate, kabupaten, kecamatan && JSON.stringify(kecamatan), user.id, new Date().toISOString(), input.replacesBatchId ?? null).lastInsertRowid);
    const scope = { period: input.period, periodKind: kind, cutoffDate, kecamatanCodes: kecamatan, replacesBatchId: input.replacesBatchId ?? null };
    auditBatch(db, user, batchId, 'batch-create', 'batch', null, JSON.stringify({ name, ...scope }));
    gather(db, user, batchId);
    return batchId;
  }).immediate();
  return batchDetail(db, id);
}

/** Draft only: drops proposals that are no longer approved and gathers again (approved since, released by another batch). */
export function refreshBatch(db: Sqlite, user: SessionUser, ref: Ref) {
  db.transaction(() => {
    const batch = findBatch(db, ref.id);
    requireDraft(batch, 'diperbarui');
    checkBatchVersion(batch, ref.expectedVersion);
    const released = release(db, user, batch.id, `p.status <> 'disahkan'`);
    const added = gather(db, user, batch.id);
    db.prepare('UPDATE batches SET version = version + 1 WHERE id = ?').run(batch.id);
    auditBatch(db, user, batch.id, 'batch-refresh', 'itemCount', String(batch.itemCount), String(batch.itemCount - released + added));
  }).immediate();
  return batchDetail(db, ref.id);
}

/** Draft only: the batch is removed and its proposals are free for another batch. */
export function deleteBatch(db: Sqlite, user: SessionUser, ref: Ref): { deleted: boolean; released: number } {
  return db.transaction(() => {
    const batch = findBatch(db, ref.id);
    requireDraft(batch, 'dihapus');
    checkBatchVersion(batch, ref.expectedVersion);
    const released = release(db, user, batch.id, '1');
    db.prepare('DELETE FROM batches WHERE id = ?').run(batch.id);
    auditBatch(db, user, batch.id, 'batch-delete', 'batch', batch.name, null);
    return { deleted: true, released };
  }).immediate();
}
