import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { lastImportValue } from '../../db/queries/proposals-history';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';
import { memberRows } from '../support/import-files';
import { writeCsv } from '../support/spreadsheets';

let temp: ReturnType<typeof makeTempDir>;
let app: TestBackend;
const workspacePath = () => join(temp.dir, 'ws.verivali');
const file = (name: string) => join(temp.dir, name);

beforeEach(async () => {
  temp = makeTempDir();
  app = startTestBackend(join(temp.dir, 'data'));
  await app.api.call('workspace.create', { name: 'Impor', kabupatenCode: '33.28', path: workspacePath() });
});
afterEach(() => {
  app.close();
  temp.cleanup();
});

const familiesByKk = async () => {
  const { rows } = await app.api.call('families.list', { startRow: 0, endRow: 10, sortModel: [{ colId: 'noKk', sort: 'asc' }] });
  return rows;
};

/** The workspace's audit entries, read from the file itself (the backend holds it exclusively while open). */
async function auditEntriesOf(importId: number) {
  await app.api.call('workspace.close', {});
  const db = openDatabase(workspacePath());
  try {
    return db.prepare('SELECT action, entity, entity_id AS entityId, field, new_value AS newValue FROM audit_log WHERE import_id = ? ORDER BY id').all(importId) as {
      action: string; entity: string; entityId: number; field: string | null; newValue: string | null;
    }[];
  } finally {
    db.close();
    await app.api.call('workspace.open', { path: workspacePath() });
  }
}

