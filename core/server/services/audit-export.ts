import { renameSync, rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Sqlite } from '../../../db/open';
import { neutralizeFormula } from '../import/report';

export interface AuditExportFilter {
  userId?: number;
  /** Period, inclusive, yyyy-mm-dd (dates of the UTC timestamps). */
  from?: string;
  to?: string;
  /** Entries about families, members and proposals of this desa. */
  desaCode?: string;
}

const HEADERS = ['No', 'Waktu (UTC)', 'Pengguna', 'Nama', 'Peran', 'Tindakan', 'Jenis data', 'ID data', 'Desa', 'Kolom', 'Nilai lama', 'Nilai baru', 'Berkas impor', 'Usulan', 'Hash'];
const WIDTHS = [10, 24, 16, 24, 14, 18, 12, 10, 16, 24, 30, 30, 24, 10, 66];
const ROWS_PER_SHEET = 1_000_000;

const SELECT = `
  SELECT a.id, a.at, u.username, u.display_name, a.role, a.action, a.entity, a.entity_id,
         COALESCE(f.desa_code, mf.desa_code, p.desa_code) AS desa, a.field, a.old_value, a.new_value, i.file_name, a.proposal_id, a.hash
  FROM audit_log a JOIN users u ON u.id = a.user_id
  LEFT JOIN imports i ON i.id = a.import_id
  LEFT JOIN families f ON a.entity = 'family' AND f.id = a.entity_id
  LEFT JOIN members m ON a.entity = 'member' AND m.id = a.entity_id
  LEFT JOIN families mf ON mf.id = m.family_id
  LEFT JOIN proposals p ON a.entity = 'proposal' AND p.id = a.entity_id`;

function where(filter: AuditExportFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    clauses.push(clause);
    params.push(value);
  };
  if (filter.userId !== undefined) add('a.user_id = ?', filter.userId);
  if (filter.from) add('a.at >= ?', filter.from);
  if (filter.to) add('a.at < ?', `${filter.to}T99`);
  if (filter.desaCode) add('COALESCE(f.desa_code, mf.desa_code, p.desa_code) = ?', filter.desaCode);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The audit trail as xlsx (every cell text, formulas neutralised), written under a temporary name first. */
export async function exportAudit(db: Sqlite, path: string, filter: AuditExportFilter): Promise<number> {
  const { sql, params } = where(filter);
  const temp = `${path}.sementara`;
  let count = 0;
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: false });
    let sheet: ExcelJS.Worksheet | null = null;
    for (const row of db.prepare(`${SELECT} ${sql} ORDER BY a.id`).raw().iterate(...params) as IterableIterator<unknown[]>) {
      if (count % ROWS_PER_SHEET === 0) {
        sheet?.commit();
        sheet = workbook.addWorksheet(count === 0 ? 'Riwayat perubahan' : `Riwayat perubahan ${count / ROWS_PER_SHEET + 1}`);
        sheet.columns = HEADERS.map((header, i) => ({ header, width: WIDTHS[i], style: { numFmt: '@' } }));
        sheet.getRow(1).font = { bold: true };
      }
      sheet!.addRow(row.map((value) => (value === null ? '' : neutralizeFormula(String(value))))).commit();
      count++;
    }
    if (!sheet) workbook.addWorksheet('Riwayat perubahan').addRow(['Tidak ada entri riwayat untuk saringan ini.']).commit();
    else sheet.commit();
    await workbook.commit();
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return count;
}
