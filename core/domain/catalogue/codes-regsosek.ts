import { HUBUNGAN_KELUARGA, JENIS_KELAMIN, KEBERADAAN } from '../codes';
import { range, seq } from './build';
import type { CodeOption } from './types';

/**
 * Regsosek 2022-K / DTSEN code lists (reference §4.2). Where the reference gives only a range or a
 * count, the list holds the codes it names and `RS_UNLABELLED_*` the numbers it leaves unnamed.
 */

export { JENIS_KELAMIN };
export const RS_HUBUNGAN_KELUARGA: readonly CodeOption[] = HUBUNGAN_KELUARGA;
export const RS_KEBERADAAN: readonly CodeOption[] = KEBERADAAN;

// Blok I–II
export const RS_KODE_KK = seq(0, ['KK sesuai', 'Keluarga induk', 'Keluarga pecahan']);
export const RS_HASIL_PENDATAAN = seq(1, [
  'Terisi lengkap', 'Terisi tidak lengkap', 'Tidak ada responden sampai akhir pendataan', 'Responden menolak',
  'Keluarga pindah/bangunan tidak ada',
]);

// Blok III — perumahan
export const RS_STATUS_BANGUNAN = seq(1, ['Milik sendiri', 'Kontrak/sewa', 'Bebas sewa', 'Dinas', 'Lainnya']);
export const RS_BUKTI_LAHAN = seq(1, [
  'SHM atas nama anggota keluarga', 'SHM bukan a.n. anggota keluarga dengan perjanjian tertulis',
  'SHM bukan a.n. anggota keluarga tanpa perjanjian', 'Sertifikat selain SHM (SHGB, SHSRS)', 'Surat bukti lain (girik, letter C)',
  'Tidak punya',
]);
export const RS_LANTAI = seq(1, [
  'Marmer/granit', 'Keramik', 'Parket/vinil/karpet', 'Ubin/tegel/teraso', 'Kayu/papan', 'Semen/bata merah', 'Bambu', 'Tanah', 'Lainnya',
]);
export const RS_DINDING = seq(1, [
  'Tembok', 'Plesteran anyaman bambu/kawat', 'Kayu/papan/gypsum/GRC/calciboard', 'Anyaman bambu', 'Batang kayu', 'Bambu', 'Lainnya',
]);
// numbering not confirmed (reference §14): codes 5/6 follow OpenSID (5 Kayu/sirap, 6 Bambu), the source of most
// Regsosek-numbered files we import; three other DTSEN tools swap them.
export const RS_ATAP = seq(1, ['Beton', 'Genteng', 'Seng', 'Asbes', 'Kayu/sirap', 'Bambu', 'Jerami/ijuk/daun-daunan/rumbia', 'Lainnya']);
export const RS_AIR_MINUM = seq(1, [
  'Air kemasan bermerk', 'Air isi ulang', 'Leding', 'Sumur bor/pompa', 'Sumur terlindung', 'Sumur tak terlindung',
  'Mata air terlindung', 'Mata air tak terlindung', 'Air permukaan (sungai/danau/waduk/kolam/irigasi)', 'Air hujan', 'Lainnya',
]);
export const RS_JARAK_TINJA = seq(1, ['< 10 m', '≥ 10 m', 'Tidak tahu']);
export const RS_PENERANGAN = seq(1, ['Listrik PLN dengan meteran', 'Listrik PLN tanpa meteran', 'Listrik non-PLN', 'Bukan listrik']);
export const RS_DAYA = seq(1, ['450 W', '900 W', '1.300 W', '2.200 W', '>2.200 W']);
export const RS_BAHAN_BAKAR = seq(1, [
  'Listrik', 'Elpiji 5,5 kg/blue gaz', 'Elpiji 12 kg', 'Elpiji 3 kg', 'Gas kota/meteran PGN', 'Biogas', 'Minyak tanah', 'Briket',
  'Arang', 'Kayu bakar', 'Lainnya', 'Tidak memasak di rumah',
]);
export const RS_FASBAB = seq(1, [
  'Ada, hanya anggota keluarga sendiri', 'Ada, bersama keluarga tertentu', 'Ada, MCK komunal', 'Ada, MCK umum',
  'Ada, anggota keluarga tidak menggunakan', 'Tidak ada',
]);
export const RS_KLOSET = seq(1, ['Leher angsa', 'Plengsengan dengan tutup', 'Plengsengan tanpa tutup', 'Cemplung/cubluk']);
export const RS_BUANG_TINJA = seq(1, [
  'Tangki septik', 'IPAL', 'Kolam/sawah/sungai/danau/laut', 'Lubang tanah', 'Pantai/tanah lapang/kebun', 'Lainnya',
]);

