import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileReadError, ReadAbortedError, openTable, readHeader, type OpenedTable, type ReadRow } from '../../core/server/import/readers';
import { buildZip, csvText, minimalXlsxEntries, patchXlsFormula, writeCsv, writeCsvText, writeEncryptedWorkbook, writeXls, writeXlsx, writeXlsxStreaming } from '../support/spreadsheets';
import { makeTempDir } from '../support/temp';

const tmp = makeTempDir('verivali-readers-');
const file = (name: string) => join(tmp.dir, name);
afterAll(() => tmp.cleanup());

async function readAll(path: string, sheet?: string, options?: Parameters<typeof openTable>[1]): Promise<{ table: OpenedTable; rows: ReadRow[] }> {
  const table = await openTable(path, options);
  const rows: ReadRow[] = [];
  try {
    for await (const row of table.rows(sheet ?? table.sheets[0]!.name)) rows.push(row);
  } finally {
    await table.close();
  }
  return { table, rows };
}

async function drain(table: OpenedTable, sheet: string): Promise<number> {
  let n = 0;
  for await (const row of table.rows(sheet)) n += row.rowNumber > 0 ? 1 : 0;
  return n;
}

const texts = (row: ReadRow | undefined) => row?.cells.map((c) => c?.text ?? null);

async function readError(run: () => Promise<unknown>): Promise<FileReadError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(FileReadError);
    return error as FileReadError;
  }
  throw new Error('expected a FileReadError');
}

function zipFile(name: string, buffer: Buffer): string {
  writeFileSync(file(name), buffer);
  return file(name);
}

describe('format by content', () => {
  it('reads a workbook whatever its extension says', async () => {
    await writeXlsx(file('real.xlsx'), [{ name: 'Data', rows: [['NIK'], ['3328014501900000']] }]);
    writeFileSync(file('renamed.dat'), readFileSync(file('real.xlsx')));
    const { table, rows } = await readAll(file('renamed.dat'));
    expect(table.format).toBe('xlsx');
    expect(texts(rows[1])).toEqual(['3328014501900000']);
  });

  it('refuses a .xlsx that is really a CSV, naming the file', async () => {
    writeCsv(file('laporan.xlsx'), [['NIK', 'NAMA'], ['1', 'A']]);
    const error = await readError(() => openTable(file('laporan.xlsx')));
    expect(error.message).toContain('Berkas "laporan.xlsx" bukan berkas Excel/CSV yang valid');
    expect(error.message).toContain('.csv');
  });

  it('refuses a PDF renamed to .csv and a PNG renamed to .xlsx', async () => {
    writeFileSync(file('data.csv'), Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.alloc(200, 7)]));
    writeFileSync(file('data.xlsx'), Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(200)]));
    expect((await readError(() => openTable(file('data.csv')))).message).toMatch(/Berkas "data.csv" bukan berkas Excel\/CSV yang valid: isinya PDF/);
    expect((await readError(() => openTable(file('data.xlsx')))).message).toMatch(/Berkas "data.xlsx" bukan berkas Excel\/CSV yang valid: isinya gambar PNG/);
  });

  it('refuses a zip that is not a workbook, and an empty file', async () => {
    const path = zipFile('arsip.xlsx', buildZip([{ name: 'foto/readme.txt', data: 'halo' }]));
    expect((await readError(() => openTable(path))).message).toContain('workbook tidak ditemukan');
    writeFileSync(file('kosong.csv'), '');
    expect((await readError(() => openTable(file('kosong.csv')))).message).toBe('Berkas "kosong.csv" kosong (0 byte).');
  });
});

