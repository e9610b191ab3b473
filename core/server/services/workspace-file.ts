import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { eq } from 'drizzle-orm';
import { ApiError, type ErrorCode } from '../../contract/errors';
import { createDrizzle, type Db } from '../../../db/client';
import { WorkspaceFileError, type WorkspaceFileProblem } from '../../../db/errors';
import { removeFileWithSidecars } from '../../../db/files';
import { migrateDatabase } from '../../../db/migrate';
import { openDatabase, type Sqlite } from '../../../db/open';
import { settings } from '../../../db/schema';
import { seedRegions, type RegionReference } from './region-reference';

export interface Workspace {
  path: string;
  db: Sqlite;
  orm: Db;
  name: string;
  kabupatenCode: string;
  isDemo: boolean;
  /** A practice (Bimtek) workspace: synthetic data, the MODE LATIHAN banner, its packages refused by real workspaces. */
  isPractice: boolean;
  schemaVersion: number;
}

export interface NewWorkspace {
  path: string;
  name: string;
  kabupatenCode: string;
  isDemo: boolean;
  isPractice?: boolean;
}

const PROBLEM_CODES: Record<WorkspaceFileProblem, ErrorCode> = {
  'not-found': 'WORKSPACE_NOT_FOUND',
  'not-sqlite': 'WORKSPACE_INVALID',
  'too-new': 'WORKSPACE_TOO_NEW',
  locked: 'WORKSPACE_LOCKED',
  'wrong-key': 'WORKSPACE_KEY',
  'migration-failed': 'MIGRATION_FAILED',
  exists: 'WORKSPACE_EXISTS',
};

/** Opens an existing workspace file: refuses foreign files before migrating anything. */
export function openWorkspaceFile(path: string, migrationsDir: string, key?: string): Workspace {
  const db = withApiErrors(() => openDatabase(path, { key }));
  try {
    refuseForeignDatabase(db, path);
    const { schemaVersion } = withApiErrors(() => migrateDatabase(db, path, migrationsDir));
    const orm = createDrizzle(db);
    const values = new Map(orm.select().from(settings).all().map((row) => [row.key, row.value]));
    const kabupatenCode = values.get('workspace.kabupatenCode');
    if (!kabupatenCode) throw notAWorkspace(path);
    return { path, db, orm, name: values.get('workspace.name') ?? basename(path), kabupatenCode, isDemo: values.get('workspace.isDemo') === 'true', isPractice: values.get('workspace.isPractice') === 'true', schemaVersion };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Creates a workspace under a temporary name and renames it only when it is complete, so a
 * failure never leaves a half-made workspace under the chosen name.
 */
export function createWorkspaceFile(spec: NewWorkspace, migrationsDir: string, regions: RegionReference): Workspace {
  if (existsSync(spec.path)) {
    throw new ApiError('WORKSPACE_EXISTS', `File "${basename(spec.path)}" sudah ada. Pilih nama lain atau buka file tersebut.`);
  }
  mkdirSync(dirname(spec.path), { recursive: true });
  const temp = `${spec.path}.membuat`;
  removeFileWithSidecars(temp);
  const db = withApiErrors(() => openDatabase(temp, { create: true }));
  try {
    withApiErrors(() => migrateDatabase(db, temp, migrationsDir));
    seedRegions(db, regions);
    const orm = createDrizzle(db);
    orm.insert(settings).values([
      { key: 'workspace.name', value: spec.name },
      { key: 'workspace.kabupatenCode', value: spec.kabupatenCode },
      { key: 'workspace.isDemo', value: String(spec.isDemo) },
      { key: 'workspace.isPractice', value: String(spec.isPractice ?? false) },
      { key: 'workspace.createdAt', value: new Date().toISOString() },
    ]).run();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  renameSync(temp, spec.path);
  return openWorkspaceFile(spec.path, migrationsDir);
}

/** A file name part from a display name: "Desa Kramat Jaya" → "desa-kramat-jaya". */
export function slug(name: string, fallback = 'workspace'): string {
  const base = name.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase();
  return base || fallback;
}

export function readSetting(workspace: Workspace, key: string): string | undefined {
  return workspace.orm.select().from(settings).where(eq(settings.key, key)).get()?.value;
}

function refuseForeignDatabase(db: Sqlite, path: string): void {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[];
  const names = new Set(tables.map((table) => table.name));
  if (names.size > 0 && !names.has('__drizzle_migrations')) throw notAWorkspace(path);
}

function notAWorkspace(path: string): ApiError {
  return new ApiError('WORKSPACE_INVALID', `File "${basename(path)}" adalah database SQLite, tetapi bukan workspace Verivali. File tidak diubah.`);
}

function withApiErrors<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof WorkspaceFileError) throw new ApiError(PROBLEM_CODES[error.problem], error.message);
    throw error;
  }
}
