import { join } from 'node:path';
import type { FrozenItem } from '../../contract/batches';
import { PROPOSAL_TYPES } from '../../contract/proposals';
import { TEMPLATE_SHEETS, type ExportTemplate, type TemplateSheetKey } from '../../domain/templates';
import { CsvWriter } from './csv-writer';
import { HashedFile } from './hashed-file';
import { compileSheet, itemRows, type BatchHeader, type CompiledSheet } from './sheet-rows';
import { XlsxWriter } from './xlsx-writer';

/** File names of the sheets inside the package (the same for every template, so scripts can find them). */
export const SHEET_FILES: Record<TemplateSheetKey, string> = {
  baru: 'usulan-baru',
  perbaikan: 'usulan-perbaikan',
  nonaktif: 'usulan-nonaktif',
  reaktivasi: 'usulan-reaktivasi',
  bnba: 'bnba',
};

export interface StagedFile {
  path: string;
  stagedAt: string;
  sha256: string;
  size: number;
}

interface OpenTable {
  sheet: CompiledSheet;
  xlsxFile: HashedFile;
  xlsx: XlsxWriter;
  csvFile: HashedFile;
  csv: CsvWriter;
  rows: number;
}

/**
 * The xlsx and csv of every sheet, filled in one pass over the items: each item goes to its type's sheet
 * and to the BNBA. All ten files are written at once, each to its own staged file.
 */
export class PackageTables {
  private readonly tables: Map<TemplateSheetKey, OpenTable>;

  constructor(
    stagingDir: string,
    private readonly header: BatchHeader,
    template: ExportTemplate,
    mtime: Date,
  ) {
    this.tables = new Map(TEMPLATE_SHEETS.map((key) => {
      const sheet = compileSheet(template, key);
      const xlsxFile = new HashedFile(join(stagingDir, `${SHEET_FILES[key]}.xlsx`));
      const csvFile = new HashedFile(join(stagingDir, `${SHEET_FILES[key]}.csv`));
      const title = `${header.name} — ${sheet.sheet.sheetName}`;
      const xlsx = new XlsxWriter(xlsxFile, sheet.columns, { sheetName: sheet.sheet.sheetName, title, createdAt: header.frozenAt, mtime });
      return [key, { sheet, xlsxFile, xlsx, csvFile, csv: new CsvWriter(csvFile, sheet.headers), rows: 0 }];
    }));
  }

  add(item: FrozenItem): void {
    this.write(this.tables.get(item.type)!, item);
    this.write(this.tables.get('bnba')!, item);
  }

  /** Closes every file; the staged files in package order (types, then BNBA; xlsx before csv). */
  finish(): { files: StagedFile[]; rows: Record<string, number> } {
    const files: StagedFile[] = [];
    const rows: Record<string, number> = {};
    for (const key of [...PROPOSAL_TYPES, 'bnba'] as const) {
      const table = this.tables.get(key)!;
      table.xlsx.finish();
      files.push(staged(`${SHEET_FILES[key]}.xlsx`, table.xlsxFile), staged(`${SHEET_FILES[key]}.csv`, table.csvFile));
      rows[SHEET_FILES[key]] = table.rows;
    }
    return { files, rows };
  }

  /** After a failure or cancel: closes what is open (the staging folder is removed by the caller). */
  discard(): void {
    for (const table of this.tables.values()) {
      for (const file of [table.xlsxFile, table.csvFile]) {
        try {
          file.close();
        } catch {
          // already closed by finish()
        }
      }
    }
  }

  private write(table: OpenTable, item: FrozenItem): void {
    for (const row of itemRows(table.sheet, this.header, item, table.rows + 1)) {
      table.xlsx.addRow(row);
      table.csv.addRow(row);
      table.rows++;
    }
  }
}

export function staged(path: string, file: HashedFile): StagedFile {
  const written = file.close();
  return { path, stagedAt: file.path, ...written };
}
