import { renameSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { RowProblem } from '../../contract/import';

const HEADERS = ['Lembar', 'Baris', 'Kolom', 'Nilai', 'Alasan'];

/** Text that Excel would run as a formula gets a leading apostrophe-free guard: a single quote. */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Writes the row-level error report next to a temporary name first, so no half file is left behind. */
export async function writeErrorReport(path: string, format: 'xlsx' | 'csv', problems: RowProblem[]): Promise<void> {
  const temp = `${path}.sementara`;
  const rows = problems.map((p) => [p.sheet, String(p.row), p.column, p.value, p.message].map(neutralizeFormula));
  if (format === 'csv') {
    const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    writeFileSync(temp, `\uFEFF${[HEADERS, ...rows].map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`);
  } else {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Kesalahan impor');
    sheet.addRow(HEADERS).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    sheet.columns.forEach((column, index) => (column.width = [20, 8, 28, 24, 80][index]));
    await workbook.xlsx.writeFile(temp);
  }
  renameSync(temp, path);
}
