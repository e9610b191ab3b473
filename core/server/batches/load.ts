import { ApiError } from '../../contract/errors';
import type { FrozenBatch, FrozenItem } from '../../contract/batches';
import type { Sqlite } from '../../../db/open';
import type { FrozenHeader } from './freeze';
import { contentHash, sha256 } from './snapshot';

const PAGE = 2000;

function tampered(batchId: number, what: string): ApiError {
  return new ApiError('INVALID_INPUT', `Isi batch penetapan #${batchId} tidak cocok dengan hash-nya (${what}): workspace diubah di luar aplikasi.`, { batchId });
}

/** The frozen header (everything of FrozenBatch but the items) of a frozen batch; reads the batch row only. */
export function loadFrozenHeader(db: Sqlite, batchId: number): FrozenHeader & { contentHash: string; itemCount: number } {
  const row = db.prepare(`SELECT status, name, header_json AS headerJson, content_hash AS contentHash,
      (SELECT count(*) FROM batch_items WHERE batch_id = b.id) AS itemCount FROM batches b WHERE id = ?`).get(batchId) as
    { status: string; name: string; headerJson: string | null; contentHash: string | null; itemCount: number } | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `Batch penetapan #${batchId} tidak ditemukan.`);
  if (row.status !== 'dibekukan' || !row.headerJson || !row.contentHash) {
    throw new ApiError('INVALID_INPUT', `Batch "${row.name}" belum dibekukan, jadi belum ada isi beku untuk diekspor atau dibandingkan.`, { status: row.status });
  }
  return { ...(JSON.parse(row.headerJson) as FrozenHeader), contentHash: row.contentHash, itemCount: row.itemCount };
}

/**
 * The frozen items in position order, a page at a time (reads batch_items only). Each item's JSON is checked
 * against its hash, and after the last item the content hash is recomputed, so a snapshot changed outside
 * the app is refused instead of exported.
 */
export function* frozenItems(db: Sqlite, batchId: number): Generator<FrozenItem> {
  const header = db.prepare('SELECT header_json AS headerJson, content_hash AS contentHash FROM batches WHERE id = ?').get(batchId) as { headerJson: string; contentHash: string };
  const page = db.prepare('SELECT position, frozen_json AS json, item_hash AS hash FROM batch_items WHERE batch_id = ? AND position > ? ORDER BY position LIMIT ?');
  const hashes: string[] = [];
  let after = 0;
  for (;;) {
    const rows = page.all(batchId, after, PAGE) as { position: number; json: string; hash: string }[];
    for (const row of rows) {
      if (sha256(row.json) !== row.hash) throw tampered(batchId, `usulan urutan ${row.position}`);
      hashes.push(row.hash);
      yield JSON.parse(row.json) as FrozenItem;
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.position;
  }
  if (contentHash(header.headerJson, hashes) !== header.contentHash) throw tampered(batchId, 'hash isi batch');
}

/** The whole frozen batch as it was frozen (never the live records), so an export is reproducible later. */
export function loadFrozenBatch(db: Sqlite, batchId: number): FrozenBatch {
  const { itemCount, ...header } = loadFrozenHeader(db, batchId);
  void itemCount;
  return { ...header, items: [...frozenItems(db, batchId)] };
}
