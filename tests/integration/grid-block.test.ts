import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';

let temp: ReturnType<typeof makeTempDir>;
let app: TestBackend;
beforeAll(async () => {
  temp = makeTempDir();
  app = startTestBackend(temp.dir, 500);
  await app.api.call('workspace.openDemo', {});
});
afterAll(() => {
  app.close();
  temp.cleanup();
});

const members = (extra: Record<string, unknown> = {}) =>
  app.api.call('grid.block', { view: 'anggota', startRow: 0, endRow: 1000, columns: ['nik', 'nama', 'jenisKelamin', 'tanggalLahir', 'noKk', 'desaName'], withCount: true, ...extra });

describe('grid.block over the Anggota view', () => {
  it('returns the asked catalogue columns with family columns, IDs as text', async () => {
    const { rows, rowCount } = await members();
    expect(rowCount).toBeGreaterThan(1000);
    expect(rows[0]).toMatchObject({ id: expect.any(Number), version: expect.any(Number), familyVersion: expect.any(Number), nik: expect.any(String), noKk: expect.stringMatching(/^\d{16}$/), desaName: expect.any(String) });
  });

  it('filters a code list by several codes, a date range and a text column at once, counted in SQL', async () => {
    const { rows, rowCount } = await members({
      filterModel: {
        jenisKelamin: { filterType: 'set', values: [2] },
        tanggalLahir: { filterType: 'date', type: 'inRange', dateFrom: '1980-01-01 00:00:00', dateTo: '1989-12-31 00:00:00' },
        nama: { filterType: 'text', type: 'contains', filter: 'a' },
      },
      sortModel: [{ colId: 'tanggalLahir', sort: 'desc' }],
    });
    expect(rowCount).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.jenisKelamin).toBe(2);
      expect(String(row.tanggalLahir) >= '1980-01-01' && String(row.tanggalLahir) <= '1989-12-31').toBe(true);
      expect(String(row.nama).toLowerCase()).toContain('a');
    }
    const dates = rows.map((row) => String(row.tanggalLahir));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('finds by NIK prefix, by No KK and by any word of a name', async () => {
    const { rows } = await members();
    const sample = rows[7]!;
    const byNik = await members({ scope: { search: String(sample.nik).slice(0, 12) } });
    expect(byNik.rows.some((row) => row.id === sample.id)).toBe(true);
    expect(byNik.rows.every((row) => String(row.nik).startsWith(String(sample.nik).slice(0, 12)))).toBe(true);

    const byKk = await members({ scope: { search: String(sample.noKk) } });
    expect(byKk.rows.every((row) => row.noKk === sample.noKk)).toBe(true);

    const words = String(sample.nama).split(' ');
    const lastWord = words[words.length - 1]!;
    const byWord = await members({ scope: { search: lastWord.slice(0, 3).toLowerCase() } });
    expect(byWord.rows.some((row) => row.id === sample.id)).toBe(true);
    expect(byWord.rows.every((row) => String(row.nama).toLowerCase().split(/\s+/).some((w) => w.startsWith(lastWord.slice(0, 3).toLowerCase())))).toBe(true);
  });

  it('refuses an unknown column', async () => {
    await expect(members({ columns: ['nik', 'password'] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(members({ sortModel: [{ colId: 'x; DROP TABLE members', sort: 'asc' }] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('grid.block over the Keluarga view', () => {
  it('combines the region scope, a code filter and an empty-value filter with a sort', async () => {
    const all = await app.api.call('grid.block', { view: 'keluarga', startRow: 0, endRow: 1, columns: ['noKk'], withCount: true });
    const first = await app.api.call('grid.block', { view: 'keluarga', startRow: 0, endRow: 5, columns: ['noKk', 'kodeKecamatan'] });
    const kecamatanCode = String(first.rows[0]!.kodeKecamatan);
    const { rows, rowCount } = await app.api.call('grid.block', {
      view: 'keluarga', startRow: 0, endRow: 1000, withCount: true, columns: ['noKk', 'namaKepalaKeluarga', 'kodeKecamatan', 'desil'],
      scope: { kecamatanCode },
      filterModel: { desil: { filterType: 'set', values: [null] } },
      sortModel: [{ colId: 'namaKepalaKeluarga', sort: 'asc' }],
    });
    expect(rowCount).toBe(rows.length);
    expect(rowCount!).toBeLessThan(all.rowCount!);
    expect(rows.every((row) => row.kodeKecamatan === kecamatanCode && row.desil === null)).toBe(true);
    const names = rows.map((row) => String(row.namaKepalaKeluarga).toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('finds the family of a member by the member NIK', async () => {
    const member = (await members()).rows[3]!;
    const { rows } = await app.api.call('grid.block', { view: 'keluarga', startRow: 0, endRow: 10, columns: ['noKk'], scope: { search: String(member.nik) } });
    expect(rows.map((row) => row.noKk)).toEqual([member.noKk]);
  });
});

describe('saved views', () => {
  it('keeps the layout and named views per grid', async () => {
    const state = { columns: [{ colId: 'nama', width: 240, pinned: 'left' as const }, { colId: 'nik', hide: true }], filterModel: {}, sortModel: [{ colId: 'nama', sort: 'asc' as const }], scope: { search: 'siti' } };
    await app.api.call('views.saveLayout', { view: 'anggota', state });
    await app.api.call('views.save', { view: 'anggota', name: 'Perempuan lansia', state });
    await app.api.call('views.save', { view: 'anggota', name: 'Perempuan lansia', state: { ...state, sortModel: [] } });
    const listed = await app.api.call('views.list', { view: 'anggota' });
    expect(listed.layout).toMatchObject({ columns: state.columns, scope: { search: 'siti' } });
    expect(listed.saved.map((view) => [view.name, view.state.sortModel.length])).toEqual([['Perempuan lansia', 0]]);
    expect((await app.api.call('views.list', { view: 'keluarga' })).saved).toEqual([]);
    expect(await app.api.call('views.delete', { view: 'anggota', name: 'Perempuan lansia' })).toEqual({ deleted: true });
    expect((await app.api.call('views.list', { view: 'anggota' })).saved).toEqual([]);
  });
});
