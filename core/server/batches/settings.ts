import { ApiError } from '../../contract/errors';
import { periodSettingsSchema, type PeriodSettings } from '../../contract/batches';
import type { SessionUser } from '../auth';
import { readSetting, writeSetting } from '../../../db/queries/settings';
import type { Sqlite } from '../../../db/open';

/** Settings key of the penetapan period: monthly with the DTSEN cut-off on the 17th unless the office changes it. */
export const PERIOD_SETTING = 'penetapan.periode';
const DEFAULT_PERIOD: PeriodSettings = { kind: 'bulanan', cutoffDay: 17 };

export function periodSettings(db: Sqlite): PeriodSettings & { isDefault: boolean } {
  const stored = readSetting(db, PERIOD_SETTING);
  if (stored === undefined) return { ...DEFAULT_PERIOD, isDefault: true };
  const parsed = periodSettingsSchema.safeParse(JSON.parse(stored));
  if (!parsed.success) throw new ApiError('INVALID_INPUT', `Pengaturan periode penetapan (${PERIOD_SETTING}) tidak valid; simpan ulang di Pengaturan batch.`);
  return { ...parsed.data, isDefault: false };
}

/** Replaces the period setting (null: back to the default); audited with the old and new JSON. */
export function setPeriodSettings(db: Sqlite, user: SessionUser, settings: PeriodSettings | null): PeriodSettings & { isDefault: boolean } {
  writeSetting(db, user, PERIOD_SETTING, settings === null ? null : JSON.stringify(settings));
  return periodSettings(db);
}

/** The workspace's kabupaten/kota code (set when the workspace was created). */
export function workspaceKabupaten(db: Sqlite): string {
  const code = readSetting(db, 'workspace.kabupatenCode');
  if (!code) throw new ApiError('INVALID_INPUT', 'Workspace ini belum memiliki kode kabupaten/kota.');
  return code;
}
