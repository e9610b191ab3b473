import { fieldByKey, type CatalogueField, type FieldEntity } from '../../domain/catalogue';
import { parseFieldValue, type ParseResult } from '../../domain/values';
import type { RowProblem, SheetPlan } from './plan';
import type { CellValue, ReadRow, TextRow } from './readers';

export type FieldValue = string | number | null;
export type FieldValues = Record<string, FieldValue>;

/**
 * One parsed row: the values of the sheet's mapped columns, text fields first, then number fields
 * (the order of `boundColumns`), so a batch can carry its numbers in one Float64Array.
 */
export type RowValues = FieldValue[];

export interface BoundColumn {
  index: number;
  letter: string;
  field: CatalogueField;
  /** Stored in the record as it came (region and locating fields are resolved instead). */
  stored: boolean;
  numeric: boolean;
  /** Position of the value in RowValues. */
  slot: number;
}

/** Region fields are resolved to the desa code; they are not stored as they came. */
const REGION_KEYS = new Set(['kodeDesa', 'kodeKecamatan']);
const NUMERIC_TYPES = new Set(['code', 'yesno', 'integer', 'decimal', 'bitmask']);

/** The mapped columns of a sheet in file order, each with its slot in RowValues. */
export function boundColumns(plan: SheetPlan): BoundColumn[] {
  const bound = plan.columns.flatMap((column) => {
    const field = column.fieldKey ? fieldByKey(column.fieldKey) : undefined;
    if (!field) return [];
    return [{ index: column.index, letter: column.letter, field, stored: !field.locatesOnly && !REGION_KEYS.has(field.key), numeric: NUMERIC_TYPES.has(field.type), slot: 0 }];
  });
  let slot = 0;
  for (const column of bound) if (!column.numeric) column.slot = slot++;
  for (const column of bound) if (column.numeric) column.slot = slot++;
  return bound;
}

/** Slots of a members sheet's family text fields: the same on every row of one family. */
export function familyTextSlots(plan: SheetPlan): number[] {
  return plan.role === 'members' ? boundColumns(plan).flatMap((column) => (!column.numeric && column.field.entity === 'family' ? [column.slot] : [])) : [];
}

export interface EntityColumns {
  keys: string[];
  columns: string[];
  slots: number[];
}

/** Where each field of a sheet's rows is: by key, and per table for inserts and comparisons. */
export class RowShape {
  private readonly slots = new Map<string, number>();
  readonly entities: Record<FieldEntity, EntityColumns> = { family: empty(), member: empty(), household: empty() };

  constructor(plan: SheetPlan) {
    const bound = boundColumns(plan);
    // A field mapped twice keeps the value of its last column, as the file reads left to right.
    for (const column of bound) this.slots.set(column.field.key, column.slot);
    const stored = new Map(bound.filter((column) => column.stored).map((column) => [column.field.key, column.field]));
    for (const [key, field] of stored) {
      const entity = this.entities[field.entity];
      entity.keys.push(key);
      entity.columns.push(field.column);
      entity.slots.push(this.slots.get(key)!);
    }
  }

  slot(key: string): number | undefined {
    return this.slots.get(key);
  }

  /** A getter for one field; null when the sheet does not have it. */
  reader(key: string): (values: RowValues) => FieldValue {
    const slot = this.slots.get(key);
    return slot === undefined ? () => null : (values) => values[slot] ?? null;
  }

  /** The stored fields of one table, keyed by catalogue key (for comparison with a stored record). */
  fieldValues(values: RowValues, entity: FieldEntity): FieldValues {
    const { keys, slots } = this.entities[entity];
    const out: FieldValues = {};
    for (let i = 0; i < keys.length; i++) out[keys[i]!] = values[slots[i]!] ?? null;
    return out;
  }
}

const empty = (): EntityColumns => ({ keys: [], columns: [], slots: [] });

/** Cached results per column stop at this many distinct texts: codes repeat, names and NIKs do not. */
const MEMO_LIMIT = 512;
const NUMERIC_CELL = { fromNumericCell: true } as const;
const TEXT_CELL = { fromNumericCell: false } as const;

export type ParseOutcome = { ok: true; texts: (string | null)[] } | { ok: false; problems: RowProblem[] };

/**
 * Binds a sheet plan once, so each of a million rows is parsed without lookups. Number fields are
 * written to `numbers` at `offset` (NaN for an empty cell); text fields are returned.
 */
export function createRowParser(plan: SheetPlan): { numericWidth: number; parse(row: ReadRow | TextRow, numbers: Float64Array, offset: number): ParseOutcome } {
  const bound = boundColumns(plan).map((column) => ({
    ...column,
    memo: new Map<string, ParseResult<string | number>>() as Map<string, ParseResult<string | number>> | null,
    lastText: '',
    lastResult: EMPTY,
  }));
  const textWidth = bound.filter((column) => !column.numeric).length;
  // Parsing depends only on the text and the cell kind; numeric cells (xlsx) are rarely the same text as
  // text cells. A family's rows repeat its No KK, IDBDT and address: the previous row's result is kept too.
  const parse = (column: (typeof bound)[number], text: string, numeric: boolean): ParseResult<string | number> => {
    if (numeric) return parseFieldValue(column.field, plan.version, text, NUMERIC_CELL);
    if (text === column.lastText) return column.lastResult;
    let result = column.memo?.get(text);
    if (!result) {
      result = parseFieldValue(column.field, plan.version, text, TEXT_CELL);
      if (column.memo && column.memo.size < MEMO_LIMIT) column.memo.set(text, result);
      else column.memo = null;
    }
    column.lastText = text;
    column.lastResult = result;
    return result;
  };
  const parseRow = (row: ReadRow | TextRow, numbers: Float64Array, offset: number): ParseOutcome => {
    const texts: (string | null)[] = new Array<string | null>(textWidth);
    const plain = 'texts' in row ? row.texts : null;
    let problems: RowProblem[] | null = null;
    for (const column of bound) {
      let parsed: ParseResult<string | number> | null = EMPTY;
      let problem: string | null = null;
      let cell: CellValue | null = null;
      if (plain) {
        const text = plain[column.index];
        if (text) parsed = parse(column, text, false);
      } else {
        cell = (row as ReadRow).cells[column.index] ?? null;
        problem = cell ? cellProblem(cell) : null;
        if (problem) parsed = null;
        else if (cell) parsed = parse(column, cell.text, cell.numeric);
      }
      if (!parsed || !parsed.ok) {
        // The place is only spelled out for a rejected cell: most of a million rows have none.
        const value = cell?.formula ? `=${cell.formula}` : (cell?.text ?? plain?.[column.index] ?? '');
        (problems ??= []).push({ sheet: plan.sheet, row: row.rowNumber, column: `${column.letter} (${column.field.label})`, value, message: problem ?? (parsed as { message: string }).message });
        continue;
      }
      if (column.numeric) numbers[offset + column.slot - textWidth] = parsed.value === null ? NaN : (parsed.value as number);
      else texts[column.slot] = parsed.value as string | null;
    }
    return problems ? { ok: false, problems } : { ok: true, texts };
  };
  return { numericWidth: bound.length - textWidth, parse: parseRow };
}

const EMPTY: ParseResult<string | number> = { ok: true, value: null };

function cellProblem(cell: CellValue): string | null {
  if (cell.formula) return 'Sel berisi rumus Excel; impor hanya menerima nilai. Salin lalu tempel sebagai nilai (Paste Values) sebelum mengimpor.';
  if (cell.error) return `Sel berisi galat Excel ${cell.text}.`;
  return null;
}
