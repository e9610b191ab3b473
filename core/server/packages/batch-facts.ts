import { utcOffsetHours } from '../batches/period';
import type { PackageCounts } from './package-counts';
import type { BatchHeader } from './sheet-rows';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAN = { S1: 'I', S2: 'II' } as const;

/** 2026-11-17 → "17 November 2026" (the date part of an ISO text, as written). */
export function longDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** The calendar date (YYYY-MM-DD) of an ISO UTC time in the kabupaten's own time zone (WIB, WITA or WIT). */
export function localDate(isoTime: string, kabupatenCode: string): string {
  const time = Date.parse(isoTime);
  return Number.isNaN(time) ? isoTime : new Date(time + utcOffsetHours(kabupatenCode) * 3600_000).toISOString().slice(0, 10);
}

/** '2026-11' → "November 2026"; '2026-S2' → "Semester II 2026". */
export function periodLabel(period: string): string {
  const semester = /^(\d{4})-(S[12])$/.exec(period);
  if (semester) return `Semester ${ROMAN[semester[2] as keyof typeof ROMAN]} ${semester[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  return month ? `${MONTHS[Number(month[2]) - 1]} ${month[1]}` : period;
}

/** The batch's identity as both PDFs print it. */
export function batchFacts(header: BatchHeader, counts: PackageCounts): [string, string][] {
  const area = header.kecamatanCodes === null
    ? `Seluruh ${header.kabupatenName}`
    : `${header.kabupatenName}: Kecamatan ${header.kecamatanCodes.map((code) => counts.perKecamatan.find((k) => k.kecamatanCode === code)?.kecamatanName ?? code).join(', ')}`;
  return [
    ['Periode', `${periodLabel(header.period)} (${header.periodKind})`],
    ['Tanggal batas', longDate(header.cutoffDate)],
    ['Wilayah', area],
    ['Dibekukan oleh', `${header.frozenBy}, ${longDate(localDate(header.frozenAt, header.kabupatenCode))}`],
    ['Kode isi batch', header.contentHash],
  ];
}
