import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// scrypt cost: 2^15 × 8 × 128 bytes = 32 MiB and about 0.1 s per check on an office PC.
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const MAX_MEMORY = 256 * 1024 * 1024;

/** 'scrypt$N$r$p$salt$hash' (salt and hash base64): the parameters travel with the hash. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize('NFC'), salt, KEY_BYTES, { N, r: R, p: P, maxmem: MAX_MEMORY });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function verifyPassword(password: string, stored: string | null): boolean {
  const parts = (stored ?? dummyHash()).split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![n, r, p].every(Number.isSafeInteger) || n > 2 ** 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (expected.length < 16) return false;
  const actual = scryptSync(password.normalize('NFC'), salt, expected.length, { N: n, r, p, maxmem: MAX_MEMORY });
  return timingSafeEqual(actual, expected) && stored !== null;
}

let dummy: string | null = null;
/** Checked against when the account does not exist, so that the answer takes as long either way. */
const dummyHash = () => (dummy ??= hashPassword(randomBytes(12).toString('hex')));