// Blok V
export const RS_INTERNET = seq(0, ['Tidak', 'Internet dan TV berlangganan', 'Wifi', 'Internet HP']);
export const RS_REKENING = seq(1, ['Ya, untuk usaha', 'Ya, pribadi', 'Ya, usaha dan pribadi', 'Tidak']);

// Blok IV — anggota keluarga
export const RS_PARTISIPASI_SEKOLAH = seq(1, ['Tidak/belum pernah sekolah', 'Masih sekolah', 'Tidak bersekolah lagi']);
/** Bitmask flags; 0 = tidak punya. */
export const RS_KARTU_IDENTITAS: readonly CodeOption[] = [
  { code: 1, label: 'Akta kelahiran' },
  { code: 2, label: 'KIA' },
  { code: 4, label: 'KTP' },
];
// 413: 22 codes, only the ends are named. numbering not confirmed (reference §14)
export const RS_JENJANG: readonly CodeOption[] = [{ code: 1, label: 'Paket A' }, { code: 22, label: 'S3' }];
export const RS_UNLABELLED_JENJANG = range(2, 21);
// 415 = the 413 list plus 23.
export const RS_IJAZAH: readonly CodeOption[] = [...RS_JENJANG, { code: 23, label: 'Tidak punya ijazah SD' }];
// 417/421: 26 KBLI-based codes, none named. numbering not confirmed (reference §14)
export const RS_UNLABELLED_LAPANGAN_USAHA = range(1, 26);
export const RS_NPWP = seq(1, ['Ada, dapat menunjukkan', 'Ada, tidak dapat menunjukkan', 'Tidak ada']);
// 424: 12 codes, none named; 1–12 assumed. numbering not confirmed (reference §14)
export const RS_UNLABELLED_IZIN_USAHA = range(1, 12);
// 425: the reference writes the ends as "1 <5 jt … 7 ≥4.167 jt". numbering not confirmed (reference §14)
export const RS_OMSET: readonly CodeOption[] = [{ code: 1, label: '< 5 jt' }, { code: 7, label: '≥ 4.167 jt' }];
export const RS_GIZI: readonly CodeOption[] = [
  { code: 1, label: 'Wasting' },
  { code: 2, label: 'Stunting' },
  { code: 3, label: 'Tidak ada catatan' },
  { code: 8, label: 'Tidak tahu' },
];
// 428a–i / 428j: 1–4, only the ends are named. numbering not confirmed (reference §14)
export const RS_KESULITAN: readonly CodeOption[] = [
  { code: 1, label: 'Sama sekali tidak bisa' },
  { code: 4, label: 'Tidak mengalami kesulitan' },
];
export const RS_FREKUENSI_SEDIH: readonly CodeOption[] = [{ code: 1, label: 'Sangat sering' }, { code: 4, label: 'Tidak pernah' }];
// 430: 1–18, only the ends are named. numbering not confirmed (reference §14)
export const RS_PENYAKIT_KRONIS: readonly CodeOption[] = [{ code: 1, label: 'Tidak ada' }, { code: 18, label: 'Lainnya' }];
/** 431a bitmask; 99 is a stand-alone code, not a flag. */
export const RS_JAMINAN_KESEHATAN: readonly CodeOption[] = [
  { code: 1, label: 'PBI JKN' },
  { code: 2, label: 'JKN mandiri' },
  { code: 4, label: 'JKN pemberi kerja' },
  { code: 8, label: 'Jaminan kesehatan lain' },
  { code: 99, label: 'Lainnya' },
];
export const RS_YA_TIDAK_TIDAK_TAHU: readonly CodeOption[] = [
  { code: 1, label: 'Ya' },
  { code: 2, label: 'Tidak' },
  { code: 8, label: 'Tidak tahu' },
];
