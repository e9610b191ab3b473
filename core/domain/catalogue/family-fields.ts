import { BOTH, entityField, PBDT, RS, rq, seq } from './build';
import { RS_HASIL_PENDATAAN, RS_KODE_KK } from './codes-regsosek';
import type { CatalogueField } from './types';

/**
 * The family (KK): identification, location, Regsosek Blok I–II and the BPS ranking (reference §2, §3.1, §4.1, §4.3, §7).
 * The KK is the first-class unit in both generations; DTKS ruta-only data lives in household-fields.ts.
 */
const family = entityField('family');

const DESIL = seq(1, Array.from({ length: 10 }, (_, i) => `Desil ${i + 1}`));

export const FAMILY_FIELDS: readonly CatalogueField[] = [
  // Identification
  family({
    key: 'noKk', column: 'no_kk', label: 'Nomor KK', labelEn: 'Family card number', type: 'id', versions: BOTH, maxLength: 24,
    question: 'NoKK / R114', aliases: ['NoKK', 'No KK', 'Nomor KK', 'Nomor Kartu Keluarga', ...rq('114', 'Nomor KK')],
  }),
  family({
    key: 'idDtks', column: 'id_dtks', label: 'ID DTKS (IDBDT)', labelEn: 'DTKS household ID (IDBDT)', type: 'id', versions: BOTH,
    maxLength: 25, aliases: ['IDBDT', 'ID DTKS', 'ID BDT'], hint: 'ID rumah tangga DTKS lama; tetap dipakai sebagai tautan riwayat.',
  }),
  family({
    key: 'idKeluarga', column: 'id_keluarga', label: 'ID keluarga SIKS-NG', labelEn: 'SIKS-NG family record ID', type: 'text',
    versions: BOTH, maxLength: 40, readOnly: true, aliases: [],
  }),
  family({
    key: 'nomorUrutKeluarga', column: 'nuk', label: 'Nomor urut keluarga (NUK)', labelEn: 'Family sequence number', type: 'integer',
    versions: BOTH, min: 1, question: 'NUK / R110', aliases: ['NUK', ...rq('110', 'Nomor urut keluarga')],
  }),
  family({
    key: 'nomorUrutBangunan', column: 'nomor_urut_bangunan', label: 'Nomor urut bangunan', labelEn: 'Building sequence number',
    type: 'integer', versions: RS, min: 1, question: 'R109', aliases: rq('109', 'Nomor urut bangunan'),
  }),

  // Location. File codes (KDKEC/KDDESA, 103/104) are usually BPS codes; the stored value is the Kemendagri code (reference §9.2).
  family({
    key: 'kodeProvinsi', locatesOnly: true, column: 'provinsi_code', label: 'Kode provinsi', labelEn: 'Province code', type: 'text', versions: BOTH,
    maxLength: 13, question: 'KDPROP / R101', aliases: ['KDPROP', 'kode_provinsi', 'b1_k1b', ...rq('101', 'Provinsi')],
  }),
  family({
    key: 'kodeKabupaten', locatesOnly: true, column: 'kabupaten_code', label: 'Kode kabupaten/kota', labelEn: 'Regency/city code', type: 'text',
    versions: BOTH, maxLength: 13, question: 'KDKAB / R102', aliases: ['KDKAB', 'kode_kabupaten', 'b1_k2b', ...rq('102', 'Kabupaten/kota')],
  }),
  family({
    key: 'kodeKecamatan', column: 'kecamatan_code', label: 'Kode kecamatan', labelEn: 'District code', type: 'text', versions: BOTH,
    maxLength: 13, question: 'KDKEC / R103', aliases: ['KDKEC', 'kode_kecamatan', 'b1_k4a', ...rq('103', 'Kecamatan')],
    hint: 'Disimpan sebagai kode Kemendagri; kode BPS dari berkas dikonversi lewat tabel wilayah.',
  }),
  family({
    key: 'kodeDesa', column: 'desa_code', label: 'Kode desa/kelurahan', labelEn: 'Village code', type: 'text', versions: BOTH,
    maxLength: 13, question: 'KDDESA / R104', aliases: ['KDDESA', 'kode_desa', 'b1_k3b', ...rq('104', 'Desa/kelurahan')],
    hint: 'Disimpan sebagai kode Kemendagri; kode BPS dari berkas dikonversi lewat tabel wilayah.',
  }),
  family({
    key: 'kodeWilayah', column: 'kode_wilayah', label: 'Kode wilayah gabungan', labelEn: 'Combined region code', type: 'text',
    versions: PBDT, maxLength: 23, readOnly: true, aliases: ['kodewilayah'],
  }),
  family({ key: 'namaProvinsi', locatesOnly: true, column: 'nama_provinsi', label: 'Nama provinsi', labelEn: 'Province name', type: 'text', versions: BOTH, maxLength: 100, aliases: ['Provinsi'] }),
  family({
    key: 'namaKabupaten', locatesOnly: true, column: 'nama_kabupaten', label: 'Nama kabupaten/kota', labelEn: 'Regency/city name', type: 'text',
    versions: BOTH, maxLength: 100, aliases: ['Kabupaten/Kota', 'Kabupaten'],
  }),
  family({ key: 'namaKecamatan', locatesOnly: true, column: 'nama_kecamatan', label: 'Nama kecamatan', labelEn: 'District name', type: 'text', versions: BOTH, maxLength: 100, aliases: ['Kecamatan'] }),
  family({
    key: 'namaDesa', locatesOnly: true, column: 'nama_desa', label: 'Nama desa/kelurahan', labelEn: 'Village name', type: 'text', versions: BOTH,
    maxLength: 100, aliases: ['Desa/Kelurahan', 'Desa', 'Kelurahan'],
  }),
  family({
    key: 'kodeSls', column: 'kode_sls', label: 'Kode SLS/non-SLS', labelEn: 'Local area unit (SLS) code', type: 'text', versions: BOTH,
    maxLength: 16, question: 'kode_sls / R105', aliases: rq('105', 'Kode SLS/non-SLS'),
  }),
  family({
    key: 'kodeSubSls', column: 'kode_sub_sls', label: 'Kode sub-SLS', labelEn: 'Sub-SLS code', type: 'text', versions: RS, maxLength: 16,
    question: 'R105a', aliases: rq('105a', 'Kode sub-SLS'),
  }),
  family({
    key: 'namaSls', column: 'nama_sls', label: 'Nama SLS', labelEn: 'Local area unit (SLS) name', type: 'text', versions: BOTH,
    maxLength: 128, question: 'Nama_SLS / R106', aliases: ['SLS', ...rq('106', 'Nama SLS')],
  }),
  family({
    key: 'alamat', column: 'address', label: 'Alamat', labelEn: 'Address', type: 'text', versions: BOTH, maxLength: 512,
    question: 'Alamat / R107', aliases: ['b1_k6', ...rq('107', 'Alamat')],
  }),
  family({ key: 'rt', column: 'rt', label: 'RT', labelEn: 'Neighbourhood unit (RT)', type: 'text', versions: BOTH, maxLength: 3, aliases: ['No RT', 'Nomor RT'] }),
  family({ key: 'rw', column: 'rw', label: 'RW', labelEn: 'Community unit (RW)', type: 'text', versions: BOTH, maxLength: 3, aliases: ['No RW', 'Nomor RW'] }),
  family({ key: 'dusun', column: 'dusun', label: 'Dusun', labelEn: 'Hamlet', type: 'text', versions: BOTH, maxLength: 100, aliases: ['nama_dusun'] }),
  family({
    key: 'landmarkWilkerstat', column: 'landmark_wilkerstat', label: 'Landmark wilkerstat', labelEn: 'Statistical area landmark',
    type: 'text', versions: RS, maxLength: 100, question: 'R113', aliases: rq('113', 'Landmark wilkerstat'),
  }),

  // Keluarga
  family({
    key: 'namaKepalaKeluarga', column: 'head_name', label: 'Nama kepala keluarga', labelEn: 'Head of family name', type: 'text',
    versions: BOTH, maxLength: 250, question: 'R108', aliases: ['Nama KK', ...rq('108', 'Nama kepala keluarga')],
  }),
  // The reference names 111 "status keluarga" but gives no codes for it; kept as a plain number.
  family({
    key: 'statusKeluarga', column: 'status_keluarga', label: 'Status keluarga', labelEn: 'Family status', type: 'integer',
    versions: RS, min: 0, question: 'R111', aliases: rq('111', 'Status keluarga'), hint: 'Daftar kode belum dikonfirmasi.',
  }),
  family({
    key: 'jumlahAnggotaKeluarga', column: 'jumlah_anggota', label: 'Jumlah anggota keluarga (tercatat)', labelEn: 'Number of family members (as recorded)',
    type: 'integer', versions: BOTH, min: 0, question: 'R112', aliases: ['jumlah_anggota', ...rq('112', 'Jumlah anggota keluarga')],
    hint: 'Angka dari berkas/kuesioner; aplikasi juga menghitung sendiri anggota yang tinggal bersama keluarga (member_count) untuk dicocokkan.',
  }),
  family({
    key: 'kodeKk', column: 'kode_kk', label: 'Kesesuaian kartu keluarga', labelEn: 'Family card status', type: 'code', versions: RS,
    codes: { REGSOSEK2022K: RS_KODE_KK }, question: 'R115', aliases: ['kd_kk', ...rq('115', 'Status kartu keluarga')],
  }),
  family({
    key: 'statusData', column: 'status', label: 'Status data', labelEn: 'Record status', type: 'text', versions: BOTH, maxLength: 20,
    readOnly: true, aliases: [], hint: 'aktif atau nonaktif; diatur oleh alur verivali aplikasi.',
  }),

  // Blok II — pendataan (Regsosek), shared with the DTKS verivali check date/checker
  family({ key: 'tanggalPendataan', column: 'tanggal_pendataan', label: 'Tanggal pendataan', labelEn: 'Enumeration date', type: 'date', versions: RS, question: 'R201', aliases: rq('201', 'Tanggal pendataan') }),
  family({ key: 'namaPencacah', column: 'nama_pencacah', label: 'Nama pencacah (PPL)', labelEn: 'Enumerator name', type: 'text', versions: RS, maxLength: 100, question: 'R202', aliases: rq('202', 'Nama pencacah') }),
  family({ key: 'kodePencacah', column: 'kode_pencacah', label: 'Kode pencacah', labelEn: 'Enumerator code', type: 'text', versions: RS, maxLength: 20, question: 'R202a', aliases: rq('202a', 'Kode pencacah') }),
  family({
    key: 'tanggalPemeriksaan', column: 'tanggal_pemeriksaan', label: 'Tanggal pemeriksaan', labelEn: 'Check date', type: 'date',
    versions: BOTH, question: 'tanggal_pemeriksaan / R203', aliases: rq('203', 'Tanggal pemeriksaan'),
  }),
  family({
    key: 'namaPemeriksa', column: 'nama_pemeriksa', label: 'Nama pemeriksa (PML)', labelEn: 'Supervisor name', type: 'text',
    versions: BOTH, maxLength: 100, question: 'nama_pemeriksa / R204', aliases: rq('204', 'Nama pemeriksa'),
  }),
  family({ key: 'kodePemeriksa', column: 'kode_pemeriksa', label: 'Kode pemeriksa', labelEn: 'Supervisor code', type: 'text', versions: RS, maxLength: 20, question: 'R204a', aliases: rq('204a', 'Kode pemeriksa') }),
  family({ key: 'namaResponden', column: 'nama_responden', label: 'Nama responden', labelEn: 'Respondent name', type: 'text', versions: RS, maxLength: 100, aliases: [] }),
  family({ key: 'noHpResponden', column: 'no_hp_responden', label: 'Nomor HP responden', labelEn: 'Respondent phone number', type: 'text', versions: RS, maxLength: 20, aliases: ['No HP responden'] }),
  family({
    key: 'hasilPendataan', column: 'hasil_pendataan', label: 'Hasil pendataan keluarga', labelEn: 'Enumeration result', type: 'code',
    versions: RS, codes: { REGSOSEK2022K: RS_HASIL_PENDATAAN }, question: 'R205', aliases: ['kd_hasil_pendataan_keluarga', ...rq('205', 'Hasil pendataan keluarga')],
  }),
  family({ key: 'catatan', column: 'catatan', label: 'Catatan', labelEn: 'Notes', type: 'text', versions: RS, maxLength: 2000, question: 'Blok VI', aliases: [] }),

  // Welfare ranking: imported from SIKS-NG/BPS, never computed or edited here (reference §4.3, §10).
  // 206/207 and PBDT status_kesejahteraan: the reference gives no codes.
  family({
    key: 'statusKesejahteraan', column: 'status_kesejahteraan', label: 'Status kesejahteraan', labelEn: 'Welfare status', type: 'integer',
    versions: BOTH, readOnly: true, question: 'status_kesejahteraan / R206', aliases: rq('206', 'Status kesejahteraan'),
  }),
  family({
    key: 'peringkatKesejahteraan', column: 'peringkat_kesejahteraan', label: 'Peringkat kesejahteraan keluarga', labelEn: 'Family welfare rank',
    type: 'integer', versions: RS, readOnly: true, question: 'R207',
    aliases: ['kd_peringkat_kesejahteraan_keluarga', ...rq('207', 'Peringkat kesejahteraan keluarga')],
  }),
  family({
    key: 'desil', column: 'desil', label: 'Desil', labelEn: 'Welfare decile', type: 'code', versions: BOTH, readOnly: true,
    codes: { PBDT2015: DESIL, REGSOSEK2022K: DESIL }, aliases: ['Desil Nasional', 'Peringkat desil', 'Pemeringkatan desil'],
    hint: 'Desil resmi dari BPS/SIKS-NG; tidak dihitung di aplikasi.',
  }),
  family({ key: 'desilEdisi', column: 'desil_edisi', label: 'Edisi desil', labelEn: 'Decile edition date', type: 'date', versions: BOTH, readOnly: true, aliases: ['Tanggal edisi desil'] }),
  family({ key: 'desilSumber', column: 'desil_sumber', label: 'Sumber desil', labelEn: 'Decile source', type: 'text', versions: BOTH, maxLength: 100, readOnly: true, aliases: [] }),
  family({
    key: 'persentil', column: 'percentile', label: 'Persentil kesejahteraan', labelEn: 'Welfare percentile', type: 'integer', versions: PBDT,
    min: 1, max: 100, readOnly: true, aliases: ['Percentile', 'Persentil'],
  }),
];
