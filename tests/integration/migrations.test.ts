import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../cli/paths';
import { migrateDatabase, readJournal } from '../../db/migrate';
import { openDatabase, type Sqlite } from '../../db/open';
import { verifyAuditChain } from '../../db/queries/audit-chain';
import { makeTempDir } from '../support/temp';

/**
 * Each migration is tested on a database populated at the schema version before it. A fixture
 * fills that earlier schema with realistic rows; after migrating, every row must still be there.
 */
const FIXTURES: Record<string, (db: Sqlite) => void> = {
  '0000_initial': (db) => {
    db.exec(`
      INSERT INTO regions (code, level, name, parent_code) VALUES
        ('33', 1, 'Jawa Tengah', NULL), ('33.28', 2, 'Kabupaten Tegal', '33'),
        ('33.28.01', 3, 'Margasari', '33.28'), ('33.28.01.2001', 4, 'Jembayat', '33.28.01');
      INSERT INTO families (id, no_kk, head_name, address, desa_code, kecamatan_code, member_count)
        VALUES (1, '3328011203150004', 'Slamet Riyadi', 'Dusun Krajan RT 001/002', '33.28.01.2001', '33.28.01', 2);
      INSERT INTO members (id, family_id, nik, name, sex, birth_date, relationship)
        VALUES (1, 1, '3328010507780002', 'Slamet Riyadi', 1, '1978-07-05', 1),
               (2, 1, '3328014812800001', 'Sri Wahyuni', 2, '1980-12-08', 2);`);
  },
  '0001_default_local_user': (db) => {
    db.exec(`INSERT INTO audit_log (at, user_id, action, entity, entity_id, field, old_value, new_value)
             VALUES ('2026-01-02T03:04:05.000Z', 1, 'update', 'family', 1, 'address', NULL, 'Dusun Krajan RT 001/002')`);
  },
  '0002_dtks_dtsen_catalogue': (db) => {
    db.exec(`
      INSERT INTO imports (id, started_at, finished_at, user_id, file_name, sha256, format, layout, questionnaire_version, new_count, updated_count, unchanged_count, rejected_count, conflict_count)
        VALUES (1, '2026-02-01T00:00:00Z', '2026-02-01T00:00:01Z', 1, 'anggota.csv', '00', 'csv', 'Anggota', 'PBDT2015', 2, 0, 0, 0, 0);
      INSERT INTO households (id, id_dtks, desa_code, kecamatan_code) VALUES (1, '33280120010000001', '33.28.01.2001', '33.28.01');
      UPDATE families SET household_id = 1, last_import_id = 1, lantai = 9, desil = 2 WHERE id = 1;`);
  },
  '0003_validation_results': (db) => {
    db.exec(`
      INSERT INTO validation_results (rule_id, severity, entity, entity_id, family_id, desa_code, field, message)
        VALUES ('nik-ganda', 'error', 'member', 2, 1, '33.28.01.2001', 'nik', 'NIK ganda');
      INSERT INTO validation_acks (rule_id, entity, entity_id, reason, user_id, at)
        VALUES ('nik-tgl-lahir', 'member', 1, 'Sudah dicek ke Dukcapil', 1, '2026-03-01T00:00:00Z');`);
  },
  '0004_editing_workspace': (db) => {
    db.exec(`
      INSERT INTO grid_views (user_id, grid, name, state_json, updated_at) VALUES (1, 'anggota', '', '{"columns":[]}', '2026-04-01T00:00:00Z');
      UPDATE members SET presence_date = '2026-03-01', presence_reason = 'Meninggal di rumah' WHERE id = 2;`);
  },
  '0005_member_facets_index': (db) => {
    db.exec(`UPDATE members SET relationship = 2 WHERE id = 2`);
  },
  '0006_accounts_proposals_audit_chain': (db) => {
    db.exec(`
      INSERT INTO users (id, username, display_name, role, password_hash, must_change_password) VALUES (2, 'op.jembayat', 'Operator Jembayat', 'operator_desa', 'scrypt$16384$8$1$AA$BB', 1);
      INSERT INTO user_desa (user_id, desa_code) VALUES (2, '33.28.01.2001');
      INSERT INTO audit_log (at, user_id, action, entity, entity_id, field, old_value, new_value)
        VALUES ('2026-05-01T00:00:00.000Z', 2, 'update', 'member', 1, 'name', 'Slamet', 'Slamet Riyadi');`);
  },
  '0007_audit_chain': (db) => {
    db.exec(`
      INSERT INTO proposals (id, type, status, desa_code, period, family_id, created_by, created_at, approved_by, approved_at, version)
        VALUES (1, 'perbaikan', 'disahkan', '33.28.01.2001', '2026-06', 1, 2, '2026-06-01T00:00:00.000Z', 1, '2026-06-10T00:00:00.000Z', 4);
      INSERT INTO proposal_changes (proposal_id, entity, entity_id, field, old_value, new_value) VALUES (1, 'family', 1, 'address', 'Dusun Krajan', 'Dusun Krajan RT 001/002');`);
  },
};

