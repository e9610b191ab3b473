/**
 * NIK and Nomor KK structure (reference §2.1, §2.2). Pure: shared by the server and the renderer.
 * NIK:  PP KK CC DDMMYY SSSS, day + 40 for women, century not encoded.
 * No KK: PP KK CC DDMMYY SSSS, the date is the registration date (no +40).
 */

export type Sex = 1 | 2;

export type IdProblemCode =
  | 'length'
  | 'non_digit'
  | 'placeholder'
  | 'region'
  | 'unknown_province'
  | 'day'
  | 'month'
  | 'date'
  | 'future'
  | 'serial';

export interface IdProblem {
  code: IdProblemCode;
  /** Errors make the number structurally invalid; warnings need a human look (reference §2.1: unknown region). */
  severity: 'error' | 'warning';
  message: string;
}

interface ParsedIdBase {
  /** True when there is no problem of severity 'error'. */
  valid: boolean;
  provinceCode: string | null;
  kabupatenCode: string | null;
  kecamatanCode: string | null;
  serial: string | null;
  problems: IdProblem[];
}

export interface ParsedNik extends ParsedIdBase {
  birthDate: string | null;
  sex: Sex | null;
}

export interface ParsedNoKk extends ParsedIdBase {
  registrationDate: string | null;
}

/** Kemendagri province codes in force (38 provinces, reference §9). */
const PROVINCE_CODES = new Set(
  '11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 71 72 73 74 75 76 81 82 91 92 93 94 95 96'.split(' '),
);

export function parseNik(nik: string, today: Date | string = new Date()): ParsedNik {
  const base = parseCommon(nik, 'NIK');
  if (!base.digits) return { ...finish(base.problems), ...emptyRegion(), birthDate: null, sex: null };
  const digits = base.digits;
  const { birthDate, sex, problems } = nikDate(digits, isoDay(today));
  for (const problem of problems) base.problems.push(problem);
  const { valid } = finish(base.problems);
  const { provinceCode, kabupatenCode, kecamatanCode } = regionOf(digits);
  return { valid, problems: base.problems, provinceCode, kabupatenCode, kecamatanCode, serial: digits.slice(12), birthDate, sex };
}

interface NikDate {
  birthDate: string | null;
  sex: Sex | null;
  problems: readonly IdProblem[];
}

/**
 * Birth date, sex and date problems of NIK digits 7–12 on a given day. Cached by those digits as a
 * number: a district has a few tens of thousands of distinct ones for a million NIKs.
 */
const nikDates = new Map<number, NikDate>();
let nikDatesDay = '';

function nikDate(digits: string, today: string): NikDate {
  if (today !== nikDatesDay) {
    nikDates.clear();
    nikDatesDay = today;
  }
  let key = 0;
  for (let i = 6; i < 12; i++) key = key * 10 + digits.charCodeAt(i) - 48;
  const cached = nikDates.get(key);
  if (cached) return cached;
  const problems: IdProblem[] = [];
  const rawDay = Number(digits.slice(6, 8));
  const sex: Sex | null = rawDay >= 41 && rawDay <= 71 ? 2 : rawDay >= 1 && rawDay <= 31 ? 1 : null;
  if (sex === null) problems.push(error('day', `Tanggal lahir pada NIK (digit 7–8) "${digits.slice(6, 8)}" harus 01–31 (laki-laki) atau 41–71 (perempuan).`));
  const day = sex === null ? null : sex === 2 ? rawDay - 40 : rawDay;
  const birthDate = parseDatePart(day, digits, today, 'lahir', problems);
  const parsed = { birthDate, sex, problems };
  nikDates.set(key, parsed);
  return parsed;
}

export function parseNoKk(noKk: string, today: Date | string = new Date()): ParsedNoKk {
  const base = parseCommon(noKk, 'Nomor KK');
  if (!base.digits) return { ...finish(base.problems), ...emptyRegion(), registrationDate: null };
  const digits = base.digits;
  const rawDay = Number(digits.slice(6, 8));
  const day = rawDay >= 1 && rawDay <= 31 ? rawDay : null;
  if (day === null) base.problems.push(error('day', `Tanggal pencatatan pada Nomor KK (digit 7–8) "${digits.slice(6, 8)}" harus 01–31.`));
  const registrationDate = parseDatePart(day, digits, isoDay(today), 'pencatatan', base.problems);
  return { ...finish(base.problems), ...regionOf(digits), serial: digits.slice(12), registrationDate };
}

export interface NikParts {
  /** Dotted Kemendagri kecamatan code, e.g. '33.28.01'. */
  kecamatanCode: string;
  /** ISO 'yyyy-mm-dd'. */
  birthDate: string;
  sex: Sex;
  serial: number | string;
}

export function formatNik({ kecamatanCode, birthDate, sex, serial }: NikParts): string {
  return regionDigits(kecamatanCode) + datePart(birthDate, sex === 2 ? 40 : 0) + serialDigits(serial);
}

export interface NoKkParts {
  kecamatanCode: string;
  registrationDate: string;
  serial: number | string;
}

export function formatNoKk({ kecamatanCode, registrationDate, serial }: NoKkParts): string {
  return regionDigits(kecamatanCode) + datePart(registrationDate, 0) + serialDigits(serial);
}

