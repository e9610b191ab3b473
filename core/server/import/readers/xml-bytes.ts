/*
 * A byte-level pull tokenizer for the narrow XML dialect of SpreadsheetML parts (sheet, sharedStrings).
 * It recognises only the element names the readers need (by local name, so `x:c` works too), reads the text
 * of <v>, <f> and <t> eagerly, and skips comments, processing instructions and DOCTYPE. Only the five
 * predefined entities and numeric character references are expanded, so entity-expansion bombs do nothing.
 * Strings are cut straight out of the inflated bytes, which keeps them flat (no V8 sliced strings pinning
 * big chunks) and avoids decoding the ~95% of the sheet that is markup.
 */

export const OTHER = 0, ROW = 1, C = 2, V = 3, F = 4, IS = 5, T = 6, RPH = 7, SI = 8, SHEET_DATA = 9, MERGE_CELL = 10, DIMENSION = 11;

const MAX_TAIL = 64 * 1024 * 1024;

export class XmlTooLargeError extends Error {}
export class XmlTruncatedError extends Error {}

function tagId(buf: Buffer, start: number, end: number): number {
  for (let i = start; i < end; i++) if (buf[i] === 58 /* : */) start = i + 1;
  const len = end - start;
  const b = buf[start];
  if (len === 1) return b === 99 ? C : b === 118 ? V : b === 102 ? F : b === 116 ? T : OTHER;
  if (len === 2) return b === 105 && buf[start + 1] === 115 ? IS : b === 115 && buf[start + 1] === 105 ? SI : OTHER;
  if (len === 3) return b === 114 && buf[start + 1] === 111 ? ROW : b === 114 && buf[start + 1] === 80 ? RPH : OTHER;
  if (len === 9) {
    const s = buf.toString('latin1', start, end);
    return s === 'sheetData' ? SHEET_DATA : s === 'mergeCell' ? MERGE_CELL : s === 'dimension' ? DIMENSION : OTHER;
  }
  return OTHER;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? whole;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** SpreadsheetML escapes control characters in strings as _xHHHH_. */
export function decodeOoxmlEscapes(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Scratch output of nextAttr (no allocation per attribute). */
export const attr = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };

/** Finds the next name="value" in buf[from, to); returns the position after it, or -1. */
export function nextAttr(buf: Buffer, from: number, to: number): number {
  let i = from;
  while (i < to && (buf[i] === 32 || buf[i] === 9 || buf[i] === 10 || buf[i] === 13)) i++;
  if (i >= to || buf[i] === 47) return -1;
  attr.nameStart = i;
  while (i < to && buf[i] !== 61 /* = */ && buf[i] !== 32) i++;
  attr.nameEnd = i;
  while (i < to && buf[i] !== 34 && buf[i] !== 39) i++;
  if (i >= to) return -1;
  const quote = buf[i];
  attr.valueStart = ++i;
  while (i < to && buf[i] !== quote) i++;
  attr.valueEnd = i;
  return i + 1;
}

export function attrText(buf: Buffer): string {
  return decodeEntities(buf.toString('utf8', attr.valueStart, attr.valueEnd));
}

export abstract class XmlScanner {
  private tail: Buffer | null = null;
  private textStart = 0;
  private textEnd = 0;
  private decoded: string | null = null;

  /** Attributes lie in buf[nameEnd, end). */
  protected abstract open(tag: number, buf: Buffer, nameEnd: number, end: number): void;
  /**
   * Content of a non-empty V, F or T, right after its open(): the raw UTF-8 bytes buf[start, end) when they
   * need no decoding (`decoded` null), otherwise the decoded string (entities, CDATA).
   */
  protected abstract text(tag: number, buf: Buffer, start: number, end: number, decoded: string | null): void;
  protected abstract close(tag: number): void;

  feed(chunk: Buffer): void {
    const buf = this.tail ? Buffer.concat([this.tail, chunk]) : chunk;
    const pos = this.scan(buf);
    this.tail = pos < buf.length ? Buffer.from(buf.subarray(pos)) : null;
    if (this.tail && this.tail.length > MAX_TAIL) throw new XmlTooLargeError('unterminated markup');
  }

  end(): void {
    if (this.tail && this.tail.toString('latin1').trim() !== '') throw new XmlTruncatedError('truncated');
  }

  private scan(buf: Buffer): number {
    const len = buf.length;
    let pos = 0;
    for (;;) {
      let lt = pos;
      while (lt < len && buf[lt] !== 60) lt++;
      if (lt + 1 >= len) return lt >= len ? len : lt;
      const b = buf[lt + 1];
      if (b === 33 || b === 63) {
        const next = skipSpecial(buf, lt);
        if (next < 0) return lt;
        pos = next;
        continue;
      }
      let gt = lt + 2;
      while (gt < len && buf[gt] !== 62) gt++;
      if (gt >= len) return lt;
      if (b === 47) {
        let ne = lt + 2;
        while (ne < gt && buf[ne]! > 32) ne++;
        this.close(tagId(buf, lt + 2, ne));
        pos = gt + 1;
        continue;
      }
      let ne = lt + 1;
      while (ne < gt && buf[ne]! > 32 && buf[ne] !== 47) ne++;
      const tag = tagId(buf, lt + 1, ne);
      const selfClosing = buf[gt - 1] === 47;
      if (selfClosing || (tag !== V && tag !== F && tag !== T)) {
        this.open(tag, buf, ne, selfClosing ? gt - 1 : gt);
        if (selfClosing) this.close(tag);
        pos = gt + 1;
        continue;
      }
      if (!this.readText(buf, gt + 1)) return lt;
      this.open(tag, buf, ne, gt);
      this.text(tag, buf, this.textStart, this.textEnd, this.decoded);
      pos = this.textEnd;
    }
  }

  /** Text up to the next element tag, with entities decoded and CDATA sections and comments folded in. */
  private readText(buf: Buffer, from: number): boolean {
    const len = buf.length;
    let lt = from;
    let amp = false;
    for (; lt < len; lt++) {
      const b = buf[lt];
      if (b === 60) break;
      if (b === 38) amp = true;
    }
    if (lt + 1 >= len) return false;
    this.textStart = from;
    this.textEnd = lt;
    if (buf[lt + 1] !== 33) {
      this.decoded = amp ? decodeEntities(buf.toString('utf8', from, lt)) : null;
      return true;
    }
    let out = '';
    for (let i = from; ; ) {
      lt = i;
      while (lt < len && buf[lt] !== 60) lt++;
      if (lt + 1 >= len) return false;
      if (lt > i) out += decodeEntities(buf.toString('utf8', i, lt));
      if (buf[lt + 1] !== 33) break;
      const next = skipSpecial(buf, lt);
      if (next < 0) return false;
      if (buf[lt + 2] === 91 /* [ */) out += buf.toString('utf8', lt + 9, next - 3);
      i = next;
    }
    this.textEnd = lt;
    this.decoded = out;
    return true;
  }
}

/** End of <!-- -->, <![CDATA[ ]]>, <? ?> or <!DOCTYPE …> starting at lt; -1 when incomplete. */
function skipSpecial(buf: Buffer, lt: number): number {
  const head = buf.toString('latin1', lt, Math.min(buf.length, lt + 9));
  const close = head.startsWith('<!--') ? '-->' : head.startsWith('<![CDATA[') ? ']]>' : head.startsWith('<?') ? '?>' : head.length < 9 && '<![CDATA['.startsWith(head) ? null : '>';
  if (close === null) return -1;
  const end = buf.indexOf(close, lt + 2, 'latin1');
  return end < 0 ? -1 : end + close.length;
}
