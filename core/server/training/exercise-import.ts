import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ApiError } from '../../contract/errors';
import type { Sqlite } from '../../../db/open';
import { memberSheet } from '../demo/district-files';

export interface ImportExercise {
  name: string;
  content: Buffer;
  /** The same rows as a semicolon CSV (as Excel on Indonesian settings saves it), for practising a CSV import. */
  csv: { name: string; content: Buffer };
  familyIds: number[];
  cleanNiks: string[];
  /** The rejected rows (xlsx row numbers) and the numbers they should have carried. */
  fixedRows: { row: number; nik: string; noKk: string }[];
}

const FAMILIES = 5;
const NIK = 10;
const NO_KK = 9;
const HUBKEL = 15;
export const PRACTICE_BANNER = 'MODE LATIHAN — DATA SINTETIS, BUKAN DATA ASLI';

/**
 * An exercise file as a desa would send it: the member rows (DTKS/SIKS-NG vocabulary) of a few families of
 * the focus desa, which are then removed from the workspace so the import brings them in, with three
 * numbers broken the ways Excel breaks them (reference §7): a NIK stored as a number (last digit lost),
 * a NIK in scientific notation, a No KK with thousands separators. Only non-head rows are broken, so each
 * family arrives with its head. The first sheet and a column say MODE LATIHAN.
 */
export async function buildImportExercise(db: Sqlite, desa: { code: string; slug: string }, exclude: ReadonlySet<number>): Promise<ImportExercise> {
  const candidates = db.prepare(`SELECT f.id FROM families f WHERE f.desa_code = ? AND (SELECT count(*) FROM members m WHERE m.family_id = f.id AND m.presence = 1) >= 3 ORDER BY f.id DESC`).pluck().all(desa.code) as number[];
  const familyIds = candidates.filter((id) => !exclude.has(id)).slice(0, FAMILIES).sort((a, b) => a - b);
  if (familyIds.length < 3) throw new ApiError('INVALID_INPUT', `Desa ${desa.code} tidak punya cukup keluarga untuk berkas latihan impor; tambah jumlah keluarga.`, { field: 'families' });
  const sheet = memberSheet(db, familyIds);
  const rows = [...sheet.rows];
  const cleanNiks: string[] = [];
  const fixedRows: ImportExercise['fixedRows'] = [];
  const brokenFamilies = new Set<string>();
  const cells: (string | number)[][] = rows.map((row, index) => {
    const noKk = row[NO_KK]!;
    const breakIt = row[HUBKEL] !== '1' && !brokenFamilies.has(noKk) && brokenFamilies.size < 3;
    if (!breakIt) {
      cleanNiks.push(row[NIK]!);
      return [...row, PRACTICE_BANNER];
    }
    const broken: (string | number)[] = [...row, PRACTICE_BANNER];
    const nik = row[NIK]!;
    if (brokenFamilies.size === 0) broken[NIK] = Number(`${nik.slice(0, 15)}0`);
    else if (brokenFamilies.size === 1) broken[NIK] = `${nik[0]},${nik.slice(1, 6)}E+15`;
    else broken[NO_KK] = noKk.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    brokenFamilies.add(noKk);
    fixedRows.push({ row: index + 2, nik, noKk });
    return broken;
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Verivali Desktop (mode latihan)';
  const cover = workbook.addWorksheet('MODE LATIHAN');
  for (const line of [PRACTICE_BANNER, 'Berkas latihan Bimtek dari Verivali Desktop: semua nama dan nomor dibuat oleh pembuat data sintetis.', 'Jangan dikirim ke SIKS-NG dan jangan dicampur dengan data asli.']) cover.addRow([line]);
  cover.getCell('A1').font = { bold: true, color: { argb: 'FFCC0000' }, size: 14 };
  cover.getColumn(1).width = 100;
  const data = workbook.addWorksheet('Data ART');
  data.addRow([...sheet.header, 'MODE LATIHAN']).font = { bold: true };
  for (const row of cells) data.addRow(row);
  data.getColumn(NIK + 1).width = 20;
  data.getColumn(NO_KK + 1).width = 22;
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  // Excel saves a CSV as displayed: a 16-digit number cell in General format becomes 3,32805E+15.
  const displayed = cells.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toExponential(5).replace('e+', 'E+').replace('.', ',') : cell)));
  const csvText = Papa.unparse([[...sheet.header, 'MODE LATIHAN'], ...displayed], { delimiter: ';', newline: '\r\n' });
  const csv = { name: `LATIHAN-impor-desa-${desa.slug}.csv`, content: Buffer.from(`\uFEFF${csvText}\r\n`, 'utf8') };
  return { name: `LATIHAN-impor-desa-${desa.slug}.xlsx`, content, csv, familyIds, cleanNiks, fixedRows };
}

/** The exercise's families leave the workspace: the file is what brings them in. */
export function removeFamilies(db: Sqlite, familyIds: readonly number[]): void {
  const ids = JSON.stringify(familyIds);
  db.transaction(() => {
    db.prepare('DELETE FROM members WHERE family_id IN (SELECT value FROM json_each(?))').run(ids);
    db.prepare('DELETE FROM families WHERE id IN (SELECT value FROM json_each(?))').run(ids);
  })();
}
