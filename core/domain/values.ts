import { allowedCodes, codesOf, VERSION_LABELS } from './catalogue';
import type { CatalogueField, QuestionnaireVersion } from './catalogue/types';
import { daysInMonth } from './nik';

/**
 * Cell values to stored values, shared by import and editing. Every parser returns null for an empty
 * cell (whether a value is required is the caller's rule) and explains refusals in Bahasa Indonesia.
 */

/** What a sheet reader hands over: text, or a number when the spreadsheet cell was numeric. */
export type RawCell = string | number | null | undefined;
export type ParseResult<T> = { ok: true; value: T | null } | { ok: false; message: string };

export interface CellOptions {
  /** The spreadsheet stored the cell as a number (a JS number is always treated so). */
  fromNumericCell?: boolean;
}

const ok = <T>(value: T | null): ParseResult<T> => ({ ok: true, value });
const fail = <T>(message: string): ParseResult<T> => ({ ok: false, message });

function isBlank(raw: RawCell): raw is null | undefined | '' {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

const shown = (raw: RawCell): string => (typeof raw === 'string' ? raw.trim() : String(raw));

// ——— IDs ———

const EXCEL_DIGITS = 'Excel hanya menyimpan 15 digit angka, jadi digit terakhirnya sudah hilang; ekspor ulang kolom ini sebagai teks';

/** NIK, No KK, IDBDT…: digits kept as text. Refuses the ways Excel and SIAK exports destroy long numbers (reference §7). */
export function parseIdText(raw: RawCell, label: string, options: CellOptions = {}): ParseResult<string> {
  if (isBlank(raw)) return ok(null);
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || (!Number.isSafeInteger(raw) && raw < 1e15)) return fail(`${label} "${raw}" bukan nomor yang utuh; isi hanya angka.`);
    if (raw >= 1e15) return fail(`${label} "${raw.toFixed(0)}" tersimpan sebagai angka di Excel; ${EXCEL_DIGITS}.`);
    if (raw < 0) return fail(`${label} "${raw}" tidak boleh negatif.`);
    return ok(String(raw));
  }
  const text = raw.trim().replace(/^['‘’`]/, '').trim();
  const compact = text.replace(/[\s\u00a0]+/g, '');
  if (/^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i.test(compact)) {
    return fail(`${label} "${text}" sudah dirusak Excel (notasi ilmiah); ekspor ulang kolom ini sebagai teks.`);
  }
  if (/^\d+[.,]0+$/.test(compact)) {
    return fail(`${label} "${text}" berakhiran "${compact.slice(compact.search(/[.,]/))}" karena sel dibaca sebagai angka; ekspor ulang kolom ini sebagai teks.`);
  }
  if (/^\d+(?:[.,]\d+)+$/.test(compact)) {
    if (/[.,]0{5,}$/.test(compact)) {
      return fail(`${label} "${text}" sudah dirusak ekspor SIAK/Excel (angka bertitik, digit akhir menjadi nol); minta data asli atau ekspor ulang sebagai teks.`);
    }
    return fail(`${label} "${text}" mengandung titik atau koma; tulis hanya angka tanpa pemisah.`);
  }
  if (!/^\d+$/.test(compact)) return fail(`${label} "${text}" hanya boleh berisi angka.`);
  if (options.fromNumericCell && compact.replace(/^0+/, '').length >= 16) {
    return fail(`${label} "${compact}" tersimpan sebagai angka di Excel; ${EXCEL_DIGITS}.`);
  }
  return ok(compact);
}

// ——— Dates ———

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, peb: 2, februari: 2, pebruari: 2, february: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, agus: 8, agust: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, nop: 11, november: 11, nopember: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};
const MONTH_NAMES = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** Excel's largest date (9999-12-31) and the serial range a text cell is read as a date: 1927-05-18 to 2099-12-31. */
const MAX_SERIAL = 2958465;
const TEXT_SERIAL_MIN = 10000;
const TEXT_SERIAL_MAX = 73050;

export interface DateOptions extends CellOptions {
  label?: string;
}

/**
 * Dates to ISO yyyy-mm-dd. Excel serials use the 1900 system with its leap-year bug: 60 is Excel's
 * phantom 29-02-1900 and is refused (no real date to map it to); 61 and later are shifted back one day.
 */
