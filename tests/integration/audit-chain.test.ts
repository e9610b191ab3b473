import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { makeTempDir, startTestBackend } from '../support/backend';
import { runCli } from '../support/cli';
import { memberRows } from '../support/import-files';
import { writeCsv } from '../support/spreadsheets';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const cli = (...args: string[]) => runCli(temp.dir, ...args);

/** A workspace with the audit entries of an import into it (one entry) and of an update import (one per changed field, one for the import). */
function importedWorkspace(): string {
  const workspace = join(temp.dir, 'impor.verivali');
  const rows = memberRows();
  writeCsv(join(temp.dir, 'a.csv'), rows);
  expect(cli('import', join(temp.dir, 'a.csv'), '--workspace', workspace, '--kabupaten', '33.28', '--json').code).toBe(0);
  rows[1]![11] = 'Dukuh Krajan Baru';
  rows[3]![11] = 'Gg. Merdeka V No. 2';
  rows[2]![3] = 'Siti Muawanah';
  rows[3]![3] = 'Ahmad Muzakki';
  writeCsv(join(temp.dir, 'b.csv'), rows);
  expect(cli('import', join(temp.dir, 'b.csv'), '--workspace', workspace, '--json').code).toBe(0);
  return workspace;
}

describe('the audit hash chain', () => {
  it('verifies after imports, is append-only, and audit-verify finds an edited entry', () => {
    const workspace = importedWorkspace();
    const ok = cli('audit-verify', '--workspace', workspace, '--json');
    expect(ok.code).toBe(0);
    const result = JSON.parse(ok.stdout) as { ok: boolean; entries: number };
    expect(result).toMatchObject({ ok: true, firstBroken: null });
    expect(result.entries).toBeGreaterThan(5);

    const db = openDatabase(workspace);
    expect(db.prepare('SELECT count(*) FROM audit_log WHERE hash IS NULL OR role IS NULL').pluck().get()).toBe(0);
    expect(() => db.exec(`UPDATE audit_log SET new_value = 'palsu' WHERE id = 3`)).toThrow(/tidak boleh diubah/);
    expect(() => db.exec('DELETE FROM audit_log WHERE id = 3')).toThrow(/tidak boleh dihapus/);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.exec(`UPDATE audit_log SET new_value = 'palsu' WHERE id = 3`);
    db.close();

    const broken = cli('audit-verify', '--workspace', workspace, '--json');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, firstBroken: { id: 3, reason: 'hash' } });
    expect(cli('audit-verify', '--workspace', workspace).stdout).toMatch(/RUSAK mulai entri 3/);
  });

  it('finds a deleted entry at the one after it', () => {
    const workspace = importedWorkspace();
    const db = openDatabase(workspace);
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.exec('DELETE FROM audit_log WHERE id = 4');
    db.close();
    expect(JSON.parse(cli('audit-verify', '--workspace', workspace, '--json').stdout)).toMatchObject({ ok: false, firstBroken: { id: 5, reason: 'link' } });
  });
});

describe('audit entries and export', () => {
  it('records the role, verifies through the contract and exports filtered by user, period and desa', async () => {
    const app = startTestBackend(temp.dir, 60, { login: true });
    try {
      await app.api.call('workspace.openDemo', {});
      const { rows } = await app.api.call('families.list', { startRow: 0, endRow: 100 });
      const family = rows[0]!;
      const { members } = await app.api.call('families.get', { id: family.id });
      const member = members[0]!;
      await app.api.call('records.update', { entity: 'member', id: member.id, field: 'nama', value: '=Nama Uji', expectedVersion: member.version });
      await app.api.call('users.create', { username: 'verif', displayName: 'Verifikator', role: 'verifikator', password: 'awal-12345' });
      expect(await app.api.call('audit.verify', {})).toMatchObject({ ok: true, firstBroken: null });

      const today = new Date().toISOString().slice(0, 10);
      const path = join(temp.dir, 'audit.xlsx');
      const admin = (await app.api.call('users.list', {})).find((user) => user.username === 'admin')!;
      const exported = await app.api.call('audit.export', { path, userId: admin.id, from: today, to: today, desaCode: family.desaCode });
      expect(exported.rows).toBeGreaterThanOrEqual(1);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).values).toContain('Peran');
      const values = sheet.getRow(2).values as string[];
      expect(values).toEqual(expect.arrayContaining(['admin', 'member', family.desaCode, 'nama', "'=Nama Uji"]));
      expect(sheet.rowCount).toBe(exported.rows + 1);

      const none = await app.api.call('audit.export', { path: join(temp.dir, 'kosong.xlsx'), from: '2000-01-01', to: '2000-01-02' });
      expect(none.rows).toBe(0);
    } finally {
      app.close();
    }
  });
});
