import type { z } from 'zod';
import { fieldByKey } from '../catalogue';
import {
  CHANGE_COLUMNS,
  SHEET_LABELS,
  TEMPLATE_SHEETS,
  templateSchema,
  type ExportTemplate,
  type TemplateColumn,
  type TemplateSheet,
  type TemplateSheetKey,
} from './schema';

export type TemplateCheck = { ok: true; template: ExportTemplate } | { ok: false; problems: string[] };

const CODED = new Set(['code', 'yesno', 'bitmask']);

/**
 * Reads a template (a shipped file, an office copy from the settings, or one being saved) and names every
 * problem in Indonesian with the sheet and column it concerns, e.g.
 * `Lembar "Usulan baru", kolom 4 ("NIK"): kunci katalog "nikk" tidak dikenal.`
 */
export function checkTemplate(raw: unknown): TemplateCheck {
  const parsed = templateSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => describeIssue(raw, issue)) };
  const template = parsed.data;
  const problems: string[] = [];
  for (const key of TEMPLATE_SHEETS) problems.push(...checkSheet(key, template.sheets[key]));
  return problems.length ? { ok: false, problems } : { ok: true, template };
}

function checkSheet(key: TemplateSheetKey, sheet: TemplateSheet): string[] {
  const problems: string[] = [];
  const where = (index: number, column: TemplateColumn) => `${sheetPlace(key)}, kolom ${index + 1} ("${column.header}")`;
  if (sheet.rowLevel === 'perubahan' && key !== 'perbaikan') {
    problems.push(`${sheetPlace(key)}: tingkat baris "perubahan" hanya untuk lembar Perbaikan.`);
  }
  const seen = new Map<string, number>();
  sheet.columns.forEach((column, index) => {
    const header = column.header.trim().toLowerCase();
    const first = seen.get(header);
    if (first !== undefined) problems.push(`${where(index, column)}: judul kolom sama dengan kolom ${first + 1}; setiap judul harus berbeda.`);
    else seen.set(header, index);
    const problem = column.field !== undefined ? fieldProblem(column, sheet) : computedProblem(column, sheet);
    if (problem) problems.push(`${where(index, column)}: ${problem}`);
  });
  return problems;
}

function fieldProblem(column: TemplateColumn, sheet: TemplateSheet): string | null {
  const field = fieldByKey(column.field!);
  if (!field) return `kunci katalog "${column.field}" tidak dikenal. Lihat daftar kunci di docs/paket-penetapan.md.`;
  if (field.entity === 'household') return `"${column.field}" adalah data rumah tangga (ruta) DTKS yang tidak ikut dalam cuplikan batch; pilih kolom keluarga atau anggota.`;
  if (field.entity === 'member' && sheet.rowLevel === 'keluarga') return `"${column.field}" adalah data anggota, padahal lembar ini satu baris per keluarga (rowLevel "keluarga"). Ubah rowLevel menjadi "anggota" atau hapus kolom ini.`;
  if (column.encoding && !CODED.has(field.type)) return `"encoding" hanya berlaku untuk kolom berkode; "${column.field}" bukan kolom berkode.`;
  if (column.dateFormat && field.type !== 'date') return `"dateFormat" hanya berlaku untuk kolom tanggal; "${column.field}" bukan tanggal.`;
  return null;
}

function computedProblem(column: TemplateColumn, sheet: TemplateSheet): string | null {
  const computed = column.computed!;
  if (CHANGE_COLUMNS.includes(computed) && sheet.rowLevel !== 'perubahan') return `kolom hitungan "${computed}" hanya ada pada lembar Perbaikan dengan rowLevel "perubahan".`;
  if (column.dateFormat && computed !== 'tanggalDisetujui') return `"dateFormat" hanya berlaku untuk kolom tanggal.`;
  if (column.encoding && !['alasan', 'nilaiLama', 'nilaiBaru'].includes(computed)) return `"encoding" tidak berlaku untuk kolom hitungan "${computed}".`;
  return null;
}

function sheetPlace(key: TemplateSheetKey): string {
  return `Lembar "${SHEET_LABELS[key]}"`;
}

/** A zod issue with its place spelled out: the sheet, the column number and its header when the path reaches one. */
function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const [top, sheetKey, part, index, property] = issue.path;
  if (top === 'sheets' && typeof sheetKey === 'string' && (TEMPLATE_SHEETS as readonly string[]).includes(sheetKey)) {
    const place = sheetPlace(sheetKey as TemplateSheetKey);
    if (part === 'columns' && typeof index === 'number') {
      const header = headerAt(raw, sheetKey, index);
      const name = property === undefined ? '' : ` isian "${String(property)}"`;
      return `${place}, kolom ${index + 1}${header ? ` ("${header}")` : ''}${name}: ${issue.message}`;
    }
    return `${place}${part === undefined ? '' : ` isian "${String(part)}"`}: ${issue.message}`;
  }
  return issue.path.length ? `Isian "${issue.path.join('.')}": ${issue.message}` : issue.message;
}

function headerAt(raw: unknown, sheetKey: string, index: number): string | null {
  const sheets = (raw as { sheets?: Record<string, { columns?: unknown[] }> } | null)?.sheets;
  const column = sheets?.[sheetKey]?.columns?.[index] as { header?: unknown } | undefined;
  return typeof column?.header === 'string' && column.header.trim() ? column.header.trim() : null;
}
