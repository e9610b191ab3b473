import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkspaceFileError } from '../../db/errors';
import { migrateDatabase } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { migrationsDir } from '../../cli/paths';
import { makeTempDir } from '../support/temp';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

function problemOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof WorkspaceFileError) return `${error.problem}: ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('openDatabase', () => {
  it('opens with WAL, synchronous FULL, foreign keys and an exclusive lock', () => {
    const db = openDatabase(join(temp.dir, 'a.verivali'), { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('locking_mode', { simple: true })).toBe('exclusive');
    db.close();
  });

  it('folds case for Indonesian text beyond ASCII', () => {
    const db = openDatabase(join(temp.dir, 'a.verivali'), { create: true });
    expect(db.prepare(`SELECT lower('ÉLISABETH Ma''RUF') AS v`).get()).toEqual({ v: "élisabeth ma'ruf" });
    expect(db.prepare(`SELECT upper('ñoño') AS v`).get()).toEqual({ v: 'ÑOÑO' });
    db.close();
  });

  it('refuses a file that is not SQLite and leaves it byte-for-byte untouched', () => {
    const path = join(temp.dir, 'laporan.verivali');
    writeFileSync(path, 'NIK;Nama\n3328014501900001;Sri\n');
    const before = readFileSync(path);
    expect(problemOf(() => openDatabase(path))).toMatch(/^not-sqlite: File "laporan.verivali" bukan workspace Verivali/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('reports a missing file in Indonesian', () => {
    expect(problemOf(() => openDatabase(join(temp.dir, 'tidak-ada.verivali')))).toMatch(/^not-found: File workspace "tidak-ada.verivali" tidak ditemukan/);
  });

  it('refuses a workspace that another process holds open', async () => {
    const path = join(temp.dir, 'dipakai.verivali');
    openDatabase(path, { create: true }).close();
    const holder = spawn(process.execPath, ['--import', 'tsx', join(process.cwd(), 'tests/support/hold-workspace.ts'), path]);
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => (String(chunk).includes('locked') ? resolve() : undefined));
        holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
      });
      expect(problemOf(() => openDatabase(path))).toMatch(/^locked: Workspace "dipakai.verivali" sedang dibuka oleh aplikasi lain/);
    } finally {
      holder.kill();
    }
  });

  it('opens an encrypted workspace only with its key', () => {
    const path = join(temp.dir, 'rahasia.verivali');
    const db = openDatabase(path, { create: true, key: 'kunci-uji' });
    db.exec('CREATE TABLE t (x TEXT); INSERT INTO t VALUES (\'3328014501900001\')');
    db.close();
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(problemOf(() => openDatabase(path, { key: 'salah' }))).toMatch(/^wrong-key:/);
    const reopened = openDatabase(path, { key: 'kunci-uji' });
    expect(reopened.prepare('SELECT x FROM t').get()).toEqual({ x: '3328014501900001' });
    reopened.close();
  });
});

describe('migrateDatabase', () => {
  it('refuses a database written by a newer app version and changes nothing', () => {
    const path = join(temp.dir, 'baru.verivali');
    const db = openDatabase(path, { create: true });
    migrateDatabase(db, path, migrationsDir);
    db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('dari-masa-depan', 4102444800000);
    db.close();
    const before = readFileSync(path);
    const again = openDatabase(path);
    expect(problemOf(() => migrateDatabase(again, path, migrationsDir))).toMatch(/^too-new: .*versi aplikasi yang lebih baru/);
    again.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('is a no-op when the schema is current', () => {
    const path = join(temp.dir, 'kini.verivali');
    const db = openDatabase(path, { create: true });
    expect(migrateDatabase(db, path, migrationsDir).applied.length).toBeGreaterThan(0);
    expect(migrateDatabase(db, path, migrationsDir)).toMatchObject({ applied: [], backupPath: null });
    expect(db.pragma('user_version', { simple: true })).toBe(migrateDatabase(db, path, migrationsDir).schemaVersion);
    db.close();
  });

  it('the plain driver sees the same file (no custom functions needed to read it)', () => {
    const path = join(temp.dir, 'polos.verivali');
    const db = openDatabase(path, { create: true });
    migrateDatabase(db, path, migrationsDir);
    db.close();
    const plain = new Database(path, { readonly: true });
    expect(plain.prepare('SELECT username FROM users').all()).toEqual([{ username: 'lokal' }]);
    plain.close();
  });
});
