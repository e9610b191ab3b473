import { BOTH, entityField, PBDT, RS, rq } from './build';
import { RS_INTERNET, RS_REKENING } from './codes-regsosek';
import type { CatalogueField, QuestionnaireVersion } from './types';

/**
 * Aset: PBDT Blok V.1–V.5 (ruta columns, reference §3.1/§3.4) and Regsosek 502–506 (§4.2), on the family
 * like the housing block. PBDT alternates 1=Ya/2=Tidak and 3=Ya/4=Tidak item by item (two-column paper
 * form); Regsosek is always 1/2. Both are stored as 1/0.
 */
const family = entityField('family');

interface YesNoItem {
  key: string;
  column: string;
  label: string;
  labelEn: string;
  /** PBDT cell and its coding, e.g. ['b5_k1b', '3/4']; the cell may be unknown (''). */
  pbdt?: readonly [cell: string, coding: '1/2' | '3/4'];
  /** Regsosek question number. */
  rs?: string;
  aliases?: readonly string[];
}

function yesNo({ key, column, label, labelEn, pbdt, rs, aliases = [] }: YesNoItem): CatalogueField {
  const versions: QuestionnaireVersion[] = [];
  const yesNoCoding: CatalogueField['yesNoCoding'] = {};
  const all: string[] = [...aliases];
  if (pbdt) {
    // The column is the DTKS/BDT name of the item (Ada_tabung_gas, Sta_kks…).
    all.push(column);
    versions.push('PBDT2015');
    yesNoCoding.PBDT2015 = pbdt[1];
    if (pbdt[0]) all.push(pbdt[0]);
  }
  if (rs) {
    versions.push('REGSOSEK2022K');
    yesNoCoding.REGSOSEK2022K = '1/2';
    all.push(...rq(rs, label));
  }
  const question = [pbdt?.[0], rs && `R${rs}`].filter(Boolean).join(' / ') || undefined;
  return family({ key, column, label, labelEn, type: 'yesno', versions, yesNoCoding, aliases: all, ...(question ? { question } : {}) });
}

function livestock(key: string, column: string, animal: string, animalEn: string, cell: string, rs: string, aliases: readonly string[] = []): CatalogueField {
  return family({
    key, column, label: `Jumlah ${animal}`, labelEn: `Number of ${animalEn}`, type: 'integer', versions: BOTH, min: 0, max: 9999,
    question: `${cell} / R${rs}`, aliases: [column, ...aliases, cell, ...rq(rs, `Jumlah ${animal}`)],
  });
}

