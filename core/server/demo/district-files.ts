import type { Sqlite } from '../../../db/open';

/**
 * Turns a (synthetic) workspace back into the files a district office receives: DTKS/BDT-style
 * sheets with the SIKS-NG column vocabulary. Used by the import benchmark, tests and exercise files.
 */
export interface DistrictSheet {
  header: string[];
  rows: Iterable<string[]>;
}

const MEMBER_HEADER = [
  'IDBDT', 'IDARTBDT', 'KDPROP', 'KDKAB', 'KDKEC', 'KDDESA', 'Alamat', 'RT', 'RW', 'NoKK', 'NIK', 'Nama', 'JnsKel', 'TmpLahir', 'TglLahir',
  'Hubkel', 'Hub_KRT', 'Sta_kawin', 'Sta_keberadaan_art', 'Partisipasi_sekolah', 'Pendidikan_tertinggi', 'Sta_Bekerja', 'Lapangan_usaha',
  'Status_pekerjaan', 'Penyakit_kronis', 'Ada_kks', 'Ada_pbi', 'Ada_kip', 'Ada_pkh', 'Ada_rastra', 'Sta_bangunan', 'Luas_lantai', 'Lantai',
  'Dinding', 'Atap', 'Sumber_airminum', 'Sumber_penerangan', 'bb_masak', 'Fasbab', 'Jumlah_kamar',
];

const FAMILY_HEADER = [
  'IDBDT', 'KDPROP', 'KDKAB', 'KDKEC', 'KDDESA', 'Alamat', 'RT', 'RW', 'NoKK', 'Nama_KRT', 'Jumlah_ART', 'Sta_bangunan', 'Sta_lahan', 'Luas_lantai',
  'Lantai', 'Dinding', 'Kondisi_dinding', 'Atap', 'Kondisi_atap', 'Jumlah_kamar', 'Sumber_airminum', 'cara_proleh_airminum', 'Sumber_penerangan',
  'Daya', 'bb_masak', 'Fasbab', 'Kloset', 'Buang_tinja', 'Ada_tabung_gas', 'Ada_lemari_es', 'Ada_ac', 'Ada_pemanas', 'Ada_telpon', 'Ada_tv',
  'Ada_emas', 'Ada_laptop', 'Ada_sepeda', 'Ada_motor', 'Ada_mobil', 'Ada_perahu', 'Ada_motor_tempel', 'Ada_perahu_motor', 'Ada_kapal',
  'Aset_tak_bergerak', 'Luas_atb', 'Rumah_lain', 'Jumlah_sapi', 'Jumah_kerbau', 'Jumlah_kuda', 'Jumlah_babi', 'Jumlah_kambing', 'Sta_art_usaha',
  'Sta_kks', 'Sta_kip', 'Sta_kis', 'Sta_bpjs_mandiri', 'Sta_jamsostek', 'Sta_asuransi', 'Sta_pkh', 'Sta_rastra', 'Sta_kur',
];

/** Items coded 3=Ya/4=Tidak on the PBDT form (reference §3.4); the others are 1=Ya/2=Tidak. */
const THREE_FOUR = new Set(['Ada_lemari_es', 'Ada_pemanas', 'Ada_tv', 'Ada_laptop', 'Ada_motor', 'Ada_perahu', 'Ada_perahu_motor', 'Rumah_lain', 'Sta_kip', 'Sta_bpjs_mandiri', 'Sta_asuransi', 'Sta_rastra']);
/** Regsosek 404 keberadaan → PBDT Sta_keberadaan_art. */
const PBDT_PRESENCE: Record<number, number> = { 1: 1, 2: 2, 3: 3, 4: 3, 5: 4, 6: 6 };

interface FamilyRow {
  id: number; no_kk: string; id_dtks: string | null; address: string | null; rt: string | null; rw: string | null; desa_code: string; member_count: number; head_name: string;
}

const small = (id: number, salt: number, max: number) => String(((id * 2654435761 + salt * 40503) >>> 0) % max + 1);
const regionParts = (desaCode: string) => desaCode.split('.');
const ddmmyyyy = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

