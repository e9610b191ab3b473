import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Sqlite } from '../../../db/open';
import { ApiError } from '../../contract/errors';
import { readFile, type TrainingState } from './state';
import { practiceFolder } from './status';

/** Writes a file under a temporary name first, so a half-written exercise file never carries the real name. */
export function writeWhole(path: string, content: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.sementara`;
  writeFileSync(temp, content);
  renameSync(temp, path);
}

/** (Re)writes every exercise file beside the workspace, as it was made: a reset also undoes edits to them. */
export function writePracticeFiles(db: Sqlite, state: TrainingState, workspacePath: string): void {
  const folder = practiceFolder(workspacePath);
  for (const file of state.files) writeWhole(join(folder, file.name), readFile(db, file.name));
}

/** One exercise file to a chosen path (desktop "Simpan") or beside the workspace; answers where it went. */
export function savePracticeFile(db: Sqlite, state: TrainingState, workspacePath: string, name: string, path?: string): string {
  const file = state.files.find((f) => f.name === name);
  if (!file) throw new ApiError('NOT_FOUND', `Berkas latihan "${basename(name)}" tidak ada di workspace ini.`);
  const target = path ?? join(practiceFolder(workspacePath), file.name);
  writeWhole(target, readFile(db, file.name));
  return target;
}