describe('CSV', () => {
  const tricky = [
    ['NO_KK', 'NIK', 'NAMA', 'ALAMAT', 'CATATAN'],
    ['3328010000000001', '3328014501900000', 'SITI, AMINAH', 'JL. MAWAR; RT 01\nRW 02', 'kata "rumah"'],
    ['3328010000000002', '3.5E+15', 'BUDI\tS', '', 'tab\tdi dalam'],
  ];

  it.each([
    [',', 'koma.csv'],
    [';', 'titikkoma.csv'],
    ['\t', 'tab.csv'],
  ] as const)('detects the %j delimiter and keeps quoted delimiters, newlines and quotes', async (delimiter, name) => {
    writeCsv(file(name), tricky, { delimiter });
    const { table, rows } = await readAll(file(name));
    expect(table.format).toBe('csv');
    expect(table.delimiter).toBe(delimiter);
    expect(table.encoding).toBe('utf-8');
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3]);
    expect(texts(rows[1])).toEqual(tricky[1]);
    expect(texts(rows[2])).toEqual(['3328010000000002', '3.5E+15', 'BUDI\tS', null, 'tab\tdi dalam']);
    expect(rows.flatMap((r) => r.cells).every((c) => c === null || c.numeric === false)).toBe(true);
  });

  it('reads UTF-8 with a BOM without leaking the BOM into the first header', async () => {
    writeCsv(file('bom.csv'), [['NIK', 'NAMA'], ['1', 'Dédé Ñoño']], { encoding: 'utf-8-bom' });
    const { table, rows } = await readAll(file('bom.csv'));
    expect(table.notices).toEqual([]);
    expect(texts(rows[0])).toEqual(['NIK', 'NAMA']);
    expect(texts(rows[1])).toEqual(['1', 'Dédé Ñoño']);
  });

  it('falls back to Windows-1252 with a notice when the bytes are not UTF-8', async () => {
    writeCsv(file('ansi.csv'), [['NAMA', 'BIAYA'], ['José Müller', '€ 5'], ['“Ana”', '—']], { delimiter: ';', encoding: 'windows-1252' });
    const { table, rows } = await readAll(file('ansi.csv'));
    expect(table.encoding).toBe('windows-1252');
    expect(table.notices.join(' ')).toContain('Windows-1252');
    expect(texts(rows[1])).toEqual(['José Müller', '€ 5']);
    expect(texts(rows[2])).toEqual(['“Ana”', '—']);
  });

  it('refuses a BOM file with invalid UTF-8, naming row and column', async () => {
    const bytes = Buffer.concat([Buffer.from('\ufeffNIK,NAMA\n1,BUDI\n2,', 'utf8'), Buffer.from([0x4a, 0xe9, 0x72]), Buffer.from('\n', 'utf8')]);
    writeFileSync(file('bomrusak.csv'), bytes);
    const error = await readError(() => openTable(file('bomrusak.csv')));
    expect(error).toMatchObject({ row: 3, column: 'B' });
    expect(error.message).toMatch(/^Berkas "bomrusak.csv", baris 3, kolom B: .*UTF-8/);
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252', async () => {
    writeFileSync(file('aneh.csv'), Buffer.concat([Buffer.from('A,B\n1,'), Buffer.from([0x81, 0x8d]), Buffer.from('\n')]));
    const error = await readError(() => openTable(file('aneh.csv')));
    expect(error).toMatchObject({ row: 2, column: 'B' });
    expect(error.message).toContain('bukan UTF-8 maupun Windows-1252');
  });

  it('refuses a truncated last line (unterminated quote), naming the row', async () => {
    writeCsvText(file('terpotong.csv'), csvText(tricky) + '3328010000000003,33280,"SEBAGIAN NAM');
    const table = await openTable(file('terpotong.csv'));
    const seen: number[] = [];
    const error = await readError(async () => {
      for await (const row of table.rows('CSV')) seen.push(row.rowNumber);
    });
    expect(seen).toEqual([1, 2, 3]);
    expect(error).toMatchObject({ row: 4, column: 'C' });
    expect(error.message).toMatch(/baris 4, kolom C: tanda kutip/);
  });

  it('refuses a file with no data, keeps row numbers across blank lines', async () => {
    writeCsvText(file('barisbaru.csv'), '\r\n\r\n');
    expect((await readError(() => readAll(file('barisbaru.csv')))).message).toBe('Berkas "barisbaru.csv" kosong (tidak ada baris data).');
    writeCsvText(file('celah.csv'), 'A,B\n\n1,2\n,\n3,4\n');
    const { rows } = await readAll(file('celah.csv'));
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 3, 5]);
  });

  it('streams a large file in order with a slow consumer', async () => {
    const lines = ['NIK;NAMA'];
    for (let i = 0; i < 60_000; i++) lines.push(`${3328010000000000 + i};"NAMA ${i}; ""X"""`);
    writeCsvText(file('besar.csv'), lines.join('\n'));
    const table = await openTable(file('besar.csv'));
    let n = 0;
    for await (const row of table.rows('CSV')) {
      if (row.rowNumber > 1) expect(row.cells[0]!.text).toBe(String(3328010000000000 + n++));
      if (n % 5000 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    expect(n).toBe(60_000);
  });
});