export function parseDateValue(raw: RawCell, options: DateOptions = {}): ParseResult<string> {
  const label = options.label ?? 'Tanggal';
  if (isBlank(raw)) return ok(null);
  if (typeof raw === 'number') return fromSerial(raw, raw, label);
  const text = raw.trim().replace(/\s+/g, ' ');
  if (/^\d+(?:[.,]\d+)?$/.test(text)) {
    const serial = Number(text.replace(',', '.'));
    if (options.fromNumericCell || (Number.isInteger(serial) && serial >= TEXT_SERIAL_MIN && serial <= TEXT_SERIAL_MAX)) {
      return fromSerial(serial, text, label);
    }
    if (/^\d{4}$/.test(text)) return fail(`${label} "${text}" hanya berisi tahun; tulis tanggal lengkap (dd-mm-yyyy).`);
    return fail(`${label} "${text}" bukan tanggal; tulis dd-mm-yyyy, misalnya 17-08-1945.`);
  }
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (match) return checkDate(Number(match[1]), Number(match[2]), Number(match[3]), text, label);
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (match) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), match[3] ?? ''];
    if (year.length !== 4) return fail(`${label} "${text}": tahun harus ditulis 4 digit (misalnya 1978, bukan 78).`);
    if (month > 12 && day <= 12) {
      return fail(`${label} "${text}": bulan ${month} tidak ada. Tampaknya ditulis bulan/tanggal (format Amerika); gunakan tanggal/bulan/tahun.`);
    }
    return checkDate(Number(year), month, day, text, label);
  }
  const named = text.replace(/^(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad),?\s*/i, '');
  match = /^(\d{1,2})[\s\-./]*([a-z]+)\.?[\s\-./,]*(\d{2,4})$/i.exec(named);
  if (match) {
    const month = MONTHS[(match[2] ?? '').toLowerCase()];
    if (month === undefined) return fail(`${label} "${text}": nama bulan "${match[2]}" tidak dikenal.`);
    if ((match[3] ?? '').length !== 4) return fail(`${label} "${text}": tahun harus ditulis 4 digit.`);
    return checkDate(Number(match[3]), month, Number(match[1]), text, label);
  }
  return fail(`${label} "${text}" tidak dikenali; tulis dd-mm-yyyy (misalnya 05-07-1978) atau 5 Juli 1978.`);
}

function fromSerial(serial: number, original: string | number, label: string): ParseResult<string> {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > MAX_SERIAL) {
    return fail(`${label} "${original}" bukan nilai tanggal Excel yang valid.`);
  }
  if (whole === 60) {
    return fail(`${label} "${original}" adalah 29-02-1900 menurut Excel, tanggal yang tidak pernah ada (kesalahan kalender Excel); periksa sel aslinya.`);
  }
  const days = whole < 60 ? whole : whole - 1;
  const date = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return ok(iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
}

function checkDate(year: number, month: number, day: number, text: string, label: string): ParseResult<string> {
  if (year < 1850 || year > 2100) return fail(`${label} "${text}": tahun ${year} tidak masuk akal.`);
  if (month < 1 || month > 12) return fail(`${label} "${text}": bulan ${month} tidak ada (harus 1–12).`);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return fail(`${label} "${text}" tidak ada di kalender: ${MONTH_NAMES[month - 1]} ${year} hanya ${last} hari.`);
  }
  return ok(iso(year, month, day));
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// ——— Numbers ———

export interface NumberOptions {
  label?: string;
  min?: number;
  max?: number;
}

/** Whole numbers; accepts `12.0` from numeric formatting and Indonesian thousands `1.250`. */
export function parseInteger(raw: RawCell, options: NumberOptions = {}): ParseResult<number> {
  const label = options.label ?? 'Nilai';
  if (isBlank(raw)) return ok(null);
  let value: number;
  if (typeof raw === 'number') {
    value = raw;
  } else {
    const text = raw.trim().replace(/[\s\u00a0]+/g, '');
    if (/^[+-]?\d+$/.test(text) || /^[+-]?\d+[.,]0+$/.test(text)) value = Math.trunc(Number(text.replace(',', '.')));
    else if (/^\d{1,3}(?:\.\d{3})+$/.test(text)) value = Number(text.replaceAll('.', ''));
    else return fail(`${label} "${shown(raw)}" harus bilangan bulat.`);
  }
  if (!Number.isSafeInteger(value)) return fail(`${label} "${shown(raw)}" harus bilangan bulat.`);
  return inRange(value, label, options);
}

/**
 * Decimals with either separator: `36,5` and `36.5` are 36.5. With both, the last one is the decimal
 * separator (`1.234,5` and `1,234.5`); a single separator is always decimal, so `1.234` is 1.234.
 */
export function parseDecimal(raw: RawCell, options: NumberOptions = {}): ParseResult<number> {
  const label = options.label ?? 'Nilai';
  if (isBlank(raw)) return ok(null);
  let value: number;
  if (typeof raw === 'number') {
    value = raw;
  } else {
    const text = raw.trim().replace(/[\s\u00a0]+/g, '');
    if (/^[+-]?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$/i.test(text)) value = Number(text.replace(',', '.'));
    else if (/^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text)) value = Number(text.replaceAll('.', '').replace(',', '.'));
    else if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) value = Number(text.replaceAll(',', ''));
    else return fail(`${label} "${shown(raw)}" bukan angka; gunakan koma atau titik untuk desimal, misalnya 36,5.`);
  }
  if (!Number.isFinite(value)) return fail(`${label} "${shown(raw)}" bukan angka.`);
  return inRange(value, label, options);
}