export const ASSET_FIELDS: readonly CatalogueField[] = [
  // Blok V.1 / 502: the item letters differ between the forms (sepeda and sepeda motor swap; 502m merges kapal and perahu motor).
  yesNo({ key: 'asetTabungGas', column: 'ada_tabung_gas', label: 'Tabung gas 5,5 kg atau lebih', labelEn: 'Gas cylinder 5.5 kg or more', pbdt: ['b5_k1a', '1/2'], rs: '502a' }),
  yesNo({ key: 'asetLemariEs', column: 'ada_lemari_es', label: 'Lemari es/kulkas', labelEn: 'Refrigerator', pbdt: ['b5_k1b', '3/4'], rs: '502b' }),
  yesNo({ key: 'asetAc', column: 'ada_ac', label: 'AC', labelEn: 'Air conditioner', pbdt: ['b5_k1c', '1/2'], rs: '502c' }),
  yesNo({ key: 'asetPemanasAir', column: 'ada_pemanas', label: 'Pemanas air (water heater)', labelEn: 'Water heater', pbdt: ['b5_k1d', '3/4'], rs: '502d' }),
  yesNo({ key: 'asetTelepon', column: 'ada_telepon', label: 'Telepon rumah (PSTN)', labelEn: 'Landline telephone', pbdt: ['b5_k1e', '1/2'], rs: '502e', aliases: ['Ada_telpon'] }),
  yesNo({ key: 'asetTelevisi', column: 'ada_tv', label: 'Televisi', labelEn: 'Television', pbdt: ['b5_k1f', '3/4'], rs: '502f' }),
  yesNo({ key: 'asetEmas', column: 'ada_emas', label: 'Emas/perhiasan/tabungan (setara 10 g emas)', labelEn: 'Gold, jewellery or savings (10 g gold)', pbdt: ['b5_k1g', '1/2'], rs: '502g' }),
  yesNo({ key: 'asetKomputer', column: 'ada_laptop', label: 'Komputer/laptop', labelEn: 'Computer/laptop', pbdt: ['b5_k1h', '3/4'], rs: '502h' }),
  yesNo({ key: 'asetSepeda', column: 'ada_sepeda', label: 'Sepeda', labelEn: 'Bicycle', pbdt: ['b5_k1i', '1/2'], rs: '502j' }),
  yesNo({ key: 'asetSepedaMotor', column: 'ada_motor', label: 'Sepeda motor', labelEn: 'Motorcycle', pbdt: ['b5_k1j', '3/4'], rs: '502i' }),
  yesNo({ key: 'asetMobil', column: 'ada_mobil', label: 'Mobil', labelEn: 'Car', pbdt: ['b5_k1k', '1/2'], rs: '502k' }),
  yesNo({ key: 'asetPerahu', column: 'ada_perahu', label: 'Perahu', labelEn: 'Boat', pbdt: ['b5_k1l', '3/4'], rs: '502l' }),
  yesNo({ key: 'asetMotorTempel', column: 'ada_motor_tempel', label: 'Motor tempel', labelEn: 'Outboard motor', pbdt: ['b5_k1m', '1/2'] }),
  yesNo({ key: 'asetPerahuMotor', column: 'ada_perahu_motor', label: 'Perahu motor', labelEn: 'Motor boat', pbdt: ['b5_k1n', '3/4'] }),
  yesNo({ key: 'asetKapal', column: 'ada_kapal', label: 'Kapal', labelEn: 'Ship', pbdt: ['b5_k1o', '1/2'] }),
  yesNo({ key: 'asetKapalPerahuMotor', column: 'ada_kapal_perahu_motor', label: 'Kapal/perahu motor', labelEn: 'Ship or motor boat', rs: '502m' }),
  yesNo({ key: 'asetSmartphone', column: 'ada_smartphone', label: 'Smartphone', labelEn: 'Smartphone', rs: '502n' }),

  // Blok V.3 / 503: land and another house
  yesNo({ key: 'asetLahan', column: 'aset_tak_bergerak', label: 'Memiliki lahan', labelEn: 'Owns land', pbdt: ['', '1/2'], rs: '503a' }),
  family({
    key: 'luasLahan', column: 'luas_atb', label: 'Luas lahan (m²)', labelEn: 'Land area (m²)', type: 'decimal', versions: PBDT, min: 0, aliases: ['Luas_atb'],
  }),
  yesNo({ key: 'asetRumahLain', column: 'rumah_lain', label: 'Memiliki rumah di tempat lain', labelEn: 'Owns a house elsewhere', pbdt: ['b5_k3b', '3/4'], rs: '503b' }),

  // Blok V.4 / 504: livestock counts
  livestock('ternakSapi', 'jumlah_sapi', 'sapi', 'cattle', 'b5_k4a', '504a'),
  livestock('ternakKerbau', 'jumlah_kerbau', 'kerbau', 'buffalo', 'b5_k4b', '504b', ['Jumah_kerbau']),
  livestock('ternakKuda', 'jumlah_kuda', 'kuda', 'horses', 'b5_k4c', '504c'),
  livestock('ternakBabi', 'jumlah_babi', 'babi', 'pigs', 'b5_k4d', '504d'),
  livestock('ternakKambing', 'jumlah_kambing', 'kambing/domba', 'goats/sheep', 'b5_k4e', '504e'),

  // Blok V.5: a member runs a business
  yesNo({ key: 'artUsaha', column: 'sta_art_usaha', label: 'Ada anggota rumah tangga yang memiliki usaha', labelEn: 'A member runs a business', pbdt: ['b5_k5a', '1/2'] }),

  // 505–506
  family({
    key: 'aksesInternet', column: 'akses_internet', label: 'Akses internet sebulan terakhir', labelEn: 'Internet access last month', type: 'code',
    versions: RS, codes: { REGSOSEK2022K: RS_INTERNET }, question: 'R505', aliases: rq('505', 'Akses internet'),
  }),
  family({
    key: 'rekeningAktif', column: 'rekening_aktif', label: 'Memiliki rekening aktif', labelEn: 'Has an active bank account', type: 'code',
    versions: RS, codes: { REGSOSEK2022K: RS_REKENING }, question: 'R506', aliases: rq('506', 'Rekening aktif'),
  }),
];