const TABLES = ['regions', 'families', 'members', 'audit_log', 'settings'];

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

/** A copy of the migrations folder that knows only the first `count` migrations. */
function migrationsUpTo(count: number): string {
  const dir = join(temp.dir, `migrations-${count}`);
  mkdirSync(join(dir, 'meta'), { recursive: true });
  const entries = readJournal(migrationsDir).slice(0, count);
  for (const entry of entries) cpSync(join(migrationsDir, `${entry.tag}.sql`), join(dir, `${entry.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'sqlite', entries }));
  return dir;
}

function rowCounts(db: Sqlite): Record<string, number> {
  return Object.fromEntries(TABLES.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));
}

const entries = readJournal(migrationsDir);

describe('every migration on a populated database', () => {
  it('has a fixture for the schema before each migration', () => {
    for (const entry of entries.slice(0, -1)) expect(FIXTURES[entry.tag], `fixture for ${entry.tag}`).toBeTypeOf('function');
  });

  for (const [index, entry] of entries.entries()) {
    if (index === 0) continue;
    it(`${entry.tag} keeps every row, keeps foreign keys valid and backs the file up first`, () => {
      const path = join(temp.dir, 'ws.verivali');
      const db = openDatabase(path, { create: true });
      migrateDatabase(db, path, migrationsUpTo(index));
      for (const previous of entries.slice(0, index)) FIXTURES[previous.tag]?.(db);
      const before = rowCounts(db);

      const result = migrateDatabase(db, path, migrationsUpTo(index + 1));
      expect(result.applied).toEqual([entry.tag]);
      expect(result.backupPath && existsSync(result.backupPath)).toBe(true);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const after = rowCounts(db);
      for (const table of TABLES) expect(after[table], table).toBeGreaterThanOrEqual(before[table] ?? 0);
      expect(db.prepare('SELECT nik, typeof(nik) AS type FROM members ORDER BY id').all()).toEqual([
        { nik: '3328010507780002', type: 'text' },
        { nik: '3328014812800001', type: 'text' },
      ]);
      db.close();
      expect(readdirSync(temp.dir).some((name) => name.includes('sebelum-migrasi'))).toBe(true);
    });
  }

  it('0004 indexes the names of existing members for the quick search', () => {
    const path = join(temp.dir, 'cari.verivali');
    const db = openDatabase(path, { create: true });
    migrateDatabase(db, path, migrationsUpTo(4));
    FIXTURES['0000_initial']?.(db);
    migrateDatabase(db, path, migrationsDir);
    const find = (query: string) => db.prepare('SELECT rowid FROM members_fts WHERE members_fts MATCH ? ORDER BY rowid').pluck().all(query);
    expect(find('wahyu*')).toEqual([2]);
    db.prepare('UPDATE members SET name = ? WHERE id = 1').run('Slamet Wahyudi');
    expect(find('wahyu*')).toEqual([1, 2]);
    expect(find('riyadi')).toEqual([]);
    db.close();
  });

  it('0007 chains the existing audit entries in id order and makes them append-only', () => {
    const path = join(temp.dir, 'rantai.verivali');
    const db = openDatabase(path, { create: true });
    migrateDatabase(db, path, migrationsUpTo(7));
    for (const entry of entries.slice(0, 7)) FIXTURES[entry.tag]?.(db);
    migrateDatabase(db, path, migrationsUpTo(8));
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 2, firstBroken: null });
    expect(db.prepare('SELECT role FROM audit_log ORDER BY id').pluck().all()).toEqual(['admin', 'operator_desa']);
    expect(() => db.exec(`UPDATE audit_log SET new_value = 'x' WHERE id = 1`)).toThrow(/tidak boleh diubah/);
    expect(() => db.exec('DELETE FROM audit_log WHERE id = 1')).toThrow(/tidak boleh dihapus/);
    db.close();
  });

  it('0008 reserves proposals for one batch and makes a frozen batch and its items immutable', () => {
    const path = join(temp.dir, 'batch.verivali');
    const db = openDatabase(path, { create: true });
    migrateDatabase(db, path, migrationsUpTo(8));
    for (const entry of entries.slice(0, 8)) FIXTURES[entry.tag]?.(db);
    migrateDatabase(db, path, migrationsUpTo(9));
    db.exec(`
      INSERT INTO batches (id, name, period_kind, period, cutoff_date, kabupaten_code, created_by, created_at)
        VALUES (1, 'Penetapan 2026-06', 'bulanan', '2026-06', '2026-06-17', '33.28', 1, '2026-06-18T00:00:00.000Z');
      INSERT INTO batch_items (batch_id, proposal_id, type, desa_code) VALUES (1, 1, 'perbaikan', '33.28.01.2001');
      UPDATE proposals SET batch_id = 1 WHERE id = 1;`);
    expect(() => db.exec(`INSERT INTO batch_items (batch_id, proposal_id, type, desa_code) VALUES (1, 1, 'perbaikan', '33.28.01.2001')`)).toThrow(/UNIQUE/);
    expect(() => db.exec(`UPDATE batches SET status = 'dibekukan', content_hash = 'ab', frozen_at = 'x', frozen_by = 1, header_json = '{}' WHERE id = 1`)).toThrow(/hash isi dan cuplikan/);
    db.exec(`UPDATE batch_items SET frozen_json = '{}', item_hash = 'cd', position = 0 WHERE batch_id = 1;
             UPDATE batches SET status = 'dibekukan', content_hash = 'ab', header_json = '{}', frozen_at = '2026-06-18T01:00:00.000Z', frozen_by = 1 WHERE id = 1`);
    expect(() => db.exec(`UPDATE batches SET name = 'lain' WHERE id = 1`)).toThrow(/tidak boleh diubah/);
    expect(() => db.exec('DELETE FROM batches WHERE id = 1')).toThrow(/tidak boleh dihapus/);
    expect(() => db.exec(`UPDATE batch_items SET frozen_json = '{"x":1}'`)).toThrow(/tidak boleh diubah/);
    expect(() => db.exec('DELETE FROM batch_items')).toThrow(/tidak boleh dihapus/);
    expect(() => db.exec('UPDATE proposals SET batch_id = NULL WHERE id = 1')).toThrow(/tidak boleh dipindah/);
    db.exec(`UPDATE proposals SET note = 'catatan' WHERE id = 1`);
    db.close();
  });

  it('rolls a failing migration back completely', () => {
    const path = join(temp.dir, 'gagal.verivali');
    const db = openDatabase(path, { create: true });
    migrateDatabase(db, path, migrationsDir);
    FIXTURES['0000_initial']?.(db);
    const broken = migrationsUpTo(entries.length);
    const journal = readJournal(broken);
    journal.push({ idx: journal.length, when: Date.now() + 1000, tag: '9999_broken' });
    writeFileSync(join(broken, '9999_broken.sql'), 'DELETE FROM regions;\n--> statement-breakpoint\nCREATE TABLE x (');
    writeFileSync(join(broken, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'sqlite', entries: journal }));
    const before = rowCounts(db);
    expect(() => migrateDatabase(db, path, broken)).toThrow(/Pembaruan struktur workspace "gagal.verivali" gagal/);
    expect(rowCounts(db)).toEqual(before);
    db.close();
  });

  it('refuses a migration that would break foreign keys', () => {
    const path = join(temp.dir, 'fk.verivali');
    const db = openDatabase(path, { create: true });
    migrateDatabase(db, path, migrationsDir);
    FIXTURES['0000_initial']?.(db);
    const broken = migrationsUpTo(entries.length);
    const journal = readJournal(broken);
    journal.push({ idx: journal.length, when: Date.now() + 1000, tag: '9999_orphans' });
    writeFileSync(join(broken, '9999_orphans.sql'), 'DELETE FROM families;');
    writeFileSync(join(broken, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'sqlite', entries: journal }));
    expect(() => migrateDatabase(db, path, broken)).toThrow(/pelanggaran foreign key/);
    expect(rowCounts(db).families).toBe(1);
    db.close();
  });
});
