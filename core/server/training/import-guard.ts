import { basename } from 'node:path';
import { appendAudit } from '../../../db/queries/audit';
import type { Sqlite } from '../../../db/open';
import { ApiError } from '../../contract/errors';
import type { ImportCheck } from '../../contract/training';
import { parseNik } from '../../domain/nik';
import { sha256OfFile } from '../import/file-hash';
import { FileReadError, openTable, type OpenedTable } from '../import/readers';
import { planFile, type ImportRequest } from '../import/run-import';
import { login, type UnknownFailures } from '../services/accounts';
import type { Workspace } from '../services/workspace-file';
import { PRACTICE_NIK_SERIAL_BASE } from './create';

/**
 * A practice workspace never takes real personal data unnoticed. A NIK in a file "looks real" when it is a
 * valid NIK, its serial (digits 13–16) is below the practice range 9000–9999 that the generator uses for
 * practice workspaces, and it is not already in this workspace (planted duplicates vary a serial digit).
 * Such a file is imported only after a trainer (role pelatih) allowed that exact file (its sha256).
 */

const ALLOWED_KEY = 'latihan.imporDiizinkan';
const SHOWN_ROWS = 10;

function allowedHashes(db: Sqlite): string[] {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(ALLOWED_KEY) as string | undefined;
  return raw ? (JSON.parse(raw) as string[]) : [];
}

type Request = Pick<ImportRequest, 'path' | 'presetName' | 'mapping' | 'version' | 'encoding'>;

async function open(request: Request): Promise<OpenedTable> {
  try {
    return await openTable(request.path, { encoding: request.encoding });
  } catch (error) {
    if (error instanceof FileReadError) throw new ApiError('IMPORT_REJECTED', error.message, { file: basename(request.path) });
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ApiError('NOT_FOUND', `Berkas "${basename(request.path)}" tidak ditemukan.`);
    throw error;
  }
}

/** NIKs of the file read with the same column mapping the import will use. */
export async function checkImportFile(workspace: Workspace, request: Request): Promise<ImportCheck> {
  const known = workspace.db.prepare('SELECT 1 FROM members WHERE nik = ? LIMIT 1');
  const table = await open(request);
  const result: ImportCheck = { realLooking: 0, checked: 0, rows: [], confirmed: false };
  try {
    const { used } = await planFile(workspace, table, request);
    for (const plan of used) {
      const column = plan.columns.find((c) => c.fieldKey === 'nik');
      if (!column) continue;
      for await (const row of table.rows(plan.sheet)) {
        if (row.rowNumber <= plan.headerRow) continue;
        const nik = row.cells[column.index]?.text.trim() ?? '';
        if (!/^\d{16}$/.test(nik) || !parseNik(nik).valid) continue;
        result.checked++;
        if (Number(nik.slice(12)) >= PRACTICE_NIK_SERIAL_BASE || known.get(nik)) continue;
        result.realLooking++;
        if (result.rows.length < SHOWN_ROWS) result.rows.push(row.rowNumber);
      }
    }
  } finally {
    await table.close();
  }
  // Only a file that looks real needs the trainer's permission, so only then is it hashed.
  if (result.realLooking > 0) result.confirmed = allowedHashes(workspace.db).includes(await sha256OfFile(request.path));
  return result;
}

/** Before import.run in a practice workspace: refused while the file looks real and no trainer allowed it. */
export async function refuseUnconfirmedRealData(workspace: Workspace, request: Request): Promise<void> {
  if (!workspace.isPractice) return;
  const check = await checkImportFile(workspace, request);
  if (check.realLooking === 0 || check.confirmed) return;
  throw new ApiError(
    'FORBIDDEN',
    `Berkas "${basename(request.path)}" berisi ${check.realLooking} NIK yang tampak seperti data asli (bukan data latihan), misalnya di baris ${check.rows.join(', ')}. Workspace latihan tidak boleh berisi data pribadi asli: pelatih harus mengizinkan berkas ini lebih dulu.`,
    { reason: 'practice-real-data', realLooking: check.realLooking, rows: check.rows },
  );
}

/** The trainer allows one file (by sha256) with their own login; audited, and the session does not change. */
export async function allowImport(workspace: Workspace, path: string, credentials: { username: string; password: string; unknownFailures: UnknownFailures }): Promise<void> {
  const trainer = login(workspace.db, credentials.username, credentials.password, credentials.unknownFailures);
  if (trainer.role !== 'pelatih') throw new ApiError('FORBIDDEN', 'Hanya akun pelatih yang dapat mengizinkan berkas yang tampak berisi data asli.');
  const hash = await sha256OfFile(path);
  const allowed = allowedHashes(workspace.db);
  if (!allowed.includes(hash)) allowed.push(hash);
  workspace.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(ALLOWED_KEY, JSON.stringify(allowed));
  appendAudit(workspace.db, { userId: trainer.id, action: 'latihan-izin-impor', entity: 'workspace', entityId: 0, field: basename(path), oldValue: null, newValue: hash });
}
