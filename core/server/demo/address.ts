import type { Random } from './random';

const list = (text: string): string[] => text.split('|');

interface HamletStyle {
  prefixes: string[];
  names: string[];
}

const JAWA: HamletStyle = {
  prefixes: list('Dusun|Dukuh|Dusun'),
  names: list(
    'Krajan|Kidul|Lor|Wetan|Kulon|Karangasem|Sidomulyo|Sukorejo|Karanganyar|Tegalsari|Ngemplak|Sumberejo|Jatirejo|Gondang|Banjarsari|Pucung|Kalisari|Randugunting|Pesantren|Krajan Kidul|Krajan Lor|Kedungsari|Sidoharjo|Babakan',
  ),
};
const SUNDA: HamletStyle = {
  prefixes: list('Kp.|Kampung|Dusun'),
  names: list('Cibeureum|Cikaret|Sukamaju|Babakan|Cipanas|Pasirjaya|Cijambu|Sindangsari|Cilimus|Pasirhalang|Cikadu|Sukaresmi|Margahayu|Cimanggu|Pasirangin|Ciherang|Sukasari|Legok'),
};
const BALI: HamletStyle = {
  prefixes: list('Banjar|Br.|Banjar Dinas'),
  names: list('Kaja|Kelod|Kangin|Kauh|Tengah|Anyar|Pande|Dangin Peken|Dauh Peken|Sari|Kawan|Delod Bale Agung|Pekandelan|Tegal'),
};
const MINANG: HamletStyle = {
  prefixes: list('Jorong'),
  names: list('Koto Tuo|Padang Laweh|Balai Baru|Kampung Dalam|Sungai Pua|Tanjung Alam|Ladang Laweh|Parak Laweh|Koto Gadang|Batang Kapeh'),
};
const ACEH: HamletStyle = {
  prefixes: list('Dusun'),
  names: list('Meunasah|Tgk. Di Blang|Lampoh Raya|Cot Baroh|Teungoh|Baroh|Tunong|Geulumpang|Blang Krueng|Lhok'),
};
const UMUM: HamletStyle = {
  prefixes: list('Dusun|Lingkungan|Dusun'),
  names: list('I|II|III|IV|V|VI|Sukamaju|Suka Damai|Mekar Jaya|Harapan Jaya|Sido Makmur|Batu Putih|Sumber Rejo|Karya Baru|Tanjung Harapan|Bukit Indah'),
};

const HAMLET_STYLES: Record<string, HamletStyle> = { '11': ACEH, '13': MINANG, '32': SUNDA, '33': JAWA, '34': JAWA, '35': JAWA, '36': SUNDA, '51': BALI };

const STREETS = list(
  "Merdeka|Diponegoro|Pemuda|Kenanga|Melati|Masjid|KH. Hasyim Asy'ari|Imam Bonjol|Jend. Sudirman|Gatot Subroto|Pahlawan|Veteran|Flamboyan|Anggrek|Mawar|Kartini|Ahmad Yani|Pattimura|Dr. Sutomo|Teuku Umar|Cut Nyak Dhien|Pramuka|Sekolah|Pasar|Kauman|Irigasi",
);

/** Large cities people are born in before moving to the district. */
export const BIG_CITIES = list('Jakarta|Surabaya|Bandung|Medan|Semarang|Makassar|Palembang|Yogyakarta|Denpasar|Malang|Bekasi|Tangerang|Pekanbaru|Padang|Banda Aceh|Manado|Kupang|Jayapura');

export interface Hamlet {
  name: string;
  /** RW of the hamlet, zero-padded to 3 digits. */
  rw: string;
  rtCount: number;
}

/** The dusun/banjar/kampung of one desa; each is one RW with a few RTs. */
export function desaHamlets(rng: Random, provinceCode: string): Hamlet[] {
  const style = HAMLET_STYLES[provinceCode] ?? UMUM;
  const count = rng.int(2, 7);
  const prefix = rng.pick(style.prefixes);
  const names = new Set<string>();
  while (names.size < Math.min(count, style.names.length)) names.add(rng.pick(style.names));
  return [...names].map((name, index) => ({ name: `${prefix} ${name}`, rw: pad3(index + 1), rtCount: rng.int(2, 8) }));
}

/** A kelurahan (urban, code 1xxx) mostly has street addresses; a desa mostly the hamlet name. */
export function addressLine(rng: Random, hamlet: Hamlet, kecamatanName: string, urban: boolean): string {
  const roll = rng.next();
  if (roll < (urban ? 0.25 : 0.6)) return hamlet.name;
  const number = rng.int(1, urban ? 180 : 60);
  if (roll < (urban ? 0.85 : 0.9)) {
    const street = rng.chance(0.25) ? `Raya ${kecamatanName}` : rng.pick(STREETS);
    return urban ? `Jl. ${street} No. ${number}` : `Jl. ${street} No. ${number}, ${hamlet.name}`;
  }
  return `Gg. ${rng.pick(STREETS)} ${rng.pick(['I', 'II', 'III', 'IV'])} No. ${number}`;
}

export function pad3(n: number): string {
  return String(n).padStart(3, '0');
}
