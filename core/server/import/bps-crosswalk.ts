import { basename } from 'node:path';
import { ApiError } from '../../contract/errors';
import { normalizeHeader } from '../../domain/catalogue/headers';
import { appendAudit } from '../../../db/queries/audit';
import type { Sqlite } from '../../../db/open';
import type { RowProblem } from './plan';
import { FileReadError, openTable } from './readers';

const KEMENDAGRI_HEADERS = new Set(['kodekemendagri', 'kodedesakemendagri', 'kemendagri', 'kodewilayahkemendagri', 'kdkemendagri']);
const BPS_HEADERS = new Set(['kodebps', 'kodedesabps', 'bps', 'kodewilayahbps', 'kdbps']);

export interface CrosswalkResult {
  updated: number;
  problems: RowProblem[];
}

/**
 * Loads a BPS ↔ Kemendagri desa crosswalk (two columns, e.g. from BPS's bridging service) into
 * regions.bps_code, so files coded the BPS way (3-digit kecamatan and desa) can be imported.
 */
export async function importBpsCrosswalk(db: Sqlite, path: string, userId: number): Promise<CrosswalkResult> {
  const fileName = basename(path);
  let table;
  try {
    table = await openTable(path);
  } catch (error) {
    if (error instanceof FileReadError) throw new ApiError('IMPORT_REJECTED', error.message, { file: fileName });
    throw error;
  }
  const sheet = table.sheets[0]?.name ?? '';
  const problems: RowProblem[] = [];
  const pairs: { row: number; kemendagri: string; bps: string }[] = [];
  let columns: { kemendagri: number; bps: number } | null = null;
  try {
    for await (const row of table.rows(sheet)) {
      const texts = row.cells.map((cell) => cell?.text.trim() ?? '');
      if (!columns) {
        const headers = texts.map(normalizeHeader);
        columns = { kemendagri: headers.findIndex((h) => KEMENDAGRI_HEADERS.has(h)), bps: headers.findIndex((h) => BPS_HEADERS.has(h)) };
        if (columns.kemendagri < 0 || columns.bps < 0) {
          throw new ApiError('IMPORT_REJECTED', `Berkas "${fileName}": baris judul harus memuat kolom "Kode Kemendagri" dan "Kode BPS".`, { file: fileName, row: row.rowNumber });
        }
        continue;
      }
      pairs.push({ row: row.rowNumber, kemendagri: texts[columns.kemendagri] ?? '', bps: texts[columns.bps] ?? '' });
    }
  } finally {
    await table.close();
  }

  const known = db.prepare('SELECT 1 FROM regions WHERE code = ? AND level = 4').pluck();
  const update = db.prepare('UPDATE regions SET bps_code = ? WHERE code = ?');
  let updated = 0;
  db.transaction(() => {
    for (const pair of pairs) {
      const digits = pair.kemendagri.replace(/\D/g, '');
      const code = digits.length === 10 ? `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}` : '';
      const bps = pair.bps.replace(/\D/g, '');
      if (!code || !known.get(code)) {
        problems.push({ sheet, row: pair.row, column: 'Kode Kemendagri', value: pair.kemendagri, message: `Kode desa Kemendagri "${pair.kemendagri}" tidak ada dalam referensi wilayah.` });
      } else if (bps.length !== 10) {
        problems.push({ sheet, row: pair.row, column: 'Kode BPS', value: pair.bps, message: `Kode BPS "${pair.bps}" harus 10 digit (2 provinsi, 2 kabupaten, 3 kecamatan, 3 desa).` });
      } else {
        update.run(bps, code);
        updated++;
      }
    }
    appendAudit(db, { userId, action: 'update', entity: 'workspace', entityId: 0, field: 'regions.bps_code', oldValue: null, newValue: `${updated} kode BPS dari ${fileName}` });
  })();
  return { updated, problems };
}