/** One row per member with the family's location and housing repeated (SIKS-NG/DTKS ART export); all families or these. */
export function memberSheet(db: Sqlite, familyIds?: readonly number[]): DistrictSheet {
  const statement = db.prepare(`
    SELECT f.id AS fid, f.no_kk, f.id_dtks, f.address, f.rt, f.rw, f.desa_code, m.id, m.nik, m.name, m.sex, m.birth_place, m.birth_date, m.relationship, m.presence
    FROM members m JOIN families f ON f.id = m.family_id ${familyIds ? 'WHERE f.id IN (SELECT value FROM json_each(?))' : ''} ORDER BY f.id, m.id`);
  function* rows(): Generator<string[]> {
    for (const m of statement.iterate(...(familyIds ? [JSON.stringify(familyIds)] : [])) as Iterable<Record<string, string | number | null>>) {
      const fid = Number(m.fid);
      const id = Number(m.id);
      const [prop, kab, kec, desa] = regionParts(String(m.desa_code));
      const adult = Number(m.relationship) <= 2;
      yield [
        String(m.id_dtks ?? ''), m.id_dtks ? `${m.id_dtks}${String(id % 100).padStart(2, '0')}` : '', prop!, kab!, kec!, desa!, String(m.address ?? ''), String(m.rt ?? ''), String(m.rw ?? ''),
        String(m.no_kk), String(m.nik), String(m.name), String(m.sex), String(m.birth_place ?? ''), ddmmyyyy(m.birth_date as string | null),
        String(m.relationship), String(m.relationship), adult ? '2' : '1', String(PBDT_PRESENCE[Number(m.presence)] ?? 1), small(id, 1, 3).replace('3', '2'),
        small(id, 2, 10), adult ? '1' : '2', adult ? small(id, 3, 21) : '', adult ? small(id, 4, 8) : '', small(id, 5, 9) === '1' ? '1' : '0',
        small(fid, 6, 2), small(fid, 7, 2), small(id, 8, 2), small(fid, 9, 2), small(fid, 10, 2), small(fid, 11, 5), String(20 + (fid % 60)),
        small(fid, 12, 10), small(fid, 13, 7), small(fid, 14, 10), small(fid, 15, 12), small(fid, 16, 3), small(fid, 17, 9), small(fid, 18, 4), small(fid, 19, 4),
      ];
    }
  }
  return { header: MEMBER_HEADER, rows: rows() };
}

/** One row per family: the BDT/DTKS RT-file vocabulary with a No KK (family-level file). */
export function familySheet(db: Sqlite): DistrictSheet {
  const statement = db.prepare('SELECT id, no_kk, id_dtks, address, rt, rw, desa_code, member_count, head_name FROM families ORDER BY id');
  function* rows(): Generator<string[]> {
    for (const f of statement.iterate() as Iterable<FamilyRow>) {
      const [prop, kab, kec, desa] = regionParts(f.desa_code);
      const yesNo = (name: string, salt: number) => {
        const yes = small(f.id, salt, 4) === '1';
        return THREE_FOUR.has(name) ? (yes ? '3' : '4') : yes ? '1' : '2';
      };
      const head = [f.id_dtks ?? '', prop!, kab!, kec!, desa!, f.address ?? '', f.rt ?? '', f.rw ?? '', f.no_kk, f.head_name, String(f.member_count)];
      const housing = [small(f.id, 1, 5), small(f.id, 2, 4), String(18 + (f.id % 70)), small(f.id, 3, 10), small(f.id, 4, 7), small(f.id, 5, 2), small(f.id, 6, 10), small(f.id, 7, 2),
        small(f.id, 8, 4), small(f.id, 9, 12), small(f.id, 10, 3), small(f.id, 11, 3), small(f.id, 12, 6), small(f.id, 13, 9), small(f.id, 14, 3), small(f.id, 15, 4), small(f.id, 16, 6)];
      const assets = FAMILY_HEADER.slice(28, 43).map((name, i) => yesNo(name, 20 + i));
      const land = [yesNo('Aset_tak_bergerak', 40), String(f.id % 3 === 0 ? 250 : 0), yesNo('Rumah_lain', 41)];
      const livestock = [0, 1, 2, 3, 4].map((i) => small(f.id, 50 + i, 4).replace('4', '0'));
      const programs = FAMILY_HEADER.slice(51).map((name, i) => yesNo(name, 60 + i));
      yield [...head, ...housing, ...assets, ...land, ...livestock, ...programs];
    }
  }
  return { header: FAMILY_HEADER, rows: rows() };
}

/** CSV text lines (comma-separated, quoted where needed) for a sheet. */
export function* csvLines(sheet: DistrictSheet, delimiter = ','): Generator<string> {
  const quote = (cell: string) => (/[",\r\n;\t]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  yield `${sheet.header.map(quote).join(delimiter)}\r\n`;
  for (const row of sheet.rows) yield `${row.map(quote).join(delimiter)}\r\n`;
}
