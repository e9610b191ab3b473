import { readJournal } from './migrate';

/** The schema version of this code: the number of migrations it ships. */
export function codeSchemaVersion(migrationsDir: string): number {
  return readJournal(migrationsDir).length;
}
