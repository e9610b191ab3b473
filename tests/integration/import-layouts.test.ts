import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';
import { asCells, MEMBER_HEADER, MEMBER_ROWS, memberRows } from '../support/import-files';
import { writeCsv, writeXls, writeXlsx } from '../support/spreadsheets';

let temp: ReturnType<typeof makeTempDir>;
let app: TestBackend;
beforeEach(async () => {
  temp = makeTempDir();
  app = startTestBackend(join(temp.dir, 'data'));
  await app.api.call('workspace.create', { name: 'Impor', kabupatenCode: '33.28', path: join(temp.dir, 'ws.verivali') });
});
afterEach(() => {
  app.close();
  temp.cleanup();
});

const file = (name: string) => join(temp.dir, name);
const firstFamily = async () => (await app.api.call('families.list', { startRow: 0, endRow: 10, sortModel: [{ colId: 'noKk', sort: 'asc' }] })).rows;

describe('import layouts', () => {
  it('a member csv (semicolon, Windows-1252) creates families and members with IDs as text', async () => {
    const rows = memberRows();
    rows[2]![3] = 'Siti Mu’awanah Ñ';
    writeCsv(file('anggota.csv'), rows, { delimiter: ';', encoding: 'windows-1252' });
    const summary = await app.api.call('import.run', { path: file('anggota.csv') });
    expect(summary).toMatchObject({ applied: true, new: 3, updated: 0, unchanged: 0, rejected: 0, layout: 'Anggota (satu baris per orang)', version: 'PBDT2015' });
    expect(summary.notices.join(' ')).toMatch(/Windows-1252/);
    const families = await firstFamily();
    expect(families.map((f) => [f.noKk, f.memberCount, f.desaName])).toEqual([
      ['3328010101160001', 1, 'Kaligayam'],
      ['3328011203150004', 2, 'Prupuk Selatan'],
    ]);
    const { members } = await app.api.call('families.get', { id: families[1]!.id });
    expect(members.map((m) => [m.nik, m.name, m.birthDate, m.relationship])).toEqual([
      ['3328010507780002', 'Slamet Riyadi', '1978-07-05', 1],
      ['3328014812800001', 'Siti Mu’awanah Ñ', '1980-12-08', 2],
    ]);
    expect(families[1]!.headName).toBe('Slamet Riyadi');
  });

  it('is idempotent, and a newer export updates with an audit trail naming the import', async () => {
    writeCsv(file('v1.csv'), memberRows());
    await app.api.call('import.run', { path: file('v1.csv') });
    const again = await app.api.call('import.run', { path: file('v1.csv') });
    expect(again).toMatchObject({ applied: true, new: 0, updated: 0, unchanged: 3 });

    const newer = memberRows();
    newer[1]![11] = 'Dukuh Krajan Lor';
    newer[2]![3] = "Siti Mu'awanah Hasanah";
    writeCsv(file('v2.csv'), newer);
    const update = await app.api.call('import.run', { path: file('v2.csv') });
    expect(update).toMatchObject({ new: 0, updated: 2, unchanged: 1 });
    const history = await app.api.call('import.history', {});
    expect(history.map((h) => [h.fileName, h.new, h.updated, h.unchanged])).toEqual([['v2.csv', 0, 2, 1], ['v1.csv', 0, 0, 3], ['v1.csv', 3, 0, 0]]);
    expect(history[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const family = (await firstFamily())[1]!;
    const audit = await app.api.call('audit.list', { entity: 'family', entityId: family.id });
    expect(audit[0]).toMatchObject({ field: 'alamat', oldValue: 'Dukuh Krajan', newValue: 'Dukuh Krajan Lor', importFile: 'v2.csv' });
  });

  it('does not overwrite a local edit: the conflict is listed for the user to decide', async () => {
    writeCsv(file('v1.csv'), memberRows());
    await app.api.call('import.run', { path: file('v1.csv') });
    const family = (await firstFamily())[1]!;
    await app.api.call('records.update', { entity: 'family', id: family.id, field: 'alamat', value: 'Alamat diperbaiki petugas' });
    const newer = memberRows();
    newer[1]![11] = 'Alamat dari SIKS-NG';
    newer[1]![12] = '009';
    writeCsv(file('v2.csv'), newer);
    const summary = await app.api.call('import.run', { path: file('v2.csv') });
    expect(summary.conflicts).toEqual([expect.objectContaining({ entity: 'family', entityId: family.id, field: 'alamat', localValue: 'Alamat diperbaiki petugas', fileValue: 'Alamat dari SIKS-NG' })]);
    let current = await app.api.call('families.get', { id: family.id });
    expect(current.family).toMatchObject({ address: 'Alamat diperbaiki petugas', rt: '009' });
    await app.api.call('import.resolveConflict', { conflictId: summary.conflicts[0]!.id, take: 'file' });
    current = await app.api.call('families.get', { id: family.id });
    expect(current.family.address).toBe('Alamat dari SIKS-NG');
    expect(await app.api.call('import.conflicts', { importId: summary.importId! })).toEqual([]);
  });

  it('a Keluarga/Anggota workbook (Regsosek numbering) is recognised as a pair', async () => {
    await writeXlsx(file('opensid.xlsx'), [
      { name: 'Keluarga', rows: [['114. Nomor KK', '108. Nama kepala keluarga', '104', '103', '107. Alamat', '303. Jenis lantai'], ['3328011203150004', 'Slamet Riyadi', '2001', '01', 'Dukuh Krajan', '2']] },
      { name: 'Anggota Keluarga', rows: [['Nomor KK', '403. NIK', '402. Nama', '405. Jenis kelamin', '409. Hubungan dengan kepala keluarga', '404. Keberadaan'], ['3328011203150004', '3328010507780002', 'Slamet Riyadi', '1', '1', '1']] },
    ]);
    const summary = await app.api.call('import.run', { path: file('opensid.xlsx') });
    expect(summary).toMatchObject({ applied: true, layout: 'Keluarga+Anggota', version: 'REGSOSEK2022K', rejected: 0 });
    expect(summary.sheets.map((s) => s.role)).toEqual(['families', 'members']);
    expect((await firstFamily())[0]).toMatchObject({ noKk: '3328011203150004', memberCount: 1, desaName: 'Prupuk Selatan' });
  });

  it('an RT/ART pair links families to their DTKS household and takes housing from the RT row', async () => {
    await writeXlsx(file('bdt.xlsx'), [
      { name: 'ART', rows: asCells(memberRows()).map((row) => row.slice(0, 14)) },
      { name: 'RT', rows: [['IDBDT', 'KDPROP', 'KDKAB', 'KDKEC', 'KDDESA', 'Nama_KRT', 'Jumlah_ART', 'Lantai', 'Jumah_kerbau', 'Ada_lemari_es'], ['33280120010000001', '33', '28', '01', '2001', 'Slamet Riyadi', '2', '9', '1', '3']] },
    ]);
    const summary = await app.api.call('import.run', { path: file('bdt.xlsx') });
    expect(summary).toMatchObject({ applied: true, layout: 'RT+ART (DTKS/BDT)', rejected: 0 });
    expect(summary.sheets.map((s) => s.role)).toEqual(['households', 'members']);
  });

  it('an Excel 97-2003 .xls file imports like xlsx', async () => {
    writeXls(file('lama.xls'), [{ name: 'Sheet1', rows: asCells(memberRows()) }]);
    expect(await app.api.call('import.run', { path: file('lama.xls') })).toMatchObject({ applied: true, new: 3, rejected: 0 });
  });

  it('a SIKS-NG desil list sets the read-only desil with its source, and reports unknown KKs', async () => {
    writeCsv(file('v1.csv'), memberRows());
    await app.api.call('import.run', { path: file('v1.csv') });
    writeCsv(file('desil.csv'), [['Nomor KK', 'NIK', 'Desil'], ['3328011203150004', '3328010507780002', '2'], ['9999999999999999', '', '1']]);
    const refused = await app.api.call('import.run', { path: file('desil.csv') });
    expect(refused).toMatchObject({ applied: false, layout: 'Daftar desil SIKS-NG', rejected: 1 });
    expect(refused.errors[0]).toMatchObject({ row: 3, message: expect.stringMatching(/tidak ada di workspace/) });
    const applied = await app.api.call('import.run', { path: file('desil.csv'), skipErrors: true });
    expect(applied).toMatchObject({ applied: true, updated: 1, rejected: 1 });
  });

  it('finds the desa by Kecamatan and Desa names, and explains BPS-style codes it cannot map yet', async () => {
    writeCsv(file('nama.csv'), [['Nomor KK', 'Nomor NIK', 'Nama', 'Kecamatan', 'Desa/Kelurahan'], ['3328011203150004', '3328010507780002', 'Slamet Riyadi', 'Margasari', 'Kaligayam']]);
    expect(await app.api.call('import.run', { path: file('nama.csv') })).toMatchObject({ applied: true, new: 1 });
    expect((await firstFamily())[0]).toMatchObject({ desaCode: '33.28.01.2002', kecamatanName: 'Margasari' });

    writeCsv(file('bps.csv'), [['NoKK', 'NIK', 'Nama', 'KDPROP', 'KDKAB', 'KDKEC', 'KDDESA'], ['3328010101160001', '3328011102900003', 'Ahmad', '33', '28', '010', '002']]);
    const bps = await app.api.call('import.run', { path: file('bps.csv') });
    expect(bps.errors[0]).toMatchObject({ row: 2, column: 'kodeDesa', value: '002', message: expect.stringMatching(/kode BPS \(3328010002\).*belum dikenal/) });

    writeCsv(file('padanan.csv'), [['Kode Kemendagri', 'Kode BPS'], ['33.28.01.2001', '3328010002'], ['33.28.99.9999', '3328990001'], ['3328012002', '33280100']]);
    const crosswalk = await app.api.call('regions.importBpsCodes', { path: file('padanan.csv') });
    expect(crosswalk.updated).toBe(1);
    expect(crosswalk.problems.map((p) => [p.row, p.column])).toEqual([[3, 'Kode Kemendagri'], [4, 'Kode BPS']]);
    expect(await app.api.call('import.run', { path: file('bps.csv') })).toMatchObject({ applied: true, new: 1 });
    const imported = (await firstFamily()).find((f) => f.noKk === '3328010101160001');
    expect(imported).toMatchObject({ desaCode: '33.28.01.2001', desaName: 'Prupuk Selatan' });
  });

  it('saves the error report as csv and xlsx with formula-looking values neutralised', async () => {
    const rows = memberRows();
    rows[1]![2] = '=HYPERLINK("http://x")';
    writeCsv(file('lapor.csv'), rows);
    expect((await app.api.call('import.run', { path: file('lapor.csv') })).applied).toBe(false);
    await app.api.call('import.saveReport', { path: file('laporan.csv'), format: 'csv' });
    const text = readFileSync(file('laporan.csv'), 'utf8');
    expect(text).toContain('"\'=HYPERLINK(""http://x"")"');
    expect(text.startsWith(`\uFEFF"Lembar";"Baris";"Kolom";"Nilai";"Alasan"`)).toBe(true);
    expect(await app.api.call('import.saveReport', { path: file('laporan.xlsx'), format: 'xlsx' })).toMatchObject({ rows: 1 });
    expect(readFileSync(file('laporan.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('a saved mapping preset is chosen automatically next time for the same layout', async () => {
    const rows = memberRows();
    rows[0]![3] = 'Nama Lengkap Anggota';
    writeCsv(file('a.csv'), rows);
    const preview = await app.api.call('import.preview', { path: file('a.csv') });
    expect(preview.sheets[0]!.columns.find((c) => c.header === 'Nama Lengkap Anggota')?.fieldKey).toBeNull();
    const mapping = { CSV: { 'Nama Lengkap Anggota': 'nama' } };
    expect(await app.api.call('import.run', { path: file('a.csv'), mapping, savePresetAs: 'Format desa Margasari' })).toMatchObject({ applied: true, new: 3 });
    writeCsv(file('b.csv'), rows);
    const next = await app.api.call('import.preview', { path: file('b.csv') });
    expect(next.presetName).toBe('Format desa Margasari');
    expect(next.sheets[0]!.columns.find((c) => c.header === 'Nama Lengkap Anggota')).toMatchObject({ fieldKey: 'nama', samples: ['Slamet Riyadi', "Siti Mu'awanah", 'Ahmad Muzakki Hakim'] });
    expect(MEMBER_HEADER).toContain('NIK');
    expect(MEMBER_ROWS).toHaveLength(3);
  });
});
