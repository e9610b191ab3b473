import { FileReadError, columnLetter, type CellRange, type OpenedTable, type RowsOptions } from './types';

export interface TableHeader {
  sheet: string;
  /** 1-based row of the header: the first row that has any value. */
  rowNumber: number;
  /** Trimmed header text per column (index 0 = A); '' for an empty header cell. */
  names: string[];
}

/**
 * Finds the header row and refuses what makes column mapping ambiguous: merged header cells (their value
 * sits in the first cell only) and duplicate names. For xlsx this costs one extra pass over the sheet, since
 * <mergeCells> is stored after all rows.
 */
export async function readHeader(table: OpenedTable, sheet: string, options: RowsOptions = {}): Promise<TableHeader> {
  const place = { file: table.file, sheet: table.format === 'csv' ? undefined : sheet };
  let header: TableHeader | undefined;
  for await (const row of table.rows(sheet, options)) {
    header = { sheet, rowNumber: row.rowNumber, names: row.cells.map((c) => (c ? c.text.trim() : '')) };
    break;
  }
  if (!header) throw new FileReadError(place, 'tidak berisi data: tidak ada baris judul kolom.');
  const { rowNumber, names } = header;

  const merged = (await table.mergedCells(sheet, options)).filter((m: CellRange) => m.firstRow <= rowNumber && m.lastRow >= rowNumber);
  if (merged.length > 0) {
    const first = merged[0]!;
    const list = merged.slice(0, 5).map((m) => m.ref).join(', ');
    throw new FileReadError(
      { ...place, row: rowNumber, column: columnLetter(first.firstColumn) },
      `judul kolom memakai sel gabungan (merge) ${list}. Pisahkan sel judul (Unmerge) sehingga setiap kolom punya judul sendiri.`,
    );
  }

  const seen = new Map<string, number>();
  for (let col = 0; col < names.length; col++) {
    const key = names[col]!.toLowerCase().replace(/\s+/g, ' ');
    if (key === '') continue;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new FileReadError(
        { ...place, row: rowNumber, column: columnLetter(col), value: names[col] },
        `judul kolom "${names[col]}" muncul dua kali (kolom ${columnLetter(earlier)} dan ${columnLetter(col)}). Ganti salah satu judulnya.`,
      );
    }
    seen.set(key, col);
  }
  return header;
}