function inRange(value: number, label: string, { min, max }: NumberOptions): ParseResult<number> {
  if (min !== undefined && value < min) return fail(`${label} ${value} terlalu kecil (minimal ${min}).`);
  if (max !== undefined && value > max) return fail(`${label} ${value} terlalu besar (maksimal ${max}).`);
  return ok(value);
}

// ——— Text ———

export function parseTextValue(raw: RawCell, options: { label?: string; maxLength?: number } = {}): ParseResult<string> {
  if (isBlank(raw)) return ok(null);
  const text = shown(raw);
  if (options.maxLength !== undefined && text.length > options.maxLength) {
    return fail(`${options.label ?? 'Isian'} terlalu panjang (maksimal ${options.maxLength} karakter, terisi ${text.length}).`);
  }
  return ok(text);
}

// ——— Codes ———

/** Labels compared without case, spaces, dots, commas, hyphens or underscores; `>`, `/` and `&` still count (`Gas >3 kg` ≠ `Gas 3 kg`). */
function labelKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s.,_-]+/g, '');
}

function formatCodes(codes: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === (codes[j] ?? 0) + 1) j++;
    parts.push(j - i >= 2 ? `${codes[i]}–${codes[j]}` : codes.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}

function versionMissing(field: CatalogueField, version: QuestionnaireVersion): string | null {
  return field.versions.includes(version) ? null : `${field.label} tidak ada pada kuesioner ${VERSION_LABELS[version]}.`;
}

/** A label, or one unambiguous part of a slashed label (`Istri` for `Istri/suami`). */
function codeByLabel(field: CatalogueField, version: QuestionnaireVersion, text: string): number | null {
  const key = labelKey(text);
  const options = codesOf(field, version);
  const exact = options.find((option) => labelKey(option.label) === key);
  if (exact) return exact.code;
  const partial = options.filter((option) => option.label.split('/').some((part) => labelKey(part) === key));
  return partial.length === 1 ? (partial[0]?.code ?? null) : null;
}

/** A code number, its label, or both (`3`, `Keramik`, `2 - Keramik`), for the record's questionnaire version. */
export function parseCodeValue(field: CatalogueField, version: QuestionnaireVersion, raw: RawCell): ParseResult<number> {
  const missing = versionMissing(field, version);
  const allowed = allowedCodes(field, version);
  if (missing || allowed.length === 0) return fail(missing ?? `${field.label} tidak memakai daftar kode.`);
  if (isBlank(raw)) return ok(null);
  const text = shown(raw).replace(/\s+/g, ' ');
  const unknown = (): ParseResult<number> =>
    fail<number>(`${field.label} "${text}" tidak ada dalam daftar kode ${VERSION_LABELS[version]} (kode yang berlaku: ${formatCodes(allowed)}).`);
  if (typeof raw === 'number' && !Number.isInteger(raw)) return unknown();
  if (/^\d+(?:[.,]0+)?$/.test(text)) {
    const code = Math.trunc(Number(text.replace(',', '.')));
    return allowed.includes(code) ? ok(code) : unknown();
  }
  const withLabel = /^(\d+)\s*[.):=\-–]\s*(.+)$/.exec(text);
  if (withLabel) {
    const code = Number(withLabel[1]);
    if (!allowed.includes(code)) return unknown();
    const labelled = codesOf(field, version).find((option) => option.code === code);
    if (labelled && codeByLabel(field, version, withLabel[2] ?? '') !== code) {
      return fail(`${field.label} "${text}": kode ${code} berarti "${labelled.label}", bukan "${withLabel[2]}". Periksa kolom ini.`);
    }
    return ok(code);
  }
  const code = codeByLabel(field, version, text);
  return code === null ? unknown() : ok(code);
}

const YES = new Set(['ya', 'y', 'iya']);
const NO = new Set(['tidak', 'tdk']);

/**
 * Ya/Tidak items stored as 1/0. The file code depends on the item: PBDT alternates 1=Ya/2=Tidak and
 * 3=Ya/4=Tidak (reference §3.4), so a 1 in a 3/4 item is an error, not a Ya.
 */
