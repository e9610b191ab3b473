import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, type ImportSummary } from '../../core/contract';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';
import { asCells, memberRows } from '../support/import-files';
import { buildZip, csvText, minimalXlsxEntries, writeCsv, writeCsvText, writeXlsx } from '../support/spreadsheets';

let temp: ReturnType<typeof makeTempDir>;
let app: TestBackend;
let baseline: string;

/** Everything an import could touch, so "the database is unchanged" is checked, not assumed. */
async function snapshot(): Promise<string> {
  const info = await app.api.call('workspace.info', {});
  const history = await app.api.call('import.history', {});
  const { rows } = await app.api.call('families.list', { startRow: 0, endRow: 50 });
  return JSON.stringify({ families: info?.families, members: info?.members, history, rows });
}

beforeEach(async () => {
  temp = makeTempDir();
  app = startTestBackend(join(temp.dir, 'data'));
  await app.api.call('workspace.create', { name: 'Uji', kabupatenCode: '33.28', path: join(temp.dir, 'ws.verivali') });
  writeCsv(join(temp.dir, 'awal.csv'), memberRows().slice(0, 2));
  await app.api.call('import.run', { path: join(temp.dir, 'awal.csv') });
  baseline = await snapshot();
});
afterEach(async () => {
  expect(await snapshot()).toBe(baseline);
  app.close();
  temp.cleanup();
});

const file = (name: string) => join(temp.dir, name);

