/*
 * Streaming xlsx reader: yauzl (central directory, declared sizes) + node:zlib inflate on the thread pool +
 * a byte-level tokenizer for the sheet XML (xml-bytes.ts). Chosen on the figures of bench/xlsx-readers.ts
 * (300,000 families x 60 columns, 537 MB of sheet XML, 2-core machine): this reader ~4 s / ~150-220 MB peak
 * RSS; exceljs' streaming WorkbookReader ~28 s / ~350 MB; SheetJS cannot read the file at all (it makes each
 * part one JS string, past V8's 512 MB limit, and silently drops the sheet) and needs ~1.5 GB for half of it.
 * The sheet XML is never held whole: ~1 MB batches are tokenized and dropped; only the shared-string table
 * (random access by index) and one batch of rows live at a time.
 */
import * as XLSX from '@e965/xlsx';
import { SharedStringsParser, SheetParser } from './xlsx-sheet';
import { XmlTooLargeError, type XmlScanner } from './xml-bytes';
import { parseDateStyles, parseRelationships, parseWorkbook, type Relationship } from './xlsx-parts';
import { ZipArchive, zipLimits } from './zip';
import { FileReadError, ReadAbortedError, type CellRange, type OpenOptions, type OpenedTable, type ReadRow, type RowsOptions, type SheetInfo } from './types';

const BATCH_BYTES = 1024 * 1024;

/** Feeds an entry into a scanner in ~1 MB batches, yielding after each so the caller can drain rows. */
async function* pump(zip: ZipArchive, part: string, scanner: XmlScanner, signal: AbortSignal | undefined, sheet?: string): AsyncGenerator<void> {
  const pending: Buffer[] = [];
  let size = 0;
  const place = { file: zip.file, sheet };
  try {
    for await (const chunk of zip.stream(part, signal)) {
      pending.push(chunk);
      size += chunk.length;
      if (size < BATCH_BYTES) continue;
      scanner.feed(pending.length === 1 ? pending[0]! : Buffer.concat(pending, size));
      pending.length = 0;
      size = 0;
      yield;
    }
    if (size > 0) scanner.feed(Buffer.concat(pending, size));
    scanner.end();
    yield;
  } catch (error) {
    if (error instanceof FileReadError || error instanceof ReadAbortedError) throw error;
    const problem = error instanceof XmlTooLargeError ? 'berisi elemen XML yang tidak wajar panjangnya' : 'berisi XML yang terpotong atau rusak';
    throw new FileReadError(place, `bukan berkas Excel yang valid: bagian "${part}" ${problem}.`, { cause: error });
  }
}

