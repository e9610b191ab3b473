import { BOTH, entityField, PBDT, range, RS, rq } from './build';
import * as P from './codes-pbdt';
import * as R from './codes-regsosek';
import type { CatalogueField } from './types';

/** Anggota: disability, health and social protection (PBDT ART §3.3, Regsosek 427–431 §4.2). */
const member = entityField('member');

const DIFFICULTY_ITEMS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] as const;

/** 428a–i: the reference does not say which function each item asks about. */
function difficulty(item: (typeof DIFFICULTY_ITEMS)[number]): CatalogueField {
  return member({
    key: `kesulitanFungsional${item.toUpperCase()}`, column: `kesulitan_fungsional_${item}`, label: `Kesulitan fungsional butir ${item} (428${item})`,
    labelEn: `Functional difficulty item ${item}`, type: 'code', versions: RS, codes: { REGSOSEK2022K: R.RS_KESULITAN },
    unlabelledCodes: { REGSOSEK2022K: [2, 3] }, question: `R428${item}`, aliases: rq(`428${item}`, `Kesulitan fungsional ${item}`),
  });
}

function ptkuCode(key: string, column: string, question: string, label: string, labelEn: string): CatalogueField {
  return member({
    key, column, label, labelEn, type: 'code', versions: RS, codes: { REGSOSEK2022K: R.RS_YA_TIDAK_TIDAK_TAHU }, question: `R${question}`,
    aliases: rq(question, label),
  });
}

function artCard(key: string, column: string, label: string, labelEn: string): CatalogueField {
  return member({ key, column, label, labelEn, type: 'yesno', versions: PBDT, yesNoCoding: { PBDT2015: '1/2' }, aliases: [] });
}

export const MEMBER_HEALTH_FIELDS: readonly CatalogueField[] = [
  member({
    key: 'jenisCacat', column: 'jenis_cacat', label: 'Jenis cacat', labelEn: 'Disability', type: 'code', versions: PBDT,
    codes: { PBDT2015: P.PBDT_JENIS_CACAT },
    // numbering not confirmed (reference §14): 0–11 on the Kemensos form, 0–12 elsewhere.
    unlabelledCodes: { PBDT2015: range(1, 12) }, aliases: [], hint: 'Penomoran kode jenis cacat belum dikonfirmasi.',
  }),
  member({
    key: 'penyakitKronis', column: 'penyakit_kronis', label: 'Penyakit kronis/menahun', labelEn: 'Chronic illness', type: 'code', versions: BOTH,
    codes: { PBDT2015: P.PBDT_PENYAKIT_KRONIS, REGSOSEK2022K: R.RS_PENYAKIT_KRONIS }, unlabelledCodes: { REGSOSEK2022K: range(2, 17) },
    question: 'Penyakit_kronis / R430', aliases: rq('430', 'Penyakit kronis/menahun'),
  }),
  member({
    key: 'statusGizi', column: 'status_gizi', label: 'Catatan status gizi', labelEn: 'Nutrition status', type: 'code', versions: RS,
    codes: { REGSOSEK2022K: R.RS_GIZI }, question: 'R427', aliases: rq('427', 'Status gizi'),
  }),
  ...DIFFICULTY_ITEMS.map(difficulty),
  member({
    key: 'frekuensiSedih', column: 'frekuensi_sedih', label: 'Frekuensi merasa sedih/depresi', labelEn: 'How often sad or depressed',
    type: 'code', versions: RS, codes: { REGSOSEK2022K: R.RS_FREKUENSI_SEDIH }, unlabelledCodes: { REGSOSEK2022K: [2, 3] }, question: 'R428j',
    aliases: rq('428j', 'Merasa sedih/depresi'),
  }),
  member({
    key: 'memilikiPerawat', column: 'memiliki_perawat', label: 'Memiliki perawat/pendamping', labelEn: 'Has a carer', type: 'code', versions: RS,
    // 429 is given only as "1–3". numbering not confirmed (reference §14)
    unlabelledCodes: { REGSOSEK2022K: range(1, 3) }, question: 'R429', aliases: rq('429', 'Memiliki perawat'),
  }),
  member({
    key: 'jaminanKesehatan', column: 'jaminan_kesehatan', label: 'Jaminan kesehatan', labelEn: 'Health insurance', type: 'bitmask', versions: RS,
    codes: { REGSOSEK2022K: R.RS_JAMINAN_KESEHATAN }, question: 'R431a', aliases: rq('431a', 'Jaminan kesehatan'),
    hint: 'Jumlah kode yang dimiliki; 99 berdiri sendiri.',
  }),
  ptkuCode('kartuPrakerja', 'kartu_prakerja', '431b', 'Peserta Kartu Prakerja', 'Prakerja card participant'),
  ptkuCode('kreditUsahaRakyat', 'kredit_usaha_rakyat', '431c', 'Penerima KUR (anggota)', 'KUR credit recipient (member)'),
  ptkuCode('kreditUltraMikro', 'kredit_ultra_mikro', '431d', 'Penerima UMi', 'UMi credit recipient'),
  ptkuCode('programIndonesiaPintar', 'program_indonesia_pintar', '431e', 'Penerima PIP', 'PIP recipient'),
  member({
    key: 'jaminanKetenagakerjaan', column: 'jaminan_ketenagakerjaan', label: 'Jaminan ketenagakerjaan', labelEn: 'Employment insurance',
    type: 'bitmask', versions: RS,
    // 431f: flags and 99 without labels. numbering not confirmed (reference §14)
    unlabelledCodes: { REGSOSEK2022K: [1, 2, 4, 8, 16, 99] }, question: 'R431f', aliases: rq('431f', 'Jaminan ketenagakerjaan'),
  }),

  // PBDT ART programme cards (§3.3)
  artCard('adaKks', 'ada_kks', 'Memiliki KKS', 'Holds KKS card'),
  artCard('adaPbi', 'ada_pbi', 'Peserta PBI', 'PBI health insurance member'),
  artCard('adaKip', 'ada_kip', 'Memiliki KIP', 'Holds KIP card'),
  artCard('adaPkh', 'ada_pkh', 'Peserta PKH (ART)', 'PKH participant (member)'),
  artCard('adaRastra', 'ada_rastra', 'Kartu Sembako/BPNT (Rastra)', 'Sembako/BPNT card (Rastra)'),
];
