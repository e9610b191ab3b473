import { basename } from 'node:path';

export type TableFormat = 'xlsx' | 'xls' | 'csv';

export interface SheetInfo {
  name: string;
  index: number;
  /** From the sheet's declared dimension (xlsx/xls) — a hint for progress bars, never a promise. */
  rowCountHint?: number;
}

export interface CellValue {
  text: string;
  /** The cell was a number cell: a 16-digit ID in it has already lost digits in Excel. */
  numeric: boolean;
  /**
   * Present (never empty) when the cell holds a formula. Shared-formula followers carry their anchor's text
   * untranslated; '(rumus)' when the text is unknown.
   */
  formula?: string;
  /** Cell formatted as a date or time; `text` is then the raw serial number (or ISO text for t="d"). */
  date?: boolean;
  /** Boolean cell; `text` is 'TRUE' or 'FALSE'. */
  boolean?: boolean;
  /** Error cell; `text` is the error code, e.g. '#N/A'. */
  error?: boolean;
}

export interface ReadRow {
  sheet: string;
  /** 1-based spreadsheet row (CSV: 1-based record number). Rows without any value are not yielded. */
  rowNumber: number;
  /** Index 0 is column A. Empty cells are null; trailing empty cells may be absent. */
  cells: (CellValue | null)[];
}

/** A merged range; rows 1-based, columns 0-based (0 = A), inclusive. */
export interface CellRange {
  ref: string;
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/** A row whose every cell is text as written ('' for an empty cell): CSV, without a cell object per value. */
export interface TextRow {
  rowNumber: number;
  texts: string[];
}

export interface RowsOptions {
  signal?: AbortSignal;
}

export interface OpenedTable {
  format: TableFormat;
  file: string;
  sheets: SheetInfo[];
  encoding?: string;
  delimiter?: string;
  /** Indonesian notices for the user, e.g. 'Berkas dibaca sebagai Windows-1252'. */
  notices: string[];
  rows(sheet: string, options?: RowsOptions): AsyncIterable<ReadRow>;
  /** The same rows as plain texts, where the format has nothing else (CSV); a million rows need no cell objects. */
  textRows?(sheet: string, options?: RowsOptions): AsyncIterable<TextRow>;
  /**
   * Merged ranges of a sheet. xlsx stores them after all rows, so this costs one inflate-only pass (~1 s for
   * 300,000 x 60) unless rows() has already run to the end; it may run concurrently with rows().
   */
  mergedCells(sheet: string, options?: RowsOptions): Promise<CellRange[]>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** CSV only: skip detection. */
  encoding?: 'utf-8' | 'windows-1252';
  /** CSV only: `encoding` is what detection found when this file was opened before; the whole-file check is not repeated. */
  encodingDetected?: boolean;
  /** xlsx only: limit on the declared uncompressed size of all zip entries together (default 4 GiB); one entry may use min(2 GiB, this). */
  maxUncompressedBytes?: number;
}

export interface ReadErrorPlace {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  value?: string;
}

/** Every reader failure. `message` is Indonesian and names file, sheet, row and column where known. */
export class FileReadError extends Error {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  value?: string;

  constructor(place: ReadErrorPlace, problem: string, options?: { cause?: unknown }) {
    const located = place.sheet !== undefined || place.row !== undefined || place.column !== undefined;
    super(`${describePlace(place)}${located ? ':' : ''} ${problem}`, options);
    this.name = 'FileReadError';
    this.file = place.file;
    this.sheet = place.sheet;
    this.row = place.row;
    this.column = place.column;
    this.value = place.value;
  }
}

export class ReadAbortedError extends Error {
  constructor(file: string) {
    super(`Pembacaan berkas "${basename(file)}" dibatalkan.`);
    this.name = 'AbortError';
  }
}

export function describePlace(place: ReadErrorPlace): string {
  const parts = [`Berkas "${basename(place.file)}"`];
  if (place.sheet !== undefined) parts.push(`lembar "${place.sheet}"`);
  if (place.row !== undefined) parts.push(`baris ${place.row}`);
  if (place.column !== undefined) parts.push(`kolom ${place.column}`);
  return parts.join(', ');
}

export function throwIfAborted(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) throw new ReadAbortedError(file);
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnLetter(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** 'AB' → 27; returns -1 for anything that is not 1–3 letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function parseRange(ref: string): CellRange | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const [c1, r1] = [columnIndex(m[1]!), Number(m[2])];
  const [c2, r2] = m[3] ? [columnIndex(m[3]), Number(m[4])] : [c1, r1];
  return {
    ref: ref.trim(),
    firstRow: Math.min(r1, r2),
    lastRow: Math.max(r1, r2),
    firstColumn: Math.min(c1, c2),
    lastColumn: Math.max(c1, c2),
  };
}

/**
 * A spreadsheet number as its full decimal text without exponent: 3.3280145019E+15 → '3328014501900000',
 * 1e-7 → '0.0000001'. Uses the shortest round-trip digits, so no binary artefacts are invented.
 */
export function numberText(value: number): string {
  const s = String(value);
  if (!Number.isFinite(value) || !s.includes('e')) return s;
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', expText] = m;
  const digits = lead! + frac;
  const point = 1 + Number(expText);
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  if (point > 0) return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${sign}0.${'0'.repeat(-point)}${digits}`;
}
