import { neutralizeFormula } from '../import/report';
import type { HashedFile } from './hashed-file';

/**
 * The csv twin of a sheet: UTF-8 with a byte-order mark (Excel then reads the text as UTF-8), semicolon
 * separated (Excel with Indonesian regional settings uses the comma as decimal mark and splits on `;`),
 * CRLF line ends, every field in double quotes (quotes doubled). A value that starts with = + - @ tab or
 * CR gets a leading apostrophe, so a spreadsheet opening the file never runs it as a formula.
 */
export class CsvWriter {
  constructor(
    private readonly file: HashedFile,
    headers: readonly string[],
  ) {
    file.writeText(`\uFEFF${line(headers)}`);
  }

  addRow(values: readonly (string | null)[]): void {
    this.file.writeText(line(values));
  }
}

function line(values: readonly (string | null)[]): string {
  let text = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const cell = value ? neutralizeFormula(value) : '';
    text += `${i ? ';' : ''}"${cell.includes('"') ? cell.replaceAll('"', '""') : cell}"`;
  }
  return `${text}\r\n`;
}
