import { DeterministicZip, type ZipEntry } from './deterministic-zip';
import { TextBlocks, type HashedFile } from './hashed-file';

/**
 * A one-sheet xlsx written as it goes (SpreadsheetML by hand, zipped by DeterministicZip): memory stays
 * flat for any number of rows and the bytes depend only on the rows. Every cell is either a number
 * (numeric columns, plain decimal text only) or an inline string in the Text format "@", so Excel keeps
 * NIK, No KK and IDs as typed (no 3.3E+15, no lost digits). A string that starts with = + - @ tab or CR is
 * stored with quotePrefix="1", the same as a cell typed with a leading apostrophe in Excel: the value
 * itself is unchanged and Excel shows and keeps it as text, never as a formula.
 */

export interface XlsxColumn {
  header: string;
  /** Values that are plain decimal numbers become number cells. */
  numeric: boolean;
  width: number;
}

export interface XlsxInfo {
  sheetName: string;
  title: string;
  /** ISO time written as the document's created/modified time (the batch's freeze time). */
  createdAt: string;
  mtime: Date;
}

// Cell formats (xl/styles.xml cellXfs); 0 stays General, the default readers assume for cells without one.
const STYLE_TEXT = 1;
const STYLE_HEADER = 2;
const STYLE_QUOTED = 3;
const NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d{1,10})?$/;
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters XML 1.0 cannot carry: the C0 controls but tab, LF and CR, and U+FFFE/U+FFFF. */
const NOT_XML = /(?![\t\n\r\u007f-\u009f])\p{Cc}|[\uFFFE\uFFFF]/gu;
const NEEDS_ESCAPE = /[&<>]|_x[0-9A-Fa-f]{4}_|(?![\t\n\r\u007f-\u009f])\p{Cc}|[\uFFFE\uFFFF]/u;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** XML text; characters XML 1.0 cannot carry become OOXML's _xHHHH_ escapes (and a literal "_x0041_" keeps its underscore as _x005F_). */
export function xmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(NOT_XML, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

const attr = (text: string) => xmlText(text).replace(/"/g, '&quot;');

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export class XlsxWriter {
  private readonly zip: DeterministicZip;
  private readonly sheet: ZipEntry;
  private readonly letters: string[];
  private readonly xml: TextBlocks;
  private rowNumber = 0;

  constructor(
    file: HashedFile,
    private readonly columns: readonly XlsxColumn[],
    info: XlsxInfo,
  ) {
    this.letters = columns.map((_, index) => columnLetter(index));
    this.zip = new DeterministicZip((chunk) => file.write(chunk), info.mtime);
    for (const [name, xml] of staticParts(info)) this.zip.add(name, Buffer.from(xml, 'utf8'));
    this.sheet = this.zip.open('xl/worksheets/sheet1.xml', true);
    this.xml = new TextBlocks((bytes) => this.sheet.push(bytes));
    const cols = columns.map((column, i) => `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"${column.numeric ? '' : ` style="${STYLE_TEXT}"`}/>`).join('');
    this.xml.add(
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0">` +
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
        `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`,
    );
    this.writeRow(columns.map((column) => column.header), true);
  }

  addRow(values: readonly (string | null)[]): void {
    this.writeRow(values, false);
  }

  /** Ends the sheet and the zip; the caller closes the file. */
  finish(): void {
    this.xml.add('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
    this.xml.flush();
    this.sheet.push(new Uint8Array(0), true);
    this.zip.end();
  }

  /** Empty cells are left out; a cell carries its reference only after a gap (readers place a cell without one in the next column). */
  private writeRow(values: readonly (string | null)[], header: boolean): void {
    const r = ++this.rowNumber;
    let xml = `<row r="${r}">`;
    let previous = -1;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null || value === undefined || value === '') continue;
      const ref = i === previous + 1 && previous >= 0 ? '' : ` r="${this.letters[i]}${r}"`;
      previous = i;
      if (!header && this.columns[i]?.numeric && NUMBER.test(value)) {
        xml += `<c${ref}><v>${value}</v></c>`;
        continue;
      }
      const style = header ? STYLE_HEADER : FORMULA_START.test(value) ? STYLE_QUOTED : STYLE_TEXT;
      const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
      xml += `<c${ref} t="inlineStr" s="${style}"><is><t${space}>${xmlText(value)}</t></is></c>`;
    }
    this.xml.add(`${xml}</row>`);
  }
}

function staticParts(info: XlsxInfo): [string, string][] {
  const created = info.createdAt.replace(/\.\d+Z$/, 'Z');
  return [
    ['[Content_Types].xml', `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'],
    ['_rels/.rels', `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`],
    ['docProps/app.xml', `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Verivali Desktop</Application></Properties>`],
    ['docProps/core.xml', `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${xmlText(info.title)}</dc:title><dc:creator>Verivali Desktop</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`],
    ['xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${attr(info.sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`],
    ['xl/styles.xml', `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4">' +
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '<xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>' +
      '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'],
  ];
}