async function refusedWith(path: string): Promise<ImportSummary | ApiError> {
  try {
    const summary = await app.api.call('import.run', { path });
    expect(summary.applied).toBe(false);
    return summary;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
}

async function rowError(path: string) {
  const result = await refusedWith(path);
  if (result instanceof ApiError) throw result;
  expect(result.errorCount).toBeGreaterThan(0);
  return result.errors[0]!;
}

async function fileError(path: string): Promise<ApiError> {
  const result = await refusedWith(path);
  if (!(result instanceof ApiError)) throw new Error(`expected a file-level refusal, got ${JSON.stringify(result.errors[0])}`);
  expect(result.code).toBe('IMPORT_REJECTED');
  return result;
}

describe('bad input: refused with file, row and column named; nothing changes', () => {
  it('missing required column', async () => {
    writeCsv(file('tanpa-nama.csv'), memberRows().map((row) => row.filter((_, i) => i !== 3)));
    expect(await rowError(file('tanpa-nama.csv'))).toMatchObject({ row: 1, message: 'Kolom wajib "Nama" tidak ditemukan di lembar "CSV".' });
  });

  it('wrong columns: nothing recognisable', async () => {
    writeCsv(file('lain.csv'), [['Barang', 'Harga'], ['Beras', '12000']]);
    expect((await rowError(file('lain.csv'))).message).toMatch(/Tidak ada kolom yang dikenali/);
  });

  it('an empty file', async () => {
    writeFileSync(file('kosong.csv'), '');
    expect((await fileError(file('kosong.csv'))).message).toMatch(/kosong\.csv/);
  });

  it('a file that is not what its extension says', async () => {
    writeFileSync(file('foto.xlsx'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]));
    expect((await fileError(file('foto.xlsx'))).message).toMatch(/foto\.xlsx/);
  });

  it('an xlsx whose zip entries expand to gigabytes', async () => {
    const bomb = buildZip(minimalXlsxEntries('<worksheet><sheetData/></worksheet>').map((entry) => (entry.name.includes('sheet1') ? { ...entry, declaredSize: 3_900_000_000 } : entry)));
    writeFileSync(file('bom.xlsx'), bomb);
    expect((await fileError(file('bom.xlsx'))).message).toMatch(/bom\.xlsx/);
  });

  it('a corrupt zip inside an xlsx', async () => {
    const good = buildZip(minimalXlsxEntries('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>NIK</t></is></c></row></sheetData></worksheet>'));
    writeFileSync(file('rusak.xlsx'), good.subarray(0, Math.floor(good.length * 0.6)));
    expect((await fileError(file('rusak.xlsx'))).message).toMatch(/rusak\.xlsx/);
  });

  it('a formula cell', async () => {
    const rows = asCells(memberRows());
    rows[1]![3] = { formula: 'CONCATENATE("Slamet"," Riyadi")', result: 'Slamet Riyadi' };
    await writeXlsx(file('rumus.xlsx'), [{ name: 'Data', rows }]);
    expect(await rowError(file('rumus.xlsx'))).toMatchObject({ sheet: 'Data', row: 2, column: 'D (Nama)', message: expect.stringMatching(/rumus/) });
  });

  it('merged header cells, even with skip-errors', async () => {
    const rows = asCells(memberRows());
    await writeXlsx(file('gabung.xlsx'), [{ name: 'Data', rows, merges: ['L1:N1'] }]);
    const summary = await app.api.call('import.run', { path: file('gabung.xlsx'), skipErrors: true });
    expect(summary.applied).toBe(false);
    expect(summary.errors.find((e) => /digabung/.test(e.message))).toMatchObject({ sheet: 'Data', row: 1, column: 'L1:N1' });
  });

  it('duplicate headers', async () => {
    const rows = memberRows();
    rows.forEach((row) => row.push(row[3]!));
    writeCsv(file('ganda.csv'), rows);
    expect(await rowError(file('ganda.csv'))).toMatchObject({ row: 1, column: 'P', message: expect.stringMatching(/Judul kolom "Nama" ganda \(juga di kolom D\)/) });
  });

  it('a truncated csv line', async () => {
    writeCsvText(file('potong.csv'), `${csvText(memberRows())}"3328011203150004,"3328014812800009,Tri`);
    const error = await fileError(file('potong.csv'));
    expect(error.message).toMatch(/potong\.csv.*baris 5/);
  });

  it('invalid UTF-8 in a file that says it is UTF-8', async () => {
    const text = Buffer.from(`\uFEFF${csvText(memberRows())}`, 'utf8');
    const broken = Buffer.concat([text, Buffer.from('33280120010000003,3328010101160001,3328011102900004,Bad'), Buffer.from([0xc3, 0x28]), Buffer.from(',1,01/01/2000,3,33,28,01,2002,X,001,001,6\r\n')]);
    writeFileSync(file('utf8.csv'), broken);
    expect((await fileError(file('utf8.csv'))).message).toMatch(/utf8\.csv.*baris 5/);
  });

  it('codes outside their code list and a date that does not exist', async () => {
    const rows = memberRows();
    rows[1]![4] = '7';
    rows[2]![5] = '31/02/1980';
    writeCsv(file('kode.csv'), rows);
    const summary = (await refusedWith(file('kode.csv'))) as ImportSummary;
    expect(summary.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'E (Jenis kelamin)', value: '7', message: expect.stringMatching(/7/) }),
      expect.objectContaining({ row: 3, column: 'F (Tanggal lahir)', value: '31/02/1980', message: expect.stringMatching(/tidak ada|tidak valid/) }),
    ]);
  });

  it('NIK already mangled by Excel: scientific notation, trailing .0, a numeric cell', async () => {
    const rows = asCells(memberRows());
    rows[1]![2] = '3.32801E+15';
    rows[2]![2] = '3328014812800001.0';
    rows[3]![2] = 3328011102900000;
    await writeXlsx(file('excel.xlsx'), [{ name: 'Data', rows }]);
    const summary = (await refusedWith(file('excel.xlsx'))) as ImportSummary;
    expect(summary.errors.map((e) => [e.row, e.column])).toEqual([[2, 'C (NIK)'], [3, 'C (NIK)'], [4, 'C (NIK)']]);
    expect(summary.errors[0]!.message).toMatch(/Excel/);
  });

  it('a file that does not exist', async () => {
    await expect(app.api.call('import.run', { path: file('hilang.csv') })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Berkas "hilang.csv" tidak ditemukan.' });
  });
});
