import type { RuleDef, RuleGroup, Severity } from './types';

/** The verification catalogue (reference §2, §12). docs/aturan-verifikasi.md lists the same rules; keep both in sync. */
function rule(id: string, severity: Severity, group: RuleGroup, scope: RuleDef['scope'], title: string, explanation: string, hint: string): RuleDef {
  return { id, severity, group, scope, title, explanation, hint };
}

const E = 'error';
const W = 'warning';

export const RULES: readonly RuleDef[] = [
  // Identitas — NIK (reference §2.1)
  rule('nik-kosong', E, 'Identitas', 'member', 'NIK kosong atau isian sementara',
    'NIK tidak diisi, atau berisi angka berulang/berurutan yang biasa diketik ketika NIK sebenarnya tidak diketahui. Tanpa NIK yang benar anggota tidak bisa dipadankan dengan Dukcapil.',
    'Salin NIK dari KK atau KTP-el anggota; bila belum punya NIK, laporkan ke Dukcapil melalui desa.'),
  rule('nik-bukan-16-digit', E, 'Identitas', 'member', 'NIK bukan 16 digit angka',
    'NIK harus tepat 16 digit angka. Panjang lain atau huruf biasanya akibat salah ketik atau digit yang hilang di Excel.',
    'Periksa kembali NIK pada KK/KTP-el; pastikan kolom di Excel berformat teks agar digit tidak hilang.'),
  rule('nik-kode-wilayah-nol', E, 'Identitas', 'member', 'Kode wilayah NIK berisi 00',
    'Digit 3–4 (kabupaten) dan 5–6 (kecamatan) NIK tidak pernah 00; NIK seperti ini pasti salah.',
    'Periksa enam digit pertama NIK pada KK/KTP-el.'),
  rule('nik-wilayah-tidak-dikenal', W, 'Identitas', 'member', 'Kode wilayah NIK tidak dikenal',
    'Enam digit pertama NIK bukan kode kecamatan yang dikenal. Bisa salah ketik, tetapi juga kode lama dari sebelum pemekaran, karena NIK tidak berubah saat wilayah dimekarkan.',
    'Cocokkan dengan KK/KTP-el; bila NIK memang diterbitkan dengan kode lama, akui peringatan ini.'),
  rule('nik-tanggal-tidak-sah', E, 'Identitas', 'member', 'Tanggal lahir dalam NIK tidak sah',
    'Digit 7–12 NIK adalah tanggal lahir (DDMMYY, tanggal + 40 untuk perempuan) dan harus tanggal yang ada di kalender.',
    'Periksa digit 7–12 NIK pada KK/KTP-el; untuk perempuan tanggalnya 41–71.'),
  rule('nik-nomor-urut-0000', E, 'Identitas', 'member', 'Nomor urut NIK 0000',
    'Empat digit terakhir NIK adalah nomor urut yang dimulai dari 0001; 0000 tidak pernah diterbitkan.',
    'Periksa empat digit terakhir NIK pada KK/KTP-el.'),
  rule('nik-jenis-kelamin-beda', W, 'Identitas', 'member', 'Jenis kelamin tidak sesuai NIK',
    'Tanggal pada NIK 41–71 berarti perempuan, 01–31 berarti laki-laki. Isian jenis kelamin berbeda dengan yang tersirat di NIK.',
    'Perbaiki jenis kelamin atau NIK sesuai KK; bila data Dukcapil sendiri keliru, akui peringatan ini.'),
  rule('nik-tanggal-lahir-beda', W, 'Identitas', 'member', 'Tanggal lahir tidak sesuai NIK',
    'Tanggal lahir yang diisi berbeda dengan tanggal lahir pada digit 7–12 NIK (hari, bulan, dua digit tahun).',
    'Perbaiki tanggal lahir atau NIK sesuai KK; bila data Dukcapil sendiri keliru, akui peringatan ini.'),
  rule('tanggal-lahir-masa-depan', E, 'Identitas', 'member', 'Tanggal lahir di masa depan',
    'Tanggal lahir anggota jatuh setelah hari ini, sehingga pasti salah ketik.',
    'Perbaiki tanggal lahir sesuai KK atau akta kelahiran.'),
  // Identitas — Nomor KK (reference §2.2)
  rule('kk-tidak-sah', E, 'Identitas', 'family', 'Nomor KK tidak sah',
    'Nomor KK harus 16 digit angka, bukan isian sementara (angka berulang/berurutan), kode wilayah tanpa 00 dan nomor urut bukan 0000.',
    'Salin Nomor KK dari kartu keluarga; pastikan kolom di Excel berformat teks.'),
  rule('kk-wilayah-tidak-dikenal', W, 'Identitas', 'family', 'Kode wilayah Nomor KK tidak dikenal',
    'Enam digit pertama Nomor KK bukan kode kecamatan yang dikenal: salah ketik atau kode lama dari sebelum pemekaran.',
    'Cocokkan dengan kartu keluarga; bila memang kode lama, akui peringatan ini.'),
  rule('kk-tanggal-tidak-sah', E, 'Identitas', 'family', 'Tanggal pencatatan Nomor KK tidak sah',
    'Digit 7–12 Nomor KK adalah tanggal pencatatan (DDMMYY, tanpa + 40) yang harus ada di kalender dan tidak di masa depan.',
    'Periksa digit 7–12 Nomor KK pada kartu keluarga.'),
  // Keunikan — dijalankan oleh backend atas seluruh data
  rule('nik-ganda', E, 'Keunikan', 'cross', 'NIK ganda',
    'NIK yang sama dipakai lebih dari satu anggota yang masih ada dalam keluarga aktif. Satu NIK hanya milik satu orang.',
    'Bandingkan kedua anggota dengan KK; perbaiki NIK yang salah atau tandai anggota yang sebenarnya sudah tidak ada.'),
  rule('orang-di-dua-kk', E, 'Keunikan', 'cross', 'Satu orang di dua KK aktif',
    'NIK yang sama tercatat sebagai anggota yang ada di dua keluarga aktif yang berbeda; seseorang hanya boleh berada dalam satu KK.',
    'Tentukan KK yang berlaku sekarang (misalnya setelah pecah KK) dan ubah keberadaan anggota di KK lama menjadi pindah.'),
  rule('kemungkinan-ganda', W, 'Keunikan', 'cross', 'Kemungkinan orang yang sama dengan NIK berbeda',
    'Dua anggota dengan NIK berbeda memiliki nama, tanggal lahir dan jenis kelamin yang sangat mirip; bisa jadi orang yang sama dicatat dua kali.',
    'Bandingkan kedua data dengan KK; bila orang yang sama, perbaiki atau nonaktifkan salah satunya; bila berbeda, akui peringatan ini.'),
  // Struktur keluarga (reference §12 no. 4, 5, 17)
  rule('kepala-keluarga-tidak-ada', E, 'Struktur keluarga', 'family', 'Tidak ada kepala keluarga',
    'Keluarga aktif harus memiliki tepat satu kepala keluarga di antara anggota yang masih ada.',
    'Isi hubungan "Kepala keluarga" untuk anggota yang sesuai KK; bila kepala keluarga meninggal atau pindah, tetapkan kepala keluarga baru.'),
  rule('kepala-keluarga-ganda', E, 'Struktur keluarga', 'family', 'Kepala keluarga lebih dari satu',
    'Lebih dari satu anggota yang masih ada tercatat sebagai kepala keluarga dalam satu KK.',
    'Ubah hubungan anggota yang bukan kepala keluarga sesuai KK.'),
  rule('pasangan-lebih-dari-satu', W, 'Struktur keluarga', 'family', 'Istri/suami lebih dari satu',
    'Lebih dari satu anggota yang masih ada tercatat sebagai istri/suami kepala keluarga. Bisa benar (poligami), tetapi sering salah isi hubungan.',
    'Periksa hubungan keluarga sesuai KK; bila memang benar, akui peringatan ini.'),
  rule('anak-lebih-tua-dari-kepala', W, 'Struktur keluarga', 'family', 'Anak lebih tua dari kepala keluarga',
    'Anggota dengan hubungan "Anak" lahir lebih dulu daripada kepala keluarga; biasanya hubungan atau tanggal lahir tertukar.',
    'Periksa tanggal lahir dan hubungan keluarga keduanya sesuai KK.'),
  rule('kepala-keluarga-di-bawah-15', W, 'Struktur keluarga', 'family', 'Kepala keluarga berumur di bawah 15 tahun',
    'Kepala keluarga berumur kurang dari 15 tahun; biasanya tanggal lahir atau hubungan keluarga salah isi.',
    'Periksa tanggal lahir dan hubungan keluarga sesuai KK; bila memang benar, akui peringatan ini.'),
  rule('jumlah-anggota-tidak-sesuai', W, 'Struktur keluarga', 'family', 'Jumlah anggota tercatat tidak sesuai',
    'Jumlah anggota keluarga yang tercatat di berkas berbeda dengan jumlah anggota yang masih ada.',
    'Perbarui jumlah anggota, atau periksa keberadaan anggota yang meninggal, pindah atau baru.'),
  // Status (reference §12 no. 14)
  rule('anggota-tidak-ada-masih-penerima', W, 'Status', 'member', 'Anggota tidak ada tetapi masih penerima program',
    'Anggota yang meninggal, pindah atau tidak ditemukan masih tercatat sebagai peserta program (PKH, PBI, Rastra/Sembako, KKS, KIP).',
    'Usulkan penghapusan kepesertaan program anggota tersebut, atau perbaiki keberadaannya bila ternyata masih tinggal.'),
  rule('keluarga-aktif-tanpa-anggota', E, 'Status', 'family', 'Keluarga aktif tanpa anggota',
    'Keluarga berstatus aktif tetapi tidak ada satu pun anggota yang masih ada (semua meninggal, pindah atau tidak ditemukan).',
    'Nonaktifkan keluarga ini, atau perbaiki keberadaan anggota yang ternyata masih tinggal.'),
  // Logika kuesioner (reference §3.3, §4.2, §12 no. 7–13)
  rule('hamil-tidak-sesuai', E, 'Logika kuesioner', 'member', 'Status hamil tidak sesuai',
    'Pertanyaan hamil hanya untuk perempuan berumur 10–49 tahun yang pernah kawin.',
    'Periksa jenis kelamin, tanggal lahir dan status perkawinan; kosongkan status hamil bila tidak berlaku.'),
  rule('akta-nikah-tidak-sesuai', W, 'Logika kuesioner', 'member', 'Akta nikah tidak sesuai status perkawinan',
    'Kepemilikan akta nikah/cerai hanya ditanyakan untuk anggota berstatus kawin atau cerai hidup.',
    'Periksa status perkawinan; kosongkan isian akta nikah bila tidak berlaku.'),
  rule('tidak-sekolah-ada-jenjang', W, 'Logika kuesioner', 'member', 'Tidak pernah sekolah tetapi ada jenjang pendidikan',
    'Anggota yang tidak/belum pernah sekolah tidak memiliki jenjang, kelas, maupun ijazah.',
    'Perbaiki partisipasi sekolah, atau kosongkan jenjang, kelas dan ijazah.'),
  rule('tidak-bekerja-ada-pekerjaan', W, 'Logika kuesioner', 'member', 'Tidak bekerja tetapi ada keterangan pekerjaan',
    'Anggota yang tidak bekerja seminggu terakhir tidak memiliki lapangan usaha, status pekerjaan, maupun jam kerja.',
    'Perbaiki isian bekerja, atau kosongkan lapangan usaha, status pekerjaan dan jam kerja.'),
  rule('jam-kerja-di-luar-batas', W, 'Logika kuesioner', 'member', 'Jam kerja di luar 0–98',
    'Jumlah jam kerja seminggu pada formulir dibatasi 0–98 jam.',
    'Perbaiki jumlah jam kerja seminggu.'),
  rule('tanpa-jamban-ada-kloset', W, 'Logika kuesioner', 'family', 'Tidak ada fasilitas BAB tetapi ada jenis kloset',
    'Keluarga tanpa fasilitas buang air besar tidak memiliki jenis kloset maupun tempat pembuangan akhir tinja.',
    'Perbaiki fasilitas BAB, atau kosongkan jenis kloset dan pembuangan tinja.'),
  rule('tanpa-listrik-ada-daya', W, 'Logika kuesioner', 'family', 'Bukan listrik tetapi ada daya terpasang',
    'Keluarga yang sumber penerangannya bukan listrik tidak memiliki daya listrik terpasang.',
    'Perbaiki sumber penerangan, atau kosongkan daya listrik.'),
  rule('luas-lantai-tidak-wajar', W, 'Logika kuesioner', 'family', 'Luas lantai tidak lebih dari 0',
    'Luas lantai bangunan tempat tinggal harus lebih dari 0 m².',
    'Isi luas lantai dalam meter persegi.'),
  rule('jumlah-negatif', W, 'Logika kuesioner', 'family', 'Jumlah kamar atau ternak negatif',
    'Jumlah kamar tidur dan jumlah ternak tidak mungkin kurang dari 0.',
    'Perbaiki jumlahnya; isi 0 bila tidak punya.'),
  rule('kode-tidak-dikenal', E, 'Logika kuesioner', 'member', 'Kode di luar daftar kuesioner',
    'Isian berkode (anggota maupun keluarga) harus ada dalam daftar kode versi kuesioner data itu (PBDT 2015 atau Regsosek 2022-K); daftar kedua versi berbeda.',
    'Pilih kode dari daftar versi kuesioner yang benar, atau periksa apakah versi kuesioner data sudah tepat.'),
  // Wilayah
  rule('desa-tidak-sah', E, 'Wilayah', 'family', 'Desa tidak dikenal atau di luar kabupaten',
    'Kode desa/kelurahan keluarga harus ada dalam referensi wilayah dan berada di kabupaten ruang kerja ini.',
    'Pilih desa/kelurahan yang benar dari daftar wilayah.'),
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): RuleDef | undefined {
  return BY_ID.get(id);
}