function parseCommon(text: string, label: string): { digits: string | null; problems: IdProblem[] } {
  const problems: IdProblem[] = [];
  if (!/^\d*$/.test(text)) problems.push(error('non_digit', `${label} hanya boleh berisi angka.`));
  if (text.length !== 16) problems.push(error('length', `${label} harus 16 digit (terisi ${text.length} karakter).`));
  if (problems.length > 0) return { digits: null, problems };
  if (isPlaceholder(text)) problems.push(error('placeholder', `${label} tampak seperti isian sementara (angka berulang atau berurutan).`));
  if (text.slice(2, 4) === '00' || text.slice(4, 6) === '00') {
    problems.push(error('region', `Kode wilayah pada ${label} (digit 1–6) tidak valid: kode kabupaten/kecamatan tidak boleh 00.`));
  } else if (!PROVINCE_CODES.has(text.slice(0, 2))) {
    problems.push({ code: 'unknown_province', severity: 'warning', message: `Kode provinsi ${text.slice(0, 2)} pada ${label} tidak dikenal (mungkin kode lama).` });
  }
  if (text.slice(12) === '0000') problems.push(error('serial', `Nomor urut pada ${label} (digit 13–16) tidak boleh 0000.`));
  return { digits: text, problems };
}

/** All one digit, a run of ten equal digits, or a 0123456789 staircase: typed in when the real number was unknown. */
function isPlaceholder(digits: string): boolean {
  let run = 1;
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const digit = digits.charCodeAt(i);
    const previous = digits.charCodeAt(i - 1);
    run = digit === previous ? run + 1 : 1;
    if (run === 10) return true;
    const step = (digit - previous + 10) % 10;
    if (step !== 1) up = false;
    if (step !== 9) down = false;
  }
  return up || down;
}

/** Month and year of digits 9–12 with the already decoded day (null: invalid); the century is the latest one not after today. */
function parseDatePart(day: number | null, digits: string, today: string, what: string, problems: IdProblem[]): string | null {
  const month = Number(digits.slice(8, 10));
  if (month < 1 || month > 12) {
    problems.push(error('month', `Bulan ${what} pada digit 9–10 "${digits.slice(8, 10)}" harus 01–12.`));
    return null;
  }
  if (day === null) return null;
  const yy = digits.slice(10, 12);
  const tail = `-${pad2(month)}-${pad2(day)}`;
  const year = `20${yy}${tail}` <= today ? 2000 + Number(yy) : 1900 + Number(yy);
  if (day > daysInMonth(year, month)) {
    problems.push(error('date', `Tanggal ${what} ${pad2(day)}-${pad2(month)}-${year} tidak ada di kalender.`));
    return null;
  }
  const iso = `${year}${tail}`;
  if (iso > today) problems.push(error('future', `Tanggal ${what} ${pad2(day)}-${pad2(month)}-${year} berada di masa depan.`));
  return iso;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

type Region = Pick<ParsedIdBase, 'provinceCode' | 'kabupatenCode' | 'kecamatanCode'>;
/** Region codes by digits 1–6 as a number (at most a million; a district has a few hundred). */
const regions = new Map<number, Region>();

function regionOf(digits: string): Region {
  let key = 0;
  for (let i = 0; i < 6; i++) key = key * 10 + digits.charCodeAt(i) - 48;
  let region = regions.get(key);
  if (!region) {
    const p = digits.slice(0, 2);
    const k = `${p}.${digits.slice(2, 4)}`;
    region = { provinceCode: p, kabupatenCode: k, kecamatanCode: `${k}.${digits.slice(4, 6)}` };
    regions.set(key, region);
  }
  return region;
}

function emptyRegion(): Pick<ParsedIdBase, 'provinceCode' | 'kabupatenCode' | 'kecamatanCode' | 'serial'> {
  return { provinceCode: null, kabupatenCode: null, kecamatanCode: null, serial: null };
}

function finish(problems: IdProblem[]): Pick<ParsedIdBase, 'valid' | 'problems'> {
  return { valid: problems.every((p) => p.severity !== 'error'), problems };
}

function error(code: IdProblemCode, message: string): IdProblem {
  return { code, severity: 'error', message };
}

function regionDigits(kecamatanCode: string): string {
  if (!/^\d{2}\.\d{2}\.\d{2}$/.test(kecamatanCode)) throw new Error(`Kode kecamatan "${kecamatanCode}" harus berbentuk PP.KK.CC.`);
  return kecamatanCode.replaceAll('.', '');
}

function datePart(iso: string, dayOffset: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Tanggal "${iso}" harus berbentuk yyyy-mm-dd.`);
  const [, year = '', month = '', day = ''] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month))) {
    throw new Error(`Tanggal "${iso}" tidak ada di kalender.`);
  }
  return pad2(Number(day) + dayOffset) + month + year.slice(2);
}

function serialDigits(serial: number | string): string {
  const n = Number(serial);
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new Error(`Nomor urut "${serial}" harus 1–9999.`);
  return String(n).padStart(4, '0');
}

function isoDay(today: Date | string): string {
  if (typeof today === 'string') return today.slice(0, 10);
  return `${today.getFullYear()}-${pad2(today.getMonth() + 1)}-${pad2(today.getDate())}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
