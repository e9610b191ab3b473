import { BOTH, entityField, PBDT, RS, rq } from './build';
import * as P from './codes-pbdt';
import * as R from './codes-regsosek';
import type { CatalogueField } from './types';

/**
 * Perumahan: PBDT Blok III (ruta columns of §3.1/§3.4) and Regsosek Blok III 301a–310 (§4.2).
 * Stored on the family: DTSEN asks these per keluarga, and a DTKS ruta's answers apply to every KK
 * living in it (reference §3, §13), so household rows need not exist for DTSEN data.
 */
const family = entityField('family');

export const HOUSING_FIELDS: readonly CatalogueField[] = [
  family({
    key: 'statusBangunan', column: 'sta_bangunan', label: 'Status penguasaan bangunan', labelEn: 'Dwelling tenure', type: 'code',
    versions: BOTH, codes: { PBDT2015: P.PBDT_STATUS_BANGUNAN, REGSOSEK2022K: R.RS_STATUS_BANGUNAN }, question: 'b3_k1a / R301a',
    aliases: ['Sta_bangunan', 'b3_k1a', ...rq('301a', 'Status kepemilikan bangunan')],
  }),
  family({
    key: 'statusLahan', column: 'sta_lahan', label: 'Status lahan tempat tinggal', labelEn: 'Land tenure', type: 'code', versions: PBDT,
    codes: { PBDT2015: P.PBDT_STATUS_LAHAN }, aliases: ['Sta_lahan'],
  }),
  family({
    key: 'buktiLahan', column: 'bukti_lahan', label: 'Bukti kepemilikan lahan', labelEn: 'Proof of land ownership', type: 'code',
    versions: RS, codes: { REGSOSEK2022K: R.RS_BUKTI_LAHAN }, question: 'R301b', aliases: rq('301b', 'Bukti kepemilikan lahan'),
  }),
  family({
    key: 'luasLantai', column: 'luas_lantai', label: 'Luas lantai (m²)', labelEn: 'Floor area (m²)', type: 'decimal', versions: BOTH,
    min: 1, max: 10000, question: 'b3_k2 / R302', aliases: ['b3_k2', ...rq('302', 'Luas lantai')],
  }),
  family({
    key: 'lantai', column: 'lantai', label: 'Jenis lantai terluas', labelEn: 'Main floor material', type: 'code', versions: BOTH,
    codes: { PBDT2015: P.PBDT_LANTAI, REGSOSEK2022K: R.RS_LANTAI }, question: 'b3_k3 / R303', aliases: ['b3_k3', ...rq('303', 'Jenis lantai')],
  }),
  family({
    key: 'dinding', column: 'dinding', label: 'Jenis dinding terluas', labelEn: 'Main wall material', type: 'code', versions: BOTH,
    codes: { PBDT2015: P.PBDT_DINDING, REGSOSEK2022K: R.RS_DINDING }, question: 'b3_k4a / R304', aliases: ['b3_k4a', ...rq('304', 'Jenis dinding')],
  }),
  family({
    key: 'kondisiDinding', column: 'kondisi_dinding', label: 'Kondisi dinding', labelEn: 'Wall condition', type: 'code', versions: PBDT,
    codes: { PBDT2015: P.PBDT_KONDISI }, question: 'b3_k4b', aliases: ['b3_k4b'],
  }),
  family({
    key: 'atap', column: 'atap', label: 'Jenis atap terluas', labelEn: 'Main roof material', type: 'code', versions: BOTH,
    codes: { PBDT2015: P.PBDT_ATAP, REGSOSEK2022K: R.RS_ATAP }, question: 'b3_k5a / R305', aliases: ['b3_k5a', ...rq('305', 'Jenis atap')],
    hint: 'Regsosek kode 5/6 (kayu/sirap, bambu) belum dikonfirmasi; periksa dengan ekspor asli.',
  }),
  family({
    key: 'kondisiAtap', column: 'kondisi_atap', label: 'Kondisi atap', labelEn: 'Roof condition', type: 'code', versions: PBDT,
    codes: { PBDT2015: P.PBDT_KONDISI }, question: 'b3_k5b', aliases: ['b3_k5b'],
  }),
  family({
    key: 'jumlahKamar', column: 'jumlah_kamar', label: 'Jumlah kamar tidur', labelEn: 'Number of bedrooms', type: 'integer', versions: PBDT,
    min: 0, max: 99, question: 'b3_k6', aliases: ['b3_k6'],
  }),
  family({
    key: 'sumberAirMinum', column: 'sumber_airminum', label: 'Sumber air minum', labelEn: 'Drinking water source', type: 'code',
    versions: BOTH, codes: { PBDT2015: P.PBDT_AIR_MINUM, REGSOSEK2022K: R.RS_AIR_MINUM }, question: 'b3_k7 / R306a',
    aliases: ['b3_k7', ...rq('306a', 'Sumber air minum utama')],
  }),
  family({
    key: 'jarakSumberAir', column: 'jarak_sumber_air_tinja', label: 'Jarak sumber air minum ke pembuangan tinja',
    labelEn: 'Distance from water source to faeces disposal', type: 'code', versions: RS, codes: { REGSOSEK2022K: R.RS_JARAK_TINJA },
    question: 'R306b', aliases: rq('306b', 'Jarak sumber air minum ke tempat pembuangan tinja'),
  }),
  family({
    key: 'caraPerolehAirMinum', column: 'cara_peroleh_airminum', label: 'Cara memperoleh air minum', labelEn: 'How drinking water is obtained',
    type: 'code', versions: PBDT, codes: { PBDT2015: P.PBDT_CARA_PEROLEH_AIR }, question: 'b3_k8', aliases: ['cara_proleh_airminum', 'b3_k8'],
  }),
  family({
    key: 'jenisPelangganAir', column: 'jenis_pelanggan_airminum', label: 'Jenis pelanggan air minum', labelEn: 'Water utility',
    type: 'code', versions: PBDT, codes: { PBDT2015: P.PBDT_PELANGGAN_AIR }, aliases: ['jenis_pelanggan_airminum'],
  }),
  family({ key: 'nomorMeterAir', column: 'nomor_meter_air', label: 'Nomor meter air', labelEn: 'Water meter number', type: 'text', versions: PBDT, maxLength: 30, aliases: [] }),
  family({
    key: 'sumberPenerangan', column: 'sumber_penerangan', label: 'Sumber penerangan utama', labelEn: 'Main lighting source', type: 'code',
    versions: BOTH, codes: { PBDT2015: P.PBDT_PENERANGAN, REGSOSEK2022K: R.RS_PENERANGAN }, question: 'b3_k9a / R307a',
    aliases: ['b3_k9a', ...rq('307a', 'Sumber penerangan utama')],
  }),
  family({
    key: 'daya', column: 'daya', label: 'Daya listrik terpasang', labelEn: 'Installed electric power', type: 'code', versions: BOTH,
    codes: { PBDT2015: P.PBDT_DAYA, REGSOSEK2022K: R.RS_DAYA }, question: 'b3_k9b / R307b1',
    aliases: ['b3_k9b', ...rq('307b1', 'Daya terpasang meteran 1')],
  }),
  family({
    key: 'daya2', column: 'daya_2', label: 'Daya listrik meteran ke-2', labelEn: 'Installed power, meter 2', type: 'code', versions: RS,
    codes: { REGSOSEK2022K: R.RS_DAYA }, question: 'R307b2', aliases: rq('307b2', 'Daya terpasang meteran 2'),
  }),
  family({
    key: 'daya3', column: 'daya_3', label: 'Daya listrik meteran ke-3', labelEn: 'Installed power, meter 3', type: 'code', versions: RS,
    codes: { REGSOSEK2022K: R.RS_DAYA }, question: 'R307b3', aliases: rq('307b3', 'Daya terpasang meteran 3'),
  }),
  family({
    key: 'nomorPln', column: 'nomor_pln', label: 'Nomor pelanggan PLN', labelEn: 'PLN customer number', type: 'text', versions: PBDT,
    maxLength: 30, aliases: [],
  }),
  family({
    key: 'bahanBakarMasak', column: 'bb_masak', label: 'Bahan bakar utama memasak', labelEn: 'Main cooking fuel', type: 'code',
    versions: BOTH, codes: { PBDT2015: P.PBDT_BAHAN_BAKAR, REGSOSEK2022K: R.RS_BAHAN_BAKAR }, question: 'b3_k10 / R308',
    aliases: ['bb_masak', 'b3_k10', ...rq('308', 'Bahan bakar utama memasak')],
  }),
  family({ key: 'nomorGas', column: 'nomor_gas', label: 'Nomor pelanggan gas', labelEn: 'Gas customer number', type: 'text', versions: PBDT, maxLength: 30, aliases: [] }),
  family({
    key: 'jenisPelangganGas', column: 'jenis_pelanggan_gas', label: 'Jenis pelanggan gas', labelEn: 'Gas utility', type: 'code',
    versions: PBDT, codes: { PBDT2015: P.PBDT_PELANGGAN_GAS }, aliases: [],
  }),
  family({
    key: 'fasilitasBab', column: 'fasbab', label: 'Fasilitas buang air besar', labelEn: 'Toilet facility', type: 'code', versions: BOTH,
    codes: { PBDT2015: P.PBDT_FASBAB, REGSOSEK2022K: R.RS_FASBAB }, question: 'b3_k11a / R309a',
    aliases: ['Fasbab', 'b3_k11a', ...rq('309a', 'Fasilitas buang air besar')],
  }),
  family({
    key: 'kloset', column: 'kloset', label: 'Jenis kloset', labelEn: 'Toilet type', type: 'code', versions: BOTH,
    codes: { PBDT2015: P.PBDT_KLOSET, REGSOSEK2022K: R.RS_KLOSET }, question: 'b3_k11b / R309b', aliases: ['b3_k11b', ...rq('309b', 'Jenis kloset')],
  }),
  family({
    key: 'buangTinja', column: 'buang_tinja', label: 'Tempat pembuangan akhir tinja', labelEn: 'Final faeces disposal', type: 'code',
    versions: BOTH, codes: { PBDT2015: P.PBDT_BUANG_TINJA, REGSOSEK2022K: R.RS_BUANG_TINJA }, question: 'b3_k12 / R310',
    aliases: ['b3_k12', ...rq('310', 'Tempat pembuangan akhir tinja')],
  }),
];
