import { HUBUNGAN_KELUARGA, JENIS_KELAMIN, KEBERADAAN, type CodeItem } from './codes';

/**
 * The editable fields of the foundation slice. The import issue grows this into the full
 * DTKS/DTSEN field catalogue; grid columns, forms and server validation all read from here.
 */
export type FieldType = 'text' | 'digits16' | 'date' | 'code';

export interface FieldDef {
  key: string;
  label: string;
  type: FieldType;
  maxLength?: number;
  codes?: readonly CodeItem[];
  required?: boolean;
}

export const FAMILY_EDITABLE_FIELDS = {
  address: { key: 'address', label: 'Alamat', type: 'text', maxLength: 512 },
  rt: { key: 'rt', label: 'RT', type: 'text', maxLength: 3 },
  rw: { key: 'rw', label: 'RW', type: 'text', maxLength: 3 },
} as const satisfies Record<string, FieldDef>;

export const MEMBER_EDITABLE_FIELDS = {
  name: { key: 'name', label: 'Nama', type: 'text', maxLength: 250, required: true },
  nik: { key: 'nik', label: 'NIK', type: 'digits16', required: true },
  sex: { key: 'sex', label: 'Jenis kelamin', type: 'code', codes: JENIS_KELAMIN, required: true },
  birthPlace: { key: 'birthPlace', label: 'Tempat lahir', type: 'text', maxLength: 100 },
  birthDate: { key: 'birthDate', label: 'Tanggal lahir', type: 'date' },
  relationship: { key: 'relationship', label: 'Hubungan dengan kepala keluarga', type: 'code', codes: HUBUNGAN_KELUARGA, required: true },
  presence: { key: 'presence', label: 'Keberadaan', type: 'code', codes: KEBERADAAN, required: true },
} as const satisfies Record<string, FieldDef>;

export type FamilyEditableField = keyof typeof FAMILY_EDITABLE_FIELDS;
export type MemberEditableField = keyof typeof MEMBER_EDITABLE_FIELDS;

export const FAMILY_EDITABLE_KEYS = Object.keys(FAMILY_EDITABLE_FIELDS) as [FamilyEditableField, ...FamilyEditableField[]];
export const MEMBER_EDITABLE_KEYS = Object.keys(MEMBER_EDITABLE_FIELDS) as [MemberEditableField, ...MemberEditableField[]];

/**
 * Checks one value against its field definition and returns the normalised stored form,
 * or an Indonesian message. Runs in the renderer (instant feedback) and in the backend.
 */
export function checkFieldValue(def: FieldDef, raw: string | null): { ok: true; value: string | number | null } | { ok: false; message: string } {
  const text = raw === null ? '' : raw.trim();
  if (text === '') {
    return def.required ? { ok: false, message: `${def.label} wajib diisi.` } : { ok: true, value: null };
  }
  switch (def.type) {
    case 'text':
      if (def.maxLength && text.length > def.maxLength) {
        return { ok: false, message: `${def.label} terlalu panjang (maksimal ${def.maxLength} karakter).` };
      }
      return { ok: true, value: text };
    case 'digits16':
      return /^\d{16}$/.test(text) ? { ok: true, value: text } : { ok: false, message: `${def.label} harus 16 digit angka.` };
    case 'date':
      return isIsoDate(text) ? { ok: true, value: text } : { ok: false, message: `${def.label} bukan tanggal yang valid (format yyyy-mm-dd).` };
    case 'code': {
      const code = Number(text);
      const known = def.codes?.some((item) => item.code === code);
      return known ? { ok: true, value: code } : { ok: false, message: `Kode ${def.label} "${text}" tidak ada dalam daftar kode.` };
    }
  }
}

export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
