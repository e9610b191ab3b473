import { seq } from './build';
import type { CodeOption } from './types';

/**
 * DTKS / PBDT 2015 code lists as used by the Kemensos verivali form (reference §3.3–§3.5).
 * Numbers are what the BDT/DTKS files contain; labels are the form's wording.
 */

// §3.3 — members (ART)
export const PBDT_HUB_KRT = seq(1, [
  'Kepala rumah tangga', 'Istri/suami', 'Anak', 'Menantu', 'Cucu', 'Orang tua/mertua', 'Pembantu rumah tangga', 'Lainnya',
]);
export const PBDT_HUBKEL = seq(1, [
  'Kepala keluarga', 'Istri/suami', 'Anak', 'Menantu', 'Cucu', 'Orang tua/mertua', 'Pembantu rumah tangga', 'Lainnya',
]);
export const PBDT_STATUS_KAWIN = seq(1, ['Belum kawin', 'Kawin/nikah', 'Cerai hidup', 'Cerai mati']);
export const PBDT_AKTA_NIKAH = seq(0, ['Tidak', 'Ya, dapat ditunjukkan', 'Ya, tidak dapat ditunjukkan']);
/** Bitmask flags; 0 = tidak punya. */
export const PBDT_KARTU_IDENTITAS: readonly CodeOption[] = [
  { code: 1, label: 'Akta kelahiran' },
  { code: 2, label: 'Kartu pelajar' },
  { code: 4, label: 'KTP' },
  { code: 8, label: 'SIM' },
];
// Only 0 is numbered in the reference; the Kemensos form has 0–11, other PBDT copies 0–12 or 1–13.
// numbering not confirmed (reference §14): 1–12 are accepted without labels.
export const PBDT_JENIS_CACAT: readonly CodeOption[] = [{ code: 0, label: 'Tidak cacat' }];
export const PBDT_PENYAKIT_KRONIS = seq(0, [
  'Tidak ada', 'Hipertensi', 'Rematik', 'Asma', 'Masalah jantung', 'Diabetes', 'TBC', 'Stroke', 'Kanker/tumor ganas',
  'Lainnya (gagal ginjal, paru-paru flek, dsb)',
]);
export const PBDT_PARTISIPASI_SEKOLAH = seq(0, ['Tidak/belum pernah sekolah', 'Masih sekolah', 'Tidak bersekolah lagi']);
export const PBDT_PENDIDIKAN = seq(1, [
  'SD/SDLB', 'Paket A', 'M. Ibtidaiyah', 'SMP/SMPLB', 'Paket B', 'M. Tsanawiyah', 'SMA/SMK/SMALB', 'Paket C', 'M. Aliyah', 'Perguruan tinggi',
]);
export const PBDT_KELAS = seq(1, ['Kelas 1', 'Kelas 2', 'Kelas 3', 'Kelas 4', 'Kelas 5', 'Kelas 6', 'Kelas 7', 'Tamat']);
export const PBDT_IJAZAH = seq(0, ['Tidak punya', 'SD/sederajat', 'SMP/sederajat', 'SMA/sederajat', 'D1/D2/D3', 'D4/S1', 'S2/S3']);
export const PBDT_LAPANGAN_USAHA = seq(1, [
  'Tanaman padi & palawija', 'Hortikultura', 'Perkebunan', 'Perikanan tangkap', 'Perikanan budidaya', 'Peternakan',
  'Kehutanan & pertanian lainnya', 'Pertambangan/penggalian', 'Industri pengolahan', 'Listrik & gas', 'Bangunan/konstruksi',
  'Perdagangan', 'Hotel & rumah makan', 'Transportasi & pergudangan', 'Informasi & komunikasi', 'Keuangan & asuransi',
  'Jasa pendidikan', 'Jasa kesehatan', 'Jasa kemasyarakatan, pemerintahan & perorangan', 'Pemulung', 'Lainnya',
]);
export const PBDT_STATUS_PEKERJAAN = seq(1, [
  'Berusaha sendiri', 'Berusaha dibantu buruh tidak tetap/tidak dibayar', 'Berusaha dibantu buruh tetap/dibayar',
  'Buruh/karyawan/pegawai swasta', 'PNS/TNI/Polri/BUMN/BUMD/anggota legislatif', 'Pekerja bebas pertanian',
  'Pekerja bebas non-pertanian', 'Pekerja keluarga/tidak dibayar',
]);
export const PBDT_KEBERADAAN_ART = seq(1, [
  'Tinggal di ruta', 'Meninggal', 'Tidak tinggal di ruta/pindah', 'Anggota rumah tangga baru', 'Kesalahan prelist', 'Tidak ditemukan',
]);

