import { fieldByKey, type CatalogueField, type FieldEntity } from '../../domain/catalogue';
import { parseFieldValue } from '../../domain/values';
import type { RowProblem, SheetPlan } from './plan';
import type { CellValue, ReadRow } from './readers';

export type FieldValues = Record<string, string | number | null>;

/** The row's values split by the table they belong to (region and locating fields excluded). */
export type EntityParts = Record<FieldEntity, FieldValues>;

export interface ParsedRow {
  row: number;
  values: FieldValues;
  parts: EntityParts;
  problems: RowProblem[];
}

interface BoundColumn {
  index: number;
  letter: string;
  field: CatalogueField;
  stored: boolean;
}

/** Region fields are resolved to the desa code; they are not stored as they came. */
const REGION_KEYS = new Set(['kodeDesa', 'kodeKecamatan']);
const NUMERIC_CELL = { fromNumericCell: true } as const;
const TEXT_CELL = { fromNumericCell: false } as const;

/** Binds a sheet plan once, so each of a million rows is parsed without lookups. */
export function createRowParser(plan: SheetPlan): (row: ReadRow) => ParsedRow {
  const bound: BoundColumn[] = plan.columns.flatMap((column) => {
    const field = column.fieldKey ? fieldByKey(column.fieldKey) : undefined;
    return field ? [{ index: column.index, letter: column.letter, field, stored: !field.locatesOnly && !REGION_KEYS.has(field.key) }] : [];
  });
  return (row) => {
    const values: FieldValues = {};
    const parts: EntityParts = { family: {}, member: {}, household: {} };
    const problems: RowProblem[] = [];
    for (const { index, letter, field, stored } of bound) {
      const cell = row.cells[index] ?? null;
      const problem = cellProblem(cell) ?? undefined;
      const parsed = problem ? null : parseFieldValue(field, plan.version, cell?.text ?? null, cell?.numeric ? NUMERIC_CELL : TEXT_CELL);
      if (!parsed || !parsed.ok) {
        // The place is only spelled out for a rejected cell: most of a million rows have none.
        const value = cell?.formula ? `=${cell.formula}` : (cell?.text ?? '');
        problems.push({ sheet: plan.sheet, row: row.rowNumber, column: `${letter} (${field.label})`, value, message: problem ?? (parsed as { message: string }).message });
        continue;
      }
      values[field.key] = parsed.value;
      if (stored) parts[field.entity][field.key] = parsed.value;
    }
    return { row: row.rowNumber, values, parts, problems };
  };
}

function cellProblem(cell: CellValue | null): string | null {
  if (!cell) return null;
  if (cell.formula) return 'Sel berisi rumus Excel; impor hanya menerima nilai. Salin lalu tempel sebagai nilai (Paste Values) sebelum mengimpor.';
  if (cell.error) return `Sel berisi galat Excel ${cell.text}.`;
  return null;
}
