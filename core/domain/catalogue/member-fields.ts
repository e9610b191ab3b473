import { JENIS_KELAMIN } from '../codes';
import { BOTH, entityField, PBDT, range, RS, rq } from './build';
import * as P from './codes-pbdt';
import * as R from './codes-regsosek';
import type { CatalogueField } from './types';

/** Anggota keluarga: identity and demography (PBDT ART columns §3.2/§3.3, Regsosek Blok IV 401–411 §4.2, PMKS headers §7). */
const member = entityField('member');

export const MEMBER_FIELDS: readonly CatalogueField[] = [
  // Legacy DTKS numbering
  member({
    key: 'idArtBdt', column: 'id_art_bdt', label: 'ID ART DTKS (IDARTBDT)', labelEn: 'DTKS member ID (IDARTBDT)', type: 'id', versions: BOTH,
    maxLength: 25, aliases: ['IDARTBDT', 'ID ART DTKS'],
  }),
  member({ key: 'noPesertaPbdtArt', column: 'no_peserta_pbdt_art', label: 'Nomor peserta PBDT ART', labelEn: 'PBDT member participant number', type: 'text', versions: PBDT, maxLength: 30, aliases: ['NoPesertaPBDTART'] }),
  member({ key: 'noArtPbdtKemsos', column: 'no_art_pbdt_kemsos', label: 'Nomor ART PBDT Kemensos', labelEn: 'Kemensos PBDT member number', type: 'text', versions: PBDT, maxLength: 30, aliases: ['NoArtPBDTKemsos'] }),
  member({ key: 'noArtPbdt', column: 'no_art_pbdt', label: 'Nomor ART PBDT', labelEn: 'PBDT member number', type: 'text', versions: PBDT, maxLength: 30, aliases: ['NoArtPBDT'] }),
  member({ key: 'ridIndividu', column: 'rid_individu', label: 'RID individu SIKS-NG', labelEn: 'SIKS-NG person record ID', type: 'text', versions: PBDT, maxLength: 40, readOnly: true, aliases: ['RID_Individu'] }),
  member({
    key: 'nomorUrutAnggota', column: 'nomor_urut_anggota', label: 'Nomor urut anggota keluarga', labelEn: 'Member sequence number', type: 'integer',
    versions: RS, min: 1, max: 99, question: 'R401', aliases: rq('401', 'Nomor urut anggota keluarga'),
  }),

  // Identity
  member({
    key: 'nama', column: 'name', label: 'Nama', labelEn: 'Name', type: 'text', versions: BOTH, maxLength: 250, question: 'Nama / R402',
    aliases: ['Nama Lengkap', ...rq('402', 'Nama')],
  }),
  member({
    key: 'nik', column: 'nik', label: 'NIK', labelEn: 'National ID number (NIK)', type: 'id', versions: BOTH, maxLength: 24, question: 'NIK / R403',
    aliases: ['Nomor NIK', 'No NIK', 'Nomor Induk Kependudukan', ...rq('403', 'NIK')],
  }),
  member({
    key: 'keberadaan', column: 'presence', label: 'Keberadaan anggota', labelEn: 'Member presence', type: 'code', versions: BOTH,
    codes: { PBDT2015: P.PBDT_KEBERADAAN_ART, REGSOSEK2022K: R.RS_KEBERADAAN }, question: 'b4_k9 / R404',
    aliases: ['Sta_keberadaan_art', 'b4_k9', ...rq('404', 'Keberadaan anggota keluarga')],
  }),
  member({
    key: 'jenisKelamin', column: 'sex', label: 'Jenis kelamin', labelEn: 'Sex', type: 'code', versions: BOTH,
    codes: { PBDT2015: JENIS_KELAMIN, REGSOSEK2022K: JENIS_KELAMIN }, question: 'JnsKel / R405', aliases: ['JnsKel', ...rq('405', 'Jenis kelamin')],
  }),
  // Not a Regsosek question, but on every KK and in the PMKS export, so every record may carry it.
  member({ key: 'tempatLahir', column: 'birth_place', label: 'Tempat lahir', labelEn: 'Place of birth', type: 'text', versions: BOTH, maxLength: 100, aliases: ['TmpLahir'] }),
  member({
    key: 'tanggalLahir', column: 'birth_date', label: 'Tanggal lahir', labelEn: 'Date of birth', type: 'date', versions: BOTH,
    question: 'TglLahir / R406', aliases: ['TglLahir', 'tanggallahir', ...rq('406', 'Tanggal lahir')],
  }),
  member({ key: 'umur', column: 'umur', label: 'Umur', labelEn: 'Age', type: 'integer', versions: BOTH, min: 0, max: 130, question: 'Umur / R407', aliases: rq('407', 'Umur') }),
  member({
    key: 'statusKawin', column: 'sta_kawin', label: 'Status perkawinan', labelEn: 'Marital status', type: 'code', versions: BOTH,
    codes: { PBDT2015: P.PBDT_STATUS_KAWIN },
    // 408 is given only as "1–4". numbering not confirmed (reference §14)
    unlabelledCodes: { REGSOSEK2022K: range(1, 4) },
    question: 'Sta_kawin / R408', aliases: ['Sta_kawin', ...rq('408', 'Status perkawinan')],
  }),
  member({
    key: 'aktaNikah', column: 'ada_akta_nikah', label: 'Kepemilikan akta nikah/cerai', labelEn: 'Marriage certificate', type: 'code',
    versions: PBDT, codes: { PBDT2015: P.PBDT_AKTA_NIKAH }, aliases: ['Ada_akta_nikah'], hint: 'Hanya untuk status kawin atau cerai hidup.',
  }),
  member({
    key: 'hubunganKeluarga', column: 'relationship', label: 'Hubungan dengan kepala keluarga', labelEn: 'Relationship to head of family',
    type: 'code', versions: BOTH, codes: { PBDT2015: P.PBDT_HUBKEL, REGSOSEK2022K: R.RS_HUBUNGAN_KELUARGA }, question: 'Hubkel / R409',
    aliases: ['Hubkel', 'Hubungan Keluarga', ...rq('409', 'Hubungan dengan kepala keluarga')],
  }),
  member({
    key: 'hubunganRumahTangga', column: 'hubungan_rumah_tangga', label: 'Hubungan dengan kepala rumah tangga',
    labelEn: 'Relationship to head of household', type: 'code', versions: PBDT, codes: { PBDT2015: P.PBDT_HUB_KRT }, question: 'Hub_KRT',
    aliases: ['Hub_KRT'],
  }),
  member({
    key: 'adaDiKk', column: 'ada_di_kk', label: 'Tercantum dalam KK rumah tangga ini', labelEn: 'Listed in a KK of this household', type: 'yesno',
    versions: PBDT, yesNoCoding: { PBDT2015: '1/2' }, aliases: ['Ada_diKK'],
  }),
  member({
    key: 'hamil', column: 'sta_hamil', label: 'Sedang hamil', labelEn: 'Pregnant', type: 'yesno', versions: BOTH,
    yesNoCoding: { PBDT2015: '1/2', REGSOSEK2022K: '1/2' }, question: 'Sta_hamil / R410', aliases: ['Sta_hamil', ...rq('410', 'Sedang hamil')],
    hint: 'Hanya untuk perempuan 10–49 tahun yang pernah kawin.',
  }),
  member({
    key: 'kartuIdentitas', column: 'kartu_identitas', label: 'Kepemilikan kartu identitas', labelEn: 'Identity documents held', type: 'bitmask',
    versions: BOTH, codes: { PBDT2015: P.PBDT_KARTU_IDENTITAS, REGSOSEK2022K: R.RS_KARTU_IDENTITAS }, question: 'Ada_kartu_identitas / R411',
    aliases: ['Ada_kartu_identitas', ...rq('411', 'Kepemilikan kartu identitas')], hint: 'Jumlah kode kartu yang dimiliki; 0 = tidak punya.',
  }),
  // Not a Regsosek question, but needed for KKS/bank accounts and in the PMKS export.
  member({
    key: 'namaIbuKandung', column: 'nama_ibu_kandung', label: 'Nama ibu kandung', labelEn: "Mother's maiden name", type: 'text', versions: BOTH,
    maxLength: 250, aliases: ['namagadis_ibukandung', 'nama_ibu'],
  }),
  member({
    key: 'anakDiluarRuta', column: 'anak_diluar_rt', label: 'Anak di luar rumah tangga', labelEn: 'Child living outside the household',
    type: 'integer', versions: PBDT, min: 0, aliases: ['Anak_diluar_rt'], hint: 'Pengodean belum dikonfirmasi.',
  }),
];