describe('the audit trail of an import', () => {
  it('audits a load into an empty workspace as one entry; each record history names the import and the chain verifies', async () => {
    writeCsv(file('v1.csv'), memberRows());
    const summary = await app.api.call('import.run', { path: file('v1.csv') });
    expect(summary).toMatchObject({ applied: true, new: 3 });

    const entries = await auditEntriesOf(summary.importId!);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'import', entity: 'import', entityId: summary.importId, field: null });
    expect(JSON.parse(entries[0]!.newValue!)).toEqual({
      file: 'v1.csv', sha256: summary.sha256, new: 3, updated: 0, unchanged: 0, rejected: 0, created: { family: [1, 2], member: [1, 3] },
    });
    expect(await app.api.call('audit.verify', {})).toMatchObject({ ok: true, firstBroken: null });

    const family = (await familiesByKk())[1]!;
    const { members } = await app.api.call('families.get', { id: family.id });
    for (const [entity, entityId] of [['family', family.id], ['member', members[1]!.id]] as const) {
      const history = await app.api.call('audit.list', { entity, entityId });
      expect(history).toEqual([expect.objectContaining({ action: 'import', entity, entityId, field: null, importFile: 'v1.csv' })]);
    }
  });

  it('audits every field a newer file changes, and the history still starts with the import that created the record', async () => {
    writeCsv(file('v1.csv'), memberRows());
    await app.api.call('import.run', { path: file('v1.csv') });
    const newer = memberRows();
    newer[1]![11] = 'Dukuh Krajan Lor';
    newer[2]![3] = 'Siti Muawanah Hasanah';
    writeCsv(file('v2.csv'), newer);
    const update = await app.api.call('import.run', { path: file('v2.csv') });
    expect(update).toMatchObject({ new: 0, updated: 2, unchanged: 1 });

    const entries = await auditEntriesOf(update.importId!);
    expect(entries.map((entry) => [entry.action, entry.entity, entry.field])).toEqual([
      ['update', 'family', 'alamat'],
      ['update', 'member', 'nama'],
      ['import', 'import', null],
    ]);
    expect(JSON.parse(entries[2]!.newValue!)).toMatchObject({ file: 'v2.csv', updated: 2, created: {} });
    expect(await app.api.call('audit.verify', {})).toMatchObject({ ok: true });

    const family = (await familiesByKk())[1]!;
    const { members } = await app.api.call('families.get', { id: family.id });
    const memberHistory = await app.api.call('audit.list', { entity: 'member', entityId: members[1]!.id });
    expect(memberHistory.map((entry) => [entry.action, entry.field, entry.oldValue, entry.newValue, entry.importFile])).toEqual([
      ['update', 'nama', "Siti Mu'awanah", 'Siti Muawanah Hasanah', 'v2.csv'],
      ['import', null, null, null, 'v1.csv'],
    ]);
  });

  it('counts members and head of families whose rows are not listed together, and a repeated person updates the first row', async () => {
    const [header, slamet, siti, ahmad] = memberRows();
    const sitiAgain = [...siti!];
    sitiAgain[3] = 'Siti Muawanah';
    writeCsv(file('acak.csv'), [header!, siti!, ahmad!, slamet!, sitiAgain]);
    const summary = await app.api.call('import.run', { path: file('acak.csv') });
    expect(summary).toMatchObject({ applied: true, new: 3, updated: 1, rejected: 0 });

    const families = await familiesByKk();
    expect(families.map((f) => [f.noKk, f.memberCount, f.headName])).toEqual([
      ['3328010101160001', 1, 'Ahmad Muzakki Hakim'],
      ['3328011203150004', 2, 'Slamet Riyadi'],
    ]);
    const { members } = await app.api.call('families.get', { id: families[1]!.id });
    expect(members.map((m) => [m.nik, m.name])).toEqual([
      ['3328010507780002', 'Slamet Riyadi'],
      ['3328014812800001', 'Siti Muawanah'],
    ]);
    const history = await app.api.call('audit.list', { entity: 'member', entityId: members[1]!.id });
    expect(history.map((entry) => [entry.action, entry.field, entry.newValue, entry.importFile])).toEqual([
      ['update', 'nama', 'Siti Muawanah', 'acak.csv'],
      ['import', null, null, 'acak.csv'],
    ]);
  });
  it('refuses a CSV whose NIK lost its last digit to Excel (matched by IDARTBDT), leaving the member as it was', async () => {
    const withArt = (rows: string[][]) => rows.map((row, i) => [i === 0 ? 'IDARTBDT' : `3328012001000000${i}`, ...row]);
    writeCsv(file('v1.csv'), withArt(memberRows()));
    expect(await app.api.call('import.run', { path: file('v1.csv') })).toMatchObject({ applied: true, new: 3 });

    const mangled = withArt(memberRows());
    mangled[2]![3] = '3328014812800000'; // Siti's NIK 3328014812800001 after Excel kept 15 digits
    writeCsv(file('v2.csv'), mangled);
    const refused = await app.api.call('import.run', { path: file('v2.csv') });
    expect(refused).toMatchObject({ applied: false, rejected: 1 });
    expect(refused.errors[0]).toMatchObject({ row: 3, column: expect.stringContaining('NIK'), value: '3328014812800000' });
    expect(refused.errors[0]!.message).toContain('digit terakhir yang menjadi 0');
    const family = (await familiesByKk())[1]!;
    const { members } = await app.api.call('families.get', { id: family.id });
    expect(members.map((m) => m.nik)).toContain('3328014812800001');
  });
  it('knows the value the last import gave a record it created, before and after a local edit', async () => {
    writeCsv(file('v1.csv'), memberRows());
    await app.api.call('import.run', { path: file('v1.csv') });
    const family = (await familiesByKk())[1]!;
    const member = (await app.api.call('families.get', { id: family.id })).members[1]!;
    await app.api.call('records.update', { entity: 'member', id: member.id, field: 'nama', value: 'Siti Diubah', expectedVersion: member.version });
    await app.api.call('workspace.close', {});
    const db = openDatabase(workspacePath());
    try {
      expect(lastImportValue(db, 'member', member.id, 'nama', 'Siti Diubah')).toBe("Siti Mu'awanah");
      expect(lastImportValue(db, 'member', member.id, 'tempatLahir', null)).toBeNull();
    } finally {
      db.close();
    }
  });
});