describe('XLSX', () => {
  const path = file('lengkap.xlsx');
  beforeAll(async () => {
    const date = new Date(Date.UTC(2024, 0, 31));
    await writeXlsx(path, [
      {
        name: 'Keluarga',
        rows: [
          ['NO_KK', 'NIK', 'TGL_LAHIR', 'DESIL', 'AKTIF', 'RUMUS', 'TEKS_RUMUS', 'INLINE'],
          ['3328010000000001', 3328014501900000, date, 3, true, { formula: 'D2*2', result: 6 }, { formula: 'A2&"X"', result: '3328010000000001X' }, { inline: 'Sri & "Ani" <x>' }],
          ['3328010000000002', 0.1, null, -7, false, null, null, null],
        ],
        formats: { 3: 'dd/mm/yyyy' },
      },
      { name: 'Anggota Keluarga', rows: [['NIK', 'NAMA'], ['3328014501900001', 'ANI']], merges: ['A1:B1'] },
    ]);
  });

  it('lists the sheets by name', async () => {
    const table = await openTable(path);
    expect(table.sheets.map((s) => [s.name, s.index])).toEqual([['Keluarga', 0], ['Anggota Keluarga', 1]]);
    await table.close();
  });

  it('gives shared strings, inline strings, numbers, booleans, dates and formulas their semantics', async () => {
    const { rows } = await readAll(path, 'Keluarga');
    const [kk, nik, lahir, desil, aktif, rumus, teks, inline] = rows[1]!.cells;
    expect(kk).toEqual({ text: '3328010000000001', numeric: false });
    expect(nik).toEqual({ text: '3328014501900000', numeric: true });
    expect(lahir).toEqual({ text: '45322', numeric: true, date: true });
    expect(desil).toEqual({ text: '3', numeric: true });
    expect(aktif).toEqual({ text: 'TRUE', numeric: false, boolean: true });
    expect(rumus).toEqual({ text: '6', numeric: true, formula: 'D2*2' });
    expect(teks).toEqual({ text: '3328010000000001X', numeric: false, formula: 'A2&"X"' });
    expect(inline).toEqual({ text: 'Sri & "Ani" <x>', numeric: false });
    expect(texts(rows[2])).toEqual(['3328010000000002', '0.1', null, '-7', 'FALSE']);
  });

  it('exposes merged header cells so the header can be refused with row and column', async () => {
    const table = await openTable(path);
    expect(await table.mergedCells('Anggota Keluarga')).toEqual([{ ref: 'A1:B1', firstRow: 1, lastRow: 1, firstColumn: 0, lastColumn: 1 }]);
    const error = await readError(() => readHeader(table, 'Anggota Keluarga'));
    expect(error).toMatchObject({ sheet: 'Anggota Keluarga', row: 1, column: 'A' });
    expect(error.message).toContain('sel gabungan (merge) A1:B1');
    expect((await readHeader(table, 'Keluarga')).names.slice(0, 2)).toEqual(['NO_KK', 'NIK']);
    await table.close();
  });

  it('refuses duplicate headers, naming both columns', async () => {
    await writeXlsx(file('ganda.xlsx'), [{ name: 'S', rows: [[], ['NIK', 'Nama', 'nik ']], rowNumbers: [1, 3] }]);
    const table = await openTable(file('ganda.xlsx'));
    const error = await readError(() => readHeader(table, 'S'));
    expect(error).toMatchObject({ row: 3, column: 'C' });
    expect(error.message).toContain('kolom A dan C');
    await table.close();
  });

  it('places sparse cells and rows by their references, including very wide sheets', async () => {
    const wide: (string | null)[] = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? `K${i}` : null));
    await writeXlsx(file('jarang.xlsx'), [{ name: 'S', rows: [wide, [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 'AA']], rowNumbers: [2, 9] }]);
    const { rows } = await readAll(file('jarang.xlsx'));
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 9]);
    expect(rows[0]!.cells.length).toBe(2997);
    expect(rows[0]!.cells[2996]?.text).toBe('K2996');
    expect(rows[0]!.cells[1]).toBeNull();
    expect(rows[1]!.cells[26]?.text).toBe('AA');
  });

  it('reads a SheetJS-written workbook with the same semantics', async () => {
    const rows = [['NIK', 'NAMA', 'TGL', 'AKTIF'], [3328014501900000, 'Ani & "B" ✓', new Date(Date.UTC(2024, 0, 31)), true]];
    writeXls(file('sheetjs.xlsx'), [{ name: 'Lembar 1', rows }], 'xlsx');
    const { table, rows: read } = await readAll(file('sheetjs.xlsx'));
    expect(table.sheets).toEqual([{ name: 'Lembar 1', index: 0, rowCountHint: 2 }]);
    expect(read[1]!.cells).toEqual([
      { text: '3328014501900000', numeric: true },
      { text: 'Ani & "B" ✓', numeric: false },
      { text: '45322', numeric: true, date: true },
      { text: 'TRUE', numeric: false, boolean: true },
    ]);
  });

  it('reads hand-written XML: prefixes, missing refs, escapes, CDATA, phonetic runs, shared formulas, errors, 1904 dates', async () => {
    const sheet = `<?xml version="1.0"?><!-- komentar --><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:XFD4"/><x:sheetData>
      <x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>Ba</x:t></x:r><x:r><x:t xml:space="preserve">ris 1_x000D_</x:t></x:r><x:rPh><x:t>ふりがな</x:t></x:rPh></x:is></x:c><x:c><x:v>3.3280145019E+15</x:v></x:c></x:row>
      <x:row r="3"><x:c r="A3" s="1"><x:v>45322</x:v></x:c><x:c r="B3"><x:f t="shared" ref="B3:C3" si="0">A3+1</x:f><x:v>45323</x:v></x:c><x:c r="C3"><x:f t="shared" si="0"/><x:v>1E-7</x:v></x:c><x:c r="D3" t="e"><x:v>#N/A</x:v></x:c><x:c r="E3"><x:f/><x:v>1</x:v></x:c></x:row>
      <x:row r="4"><x:c r="A4" t="str"><x:v><![CDATA[a<b]]>&amp;&#x41;</x:v></x:c><x:c r="XFD4" t="d"><x:v>2024-01-31T00:00:00Z</x:v></x:c></x:row>
      </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B3:C3"/></x:mergeCells></x:worksheet>`;
    const styles = '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="d&quot; &quot;mmmm yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"><alignment/></xf></cellXfs></styleSheet>';
    const entries = minimalXlsxEntries(sheet, { sharedStrings: ['Judul &amp; 1'], stylesXml: styles });
    entries.find((e) => e.name === 'xl/workbook.xml')!.data = '<workbook><workbookPr date1904="1"/><sheets><sheet name="Data" r:id="rId1" xmlns:r="x"/></sheets></workbook>';
    const { table, rows } = await readAll(zipFile('tangan.xlsx', buildZip(entries)));
    expect(table.sheets[0]).toEqual({ name: 'Data', index: 0, rowCountHint: 4 });
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 3, 4]);
    expect(texts(rows[0])).toEqual(['Judul & 1', 'Baris 1\r', '3328014501900000']);
    expect(rows[1]!.cells).toEqual([
      { text: '46784', numeric: true, date: true },
      { text: '45323', numeric: true, formula: 'A3+1' },
      { text: '0.0000001', numeric: true, formula: 'A3+1' },
      { text: '#N/A', numeric: false, error: true },
      { text: '1', numeric: true, formula: '(rumus)' },
    ]);
    expect(rows[2]!.cells[0]).toEqual({ text: 'a<b&A', numeric: false });
    expect(rows[2]!.cells[16383]).toEqual({ text: '2024-01-31T00:00:00Z', numeric: false, date: true });
    expect(await table.mergedCells('Data')).toHaveLength(1);
  });
});

