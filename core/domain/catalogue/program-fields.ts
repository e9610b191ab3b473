import { entityField, PBDT, RS, rq } from './build';
import type { CatalogueField } from './types';

/**
 * Program membership of the family: PBDT Blok V.6 cards (sta_*, reference §3.1/§3.4) and Regsosek 501a–g
 * programmes received (§4.2, §5). Kept as separate fields: PBDT asks "has the card", Regsosek "received
 * the programme", and the lists differ. The ruta-level SIKS-NG flags (AdaPKH…) are in household-fields.ts.
 */
const family = entityField('family');

function card(key: string, column: string, label: string, labelEn: string, cell: string, coding: '1/2' | '3/4'): CatalogueField {
  return family({
    key, column, label, labelEn, type: 'yesno', versions: PBDT, yesNoCoding: { PBDT2015: coding }, question: cell, aliases: [column, cell],
  });
}

/** A 501 item with the month and year it was last received. */
function received(key: string, column: string, question: string, label: string, labelEn: string): CatalogueField[] {
  return [
    family({
      key, column, label: `Menerima ${label}`, labelEn: `Receives ${labelEn}`, type: 'yesno', versions: RS,
      yesNoCoding: { REGSOSEK2022K: '1/2' }, question: `R${question}`, aliases: rq(question, label),
    }),
    family({
      key: `${key}Bulan`, column: `${column}_bulan`, label: `${label}: bulan diterima`, labelEn: `${labelEn}: month received`,
      type: 'integer', versions: RS, min: 1, max: 12, question: `R${question}`, aliases: [],
    }),
    family({
      key: `${key}Tahun`, column: `${column}_tahun`, label: `${label}: tahun diterima`, labelEn: `${labelEn}: year received`,
      type: 'integer', versions: RS, min: 2000, max: 2100, question: `R${question}`, aliases: [],
    }),
  ];
}

export const PROGRAM_FIELDS: readonly CatalogueField[] = [
  // Blok V.6 a–i, alternating 1/2 and 3/4 like the assets.
  card('programKks', 'sta_kks', 'Kepemilikan KKS/KPS', 'Holds KKS/KPS card', 'b5_k6a', '1/2'),
  card('programKip', 'sta_kip', 'Kepemilikan KIP/BSM', 'Holds KIP/BSM card', 'b5_k6b', '3/4'),
  card('programKis', 'sta_kis', 'Kepemilikan KIS/BPJS Kesehatan PBI/Jamkesmas', 'Holds KIS/PBI health card', 'b5_k6c', '1/2'),
  card('programBpjsMandiri', 'sta_bpjs_mandiri', 'Peserta BPJS Kesehatan mandiri', 'Self-paid BPJS health member', 'b5_k6d', '3/4'),
  card('programJamsostek', 'sta_jamsostek', 'Peserta Jamsostek/BPJS Ketenagakerjaan', 'Jamsostek/BPJS employment member', 'b5_k6e', '1/2'),
  card('programAsuransiLain', 'sta_asuransi', 'Peserta asuransi kesehatan lain', 'Other health insurance', 'b5_k6f', '3/4'),
  card('programPkh', 'sta_pkh', 'Peserta PKH', 'PKH participant', 'b5_k6g', '1/2'),
  card('programRastra', 'sta_rastra', 'Penerima Raskin/Rastra', 'Raskin/Rastra recipient', 'b5_k6h', '3/4'),
  card('programKur', 'sta_kur', 'Penerima KUR', 'KUR credit recipient', 'b5_k6i', '1/2'),

  // 501a–g
  ...received('terimaSembako', 'terima_sembako', '501a', 'BPNT/Program Sembako', 'BPNT/Sembako food aid'),
  ...received('terimaPkh', 'terima_pkh', '501b', 'PKH', 'PKH'),
  ...received('terimaBltDesa', 'terima_blt_desa', '501c', 'BLT Dana Desa', 'village fund cash transfer'),
  ...received('terimaSubsidiListrik', 'terima_subsidi_listrik', '501d', 'subsidi listrik', 'electricity subsidy'),
  ...received('terimaBantuanPemda', 'terima_bantuan_pemda', '501e', 'bantuan pemerintah daerah', 'local government aid'),
  ...received('terimaSubsidiPupuk', 'terima_subsidi_pupuk', '501f', 'subsidi pupuk', 'fertiliser subsidy'),
  ...received('terimaSubsidiLpg', 'terima_subsidi_lpg', '501g', 'subsidi LPG', 'LPG subsidy'),
];
