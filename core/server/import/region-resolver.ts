import type { Sqlite } from '../../../db/open';

export interface RegionInput {
  kodeProvinsi?: string | null;
  kodeKabupaten?: string | null;
  kodeKecamatan?: string | null;
  kodeDesa?: string | null;
  namaKecamatan?: string | null;
  namaDesa?: string | null;
}

export type RegionResolution = { ok: true; desaCode: string; kecamatanCode: string; viaBps: boolean } | { ok: false; column: string; value: string; message: string };

interface Desa {
  code: string;
  kecamatanCode: string;
  name: string;
}

const normalizeName = (text: string) => text.toLowerCase().replace(/^(desa|kelurahan|kel\.|ds\.|kecamatan|kec\.)\s+/, '').replace(/[^a-z0-9]/g, '');

/**
 * Finds the desa of an imported row: by Kemendagri code (dotted or 10 digits), by BPS code
 * (3-digit kecamatan and desa parts, mapped through regions.bps_code), or by kecamatan and desa
 * names. Only desa of the workspace's kabupaten are accepted (reference §9).
 */
export class RegionResolver {
  private readonly byCode = new Map<string, Desa>();
  private readonly byBps = new Map<string, Desa>();
  private readonly byNames = new Map<string, Desa[]>();
  private readonly kabupatenDigits: string;

  constructor(db: Sqlite, private readonly kabupatenCode: string) {
    this.kabupatenDigits = kabupatenCode.replace('.', '');
    const rows = db
      .prepare(`SELECT d.code, d.parent_code AS kecamatanCode, d.name, d.bps_code AS bps, k.name AS kecamatanName
                FROM regions d JOIN regions k ON k.code = d.parent_code
                WHERE d.level = 4 AND k.parent_code = ?`)
      .all(kabupatenCode) as (Desa & { bps: string | null; kecamatanName: string })[];
    for (const row of rows) {
      const desa = { code: row.code, kecamatanCode: row.kecamatanCode, name: row.name };
      this.byCode.set(row.code, desa);
      if (row.bps) this.byBps.set(row.bps.replace(/\D/g, ''), desa);
      const key = `${normalizeName(row.kecamatanName)}|${normalizeName(row.name)}`;
      this.byNames.set(key, [...(this.byNames.get(key) ?? []), desa]);
    }
  }

  resolve(input: RegionInput): RegionResolution {
    const desaText = input.kodeDesa?.trim() ?? '';
    const digits = desaText.replace(/\D/g, '');
    if (/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(desaText) || (digits.length === 10 && !/^\d{3}$/.test(input.kodeKecamatan?.trim() ?? ''))) {
      return this.byKemendagri(digits, desaText, 'kodeDesa');
    }
    if (desaText) return this.fromParts(input, desaText);
    if (input.namaDesa?.trim()) return this.byName(input);
    return { ok: false, column: 'kodeDesa', value: '', message: 'Desa/kelurahan tidak diisi: berkas harus memuat kode desa atau nama kecamatan dan nama desa.' };
  }

  private fromParts(input: RegionInput, desaText: string): RegionResolution {
    const part = (value: string | null | undefined, width: number) => (value ?? '').replace(/\D/g, '').padStart(width, '0').slice(-width);
    const prefix = `${part(input.kodeProvinsi || this.kabupatenDigits.slice(0, 2), 2)}${part(input.kodeKabupaten || this.kabupatenDigits.slice(2), 2)}`;
    const kecamatan = (input.kodeKecamatan ?? '').replace(/\D/g, '');
    const desa = desaText.replace(/\D/g, '');
    if (kecamatan.length === 3 && desa.length === 3) return this.byBpsCode(`${prefix}${kecamatan}${desa}`, desaText);
    if (kecamatan.length <= 2 && desa.length === 4) return this.byKemendagri(`${prefix}${part(kecamatan, 2)}${desa}`, desaText, 'kodeDesa');
    return { ok: false, column: 'kodeDesa', value: desaText, message: `Kode desa "${desaText}" (kecamatan "${input.kodeKecamatan ?? ''}") tidak berbentuk kode Kemendagri (2+4 digit) maupun kode BPS (3+3 digit).` };
  }

  private byKemendagri(digits: string, raw: string, column: string): RegionResolution {
    const code = `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6, 10)}`;
    const desa = this.byCode.get(code);
    if (desa) return { ok: true, desaCode: desa.code, kecamatanCode: desa.kecamatanCode, viaBps: false };
    const outside = digits.slice(0, 4) !== this.kabupatenDigits;
    const message = outside
      ? `Kode desa "${raw}" berada di luar kabupaten/kota workspace (${this.kabupatenCode}).`
      : `Kode desa "${raw}" tidak ada dalam referensi wilayah Kemendagri.`;
    return { ok: false, column, value: raw, message };
  }

  private byBpsCode(digits: string, raw: string): RegionResolution {
    const desa = this.byBps.get(digits);
    if (desa) return { ok: true, desaCode: desa.code, kecamatanCode: desa.kecamatanCode, viaBps: true };
    return {
      ok: false, column: 'kodeDesa', value: raw,
      message: `Kode desa "${raw}" tampaknya kode BPS (${digits}), tetapi kode BPS desa ini belum dikenal di workspace. Isi kode Kemendagri, atau lengkapi kode BPS desa di data wilayah.`,
    };
  }

  private byName(input: RegionInput): RegionResolution {
    const key = `${normalizeName(input.namaKecamatan ?? '')}|${normalizeName(input.namaDesa ?? '')}`;
    const found = this.byNames.get(key) ?? [];
    if (found.length === 1 && found[0]) return { ok: true, desaCode: found[0].code, kecamatanCode: found[0].kecamatanCode, viaBps: false };
    const value = `${input.namaKecamatan ?? ''} / ${input.namaDesa ?? ''}`;
    return {
      ok: false, column: 'namaDesa', value,
      message: found.length > 1 ? `Nama desa "${value}" tidak unik di kabupaten ini; gunakan kode desa.` : `Desa "${value}" tidak ditemukan di kabupaten/kota workspace.`,
    };
  }
}
