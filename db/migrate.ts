import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { WorkspaceFileError } from './errors';
import type { Sqlite } from './open';

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export interface MigrationState {
  /** Migrations the code knows (the schema version of the code). */
  known: number;
  /** Migrations already applied to this database. */
  applied: number;
  pending: string[];
  /** Applied migrations this code does not know: the file was written by a newer app. */
  unknown: number;
}

export function readJournal(migrationsDir: string): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return journal.entries;
}

export function migrationState(db: Sqlite, migrationsDir: string): MigrationState {
  const entries = readJournal(migrationsDir);
  const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'`).get();
  const appliedWhens = hasTable
    ? (db.prepare('SELECT created_at AS whenMs FROM __drizzle_migrations').all() as { whenMs: number }[]).map((row) => Number(row.whenMs))
    : [];
  const knownWhens = new Set(entries.map((entry) => entry.when));
  const appliedSet = new Set(appliedWhens);
  return {
    known: entries.length,
    applied: appliedWhens.length,
    pending: entries.filter((entry) => !appliedSet.has(entry.when)).map((entry) => entry.tag),
    unknown: appliedWhens.filter((when) => !knownWhens.has(when)).length,
  };
}

export interface MigrateResult {
  applied: string[];
  backupPath: string | null;
  schemaVersion: number;
}

/**
 * Brings a workspace up to the code's schema. Refuses a database written by a newer app and
 * copies the file before changing it. Drizzle's own migrator opens its transaction before we
 * could switch foreign keys off (inside a transaction PRAGMA foreign_keys is ignored, so a table
 * rebuild could cascade-delete rows), so the same migration files are applied here: foreign keys
 * off outside the transaction, every key checked before COMMIT, all or nothing.
 */
export function migrateDatabase(db: Sqlite, dbPath: string, migrationsDir: string): MigrateResult {
  const state = migrationState(db, migrationsDir);
  if (state.unknown > 0) {
    throw new WorkspaceFileError(
      'too-new',
      `Workspace "${basename(dbPath)}" dibuat oleh versi aplikasi yang lebih baru. Perbarui Verivali Desktop untuk membukanya. File tidak diubah.`,
    );
  }
  if (state.pending.length === 0) return { applied: [], backupPath: null, schemaVersion: state.known };

  const backupPath = state.applied > 0 ? backupBeforeMigrating(db, dbPath, state.applied) : null;
  const pendingTags = new Set(state.pending);
  const files = readMigrationFiles({ migrationsFolder: migrationsDir });
  const entries = readJournal(migrationsDir);
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      db.exec('CREATE TABLE IF NOT EXISTS __drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)');
      const record = db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)');
      files.forEach((migration, index) => {
        if (!pendingTags.has(entries[index]?.tag ?? '')) return;
        for (const statement of migration.sql) if (statement.trim()) db.exec(statement);
        record.run(migration.hash, migration.folderMillis);
      });
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new Error(`${violations.length} pelanggaran foreign key`);
      db.pragma(`user_version = ${state.known}`);
    })();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkspaceFileError('migration-failed', `Pembaruan struktur workspace "${basename(dbPath)}" gagal (${reason}). Data tidak diubah.`);
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return { applied: state.pending, backupPath, schemaVersion: state.known };
}

function backupBeforeMigrating(db: Sqlite, dbPath: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backupPath = join(dirname(dbPath), `${basename(dbPath)}.sebelum-migrasi-v${fromVersion}-${stamp}.bak`);
  db.prepare('VACUUM INTO ?').run(backupPath);
  return backupPath;
}