describe('XLSX safety', () => {
  const sheetOf = (body: string) => `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${body}</t></is></c></row></sheetData></worksheet>`;

  it('refuses an entry whose declared size exceeds the configured limit (zip bomb)', async () => {
    const path = zipFile('bom-ukuran.xlsx', buildZip(minimalXlsxEntries(sheetOf('x'.repeat(5 * 1024 * 1024)))));
    const error = await readError(() => openTable(path, { maxUncompressedBytes: 1024 * 1024 }));
    expect(error.message).toMatch(/^Berkas "bom-ukuran.xlsx" bukan berkas Excel yang valid: .*terlalu besar.*zip bomb/);
  });

  it('refuses an absurd compression ratio even under the default limit', async () => {
    const zip = buildZip(minimalXlsxEntries(sheetOf(' '.repeat(40 * 1024 * 1024))));
    const error = await readError(() => openTable(zipFile('bom-rasio.xlsx', zip)));
    expect(error.message).toMatch(/rasio kompresi tidak wajar \((\d+):1\).*zip bomb/);
    expect(Number(/\((\d+):1\)/.exec(error.message)![1])).toBeGreaterThan(1000);
  });

  it('refuses an entry that inflates beyond its declared size', async () => {
    const entries = minimalXlsxEntries(sheetOf('y'.repeat(2 * 1024 * 1024)));
    entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!.declaredSize = 4000;
    const table = await openTable(zipFile('bohong.xlsx', buildZip(entries)));
    const error = await readError(() => drain(table, 'Data'));
    expect(error.message).toContain('ukuran isi tidak sama dengan yang dinyatakan');
    await table.close();
  });

  it('refuses corrupt archives: truncated, bad CRC, garbage central directory', async () => {
    const good = buildZip(minimalXlsxEntries(sheetOf('halo')));
    const truncated = zipFile('terpotong.xlsx', good.subarray(0, Math.floor(good.length * 0.6)));
    expect((await readError(() => openTable(truncated))).message).toContain('terpotong');

    const badCrc = minimalXlsxEntries(sheetOf('halo'));
    Object.assign(badCrc.find((e) => e.name === 'xl/worksheets/sheet1.xml')!, { crc: 0x12345678, method: 'store' });
    const table = await openTable(zipFile('crc.xlsx', buildZip(badCrc)));
    const error = await readError(() => drain(table, 'Data'));
    expect(error.message).toContain('CRC tidak cocok');
    await table.close();

    const garbage = Buffer.from(good);
    const central = garbage.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const firstCentral = garbage.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    garbage.fill(0x5a, firstCentral, central + 10);
    expect((await readError(() => openTable(zipFile('sampah.xlsx', garbage)))).message).toContain('daftar isi zip (central directory) rusak');
  });

  it('names the cell of a broken shared-string reference, and refuses truncated sheet XML', async () => {
    const broken = `<worksheet><sheetData><row r="7"><c r="C7" t="s"><v>5</v></c></row></sheetData></worksheet>`;
    const table = await openTable(zipFile('sst.xlsx', buildZip(minimalXlsxEntries(broken, { sharedStrings: ['a'] }))));
    const error = await readError(() => drain(table, 'Data'));
    expect(error.message).toBe('Berkas "sst.xlsx", lembar "Data", baris 7, kolom C: merujuk teks bersama nomor 5 yang tidak ada; berkas rusak.');
    const cut = await openTable(zipFile('xmlputus.xlsx', buildZip(minimalXlsxEntries('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v'))));
    expect((await readError(() => drain(cut, 'Data'))).message).toContain('XML yang terpotong atau rusak');
    const early = await openTable(zipFile('xmlawal.xlsx', buildZip(minimalXlsxEntries('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'))));
    expect((await readError(() => drain(early, 'Data'))).message).toContain('XML yang terpotong atau rusak');
  });

  it('refuses hostile entry names and writes nothing anywhere', async () => {
    for (const name of ['../../verivali-evil.txt', '/tmp/verivali-evil-abs.txt']) {
      const entries = [...minimalXlsxEntries(sheetOf('halo')), { name, data: 'pwned' }];
      const error = await readError(() => openTable(zipFile('jahat.xlsx', buildZip(entries))));
      expect(error.message).toContain('nama entri zip yang tidak aman');
    }
    expect(existsSync(join(dirname(dirname(tmp.dir)), 'verivali-evil.txt'))).toBe(false);
    expect(existsSync('/tmp/verivali-evil-abs.txt')).toBe(false);
  });
});

