import type { Cell } from './spreadsheets';

/** Small DTKS-style rows for import tests: three members of two families in Kab. Tegal, kecamatan Margasari. */
export const MEMBER_HEADER = ['IDBDT', 'NoKK', 'NIK', 'Nama', 'JnsKel', 'TglLahir', 'Hubkel', 'KDPROP', 'KDKAB', 'KDKEC', 'KDDESA', 'Alamat', 'RT', 'RW', 'Lantai'];

export const MEMBER_ROWS: string[][] = [
  ['33280120010000001', '3328011203150004', '3328010507780002', 'Slamet Riyadi', '1', '05/07/1978', '1', '33', '28', '01', '2001', 'Dukuh Krajan', '001', '002', '9'],
  ['33280120010000001', '3328011203150004', '3328014812800001', "Siti Mu'awanah", '2', '08-12-1980', '2', '33', '28', '01', '2001', 'Dukuh Krajan', '001', '002', '9'],
  ['33280120010000002', '3328010101160001', '3328011102900003', 'Ahmad Muzakki Hakim', '1', '1990-02-11', '1', '33', '28', '01', '2002', 'Gg. Merdeka IV No. 18', '004', '001', '6'],
];

export function memberRows(): string[][] {
  return [[...MEMBER_HEADER], ...MEMBER_ROWS.map((row) => [...row])];
}

export function asCells(rows: string[][]): Cell[][] {
  return rows.map((row) => row.map((cell) => cell));
}