// §3.4 — household (ruta) housing
export const PBDT_STATUS_BANGUNAN = seq(1, ['Milik sendiri', 'Kontrak/sewa', 'Bebas sewa', 'Dinas', 'Lainnya']);
export const PBDT_STATUS_LAHAN = seq(1, ['Milik sendiri', 'Milik orang lain', 'Tanah negara', 'Lainnya']);
export const PBDT_LANTAI = seq(1, [
  'Marmer/granit', 'Keramik', 'Parket/vinil/permadani', 'Ubin/tegel/teraso', 'Kayu/papan kualitas tinggi', 'Semen/bata merah',
  'Bambu', 'Kayu/papan kualitas rendah', 'Tanah', 'Lainnya',
]);
export const PBDT_DINDING = seq(1, [
  'Tembok', 'Plesteran anyaman bambu/kawat', 'Kayu', 'Anyaman bambu', 'Batang kayu', 'Bambu', 'Lainnya',
]);
export const PBDT_KONDISI = seq(1, ['Bagus/kualitas tinggi', 'Jelek/kualitas rendah']);
export const PBDT_ATAP = seq(1, [
  'Beton/genteng beton', 'Genteng keramik', 'Genteng metal', 'Genteng tanah liat', 'Asbes', 'Seng', 'Sirap', 'Bambu',
  'Jerami/ijuk/daun-daunan/rumbia', 'Lainnya',
]);
export const PBDT_AIR_MINUM = seq(1, [
  'Air kemasan bermerk', 'Air isi ulang', 'Leding meteran', 'Leding eceran', 'Sumur bor/pompa', 'Sumur terlindung',
  'Sumur tak terlindung', 'Mata air terlindung', 'Mata air tak terlindung', 'Air sungai/danau/waduk', 'Air hujan', 'Lainnya',
]);
export const PBDT_CARA_PEROLEH_AIR = seq(1, ['Membeli eceran', 'Langganan', 'Tidak membeli']);
export const PBDT_PELANGGAN_AIR = seq(1, ['PAM', 'PDAM', 'BDAM', 'Lainnya']);
export const PBDT_PENERANGAN = seq(1, ['Listrik PLN', 'Listrik non-PLN', 'Bukan listrik']);
export const PBDT_DAYA = seq(1, ['450 W', '900 W', '1.300 W', '2.200 W', '>2.200 W', 'Tanpa meteran']);
export const PBDT_BAHAN_BAKAR = seq(1, [
  'Listrik', 'Gas >3 kg', 'Gas 3 kg', 'Gas kota/biogas', 'Minyak tanah', 'Briket', 'Arang', 'Kayu bakar', 'Tidak memasak di rumah',
]);
export const PBDT_PELANGGAN_GAS = seq(1, ['PGN', 'Gas kota', 'Lainnya']);
export const PBDT_FASBAB = seq(1, ['Sendiri', 'Bersama', 'Umum', 'Tidak ada']);
export const PBDT_KLOSET = seq(1, ['Leher angsa', 'Plengsengan', 'Cemplung/cubluk', 'Tidak pakai']);
export const PBDT_BUANG_TINJA = seq(1, [
  'Tangki', 'SPAL', 'Lubang tanah', 'Kolam/sawah/sungai/danau/laut', 'Pantai/tanah lapang/kebun', 'Lainnya',
]);

// §3.5 — verivali results (household level)
export const PBDT_STATUS_RUMAH_TANGGA = seq(1, ['Ditemukan', 'Tidak ditemukan', 'Ganda', 'Usulan baru']);
export const PBDT_ALASAN_TIDAK_DITEMUKAN = seq(1, [
  'Pindah', 'Meninggal', 'Tidak tahu', 'Alamat tidak ada di desa/kelurahan setempat',
]);
export const PBDT_HASIL_VERIVALI = seq(1, [
  'Selesai dicacah', 'Rumah tangga tidak ditemukan', 'Rumah tangga pindah', 'Bagian dari rumah tangga', 'Responden menolak', 'Data ganda',
]);
