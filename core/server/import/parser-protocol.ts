import type { SheetPlan, RowProblem } from './plan';
import type { CellRange, ReadErrorPlace } from './readers/types';

export interface ParserRequest {
  file: string;
  /** As detected (or chosen) when the data thread opened the file to plan it. */
  encoding?: 'utf-8' | 'windows-1252';
  /** The sheets to read, in import order. */
  plans: SheetPlan[];
}

/**
 * Rows of one sheet, compact for the trip between threads: texts per row (structured clone copies
 * short arrays of strings fast), numbers of all rows in one transferred Float64Array (NaN = empty).
 */
export interface RowBatch {
  sheet: number;
  rowNumbers: Int32Array;
  /** Text fields per row; an empty array for a rejected row. */
  texts: (string | null)[][];
  /**
   * 1 where a member row's family text fields equal those of the sheet's previous accepted row (a
   * family's members follow each other): they are sent as null, the receiver copies them (familyTextSlots).
   */
  repeatsFamily: Uint8Array;
  /** Number fields, row after row. */
  numbers: Float64Array;
  rejected: { at: number; problems: RowProblem[] }[];
}

export type ParserMessage =
  | { kind: 'batch'; batch: RowBatch }
  | { kind: 'sheet-end'; sheet: number; merged: CellRange[] }
  | { kind: 'done'; sha256: string }
  | { kind: 'failed'; message: string; readError?: ReadErrorPlace; stack?: string };
