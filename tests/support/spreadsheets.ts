import { readFileSync, writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';

/*
 * Writers for real test files. xlsx comes from exceljs, an independent implementation, so the reader is
 * tested against bytes it did not produce; xls (BIFF8) from SheetJS; CSV by hand because the byte layout
 * (BOM, Windows-1252, delimiter, quoting) is exactly what is under test. buildZip writes raw archives whose
 * sizes, CRCs and names can be falsified for the zip-safety tests.
 */

export type Cell = string | number | boolean | Date | null | { formula: string; result?: string | number } | { inline: string };

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  merges?: string[];
  /** Places rows at these 1-based row numbers instead of 1, 2, 3… */
  rowNumbers?: number[];
  /** Number format per 1-based column, e.g. { 3: 'dd/mm/yyyy' }. */
  formats?: Record<number, string>;
}

function excelValue(cell: Cell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === 'object' && 'inline' in cell) return { richText: [{ text: cell.inline }] };
  return cell as ExcelJS.CellValue;
}

/** exceljs document writer: shared strings, styles, merges, formulas; inline strings via `{ inline }`. */
export async function writeXlsx(path: string, sheets: SheetSpec[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((cells, i) => {
      const row = sheet.getRow(spec.rowNumbers?.[i] ?? i + 1);
      cells.forEach((cell, c) => {
        if (cell === null) return;
        row.getCell(c + 1).value = excelValue(cell);
        const format = spec.formats?.[c + 1];
        if (format) row.getCell(c + 1).numFmt = format;
      });
      row.commit();
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(path);
}

/** exceljs streaming writer, for large files (rows are committed and dropped as they are written). */
export async function writeXlsxStreaming(path: string, name: string, rows: Iterable<Cell[]>, useSharedStrings = true): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings, useStyles: false });
  const sheet = workbook.addWorksheet(name);
  for (const cells of rows) sheet.addRow(cells.map(excelValue)).commit();
  await sheet.commit();
  await workbook.commit();
}

/** Excel 97–2003 (BIFF8) — or xlsx — via SheetJS. Dates become serials with a date format, as Excel stores them. */
export function writeXls(path: string, sheets: SheetSpec[], bookType: 'biff8' | 'xlsx' = 'biff8'): void {
  const workbook = XLSX.utils.book_new();
  for (const spec of sheets) {
    const aoa = spec.rows.map((cells) =>
      cells.map((cell) => {
        if (cell !== null && typeof cell === 'object' && 'inline' in cell) return cell.inline;
        if (cell !== null && typeof cell === 'object' && 'formula' in cell) return cell.result ?? null; // see patchXlsFormula
        return cell;
      }),
    );
    const sheet = XLSX.utils.aoa_to_sheet(aoa, { cellDates: false, dateNF: 'dd/mm/yyyy' });
    if (spec.merges) sheet['!merges'] = spec.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(workbook, sheet, spec.name);
  }
  writeFileSync(path, XLSX.write(workbook, { type: 'buffer', bookType }) as Buffer);
}

/**
 * SheetJS CE writes .xls formulas as plain values, so a FORMULA record (BIFF8 0x0006) is patched in over the
 * NUMBER record of one cell, keeping the number as the cached result. `rgce` is the parsed-expression bytes.
 */
export function patchXlsFormula(path: string, row: number, col: number, rgce: Buffer): void {
  const cfb = XLSX.CFB.read(readFileSync(path), { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, 'Workbook')!;
  const data = Buffer.from(entry.content as Uint8Array);
  for (let p = 0; p < data.length; p += 4 + data.readUInt16LE(p + 2)) {
    if (data.readUInt16LE(p) !== 0x0203 || data.readUInt16LE(p + 4) !== row || data.readUInt16LE(p + 6) !== col) continue;
    const body = Buffer.alloc(22 + rgce.length);
    data.copy(body, 0, p + 4, p + 18);
    body.writeUInt16LE(rgce.length, 20);
    rgce.copy(body, 22);
    const header = Buffer.alloc(4);
    header.writeUInt16LE(0x0006, 0);
    header.writeUInt16LE(body.length, 2);
    const patched = Buffer.concat([data.subarray(0, p), header, body, data.subarray(p + 18)]);
    const delta = patched.length - data.length;
    for (let q = 0; q < p; q += 4 + patched.readUInt16LE(q + 2)) {
      if (patched.readUInt16LE(q) === 0x0085 && patched.readUInt32LE(q + 4) > p) patched.writeUInt32LE(patched.readUInt32LE(q + 4) + delta, q + 4);
    }
    entry.content = patched;
    entry.size = patched.length;
    return writeFileSync(path, XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
  }
  throw new Error(`no NUMBER record at row ${row}, column ${col}`);
}

/** What Excel writes for a password-protected workbook: an OLE2 container holding the encrypted package. */
export function writeEncryptedWorkbook(path: string): void {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', Buffer.alloc(256));
  writeFileSync(path, XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function encode1252(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const high = CP1252_HIGH.indexOf(ch);
      if (high < 0) throw new Error(`not in Windows-1252: ${ch}`);
      return 0x80 + high;
    }),
  );
}

export interface CsvOptions {
  delimiter?: ',' | ';' | '\t';
  encoding?: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  newline?: string;
  /** Omit the final newline. */
  noFinalNewline?: boolean;
}

export function csvText(rows: string[][], options: CsvOptions = {}): string {
  const d = options.delimiter ?? ',';
  const nl = options.newline ?? '\r\n';
  const field = (v: string) => (/["\r\n]/.test(v) || v.includes(d) ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((r) => r.map(field).join(d)).join(nl) + (options.noFinalNewline ? '' : nl);
}

export function writeCsv(path: string, rows: string[][], options: CsvOptions = {}): void {
  writeCsvText(path, csvText(rows, options), options.encoding);
}

export function writeCsvText(path: string, text: string, encoding: CsvOptions['encoding'] = 'utf-8'): void {
  if (encoding === 'windows-1252') return writeFileSync(path, encode1252(text));
  writeFileSync(path, Buffer.concat([encoding === 'utf-8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]));
}

export interface ZipEntrySpec {
  name: string;
  data: Buffer | string;
  method?: 'store' | 'deflate';
  /** Falsified uncompressed size (written in both headers). */
  declaredSize?: number;
  /** Falsified CRC-32. */
  crc?: number;
}

/** A raw zip archive (no data descriptors, no zip64). */
export function buildZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const method = e.method === 'store' ? 0 : 8;
    const body = method === 8 ? deflateRawSync(data, { level: 9 }) : data;
    const name = Buffer.from(e.name, 'utf8');
    const crc = e.crc ?? crc32(data);
    const size = e.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a minimal one-sheet workbook around hand-written sheet XML. */
export function minimalXlsxEntries(sheetXml: string | Buffer, extra: { sharedStrings?: string[]; stylesXml?: string } = {}): ZipEntrySpec[] {
  const rels = [`<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`];
  const entries: ZipEntrySpec[] = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `<workbook ${NS}><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
  ];
  if (extra.sharedStrings) {
    rels.push(`<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    entries.push({ name: 'xl/sharedStrings.xml', data: `<sst ${NS}>${extra.sharedStrings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>` });
  }
  if (extra.stylesXml) {
    rels.push(`<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>`);
    entries.push({ name: 'xl/styles.xml', data: extra.stylesXml });
  }
  entries.push({ name: 'xl/_rels/workbook.xml.rels', data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>` });
  return entries;
}
