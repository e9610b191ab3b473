import type { CellChange, GridViewName } from '../../../core/contract';
import { cellTarget, type GridRow } from '../../grid/catalogueColumns';

/** Excel puts a copied range on the clipboard as tab-separated lines, quoting cells that contain tabs or newlines. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface PlannedCell {
  change: CellChange;
  /** Where it lands, for the preview: row number in the grid and column header. */
  rowIndex: number;
  colId: string;
}

/**
 * The cell changes of a block laid onto the grid from an anchor cell: rows downward, columns
 * rightward over the visible columns. Cells that land on read-only columns are reported, not sent.
 */
export function planBlock(
  view: GridViewName,
  block: string[][],
  anchor: { rowIndex: number; colIndex: number },
  visibleColumns: readonly string[],
  rowAt: (index: number) => GridRow | undefined,
): { cells: PlannedCell[]; skipped: string[] } {
  const cells: PlannedCell[] = [];
  const skipped = new Set<string>();
  block.forEach((values, r) => {
    const row = rowAt(anchor.rowIndex + r);
    if (!row) return;
    values.forEach((value, c) => {
      const colId = visibleColumns[anchor.colIndex + c];
      if (!colId) return;
      const target = cellTarget(view, colId, row);
      if (!target) {
        skipped.add(colId);
        return;
      }
      cells.push({
        change: { entity: target.entity, id: target.id, field: colId, value: value.trim() === '' ? null : value, expectedVersion: target.version },
        rowIndex: anchor.rowIndex + r,
        colId,
      });
    });
  });
  return { cells, skipped: [...skipped] };
}
