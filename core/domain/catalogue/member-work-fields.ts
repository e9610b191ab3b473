import { BOTH, entityField, PBDT, range, RS, rq } from './build';
import * as P from './codes-pbdt';
import * as R from './codes-regsosek';
import type { CatalogueField } from './types';

/** Anggota: education, work and own business (PBDT ART §3.2/§3.3 incl. the usaha sub-form, Regsosek 412–426 §4.2). */
const member = entityField('member');

export const MEMBER_WORK_FIELDS: readonly CatalogueField[] = [
  // Education
  member({
    key: 'partisipasiSekolah', column: 'partisipasi_sekolah', label: 'Partisipasi sekolah', labelEn: 'School participation', type: 'code',
    versions: BOTH, codes: { PBDT2015: P.PBDT_PARTISIPASI_SEKOLAH, REGSOSEK2022K: R.RS_PARTISIPASI_SEKOLAH },
    question: 'Partisipasi_sekolah / R412', aliases: rq('412', 'Partisipasi sekolah'),
  }),
  member({
    key: 'pendidikanTertinggi', column: 'pendidikan_tertinggi', label: 'Jenjang pendidikan tertinggi', labelEn: 'Highest education level',
    type: 'code', versions: BOTH, codes: { PBDT2015: P.PBDT_PENDIDIKAN, REGSOSEK2022K: R.RS_JENJANG },
    unlabelledCodes: { REGSOSEK2022K: R.RS_UNLABELLED_JENJANG }, question: 'Pendidikan_tertinggi / R413',
    aliases: rq('413', 'Jenjang pendidikan tertinggi'),
  }),
  member({
    key: 'kelasTertinggi', column: 'kelas_tertinggi', label: 'Kelas tertinggi', labelEn: 'Highest grade', type: 'code', versions: BOTH,
    codes: { PBDT2015: P.PBDT_KELAS },
    // 414 is given only as "1–8". numbering not confirmed (reference §14)
    unlabelledCodes: { REGSOSEK2022K: range(1, 8) }, question: 'Kelas_tertinggi / R414', aliases: rq('414', 'Kelas tertinggi'),
  }),
  member({
    key: 'ijazahTertinggi', column: 'ijazah_tertinggi', label: 'Ijazah tertinggi', labelEn: 'Highest certificate', type: 'code', versions: BOTH,
    codes: { PBDT2015: P.PBDT_IJAZAH, REGSOSEK2022K: R.RS_IJAZAH }, unlabelledCodes: { REGSOSEK2022K: R.RS_UNLABELLED_JENJANG },
    question: 'Ijazah_tertinggi / R415', aliases: rq('415', 'Ijazah tertinggi'),
  }),

  // Work
  member({
    key: 'bekerja', column: 'sta_bekerja', label: 'Bekerja seminggu terakhir', labelEn: 'Worked last week', type: 'yesno', versions: BOTH,
    yesNoCoding: { PBDT2015: '1/2', REGSOSEK2022K: '1/2' }, question: 'Sta_Bekerja / R416a', aliases: ['Sta_Bekerja', ...rq('416a', 'Bekerja seminggu terakhir')],
  }),
  member({
    key: 'jamKerja', column: 'jumlah_jamkerja', label: 'Jumlah jam kerja seminggu', labelEn: 'Hours worked per week', type: 'integer',
    versions: BOTH, min: 0, max: 98, question: 'Jumlah_jamkerja / R416b', aliases: ['Jumlah_jamkerja', ...rq('416b', 'Jumlah jam kerja')],
  }),
  member({
    key: 'lapanganUsaha', column: 'lapangan_usaha', label: 'Lapangan usaha pekerjaan utama', labelEn: 'Industry of main job', type: 'code',
    versions: BOTH, codes: { PBDT2015: P.PBDT_LAPANGAN_USAHA }, unlabelledCodes: { REGSOSEK2022K: R.RS_UNLABELLED_LAPANGAN_USAHA },
    question: 'Lapangan_usaha / R417', aliases: rq('417', 'Lapangan usaha pekerjaan utama'),
  }),
  member({
    key: 'statusPekerjaan', column: 'status_pekerjaan', label: 'Status kedudukan dalam pekerjaan', labelEn: 'Employment status', type: 'code',
    versions: BOTH, codes: { PBDT2015: P.PBDT_STATUS_PEKERJAAN },
    // 418 is given only as "1–8". numbering not confirmed (reference §14)
    unlabelledCodes: { REGSOSEK2022K: range(1, 8) }, question: 'Status_pekerjaan / R418', aliases: rq('418', 'Status kedudukan dalam pekerjaan'),
  }),
  member({
    key: 'npwp', column: 'npwp', label: 'Kepemilikan NPWP', labelEn: 'Tax ID (NPWP)', type: 'code', versions: RS,
    codes: { REGSOSEK2022K: R.RS_NPWP }, question: 'R419', aliases: rq('419', 'Kepemilikan NPWP'),
  }),

  // Own business (Regsosek 420–426; PBDT usaha sub-form columns of UDART)
  member({
    key: 'punyaUsaha', column: 'punya_usaha', label: 'Memiliki usaha sendiri/bersama', labelEn: 'Runs a business', type: 'yesno', versions: RS,
    yesNoCoding: { REGSOSEK2022K: '1/2' }, question: 'R420a', aliases: rq('420a', 'Memiliki usaha'),
  }),
  member({ key: 'jumlahUsaha', column: 'jumlah_usaha', label: 'Jumlah usaha', labelEn: 'Number of businesses', type: 'integer', versions: RS, min: 0, max: 99, question: 'R420b', aliases: rq('420b', 'Jumlah usaha') }),
  member({
    key: 'lapanganUsahaUsaha', column: 'lapangan_usaha_usaha', label: 'Lapangan usaha dari usaha', labelEn: 'Industry of the business',
    type: 'code', versions: BOTH, codes: { PBDT2015: P.PBDT_LAPANGAN_USAHA }, unlabelledCodes: { REGSOSEK2022K: R.RS_UNLABELLED_LAPANGAN_USAHA },
    question: 'lapangan_usahaart / R421', aliases: ['lapangan_usahaart', ...rq('421', 'Lapangan usaha dari usaha')],
  }),
  member({ key: 'jumlahPekerjaUsaha', column: 'jumlah_pekerja', label: 'Jumlah pekerja usaha', labelEn: 'Business workers', type: 'integer', versions: PBDT, min: 0, aliases: ['jumlah_pekerja'] }),
  member({ key: 'pekerjaDibayar', column: 'pekerja_dibayar', label: 'Jumlah pekerja dibayar', labelEn: 'Paid workers', type: 'integer', versions: RS, min: 0, question: 'R422', aliases: rq('422', 'Jumlah pekerja dibayar') }),
  member({
    key: 'pekerjaTidakDibayar', column: 'pekerja_tidak_dibayar', label: 'Jumlah pekerja tidak dibayar', labelEn: 'Unpaid workers', type: 'integer',
    versions: RS, min: 0, question: 'R423', aliases: rq('423', 'Jumlah pekerja tidak dibayar'),
  }),
  member({ key: 'lokasiUsaha', column: 'lokasi_usaha', label: 'Lokasi usaha', labelEn: 'Business location', type: 'text', versions: PBDT, maxLength: 100, aliases: [] }),
  member({ key: 'omsetUsaha', column: 'omset_usaha', label: 'Omset usaha per bulan (Rp)', labelEn: 'Business monthly turnover (IDR)', type: 'decimal', versions: PBDT, min: 0, aliases: [] }),
  member({
    key: 'izinUsaha', column: 'izin_usaha', label: 'Izin usaha', labelEn: 'Business licence', type: 'code', versions: RS,
    unlabelledCodes: { REGSOSEK2022K: R.RS_UNLABELLED_IZIN_USAHA }, question: 'R424', aliases: rq('424', 'Izin usaha'),
  }),
  member({
    key: 'kelompokOmsetUsaha', column: 'kelompok_omset_usaha', label: 'Kelompok omset usaha per bulan', labelEn: 'Business turnover class',
    type: 'code', versions: RS, codes: { REGSOSEK2022K: R.RS_OMSET }, unlabelledCodes: { REGSOSEK2022K: range(2, 6) }, question: 'R425',
    aliases: rq('425', 'Omset usaha per bulan'),
  }),
  member({
    key: 'internetUsaha', column: 'internet_usaha', label: 'Penggunaan internet untuk usaha', labelEn: 'Internet use for the business',
    type: 'bitmask', versions: RS,
    // 426: flags 1…32 without labels. numbering not confirmed (reference §14)
    unlabelledCodes: { REGSOSEK2022K: [1, 2, 4, 8, 16, 32] }, question: 'R426', aliases: rq('426', 'Penggunaan internet untuk usaha'),
  }),
];
