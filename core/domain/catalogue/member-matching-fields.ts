import { BOTH, entityField, PBDT } from './build';
import type { CatalogueField, FieldType } from './types';

/**
 * Anggota: values other systems matched onto the DTKS record (reference §3.2, §6.3) — the Dukcapil snapshot
 * (DUK_*, two sets), BPJS/PBI, Dapodik/PIP, BST and the PKH refresh. All read-only: the app keeps them
 * beside its own values (diff view) but never edits them. Dukcapil's own codes differ from DTKS codes,
 * so its coded columns stay text.
 */
const member = entityField('member');

function imported(key: string, header: string, label: string, labelEn: string, type: FieldType = 'text', versions = PBDT): CatalogueField {
  const maxLength = type === 'id' ? 16 : type === 'text' ? 250 : undefined;
  return member({
    key, column: snakeCase(header), label, labelEn, type, versions, readOnly: true, aliases: [header], ...(maxLength ? { maxLength } : {}),
  });
}

/** `NoArtPKH` → `no_art_pkh`, `DUK_NIK2` → `duk_nik2`. */
function snakeCase(header: string): string {
  return header.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

const DUKCAPIL: readonly [key: string, header: string, label: string, labelEn: string, type?: FieldType][] = [
  ['dukNik', 'DUK_NIK', 'NIK', 'NIK', 'id'],
  ['dukNoKk', 'DUK_NO_KK', 'Nomor KK', 'Family card number', 'id'],
  ['dukNama', 'DUK_NAMA_LGKP', 'Nama lengkap', 'Full name'],
  ['dukHubunganKeluarga', 'DUK_STAT_HBKEL', 'Status hubungan keluarga', 'Family relationship'],
  ['dukRw', 'DUK_NO_RW', 'RW', 'RW'],
  ['dukRt', 'DUK_NO_RT', 'RT', 'RT'],
  ['dukKelurahan', 'DUK_NO_KEL', 'Kode desa/kelurahan', 'Village code'],
  ['dukAlamat', 'DUK_ALAMAT', 'Alamat', 'Address'],
  ['dukTempatLahir', 'DUK_TMPT_LHR', 'Tempat lahir', 'Place of birth'],
  ['dukTanggalLahir', 'DUK_TGL_LHR', 'Tanggal lahir', 'Date of birth', 'date'],
  ['dukJenisKelamin', 'DUK_JENIS_KLMIN', 'Jenis kelamin', 'Sex'],
  ['dukStatusKawin', 'DUK_STATUS_KAWIN', 'Status perkawinan', 'Marital status'],
  ['dukNamaAyah', 'DUK_NAMA_LGKP_AYAH', 'Nama ayah', "Father's name"],
  ['dukPekerjaan', 'DUK_JENIS_PKRJN', 'Jenis pekerjaan', 'Occupation'],
  ['dukPendidikan', 'DUK_PDDK_AKH', 'Pendidikan terakhir', 'Education'],
  ['dukNamaIbu', 'DUK_NAMA_LGKP_IBU', 'Nama ibu', "Mother's name"],
];

// The snapshot belongs to the person, not to a questionnaire: DTSEN is matched to Dukcapil as well.
const dukcapil = (set: '' | '2'): CatalogueField[] =>
  DUKCAPIL.map(([key, header, label, labelEn, type]) =>
    imported(`${key}${set}`, `${header}${set}`, `${label} (Dukcapil${set ? ', padanan ke-2' : ''})`, `${labelEn} (Dukcapil${set ? ', match 2' : ''})`, type, BOTH),
  );

export const MEMBER_MATCHING_FIELDS: readonly CatalogueField[] = [
  ...dukcapil(''),
  ...dukcapil('2'),
  imported('kodeWilayahCapil', 'KDWILCAPIL', 'Kode wilayah Dukcapil', 'Dukcapil region code', 'text', BOTH),
  imported('flagNik', 'flag_nik', 'Penanda padan NIK', 'NIK match flag', 'text', BOTH),
  imported('flagNik2', 'FLAG_NIK2', 'Penanda padan NIK ke-2', 'NIK match flag 2', 'text', BOTH),
  imported('cekNik', 'CEKNIK', 'Hasil cek NIK', 'NIK check result', 'text', BOTH),
  imported('flagAppliedNik', 'flag_applied_nik', 'Penanda NIK diterapkan', 'NIK applied flag', 'text', BOTH),
  imported('flagCleansing', 'flag_cleansing', 'Penanda pembersihan data', 'Cleansing flag', 'text', BOTH),

  // Programme numbers of the member (§3.2)
  imported('noArtPkh', 'NoArtPKH', 'Nomor ART PKH', 'PKH member number'),
  imported('noArtKks2016', 'NoArtKKS2016', 'Nomor ART KKS 2016', 'KKS 2016 member number'),
  { ...imported('noArtPbi', 'NoArtPBI', 'Nomor ART PBI', 'PBI member number'), aliases: ['NoArtPBI', 'NoArtPBI_org'] },
  // Coding of these columns is not in the reference: kept as text.
  imported('kepesertaanPbi', 'Sta_kepesertaan_pbi', 'Status kepesertaan PBI', 'PBI membership status'),
  imported('keberadaanKks', 'sta_keberadaan_kks', 'Status keberadaan KKS', 'KKS presence status'),
  imported('noKaBpjs', 'NOKA_BPJS_OLD', 'Nomor kartu BPJS (lama)', 'BPJS card number (old)', 'id'),
  imported('psNokaBpjs', 'PSNOKA_BPJS_OLD', 'Nomor kartu BPJS peserta (lama)', 'BPJS participant card number (old)'),
  imported('adaPbiBpjs', 'ADA_PBI_BPJS', 'Terdaftar PBI di BPJS', 'PBI registered at BPJS'),
  imported('segmenBpjs', 'SEGMEN_BPJS', 'Segmen BPJS', 'BPJS segment'),
  imported('ketPadanPbi', 'KET_PADAN_PBI', 'Keterangan padan PBI', 'PBI match note'),
  imported('keberadaanPbiJuli', 'STA_KEBERADAAN_PBI_JULI', 'Keberadaan PBI (Juli)', 'PBI presence (July)'),
  imported('dapodik', 'dapodik', 'Data Dapodik', 'Dapodik record'),
  imported('pipDikbud', 'PIP_dikbud', 'PIP Kemendikbud', 'PIP (education ministry)'),
  imported('pipMenag', 'PIP_menag', 'PIP Kemenag', 'PIP (religious affairs ministry)'),
  imported('adaDapodik', 'ada_dapodik', 'Terdaftar di Dapodik', 'In Dapodik'),
  imported('adaMenag', 'ada_menag', 'Terdaftar di data Kemenag', 'In Kemenag data'),
  imported('adaBst', 'ada_bst', 'Tercatat menerima BST', 'BST recipient flag'),
  imported('prosesBst', 'proses_bst', 'Proses BST', 'BST process'),
  imported('penerimaBst', 'penerima_bst', 'Keterangan penerima BST', 'BST recipient note'),
  imported('adaPkhBaru', 'ADAPKH_NEW', 'Peserta PKH (pemutakhiran)', 'PKH participant (refresh)'),
  imported('noPesertaPkhBaru', 'NOPESERTAPKH_NEW', 'Nomor peserta PKH (pemutakhiran)', 'PKH participant number (refresh)'),
  imported('noRekeningPkhBaru', 'NOREKPKH_NEW', 'Nomor rekening PKH (pemutakhiran)', 'PKH account number (refresh)'),
  imported('noArtPkhBaru', 'NOARTPKH_NEW', 'Nomor ART PKH (pemutakhiran)', 'PKH member number (refresh)'),
];
