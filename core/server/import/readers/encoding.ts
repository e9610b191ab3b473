import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';

export type CsvEncoding = 'utf-8' | 'windows-1252';

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; these five bytes are undefined there.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CP1252_UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/** Decoded by hand rather than TextDecoder('windows-1252'), which depends on the ICU build of the runtime. */
export function windows1252(bytes: Buffer): string {
  const latin1 = bytes.toString('latin1');
  return /[\x80-\x9f]/.test(latin1) ? latin1.replace(/[\x80-\x9f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!) : latin1;
}

export interface DetectedEncoding {
  encoding: CsvEncoding;
  bom: boolean;
  /** UTF-8 was required (BOM or forced) but the bytes are not valid UTF-8. */
  invalidUtf8?: boolean;
  /** Neither valid UTF-8 nor plausible Windows-1252. */
  unknown?: boolean;
}

/**
 * One pass over the whole file (native isUtf8, ~1 GB/s): a Windows-1252 byte may first appear on row 200,000,
 * so sampling the head is not enough. Multi-byte sequences cut by a chunk edge are carried to the next chunk.
 */
export async function detectCsvEncoding(file: string, forced?: CsvEncoding): Promise<DetectedEncoding> {
  let carry = Buffer.alloc(0);
  let first = true;
  let bom = false;
  let valid = true;
  let undefined1252 = false;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    if (first) {
      bom = chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      first = false;
    }
    if (!undefined1252) undefined1252 = CP1252_UNDEFINED.some((b) => chunk.includes(b));
    if (!valid) continue;
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const cut = completeLength(buf);
    valid = isUtf8(buf.subarray(0, cut));
    carry = Buffer.from(buf.subarray(cut));
  }
  if (carry.length > 0) valid = false;
  if (forced === 'windows-1252') return { encoding: forced, bom };
  if (valid) return { encoding: 'utf-8', bom };
  if (bom || forced === 'utf-8') return { encoding: 'utf-8', bom, invalidUtf8: true };
  return undefined1252 ? { encoding: 'utf-8', bom, unknown: true } : { encoding: 'windows-1252', bom };
}

/** Length of buf without a trailing, possibly incomplete UTF-8 sequence (at most 3 bytes). */
function completeLength(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? buf.length - back : buf.length;
  }
  return buf.length;
}
