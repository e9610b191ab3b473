import { renameSync, rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { ruleById } from '../../domain/rules';
import type { Sqlite } from '../../../db/open';
import { neutralizeFormula } from '../import/report';
import { FINDING_SELECT } from './queries';

const HEADERS = ['No KK', 'NIK', 'Nama', 'Tingkat', 'Aturan', 'Pesan', 'Saran perbaikan', 'Diakui (alasan)'];
const WIDTHS = [20, 20, 28, 12, 36, 80, 60, 40];

interface ExportRow {
  desaCode: string;
  desaName: string;
  ruleId: string;
  severity: string;
  noKk: string;
  nik: string | null;
  name: string;
  message: string;
  ackReason: string | null;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
function sheetName(desaName: string, desaCode: string, used: Set<string>): string {
  const base = desaName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || desaCode;
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 26)} (${n})`;
  used.add(name.toLowerCase());
  return name;
}

/** Findings as xlsx, one sheet per desa (or only the chosen desa); NIK and No KK as text cells. */
export async function exportFindings(db: Sqlite, path: string, desaCode?: string): Promise<number> {
  const rows = db.prepare(`${FINDING_SELECT} ${desaCode ? 'WHERE v.desa_code = ?' : ''} ORDER BY v.desa_code, v.family_id, v.id`)
    .all(...(desaCode ? [desaCode] : [])) as ExportRow[];

  const temp = `${path}.sementara`;
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: false });
    const used = new Set<string>();
    let sheet: ExcelJS.Worksheet | null = null;
    let currentDesa: string | null = null;
    for (const row of rows) {
      const code = row.desaCode;
      if (code !== currentDesa) {
        sheet?.commit();
        currentDesa = code;
        sheet = workbook.addWorksheet(sheetName(row.desaName, code, used));
        sheet.columns = HEADERS.map((header, i) => ({ header, width: WIDTHS[i], style: i < 2 ? { numFmt: '@' } : {} }));
        sheet.getRow(1).font = { bold: true };
      }
      const rule = ruleById(row.ruleId);
      sheet!.addRow([
        row.noKk, row.nik ?? '', neutralizeFormula(row.name), row.severity === 'error' ? 'Kesalahan' : 'Peringatan',
        rule?.title ?? row.ruleId, neutralizeFormula(row.message), rule?.hint ?? '', neutralizeFormula(row.ackReason ?? ''),
      ]).commit();
    }
    sheet?.commit();
    if (!sheet) workbook.addWorksheet('Tanpa temuan').addRow(['Tidak ada temuan pemeriksaan.']).commit();
    await workbook.commit();
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return rows.length;
}
