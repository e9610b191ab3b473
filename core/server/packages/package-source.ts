import type { FrozenItem } from '../../contract/batches';
import type { Sqlite } from '../../../db/open';
import { frozenItems, loadFrozenHeader } from '../batches/load';
import type { BatchHeader } from './sheet-rows';

/**
 * What a package is made from: the frozen header and items of one batch, read in position order, and
 * the bytes of its evidence. Only the snapshot is read, never the live records, so a package exported
 * later is the same package.
 */
export interface PackageSource {
  header: BatchHeader;
  /** The header's canonical JSON exactly as the content hash covers it. */
  headerJson: string;
  itemCount: number;
  items(): Iterable<FrozenItem>;
  /** [proposal id, item hash] in position order. */
  itemHashes(): Iterable<[number, string]>;
  evidenceContent(evidenceId: number): Buffer | null;
}

/** A frozen batch of the workspace; the items stream a page at a time, each checked against its hash (batches/load.ts). */
export function workspaceSource(db: Sqlite, batchId: number): PackageSource {
  const { itemCount, ...header } = loadFrozenHeader(db, batchId);
  const headerJson = db.prepare('SELECT header_json FROM batches WHERE id = ?').pluck().get(batchId) as string;
  return {
    header,
    headerJson,
    itemCount,
    items: () => withoutMemoryMap(db, () => frozenItems(db, batchId)),
    // item_hash is stored after frozen_json, so this walks the snapshots' pages too.
    itemHashes: () => withoutMemoryMap(db, () => db.prepare('SELECT proposal_id, item_hash FROM batch_items WHERE batch_id = ? ORDER BY position').raw().iterate(batchId) as Iterable<[number, string]>),
    evidenceContent: (evidenceId) => (db.prepare('SELECT content FROM evidence_files WHERE id = ?').pluck().get(evidenceId) as Buffer | undefined) ?? null,
  };
}

/**
 * Batch rows read through SQLite's page cache instead of the memory map: a package reads each snapshot once,
 * and mapped pages (the whole batch, and what opening the workspace touched) would count as the process's
 * memory. The workspace's own setting comes back when the reading ends.
 */
function* withoutMemoryMap<T>(db: Sqlite, rows: () => Iterable<T>): Generator<T> {
  const mapped = db.pragma('mmap_size', { simple: true }) as number;
  db.pragma('mmap_size = 0');
  try {
    // Started only now: an open better-sqlite3 iterator would refuse the pragma.
    yield* rows();
  } finally {
    db.pragma(`mmap_size = ${mapped}`);
  }
}
