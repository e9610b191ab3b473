import { ApiError } from '../../contract/errors';
import type { PeriodSettings } from '../../contract/batches';

type PeriodKind = PeriodSettings['kind'];

/** The kind a period string belongs to: '2026-11' monthly, '2026-S2' six-monthly. */
function kindOfPeriod(period: string): PeriodKind {
  return period.includes('-S') ? 'semesteran' : 'bulanan';
}

export function checkPeriodKind(period: string, kind: PeriodKind): void {
  if (kindOfPeriod(period) !== kind) {
    const example = kind === 'bulanan' ? 'YYYY-MM, contoh 2026-11' : 'YYYY-S1 atau YYYY-S2';
    throw new ApiError('INVALID_INPUT', `Periode "${period}" tidak sesuai dengan jenis periode ${kind} (${example}).`, { field: 'period' });
  }
}

/** The cut-off date (YYYY-MM-DD) of a period of its kind: the cut-off day in its (last) month. */
export function cutoffDateOf(period: string, kind: PeriodKind, cutoffDay: number): string {
  const year = period.slice(0, 4);
  const month = kind === 'bulanan' ? period.slice(5, 7) : period.endsWith('S1') ? '06' : '12';
  return `${year}-${month}-${String(cutoffDay).padStart(2, '0')}`;
}

/** Hours ahead of UTC of the kabupaten's province: WIB (+7), WITA (+8) or WIT (+9), by Kemendagri province code. */
export function utcOffsetHours(kabupatenCode: string): number {
  const province = Number(kabupatenCode.slice(0, 2));
  if (province >= 81) return 9;
  if ([51, 52, 53, 63, 64, 65].includes(province) || (province >= 71 && province <= 76)) return 8;
  return 7;
}

/**
 * The first instant after the cut-off day in the kabupaten's local time, as an ISO UTC string: a proposal
 * belongs to the period when approved_at (ISO UTC) sorts before it.
 */
export function cutoffEnd(cutoffDate: string, kabupatenCode: string): string {
  const nextLocalMidnight = Date.parse(`${cutoffDate}T00:00:00.000Z`) + 24 * 3600_000;
  return new Date(nextLocalMidnight - utcOffsetHours(kabupatenCode) * 3600_000).toISOString();
}

export function checkCutoffDate(cutoffDate: string): void {
  const parsed = new Date(`${cutoffDate}T00:00:00.000Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== cutoffDate) {
    throw new ApiError('INVALID_INPUT', `Tanggal batas "${cutoffDate}" tidak ada di kalender.`, { field: 'cutoffDate' });
  }
}
