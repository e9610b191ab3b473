import { rmSync } from 'node:fs';

/** Removes a database file together with its WAL and shared-memory files. */
export function removeFileWithSidecars(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}
