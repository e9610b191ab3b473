import { JENIS_KELAMIN } from '../codes';
import { entityField, PBDT } from './build';
import * as P from './codes-pbdt';
import type { CatalogueField } from './types';

/**
 * The DTKS rumah tangga (ruta): fields that exist only at ruta level in PBDT/DTKS files (reference §3.1, §3.5).
 * Housing, assets and program cards are asked per keluarga in DTSEN and live on the family (housing-fields.ts).
 * The ruta is identified by the IDBDT its families carry (family field idDtks).
 */
const household = entityField('household');

function text(key: string, column: string, label: string, labelEn: string, aliases: readonly string[], extra: Partial<CatalogueField> = {}): CatalogueField {
  return household({ key, column, label, labelEn, type: 'text', versions: PBDT, maxLength: 100, aliases, ...extra });
}

/** Ruta-level SIKS-NG flags (AdaPKH…): the reference gives no coding, so the number is kept as it is. */
function flag(key: string, column: string, label: string, labelEn: string, aliases: readonly string[]): CatalogueField {
  return household({ key, column, label, labelEn, type: 'integer', versions: PBDT, min: 0, aliases, hint: 'Pengodean belum dikonfirmasi.' });
}

export const HOUSEHOLD_FIELDS: readonly CatalogueField[] = [
  // Legacy PBDT 2015 / SIKS-NG numbering
  text('ruta6', 'ruta6', 'Nomor RUTA6', 'RUTA6 number', ['RUTA6'], { maxLength: 30 }),
  text('noPesertaPbdt', 'no_peserta_pbdt', 'Nomor peserta PBDT', 'PBDT participant number', ['NoPesertaPBDT'], { maxLength: 30 }),
  text('noPbdtKemsos', 'no_pbdt_kemsos', 'Nomor PBDT Kemensos', 'Kemensos PBDT number', ['NoPBDTKemsos'], { maxLength: 30 }),
  text('idPrelist', 'id_prelist', 'ID prelist verivali', 'Verivali prelist ID', [], { maxLength: 30, readOnly: true }),
  text('ridRumahTangga', 'rid_rumah_tangga', 'RID rumah tangga SIKS-NG', 'SIKS-NG household record ID', ['RID_RumahTangga'], { maxLength: 40, readOnly: true }),
  text('idHh', 'id_hh', 'ID rumah tangga SIKS-NG (id_hh)', 'SIKS-NG household ID', [], { maxLength: 40, readOnly: true }),
  household({
    key: 'nomorUrutRuta', column: 'nomor_urut_rt', label: 'Nomor urut rumah tangga', labelEn: 'Household sequence number', type: 'integer',
    versions: PBDT, min: 1, aliases: ['nourut_rt', 'nomor_urut_rt'],
  }),

  // Kepala rumah tangga and size
  text('namaKrt', 'nama_krt', 'Nama kepala rumah tangga', 'Head of household name', ['Nama_KRT', 'b1_k8'], { maxLength: 100, question: 'b1_k8' }),
  // `nomor_nik` (verivali) is not an alias: it would collide with the PMKS header "Nomor NIK" of the member NIK.
  household({ key: 'nikKrt', column: 'nik_krt', label: 'NIK kepala rumah tangga', labelEn: 'Head of household NIK', type: 'id', versions: PBDT, maxLength: 16, aliases: [] }),
  household({
    key: 'jenisKelaminKrt', column: 'jenis_kelamin_krt', label: 'Jenis kelamin kepala rumah tangga', labelEn: 'Head of household sex',
    type: 'code', versions: PBDT, codes: { PBDT2015: JENIS_KELAMIN }, aliases: [],
  }),
  text('namaPasanganKrt', 'nama_pasangan_krt', 'Nama pasangan kepala rumah tangga', 'Spouse of head of household', []),
  household({
    key: 'jumlahArt', column: 'jumlah_art', label: 'Jumlah anggota rumah tangga', labelEn: 'Number of household members', type: 'integer',
    versions: PBDT, min: 0, max: 99, question: 'b1_k9', aliases: ['b1_k9'],
  }),
  household({
    key: 'jumlahKeluargaRuta', column: 'jumlah_keluarga', label: 'Jumlah keluarga dalam rumah tangga', labelEn: 'Number of families in household',
    type: 'integer', versions: PBDT, min: 0, max: 99, question: 'b1_k10', aliases: ['Jumlah_Keluarga', 'b1_k10'],
  }),
  household({ key: 'lintang', column: 'lat', label: 'Lintang', labelEn: 'Latitude', type: 'decimal', versions: PBDT, min: -90, max: 90, aliases: ['lat', 'latitude'] }),
  household({ key: 'bujur', column: 'long', label: 'Bujur', labelEn: 'Longitude', type: 'decimal', versions: PBDT, min: -180, max: 180, aliases: ['long', 'longitude'] }),

  // SIKS-NG programme flags and numbers at ruta level (§3.1). AdaPKH, AdaPBI and AdaDapodik get no alias:
  // their normalised spellings equal the member columns Ada_pkh, Ada_pbi, ada_dapodik.
  flag('adaPkhRuta', 'ada_pkh_ruta', 'Ruta peserta PKH (AdaPKH)', 'Household in PKH (AdaPKH)', []),
  flag('adaPbdt', 'ada_pbdt', 'Ruta ada di PBDT (AdaPBDT)', 'Household in PBDT (AdaPBDT)', ['AdaPBDT']),
  flag('adaKks2016', 'ada_kks_2016', 'Ruta penerima KKS 2016', 'Household with KKS 2016', ['AdaKKS2016']),
  flag('adaKks2017', 'ada_kks_2017', 'Ruta penerima KKS 2017', 'Household with KKS 2017', ['AdaKKS2017']),
  flag('adaPbiRuta', 'ada_pbi_ruta', 'Ruta peserta PBI (AdaPBI)', 'Household in PBI (AdaPBI)', []),
  flag('adaDapodikRuta', 'ada_dapodik_ruta', 'Ruta ada di Dapodik (AdaDapodik)', 'Household in Dapodik (AdaDapodik)', []),
  flag('adaBpnt', 'ada_bpnt', 'Ruta penerima BPNT', 'Household receives BPNT', ['AdaBPNT']),
  text('noPesertaPkh', 'no_peserta_pkh', 'Nomor peserta PKH', 'PKH participant number', ['NoPesertaPKH'], { maxLength: 30 }),
  text('noPesertaKks2016', 'no_peserta_kks_2016', 'Nomor peserta KKS 2016', 'KKS 2016 participant number', ['NoPesertaKKS2016'], { maxLength: 30 }),
  household({
    key: 'noPesertaPbi', column: 'no_peserta_pbi', label: 'Nomor peserta PBI', labelEn: 'PBI participant number', type: 'id', versions: PBDT,
    maxLength: 13, aliases: ['NoPesertaPBI', 'NoPesertaPBI_org'],
  }),
  text('pesertaKip', 'peserta_kip', 'Nomor peserta KIP', 'KIP participant number', ['PesertaKIP'], { maxLength: 30 }),
  household({ key: 'noKartuDebit', column: 'no_kartu_debit', label: 'Nomor kartu debit KKS', labelEn: 'KKS debit card number', type: 'id', versions: PBDT, maxLength: 16, aliases: ['NoKartuDebit'] }),
  text('noKks', 'no_kks', 'Nomor KKS', 'KKS number', [], { maxLength: 30 }),
  text('noRekening', 'no_rekening', 'Nomor rekening bantuan', 'Aid bank account number', ['NOREKENING'], { maxLength: 30 }),

  // Status and verivali result (§3.1, §3.5)
  // sta_keberadaan_RT: the reference gives no codes.
  flag('keberadaanRuta', 'sta_keberadaan_rt', 'Keberadaan rumah tangga', 'Household presence', ['Sta_keberadaan_RT']),
  household({
    key: 'statusRumahTangga', column: 'status_rumahtangga', label: 'Status rumah tangga (verivali)', labelEn: 'Household verivali status',
    type: 'code', versions: PBDT, codes: { PBDT2015: P.PBDT_STATUS_RUMAH_TANGGA }, aliases: [],
  }),
  household({
    key: 'idbdtGanda', column: 'data_idbdt_double_dengan', label: 'IDBDT ganda dengan', labelEn: 'Duplicate of IDBDT', type: 'id',
    versions: PBDT, maxLength: 25, aliases: ['data_idbdt_double_dengan'],
  }),
  household({
    key: 'alasanTidakDitemukan', column: 'alasan_tidak_ditemukan', label: 'Alasan tidak ditemukan', labelEn: 'Reason not found', type: 'code',
    versions: PBDT, codes: { PBDT2015: P.PBDT_ALASAN_TIDAK_DITEMUKAN }, aliases: [],
  }),
  household({
    key: 'apakahMampu', column: 'apakah_mampu', label: 'Rumah tangga mampu', labelEn: 'Household is well-off', type: 'yesno', versions: PBDT,
    yesNoCoding: { PBDT2015: '1/2' }, aliases: [],
  }),
  household({
    key: 'adaArtBekerja', column: 'ada_art_bekerja', label: 'Ada anggota rumah tangga yang bekerja', labelEn: 'A member works', type: 'yesno',
    versions: PBDT, yesNoCoding: { PBDT2015: '1/2' }, aliases: [],
  }),
  household({
    key: 'hasilVerivali', column: 'hasil_verivali', label: 'Hasil verivali', labelEn: 'Verivali result', type: 'code', versions: PBDT,
    codes: { PBDT2015: P.PBDT_HASIL_VERIVALI }, aliases: [],
  }),
  household({ key: 'tanggalVerivali', column: 'tanggal_verivali', label: 'Tanggal verivali', labelEn: 'Verivali date', type: 'date', versions: PBDT, aliases: [] }),
  text('petugasVerivali', 'petugas_verivali', 'Petugas verivali', 'Verivali officer', []),

  // Pengurus: the person who collects the aid for the household (§3.1, §5)
  text('idPengurus', 'id_pengurus', 'ID pengurus', 'Caretaker ID', [], { maxLength: 30 }),
  text('namaPengurus', 'nama_pengurus', 'Nama pengurus', 'Caretaker name', []),
  household({ key: 'nikPengurus', column: 'nik_pengurus', label: 'NIK pengurus', labelEn: 'Caretaker NIK', type: 'id', versions: PBDT, maxLength: 16, aliases: [] }),
  text('alamatPengurus', 'alamat_pengurus', 'Alamat pengurus', 'Caretaker address', [], { maxLength: 512 }),
  text('namaIbuKandungPengurus', 'nama_ibu_kandung_pengurus', 'Nama ibu kandung pengurus', "Caretaker's mother's maiden name", ['Nama_Gadis_Ibu_Kandung_Pengurus']),
  household({
    key: 'jenisKelaminPengurus', column: 'jenis_kelamin_pengurus', label: 'Jenis kelamin pengurus', labelEn: 'Caretaker sex', type: 'code',
    versions: PBDT, codes: { PBDT2015: JENIS_KELAMIN }, aliases: ['JnsKel_Pengurus'],
  }),
  household({ key: 'tanggalLahirPengurus', column: 'tanggal_lahir_pengurus', label: 'Tanggal lahir pengurus', labelEn: 'Caretaker birth date', type: 'date', versions: PBDT, aliases: ['TglLahir_Pengurus'] }),
  // HubKel_Pengurus: which relationship list it uses is not stated, so the number is kept as it is.
  household({
    key: 'hubunganPengurus', column: 'hubungan_pengurus', label: 'Hubungan pengurus dengan kepala keluarga', labelEn: 'Caretaker relationship',
    type: 'integer', versions: PBDT, min: 1, aliases: ['HubKel_Pengurus'], hint: 'Daftar kode belum dikonfirmasi.',
  }),
];