describe('XLS (BIFF8)', () => {
  it('reads strings, numbers, dates, formulas and merges with the xlsx semantics', async () => {
    writeXls(file('lama.xls'), [
      { name: 'Keluarga', rows: [['NO_KK', 'NIK', 'TGL', 'JUMLAH'], ['3328010000000001', 3328014501900000, new Date(Date.UTC(2024, 0, 31)), 2]] },
      { name: 'Judul', rows: [['DATA DTKS', null], ['NIK', 'NAMA']], merges: ['A1:B1'] },
    ]);
    // B2*0+2: ptgRef B2 (relative), ptgInt 0, ptgMul, ptgInt 2, ptgAdd
    patchXlsFormula(file('lama.xls'), 1, 3, Buffer.from('240100 01c0 1e0000 05 1e0200 03'.replaceAll(' ', ''), 'hex'));
    const { table, rows } = await readAll(file('lama.xls'));
    expect(table.format).toBe('xls');
    expect(table.sheets.map((s) => s.name)).toEqual(['Keluarga', 'Judul']);
    const [kk, nik, tgl, jumlah] = rows[1]!.cells;
    expect(kk).toEqual({ text: '3328010000000001', numeric: false });
    expect(nik).toEqual({ text: '3328014501900000', numeric: true });
    expect(tgl).toMatchObject({ text: '45322', numeric: true, date: true });
    expect(jumlah).toEqual({ text: '2', numeric: true, formula: 'B2*0+2' });
    const again = await openTable(file('lama.xls'));
    expect(await again.mergedCells('Judul')).toEqual([{ ref: 'A1:B1', firstRow: 1, lastRow: 1, firstColumn: 0, lastColumn: 1 }]);
    expect((await readError(() => readHeader(again, 'Judul'))).message).toMatch(/lembar "Judul", baris 1, kolom A: judul kolom memakai sel gabungan/);
  });
});