export function parseYesNo(field: CatalogueField, version: QuestionnaireVersion, raw: RawCell): ParseResult<number> {
  const missing = versionMissing(field, version);
  if (missing) return fail(missing);
  if (isBlank(raw)) return ok(null);
  const [yes, no] = field.yesNoCoding?.[version] === '3/4' ? [3, 4] : [1, 2];
  const text = shown(raw).toLowerCase().replace(/\s+/g, ' ');
  if (YES.has(text)) return ok(1);
  if (NO.has(text)) return ok(0);
  const match = /^(\d+)(?:[.,]0+)?(?:\s*[.):=\-–]\s*(ya|tidak))?$/.exec(text);
  const code = match ? Number(match[1]) : null;
  const word = match?.[2];
  if (code === yes && word !== 'tidak') return ok(1);
  if (code === no && word !== 'ya') return ok(0);
  const coding = `${yes} = Ya, ${no} = Tidak`;
  if (code !== null && [1, 2, 3, 4].includes(code) && code !== yes && code !== no) {
    return fail(`${field.label} "${shown(raw)}": kode ${code} tidak berlaku untuk butir ini pada ${VERSION_LABELS[version]}; butir ini memakai ${coding}.`);
  }
  return fail(`${field.label} "${shown(raw)}" harus Ya atau Tidak (${coding}).`);
}

const isFlag = (code: number): boolean => code > 0 && (code & (code - 1)) === 0;

/**
 * A sum of flag codes (identity cards 1+4 = 5). Accepts the sum, or codes/labels separated by `,` `;` `+`.
 * Codes that are not powers of two (431a/431f `99`) stand alone.
 */
export function parseBitmask(field: CatalogueField, version: QuestionnaireVersion, raw: RawCell): ParseResult<number> {
  const missing = versionMissing(field, version);
  const allowed = allowedCodes(field, version);
  if (missing || allowed.length === 0) return fail(missing ?? `${field.label} tidak memakai daftar kode.`);
  if (isBlank(raw)) return ok(null);
  const flags = allowed.filter(isFlag);
  const alone = allowed.filter((code) => code > 0 && !isFlag(code));
  const mask = flags.reduce((sum, flag) => sum | flag, 0);
  const text = shown(raw);
  const impossible = (what: string) =>
    fail<number>(`${field.label} "${text}": ${what}. Kode yang bisa dijumlahkan: ${flags.join(', ')} (jumlah maksimal ${mask})${alone.length ? `; ${alone.join(', ')} berdiri sendiri` : ''}.`);
  const check = (value: number): ParseResult<number> => {
    if (alone.includes(value) || (value & ~mask) === 0) return ok(value);
    return impossible(`jumlah ${value} tidak mungkin dibentuk dari kode yang ada`);
  };
  if (typeof raw === 'number' || /^\d+(?:[.,]0+)?$/.test(text.trim())) {
    const value = Number(String(raw).trim().replace(',', '.'));
    return Number.isInteger(value) ? check(value) : impossible('bukan bilangan bulat');
  }
  if (/^tidak (punya|ada)$/i.test(text.trim())) return ok(0);
  const parts = text.split(/[,;+]/).map((part) => part.trim()).filter(Boolean);
  let sum = 0;
  for (const part of parts) {
    const code = /^\d+$/.test(part) ? Number(part) : codeByLabel(field, version, part);
    if (code === null || !allowed.includes(code)) return impossible(`"${part}" bukan kode atau nama yang dikenal`);
    if (alone.includes(code)) return parts.length === 1 ? ok(code) : impossible(`kode ${code} tidak boleh digabung dengan kode lain`);
    if ((sum & code) !== 0) return impossible(`"${part}" disebut dua kali`);
    sum |= code;
  }
  return check(sum);
}

// ——— Dispatch ———

export function parseFieldValue(
  field: CatalogueField,
  version: QuestionnaireVersion,
  raw: RawCell,
  options: CellOptions = {},
): ParseResult<string | number> {
  if (isBlank(raw)) return ok(null);
  if (!field.versions.includes(version)) return fail(`${field.label} tidak ada pada kuesioner ${VERSION_LABELS[version]}.`);
  const numberOptions = { label: field.label, min: field.min, max: field.max };
  switch (field.type) {
    case 'id': {
      const parsed = parseIdText(raw, field.label, options);
      if (parsed.ok && parsed.value !== null && field.maxLength !== undefined && parsed.value.length > field.maxLength) {
        return fail(`${field.label} terlalu panjang (maksimal ${field.maxLength} digit, terisi ${parsed.value.length}).`);
      }
      return parsed;
    }
    case 'text':
      return parseTextValue(raw, { label: field.label, maxLength: field.maxLength });
    case 'integer':
      return parseInteger(raw, numberOptions);
    case 'decimal':
      return parseDecimal(raw, numberOptions);
    case 'date':
      return parseDateValue(raw, { ...options, label: field.label });
    case 'code':
      return parseCodeValue(field, version, raw);
    case 'yesno':
      return parseYesNo(field, version, raw);
    case 'bitmask':
      return parseBitmask(field, version, raw);
  }
}
