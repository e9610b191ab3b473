import { C, DIMENSION, F, IS, MERGE_CELL, ROW, RPH, SHEET_DATA, SI, T, V, XmlScanner, attr, attrText, decodeOoxmlEscapes, nextAttr } from './xml-bytes';
import { FileReadError, columnLetter, numberText, parseRange, type CellRange, type CellValue, type ReadRow } from './types';

const NUM = 0, SST = 1, STR = 2, INLINE = 3, BOOL = 4, ERR = 5, ISO_DATE = 6;

export interface SheetContext {
  file: string;
  sheet: string;
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

function cellType(buf: Buffer, start: number, end: number): number {
  const b = buf[start];
  if (end - start === 1) return b === 115 ? SST : b === 98 ? BOOL : b === 101 ? ERR : b === 100 ? ISO_DATE : NUM;
  if (end - start === 9 && b === 105) return INLINE;
  return b === 110 ? NUM : STR;
}

function digits(buf: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return end > start ? n : -1;
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Streams <sheetData> into ReadRows; also collects <mergeCell> and <dimension>. Caller drains `rows`. */
export class SheetParser extends XmlScanner {
  rows: ReadRow[] = [];
  merges: CellRange[] = [];
  dimension: CellRange | undefined;
  sheetDataSeen = false;
  /** </sheetData> was reached: without it the XML ended early even if the zip entry itself is intact. */
  sheetDataClosed = false;
  private rowNumber = 0;
  private cells: (CellValue | null)[] = [];
  private hasValue = false;
  private col = -1;
  private type = NUM;
  private style = 0;
  /** The <v> content: raw bytes buf[rawStart, rawEnd) when `raw` is set, else the decoded `value`. */
  private raw: Buffer | null = null;
  private rawStart = 0;
  private rawEnd = 0;
  private value: string | null = null;
  private formula: string | undefined;
  private formulaShare: string | undefined;
  private inCell = false;
  private inIs = false;
  private inPhonetic = false;
  private inlineText = '';
  private readonly sharedFormulas = new Map<string, string>();

  constructor(private readonly ctx: SheetContext) {
    super();
  }

  protected text(tag: number, buf: Buffer, start: number, end: number, decoded: string | null): void {
    if (tag === V && this.inCell) {
      this.raw = decoded === null ? buf : null;
      this.rawStart = start;
      this.rawEnd = end;
      this.value = decoded;
    } else if (tag === T && this.inIs && !this.inPhonetic) this.inlineText += decoded ?? buf.toString('utf8', start, end);
    else if (tag === F && this.inCell) this.formula = decoded ?? buf.toString('utf8', start, end);
  }

  protected open(tag: number, buf: Buffer, nameEnd: number, end: number): void {
    switch (tag) {
      case C:
        return this.openCell(buf, nameEnd, end);
      case IS:
        this.inIs = true;
        this.inlineText = '';
        return;
      case RPH:
        this.inPhonetic = true;
        return;
      case F:
        if (this.inCell) this.openFormula(buf, nameEnd, end);
        return;
      case ROW:
        return this.openRow(buf, nameEnd, end);
      case SHEET_DATA:
        this.sheetDataSeen = true;
        return;
      case MERGE_CELL:
      case DIMENSION:
        for (let i = nameEnd; (i = nextAttr(buf, i, end)) >= 0; ) {
          if (attr.nameEnd - attr.nameStart !== 3 || buf.toString('latin1', attr.nameStart, attr.nameEnd) !== 'ref') continue;
          const range = parseRange(attrText(buf));
          if (range && tag === MERGE_CELL) this.merges.push(range);
          if (range && tag === DIMENSION) this.dimension = range;
        }
    }
  }

  protected close(tag: number): void {
    if (tag === C) this.closeCell();
    else if (tag === F) this.closeFormula();
    else if (tag === ROW) this.closeRow();
    else if (tag === IS) {
      this.inIs = false;
      this.value = this.inlineText;
      this.raw = null;
    } else if (tag === RPH) this.inPhonetic = false;
    else if (tag === SHEET_DATA) this.sheetDataClosed = true;
  }

  private openRow(buf: Buffer, nameEnd: number, end: number): void {
    let r = -1;
    for (let i = nameEnd; (i = nextAttr(buf, i, end)) >= 0; ) {
      if (attr.nameEnd - attr.nameStart === 1 && buf[attr.nameStart] === 114) r = digits(buf, attr.valueStart, attr.valueEnd);
    }
    this.rowNumber = r > 0 ? r : this.rowNumber + 1;
    this.cells = [];
    this.hasValue = false;
    this.col = -1;
  }

  private closeRow(): void {
    if (this.hasValue) this.rows.push({ sheet: this.ctx.sheet, rowNumber: this.rowNumber, cells: this.cells });
    this.cells = [];
    this.hasValue = false;
  }

  private openCell(buf: Buffer, nameEnd: number, end: number): void {
    let col = -1;
    this.type = NUM;
    this.style = 0;
    for (let i = nameEnd; (i = nextAttr(buf, i, end)) >= 0; ) {
      if (attr.nameEnd - attr.nameStart !== 1) continue;
      const name = buf[attr.nameStart];
      if (name === 114 /* r */) {
        let c = 0;
        let j = attr.valueStart;
        for (; j < attr.valueEnd && j < attr.valueStart + 3; j++) {
          const b = buf[j]! | 32;
          if (b < 97 || b > 122) break;
          c = c * 26 + (b - 96);
        }
        if (j > attr.valueStart && (j === attr.valueEnd || buf[j]! < 65)) col = c - 1;
      } else if (name === 115 /* s */) this.style = Math.max(0, digits(buf, attr.valueStart, attr.valueEnd));
      else if (name === 116 /* t */) this.type = cellType(buf, attr.valueStart, attr.valueEnd);
    }
    this.col = col >= 0 ? col : this.col + 1;
    this.raw = null;
    this.value = null;
    this.formula = undefined;
    this.inCell = true;
  }

  private openFormula(buf: Buffer, nameEnd: number, end: number): void {
    this.formula = '';
    this.formulaShare = undefined;
    for (let i = nameEnd; (i = nextAttr(buf, i, end)) >= 0; ) {
      if (buf.toString('latin1', attr.nameStart, attr.nameEnd) === 'si') this.formulaShare = buf.toString('latin1', attr.valueStart, attr.valueEnd);
    }
  }

  /** Shared-formula followers (<f t="shared" si="0"/>) carry no text; they get the anchor's. Never left empty. */
  private closeFormula(): void {
    const si = this.formulaShare;
    if (si !== undefined && this.formula) this.sharedFormulas.set(si, this.formula);
    else if (!this.formula) this.formula = (si !== undefined ? this.sharedFormulas.get(si) : undefined) ?? '(rumus)';
  }

  private closeCell(): void {
    this.inCell = false;
    const cell = this.cellValue();
    if (cell === null) return;
    while (this.cells.length < this.col) this.cells.push(null);
    this.cells[this.col] = cell;
    this.hasValue = true;
  }

  private cellValue(): CellValue | null {
    const formula = this.formula;
    const bytes = this.raw;
    if (bytes === null ? !this.value : this.rawEnd === this.rawStart) return formula === undefined ? null : { text: '', numeric: false, formula };
    let cell: CellValue;
    if (this.type === NUM) {
      cell = { text: bytes === null ? this.number(this.value!) : this.numberBytes(bytes), numeric: true };
      if (this.ctx.dateStyles[this.style]) {
        cell.date = true;
        if (this.ctx.date1904) cell.text = numberText(Number(cell.text) + 1462);
      }
    } else if (this.type === SST) {
      const index = bytes === null ? Number(this.value) : digits(bytes, this.rawStart, this.rawEnd);
      const text = this.ctx.sharedStrings[index];
      if (text === undefined) throw this.fail(`merujuk teks bersama nomor ${index} yang tidak ada; berkas rusak.`);
      if (text === '' && formula === undefined) return null;
      cell = { text, numeric: false };
    } else {
      const raw = bytes === null ? this.value! : bytes.toString('utf8', this.rawStart, this.rawEnd);
      if (this.type === BOOL) cell = { text: raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE', numeric: false, boolean: true };
      else if (this.type === ERR) cell = { text: raw, numeric: false, error: true };
      else if (this.type === ISO_DATE) cell = { text: raw, numeric: false, date: true };
      else cell = { text: decodeOoxmlEscapes(raw), numeric: false };
    }
    if (formula !== undefined) cell.formula = formula;
    return cell;
  }

  /** Integers up to 15 digits are kept as written (the common case, no Number round trip). */
  private numberBytes(buf: Buffer): string {
    const start = this.rawStart;
    const end = this.rawEnd;
    if (end - start === 1 && buf[start]! >= 48 && buf[start]! <= 57) return DIGITS[buf[start]! - 48]!;
    let plain = end - start <= 15;
    for (let i = buf[start] === 45 ? start + 1 : start; plain && i < end; i++) plain = buf[i]! >= 48 && buf[i]! <= 57;
    const text = buf.toString('latin1', start, end);
    return plain && text !== '-' ? text : this.number(text);
  }

  private number(raw: string): string {
    const n = Number(raw);
    if (Number.isNaN(n)) throw this.fail(`berisi angka yang tidak valid ("${raw.slice(0, 40)}"); berkas rusak.`);
    return numberText(n);
  }

  private fail(problem: string): FileReadError {
    return new FileReadError({ file: this.ctx.file, sheet: this.ctx.sheet, row: this.rowNumber, column: columnLetter(Math.max(0, this.col)) }, problem);
  }
}

/** sharedStrings.xml → array; rich-text runs are concatenated, phonetic (rPh) runs dropped. */
export class SharedStringsParser extends XmlScanner {
  readonly strings: string[] = [];
  private current = '';
  private inItem = false;
  private inPhonetic = false;

  protected open(tag: number): void {
    if (tag === SI) {
      this.inItem = true;
      this.current = '';
    } else if (tag === RPH) this.inPhonetic = true;
  }

  protected text(tag: number, buf: Buffer, start: number, end: number, decoded: string | null): void {
    if (tag === T && this.inItem && !this.inPhonetic) this.current += decoded ?? buf.toString('utf8', start, end);
  }

  protected close(tag: number): void {
    if (tag === SI) {
      this.strings.push(decodeOoxmlEscapes(this.current));
      this.inItem = false;
    } else if (tag === RPH) this.inPhonetic = false;
  }
}
