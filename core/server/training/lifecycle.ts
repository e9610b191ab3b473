import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { removeFileWithSidecars } from '../../../db/files';
import { ApiError } from '../../contract/errors';
import { openWorkspaceFile, type Workspace } from '../services/workspace-file';
import type { OpenedPack } from './pack';
import { writeWhole } from './practice-files';
import { readTrainingState, type TrainingState } from './state';
import { practiceFolder, pristinePath } from './status';

/**
 * Files of a practice workspace: the workspace itself, its starting point beside it (`.awal`, restored by
 * reset) and the exercise files folder. The workspace is only replaced while it is closed (the open
 * workspace holds an exclusive lock), and only by a snapshot that opened and proved to be practice data.
 */

/** Keeps the starting point: a consistent copy of the open workspace (VACUUM INTO). */
export function keepPristine(workspace: Workspace): void {
  const target = pristinePath(workspace.path);
  removeFileWithSidecars(`${target}.sementara`);
  workspace.db.prepare('VACUUM INTO ?').run(`${target}.sementara`);
  renameSync(`${target}.sementara`, target);
}

/** Opens a candidate file, checks it is a practice workspace (of this lineage when given), closes it. */
function checkedPractice(path: string, migrationsDir: string, lineage?: string): TrainingState {
  const workspace = openWorkspaceFile(path, migrationsDir);
  try {
    const state = workspace.isPractice ? readTrainingState(workspace.db) : null;
    if (!state) throw new ApiError('WORKSPACE_INVALID', `"${basename(path)}" bukan workspace latihan; tidak dipakai.`);
    if (lineage && state.lineage !== lineage) throw new ApiError('WORKSPACE_INVALID', 'File titik awal latihan berasal dari workspace latihan lain; atur ulang dibatalkan.');
    return state;
  } finally {
    workspace.db.close();
  }
}

/** A new practice workspace from a pack: snapshot checked under a temporary name, then the starting point and the files. */
export function materializePack(pack: OpenedPack, path: string, migrationsDir: string): void {
  if (existsSync(path)) throw new ApiError('WORKSPACE_EXISTS', `File "${basename(path)}" sudah ada. Pilih nama lain atau buka file tersebut.`);
  const temp = `${path}.membuat`;
  removeFileWithSidecars(temp);
  writeWhole(temp, pack.snapshot);
  try {
    checkedPractice(temp, migrationsDir);
  } catch (error) {
    removeFileWithSidecars(temp);
    if (error instanceof ApiError && error.code !== 'WORKSPACE_INVALID') throw error;
    throw new ApiError('WORKSPACE_INVALID', 'Paket ini tidak berisi workspace latihan yang dapat dibuka. Minta paket baru dari pelatih.');
  }
  writeWhole(pristinePath(path), pack.snapshot);
  renameSync(temp, path);
  for (const file of pack.files) writeWhole(join(practiceFolder(path), file.name), file.content);
}

/** A checked copy of the starting point, made while the workspace is still open; refuses a missing or foreign snapshot. */
export function preparePristine(path: string, lineage: string, migrationsDir: string): string {
  const pristine = pristinePath(path);
  if (!existsSync(pristine)) throw new ApiError('NOT_FOUND', `Titik awal latihan (${basename(pristine)}) tidak ada di samping workspace. Buat ulang workspace dari paket latihan.`);
  const temp = `${path}.pulih`;
  removeFileWithSidecars(temp);
  copyFileSync(pristine, temp);
  try {
    checkedPractice(temp, migrationsDir, lineage);
  } catch (error) {
    removeFileWithSidecars(temp);
    throw error;
  }
  return temp;
}

/** Puts the checked copy in place of the workspace file, which must be closed (its lock released) by now. */
export function swapIn(copy: string, path: string): void {
  removeFileWithSidecars(path);
  renameSync(copy, path);
}
