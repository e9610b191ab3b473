/**
 * Name normalisation and similarity for probable duplicates (rule 'kemungkinan-ganda').
 * Written here rather than taken from a package: Jaro–Winkler is twenty lines and the
 * normalisation is specific to Indonesian names and spellings.
 */

/** Titles and degrees dropped before comparing (compared without dots: 's.pd' → 'spd'). */
const TITLES = new Set([
  'h', 'hj', 'haji', 'hajjah', 'kh', 'drs', 'dra', 'dr', 'ir', 'prof', 'dn', 'ust', 'ustadz', 'ustad', 'almarhum', 'alm', 'almh',
  'spd', 'spdi', 'sag', 'se', 'sh', 'skom', 'sip', 'sos', 'ssos', 'st', 'skm', 'skep', 'sked', 'ssi', 'sp', 'sthi', 'shi', 'sei',
  'mpd', 'mpdi', 'mm', 'msi', 'mh', 'mag', 'mkes', 'amd', 'amdkeb', 'amdkep', 'ama', 'bsc', 'ba',
]);
const MUHAMMAD = new Set(['muhammad', 'muhamad', 'muhammat', 'mohammad', 'mohamad', 'mohamat', 'mochammad', 'mochamad', 'mokhammad', 'moh', 'muh', 'mhd', 'moch', 'mochd', 'md']);

/** Lower case, no titles or gelar, no punctuation or spaces, old spellings and doubled letters folded. */
export function normaliseName(raw: string): string {
  const lower = raw.toLowerCase().split(',')[0] ?? '';
  const tokens = lower.split(/[\s.]+/).map((t) => t.replace(/[^a-z]/g, '')).filter((t) => t && !TITLES.has(t));
  const words = tokens.map((t, i) => (MUHAMMAD.has(t) || (t === 'm' && i === 0 && tokens.length > 1) ? 'muhammad' : t));
  return words
    .join('')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    // Pre-1972 spelling wrote y as j (Tjahjono, Jusuf): j and y are compared as one letter.
    .replace(/j/g, 'y')
    .replace(/oe/g, 'u')
    .replace(/ch/g, 'kh')
    .replace(/([a-z])\1+/g, '$1');
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedA = new Uint8Array(la);
  const matchedB = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const jaro = (matches / la + matches / lb + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Two different NIKs of equal length that differ in one digit or in one swapped adjacent pair. */
export function niksNear(a: string, b: string): boolean {
  return nikDifference(a, b) !== 'far';
}

/**
 * How two NIKs differ: 'far', 'sequential' (only the last serial digit: how Dukcapil numbers two
 * different people of one kecamatan born on the same day, 0001, 0002, …) or 'typo' (same region and
 * date, one swapped adjacent pair or one changed digit elsewhere in the serial: a slip of the keyboard).
 * A change in the region or date digits is 'near' but weak: distinct people differ there all the time.
 */
export function nikDifference(a: string, b: string): 'far' | 'near' | 'sequential' | 'typo' {
  if (a.length !== b.length || a === b) return 'far';
  let first = -1;
  let diffs = 0;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
    if (++diffs > 2) return 'far';
    if (first < 0) first = i;
  }
  const swap = diffs === 2 && a[first] === b[first + 1] && a[first + 1] === b[first];
  if (diffs === 2 && !swap) return 'far';
  if (a.length !== 16 || first < 12) return 'near';
  return swap || first < 15 ? 'typo' : 'sequential';
}

export const NAME_SIMILARITY = 0.88;

export interface PersonKey {
  id: number;
  familyId: number;
  nik: string;
  name: string;
  /** normaliseName(name), computed when first needed (most people are never compared). */
  norm?: string;
  sex: number | null;
}

export function normOf(p: PersonKey): string {
  return (p.norm ??= normaliseName(p.name));
}

/**
 * Score 0..1 when the two records are probably the same person under different NIKs, else 0:
 * a typo-like NIK difference (see nikDifference) and equal or similar normalised names, same sex.
 * Equal names alone are not enough: on a district register most such pairs are namesakes.
 */
export function duplicateScore(a: PersonKey, b: PersonKey): number {
  if (a.sex !== null && b.sex !== null && a.sex !== b.sex) return 0;
  if (nikDifference(a.nik, b.nik) !== 'typo') return 0;
  const na = normOf(a);
  const nb = normOf(b);
  if (na.length < 3) return 0;
  if (na === nb) return 0.97;
  const similarity = jaroWinkler(na, nb);
  return similarity >= NAME_SIMILARITY ? Math.round(similarity * 0.95 * 1000) / 1000 : 0;
}
