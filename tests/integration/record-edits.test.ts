import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CellChange } from '../../core/contract';
import { openDatabase } from '../../db/open';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';

let temp: ReturnType<typeof makeTempDir>;
let app: TestBackend;
let path: string;
beforeEach(async () => {
  temp = makeTempDir();
  app = startTestBackend(temp.dir, 60);
  path = (await app.api.call('workspace.openDemo', {})).path;
});
afterEach(() => {
  app.close();
  temp.cleanup();
});

async function firstFamily() {
  const { rows } = await app.api.call('families.list', { startRow: 0, endRow: 1 });
  return app.api.call('families.get', { id: rows[0]!.id });
}

async function snapshot() {
  app.close();
  const db = openDatabase(path);
  const state = db.prepare('SELECT (SELECT group_concat(version || name, \',\') FROM members) AS m, (SELECT count(*) FROM audit_log) AS a').get();
  db.close();
  app = startTestBackend(temp.dir, 60);
  await app.api.call('workspace.open', { path });
  return state;
}

describe('records.update: any catalogue field', () => {
  it('parses the value with the field rules, bumps the version and audits the old and new value', async () => {
    const { family, members } = await firstFamily();
    const member = members[0]!;
    const saved = await app.api.call('records.update', { entity: 'member', id: member.id, field: 'tanggalLahir', value: '17 Agustus 1980', expectedVersion: member.version });
    expect(saved.values.tanggalLahir).toBe('1980-08-17');
    expect(saved.version).toBe(member.version + 1);

    const floor = await app.api.call('records.update', { entity: 'family', id: family.id, field: 'lantai', value: 'Keramik' });
    expect(typeof floor.values.lantai).toBe('number');

    const history = await app.api.call('audit.list', { entity: 'member', entityId: member.id });
    expect(history[0]).toMatchObject({ action: 'update', field: 'tanggalLahir', oldValue: member.birthDate, newValue: '1980-08-17' });
  });

  it('keeps an ID as text and refuses a mangled one, an unknown code, an emptied required field and a read-only field', async () => {
    const { family, members } = await firstFamily();
    const id = members[0]!.id;
    const saved = await app.api.call('records.update', { entity: 'member', id, field: 'nik', value: '0328011203150004' });
    expect(saved.values.nik).toBe('0328011203150004');
    await expect(app.api.call('records.update', { entity: 'member', id, field: 'nik', value: '3.32801E+15' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(app.api.call('records.update', { entity: 'member', id, field: 'jenisKelamin', value: '7' })).rejects.toThrow(/tidak ada dalam daftar kode/);
    await expect(app.api.call('records.update', { entity: 'member', id, field: 'nama', value: '  ' })).rejects.toThrow(/Nama wajib diisi/);
    await expect(app.api.call('records.update', { entity: 'family', id: family.id, field: 'desil', value: '1' })).rejects.toThrow(/tidak dapat diubah/);
  });

  it('refuses a save over a newer version and names the current value', async () => {
    const { members } = await firstFamily();
    const member = members[0]!;
    await app.api.call('records.update', { entity: 'member', id: member.id, field: 'nama', value: 'Nama Baru', expectedVersion: member.version });
    const stale = app.api.call('records.update', { entity: 'member', id: member.id, field: 'nama', value: 'Nama Lain', expectedVersion: member.version });
    await expect(stale).rejects.toMatchObject({ code: 'VERSION_CONFLICT', details: { currentValues: expect.objectContaining({ nama: 'Nama Baru' }) } });
  });

  it('keeps the head name of the family in sync', async () => {
    const { family, members } = await firstFamily();
    const head = members.find((m) => m.relationship === 1)!;
    await app.api.call('records.update', { entity: 'member', id: head.id, field: 'nama', value: 'Kepala Baru' });
    expect((await app.api.call('families.get', { id: family.id })).family.headName).toBe('Kepala Baru');
  });
});

describe('edits.apply: a block of cells as one change', () => {
  it('previews per cell without writing, then applies all cells in one transaction', async () => {
    const { members } = await firstFamily();
    const changes: CellChange[] = members.slice(0, 2).flatMap((m) => [
      { entity: 'member', id: m.id, field: 'tempatLahir', value: 'TEGAL', expectedVersion: m.version },
      { entity: 'member', id: m.id, field: 'jenisKelamin', value: '2. Perempuan', expectedVersion: m.version },
    ]);
    const before = await snapshot();
    const preview = await app.api.call('edits.apply', { changes, dryRun: true });
    expect(preview.applied).toBe(false);
    expect(preview.cells.every((cell) => cell.ok)).toBe(true);
    expect(await snapshot()).toEqual(before);

    const applied = await app.api.call('edits.apply', { changes, action: 'paste' });
    expect(applied.applied).toBe(true);
    expect(applied.records.map((r) => [r.values.tempatLahir, r.values.jenisKelamin, r.version])).toEqual(
      members.slice(0, 2).map((m) => ['TEGAL', 2, m.version + 1]),
    );
    const history = await app.api.call('audit.list', { entity: 'member', entityId: members[0]!.id });
    expect(history.filter((entry) => entry.action === 'paste').map((entry) => entry.field).sort()).toEqual(
      [members[0]!.birthPlace !== 'TEGAL' ? 'tempatLahir' : null, members[0]!.sex !== 2 ? 'jenisKelamin' : null].filter(Boolean).sort(),
    );
  });

  it('reports every bad cell in the preview and refuses to apply any of them', async () => {
    const { members } = await firstFamily();
    const changes: CellChange[] = [
      { entity: 'member', id: members[0]!.id, field: 'tempatLahir', value: 'BREBES' },
      { entity: 'member', id: members[0]!.id, field: 'tanggalLahir', value: '31/02/1990' },
      { entity: 'member', id: 99_999_999, field: 'nama', value: 'X' },
    ];
    const preview = await app.api.call('edits.apply', { changes, dryRun: true });
    expect(preview.cells.map((cell) => cell.ok)).toEqual([true, false, false]);
    expect(preview.cells[2]).toMatchObject({ message: expect.stringMatching(/tidak ditemukan/) });
    const before = await snapshot();
    await expect(app.api.call('edits.apply', { changes })).rejects.toThrow(/dan 1 sel lain/);
    expect(await snapshot()).toEqual(before);
  });

  it('undoes a change by applying the old values at the new version', async () => {
    const { members } = await firstFamily();
    const member = members[0]!;
    const done = await app.api.call('edits.apply', { changes: [{ entity: 'member', id: member.id, field: 'tempatLahir', value: 'SLAWI', expectedVersion: member.version }] });
    const undo = await app.api.call('edits.apply', {
      action: 'undo',
      changes: [{ entity: 'member', id: member.id, field: 'tempatLahir', value: member.birthPlace, expectedVersion: done.records[0]!.version }],
    });
    expect(undo.records[0]!.values.tempatLahir).toBe(member.birthPlace);
    const history = await app.api.call('audit.list', { entity: 'member', entityId: member.id });
    expect(history.map((entry) => entry.action).slice(0, 2)).toEqual(['undo', 'update']);
  });
});
