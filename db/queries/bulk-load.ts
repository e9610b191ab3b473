import type { Sqlite } from '../open';

/** While the member indexes are built: a small sorter memory makes SQLite sort chunks in helper threads. */
const MEMBER_INDEX_SORTER = { threads: 2, cacheKib: 8 * 1024 };

/**
 * Loading into an empty workspace: maintaining the secondary indexes and the name search index
 * row by row costs more than building them once at the end. Call inside the load's transaction
 * (all or nothing); the returned function rebuilds everything before COMMIT.
 */
export function suspendSecondaryStructures(db: Sqlite): () => void {
  const indexes = db
    .prepare(`SELECT name, tbl_name AS tableName, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('families', 'members') AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'`)
    .all() as { name: string; tableName: string; sql: string }[];
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'members_fts_%'`)
    .all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  return () => {
    for (const { sql } of indexes.filter((index) => index.tableName !== 'members')) db.exec(sql);
    withSorter(db, MEMBER_INDEX_SORTER, () => {
      for (const { sql } of indexes.filter((index) => index.tableName === 'members')) db.exec(sql);
    });
    for (const { sql } of triggers) db.exec(sql);
    if (triggers.length) db.exec(`INSERT INTO members_fts(members_fts) VALUES ('rebuild')`);
  };
}

/**
 * SQLite sorts in one thread while the rows fit its cache; with less cache and helper threads it
 * sorts chunks beside the table scan, which the second core can take once the parser has finished.
 */
function withSorter(db: Sqlite, sorter: { threads: number; cacheKib: number }, build: () => void): void {
  const cache = db.pragma('cache_size', { simple: true }) as number;
  const threads = db.pragma('threads', { simple: true }) as number;
  db.pragma(`threads = ${sorter.threads}`);
  db.pragma(`cache_size = -${sorter.cacheKib}`);
  try {
    build();
  } finally {
    db.pragma(`threads = ${threads}`);
    db.pragma(`cache_size = ${cache}`);
  }
}
