import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';
import type { Sqlite } from './open';

export function createDrizzle(db: Sqlite) {
  return drizzle(db, { schema });
}

export type Db = ReturnType<typeof createDrizzle>;
