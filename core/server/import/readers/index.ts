export { openTable } from './open';
export { readHeader, type TableHeader } from './header';
export {
  FileReadError,
  ReadAbortedError,
  columnLetter,
  type CellRange,
  type CellValue,
  type OpenOptions,
  type OpenedTable,
  type ReadRow,
  type RowsOptions,
  type SheetInfo,
  type TableFormat,
  type TextRow,
} from './types';