describe('protected workbooks', () => {
  it('refuses a password-protected workbook with a hint', async () => {
    writeEncryptedWorkbook(file('rahasia.xlsx'));
    expect((await readError(() => openTable(file('rahasia.xlsx')))).message).toMatch(/^Berkas "rahasia.xlsx" dilindungi kata sandi/);
  });
});

describe('cancellation', () => {
  const rows = function* (n: number) {
    yield ['NO_KK', 'NIK', 'NAMA', ...Array.from({ length: 27 }, (_, i) => `K${i}`)];
    for (let i = 0; i < n; i++) yield [String(3328010000000000 + i), String(3328014501900000 + i), `NAMA ${i}`, ...Array.from({ length: 27 }, (_, c) => (i + c) % 9)];
  };

  it.each(['xlsx', 'csv'])('stops a %s read promptly when the signal aborts', async (kind) => {
    const path = file(`batal.${kind}`);
    if (kind === 'xlsx') await writeXlsxStreaming(path, 'Data', rows(40_000));
    else writeCsv(path, [...rows(200_000)].map((r) => r.map(String)));
    const table = await openTable(path);
    const controller = new AbortController();
    let seen = 0;
    let abortedAt = 0;
    const error = await (async () => {
      for await (const row of table.rows(table.sheets[0]!.name, { signal: controller.signal })) {
        if (row.rowNumber > 0 && ++seen === 1000) {
          controller.abort();
          abortedAt = performance.now();
        }
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadAbortedError);
    expect(seen).toBeLessThanOrEqual(1001);
    expect(performance.now() - abortedAt).toBeLessThan(200);
    await table.close();
  });
});