export async function openXlsx(file: string, options: OpenOptions = {}): Promise<OpenedTable> {
  const zip = await ZipArchive.open(file, zipLimits(options.maxUncompressedBytes));
  try {
    return await describeWorkbook(zip);
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function describeWorkbook(zip: ZipArchive): Promise<OpenedTable> {
  const file = zip.file;
  const invalid = (problem: string) => new FileReadError({ file }, `bukan berkas Excel/CSV yang valid: ${problem}`);
  if (zip.has('mimetype') && zip.has('content.xml')) throw invalid('ini berkas OpenDocument (.ods). Buka di Excel/LibreOffice lalu simpan sebagai .xlsx.');
  const text = async (part: string) => (await zip.read(part)).toString('utf8');
  const rootRels = zip.has('_rels/.rels') ? parseRelationships(await text('_rels/.rels'), '') : new Map<string, Relationship>();
  const workbookPart = [...rootRels.values()].find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  if (workbookPart.endsWith('.bin')) throw invalid('ini berkas Excel Binary (.xlsb). Simpan ulang sebagai .xlsx.');
  if (!zip.has(workbookPart)) throw invalid('isi zip-nya bukan buku kerja Excel (workbook tidak ditemukan).');
  const base = workbookPart.replace(/[^/]*$/, '');
  const relsPart = `${base}_rels/${workbookPart.slice(base.length)}.rels`;
  const rels = zip.has(relsPart) ? parseRelationships(await text(relsPart), base) : new Map<string, Relationship>();
  const workbook = parseWorkbook(await text(workbookPart));
  const byType = (type: string) => [...rels.values()].find((r) => r.type === type)?.target;
  const stylesPart = byType('styles');
  const dateStyles = stylesPart && zip.has(stylesPart) ? parseDateStyles(await text(stylesPart), XLSX.SSF.is_date, XLSX.SSF.get_table()) : [];
  const stringsPart = byType('sharedStrings') ?? (zip.has(`${base}sharedStrings.xml`) ? `${base}sharedStrings.xml` : undefined);

  const parts = new Map<string, string>();
  const sheets: SheetInfo[] = [];
  for (const s of workbook.sheets) {
    const rel = rels.get(s.relId);
    if (!rel || rel.type !== 'worksheet' || !zip.has(rel.target)) continue;
    parts.set(s.name, rel.target);
    sheets.push({ name: s.name, index: sheets.length });
  }
  if (sheets.length === 0) throw invalid('buku kerja ini tidak berisi lembar kerja.');
  for (const info of sheets) {
    const hint = await peekDimension(zip, parts.get(info.name)!, info.name);
    if (hint) info.rowCountHint = hint;
  }

  let strings: Promise<string[]> | undefined;
  const sharedStrings = (signal?: AbortSignal) =>
    (strings ??= (async () => {
      if (!stringsPart || !zip.has(stringsPart)) return [];
      const parser = new SharedStringsParser();
      const batches = pump(zip, stringsPart, parser, signal);
      while (!(await batches.next()).done);
      return parser.strings;
    })().catch((error: unknown) => {
      strings = undefined; // an aborted load must not poison later reads
      throw error;
    }));
  const mergeCache = new Map<string, CellRange[]>();
  const partOf = (sheet: string) => {
    const part = parts.get(sheet);
    if (!part) throw new FileReadError({ file, sheet }, 'lembar ini tidak ada di buku kerja.');
    return part;
  };

  return {
    format: 'xlsx',
    file,
    sheets,
    notices: [],
    async *rows(sheet: string, opts: RowsOptions = {}): AsyncGenerator<ReadRow> {
      const part = partOf(sheet);
      const parser = new SheetParser({ file, sheet, sharedStrings: await sharedStrings(opts.signal), dateStyles, date1904: workbook.date1904 });
      const batches = pump(zip, part, parser, opts.signal, sheet);
      try {
        while (!(await batches.next()).done) {
          const rows = parser.rows;
          parser.rows = [];
          for (const row of rows) {
            if (opts.signal?.aborted) throw new ReadAbortedError(file);
            yield row;
          }
        }
      } finally {
        await batches.return(undefined);
      }
      if (!parser.sheetDataClosed) throw new FileReadError({ file, sheet }, `bukan berkas Excel yang valid: bagian "${part}" berisi XML yang terpotong atau rusak.`);
      mergeCache.set(sheet, parser.merges);
    },
    async mergedCells(sheet: string, opts: RowsOptions = {}): Promise<CellRange[]> {
      const cached = mergeCache.get(sheet);
      if (cached) return cached;
      const merges = await scanMerges(zip, partOf(sheet), sheet, opts.signal);
      mergeCache.set(sheet, merges);
      return merges;
    },
    async close() {
      zip.close();
    },
  };
}

/** Reads only the first ~64 KB of a sheet for <dimension ref="A1:BH300001">. */
async function peekDimension(zip: ZipArchive, part: string, sheet: string): Promise<number | undefined> {
  const parser = new SheetParser({ file: zip.file, sheet, sharedStrings: [], dateStyles: [], date1904: false });
  let seen = 0;
  const controller = new AbortController();
  try {
    for await (const chunk of zip.stream(part, controller.signal)) {
      parser.feed(chunk.subarray(0, Math.min(chunk.length, 64 * 1024 - seen)));
      seen += chunk.length;
      if (parser.dimension || parser.sheetDataSeen || seen >= 64 * 1024) break;
    }
  } catch {
    // Problems surface with their full message when the rows are read; <dimension> precedes any cell.
  }
  const d = parser.dimension;
  return d && d.lastRow > 1 ? d.lastRow : undefined;
}

/**
 * <mergeCells> follows <sheetData>, so finding them means inflating the whole sheet; this pass skips the
 * tokenizer (native byte search) until the first "mergeCell" and costs about a third of a full read.
 */
async function scanMerges(zip: ZipArchive, part: string, sheet: string, signal?: AbortSignal): Promise<CellRange[]> {
  const parser = new SheetParser({ file: zip.file, sheet, sharedStrings: [], dateStyles: [], date1904: false });
  let carry = Buffer.alloc(0);
  let found = false;
  for await (const chunk of zip.stream(part, signal)) {
    if (found) {
      parser.feed(chunk);
      continue;
    }
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const at = buf.indexOf('mergeCell', 0, 'latin1');
    if (at >= 0) {
      found = true;
      parser.feed(buf.subarray(Math.max(0, buf.lastIndexOf(60, at))));
    } else carry = Buffer.from(buf.subarray(Math.max(0, buf.length - 16)));
  }
  return parser.merges;
}
