import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { registerAuditHash } from './audit-hash';
import { WorkspaceFileError } from './errors';

export type Sqlite = Database.Database;

export interface OpenOptions {
  /** Create the file when it does not exist (new workspace). */
  create?: boolean;
  /** Encryption key (SQLCipher-compatible); encryption at rest is switched on by a later issue. */
  key?: string;
  busyTimeoutMs?: number;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Opens a workspace database with the settings every connection needs: WAL, synchronous FULL,
 * foreign keys, an exclusive lock (one app instance per workspace file), Unicode-aware
 * lower()/upper() and audit_hash() for the audit trail's hash chain. A file that is not a
 * database is refused before anything is written to it.
 */
const MMAP_BYTES = 2 ** 30;
const CACHE_KIB = 64 * 1024;

export function openDatabase(path: string, options: OpenOptions = {}): Sqlite {
  const name = basename(path);
  const exists = existsSync(path);
  if (!exists && !options.create) {
    throw new WorkspaceFileError('not-found', `File workspace "${name}" tidak ditemukan.`);
  }
  if (exists && !options.key && !hasSqliteHeader(path)) {
    throw new WorkspaceFileError('not-sqlite', `File "${name}" bukan workspace Verivali (bukan database SQLite). File tidak diubah.`);
  }

  const db = new Database(path, { fileMustExist: !options.create, timeout: 0 });
  try {
    if (options.key) {
      db.pragma(`cipher='sqlcipher'`);
      db.pragma(`key=${quoteSqlString(options.key)}`);
    }
    db.pragma('locking_mode = EXCLUSIVE');
    probeReadable(db, name, Boolean(options.key));
    acquireExclusiveLock(db, name);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // Whole-district scans (row counts of filtered grids, verification) read the file through memory
    // maps instead of copying every page: about twice as fast. Ignored for encrypted workspaces.
    db.pragma(`mmap_size = ${MMAP_BYTES}`);
    db.pragma(`cache_size = -${CACHE_KIB}`);
    registerUnicodeCaseFunctions(db);
    registerAuditHash(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    // An empty file is what SQLite itself creates before the first write: treat it as a database.
    return read === 0 || buffer.toString('latin1', 0, read) === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

function probeReadable(db: Sqlite, name: string, encrypted: boolean): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if (isSqliteCode(error, 'SQLITE_NOTADB')) {
      throw encrypted
        ? new WorkspaceFileError('wrong-key', `Kunci workspace "${name}" salah, atau file bukan workspace Verivali.`)
        : new WorkspaceFileError('not-sqlite', `File "${name}" bukan workspace Verivali (bukan database SQLite). File tidak diubah.`);
    }
    if (isSqliteCode(error, 'SQLITE_BUSY')) throw lockedError(name);
    throw error;
  }
}

function acquireExclusiveLock(db: Sqlite, name: string): void {
  try {
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
  } catch (error) {
    if (isSqliteCode(error, 'SQLITE_BUSY')) throw lockedError(name);
    throw error;
  }
}

function lockedError(name: string): WorkspaceFileError {
  return new WorkspaceFileError('locked', `Workspace "${name}" sedang dibuka oleh aplikasi lain. Tutup dulu di sana, lalu coba lagi.`);
}

/** The bundled SQLite has no ICU: lower()/upper() would only fold ASCII. */
function registerUnicodeCaseFunctions(db: Sqlite): void {
  const fold = (convert: (text: string) => string) => (value: unknown) => (typeof value === 'string' ? convert(value) : value);
  db.function('lower', { deterministic: true }, fold((text) => text.toLocaleLowerCase('id-ID')));
  db.function('upper', { deterministic: true }, fold((text) => text.toLocaleUpperCase('id-ID')));
}

export function isSqliteCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && String((error as { code: unknown }).code).startsWith(code);
}

function quoteSqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
