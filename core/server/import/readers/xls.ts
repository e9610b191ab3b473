import { readFile } from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import { FileReadError, ReadAbortedError, numberText, parseRange, type CellRange, type CellValue, type OpenedTable, type ReadRow, type RowsOptions } from './types';

/*
 * Excel 97–2003 (BIFF8) through SheetJS, whole workbook at once: a .xls sheet holds at most 65,536 rows x 256
 * columns, so this stays within memory. The OLE2 container is also used for password-protected .xlsx files,
 * which SheetJS recognises and refuses.
 */

const MAX_XLS_BYTES = 256 * 1024 * 1024;

function cellValue(cell: XLSX.CellObject | undefined): CellValue | null {
  if (!cell || cell.v === undefined || cell.v === null) {
    return cell?.f ? { text: '', numeric: false, formula: cell.f } : null;
  }
  let out: CellValue;
  switch (cell.t) {
    case 'n':
      out = { text: numberText(cell.v as number), numeric: true };
      if (cell.z !== undefined && XLSX.SSF.is_date(cell.z)) out.date = true;
      break;
    case 'b':
      out = { text: cell.v ? 'TRUE' : 'FALSE', numeric: false, boolean: true };
      break;
    case 'e':
      out = { text: cell.w ?? '#ERROR', numeric: false, error: true };
      break;
    case 'd':
      out = { text: cell.v instanceof Date ? cell.v.toISOString() : String(cell.v), numeric: false, date: true };
      break;
    default:
      if (String(cell.v) === '' && !cell.f) return null;
      out = { text: String(cell.v), numeric: false };
  }
  if (cell.f) out.formula = cell.f;
  return out;
}

function readProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(text)) return 'dilindungi kata sandi. Buka di Excel, hapus kata sandinya, lalu simpan ulang.';
  return 'bukan berkas Excel 97–2003 (.xls) yang valid atau rusak.';
}

export async function openXls(file: string): Promise<OpenedTable> {
  const bytes = await readFile(file);
  if (bytes.length > MAX_XLS_BYTES) throw new FileReadError({ file }, 'terlalu besar untuk berkas .xls; simpan sebagai .xlsx.');
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'buffer', dense: true, cellFormula: true, cellNF: true, cellDates: false, cellHTML: false, cellStyles: false });
  } catch (error) {
    throw new FileReadError({ file }, readProblem(error), { cause: error });
  }
  const sheets = workbook.SheetNames.map((name, index) => {
    const ref = workbook.Sheets[name]?.['!ref'];
    const rows = ref ? parseRange(ref)?.lastRow : undefined;
    return rows && rows > 1 ? { name, index, rowCountHint: rows } : { name, index };
  });
  const sheetOf = (name: string) => {
    const sheet = workbook.Sheets[name];
    if (!sheet) throw new FileReadError({ file, sheet: name }, 'lembar ini tidak ada di buku kerja.');
    return sheet;
  };
  return {
    format: 'xls',
    file,
    sheets,
    notices: [],
    async *rows(name: string, opts: RowsOptions = {}): AsyncGenerator<ReadRow> {
      const data = (sheetOf(name)['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
      for (let r = 0; r < data.length; r++) {
        if (opts.signal?.aborted) throw new ReadAbortedError(file);
        const row = data[r];
        if (!row) continue;
        const cells = Array.from(row, cellValue);
        if (cells.some((c) => c !== null)) yield { sheet: name, rowNumber: r + 1, cells };
      }
    },
    async mergedCells(name: string): Promise<CellRange[]> {
      return (sheetOf(name)['!merges'] ?? []).map((m) => ({
        ref: `${XLSX.utils.encode_range(m)}`,
        firstRow: m.s.r + 1,
        lastRow: m.e.r + 1,
        firstColumn: m.s.c,
        lastColumn: m.e.c,
      }));
    },
    async close() {},
  };
}
