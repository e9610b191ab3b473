import type { Sqlite } from '../../../db/open';
import type { Random } from './random';

export interface Kecamatan {
  index: number;
  code: string;
  name: string;
}

export interface Desa {
  code: string;
  /** Digits of the code, the stem of the synthetic ID DTKS. */
  digits: string;
  kecamatan: Kecamatan;
  /** Kelurahan (desa code 1xxx) are urban. */
  urban: boolean;
}

export interface District {
  provinceCode: string;
  /** "Tegal" for "Kabupaten Tegal": what people write as their birth place. */
  shortName: string;
  kecamatan: Kecamatan[];
  desa: Desa[];
  /** Other kabupaten/kota of the province, birth places of people who moved in. */
  neighbours: string[];
}

interface RegionRow {
  code: string;
  name: string;
  parent_code: string;
}

export function loadDistrict(db: Sqlite, kabupatenCode: string): District {
  if (!/^\d{2}\.\d{2}$/.test(kabupatenCode)) {
    throw new Error(`Kode kabupaten/kota "${kabupatenCode}" tidak valid; gunakan format PP.KK, misalnya 33.28.`);
  }
  const byParent = db.prepare('SELECT code, name, parent_code FROM regions WHERE level = ? AND parent_code = ? ORDER BY code');
  const kabupaten = db.prepare('SELECT name FROM regions WHERE code = ?').get(kabupatenCode) as { name: string } | undefined;
  const kecamatan = (byParent.all(3, kabupatenCode) as RegionRow[]).map((row, index) => ({ index, code: row.code, name: row.name }));
  const desa = kecamatan.flatMap((kec) =>
    (byParent.all(4, kec.code) as RegionRow[]).map((row) => ({
      code: row.code,
      digits: row.code.replaceAll('.', ''),
      kecamatan: kec,
      urban: row.code.slice(9, 10) === '1',
    })),
  );
  if (!kabupaten || desa.length === 0) {
    throw new Error(`Kabupaten/kota ${kabupatenCode} tidak memiliki data kecamatan dan desa di tabel wilayah. Muat data wilayah terlebih dahulu.`);
  }
  const provinceCode = kabupatenCode.slice(0, 2);
  const neighbours = (byParent.all(2, provinceCode) as RegionRow[]).filter((row) => row.code !== kabupatenCode).map((row) => shortName(row.name));
  return { provinceCode, shortName: shortName(kabupaten.name), kecamatan, desa, neighbours };
}

function shortName(name: string): string {
  return name.replace(/^(Kabupaten|Kota)\s+/i, '');
}

/** Uneven desa sizes (squared uniform weights, kelurahan larger); largest remainder so the total is exact. */
export function allocateFamilies(rng: Random, desa: readonly Desa[], total: number): number[] {
  const weights = desa.map((d) => (0.3 + rng.next()) ** 2 * (d.urban ? 1.6 : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing-- <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}
