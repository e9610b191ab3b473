import type { Sqlite } from '../open';

/**
 * Loading into an empty workspace: maintaining the secondary indexes and the name search index
 * row by row costs more than building them once at the end. Call inside the load's transaction
 * (all or nothing); the returned function rebuilds everything before COMMIT.
 */
export function suspendSecondaryStructures(db: Sqlite): () => void {
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('families', 'members', 'audit_log') AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'`)
    .all() as { name: string; sql: string }[];
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'members_fts_%'`)
    .all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  return () => {
    for (const { sql } of [...indexes, ...triggers]) db.exec(sql);
    if (triggers.length) db.exec(`INSERT INTO members_fts(members_fts) VALUES ('rebuild')`);
  };
}
