import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import { detectCsvEncoding, windows1252, type CsvEncoding, type DetectedEncoding } from './encoding';
import { FileReadError, ReadAbortedError, columnLetter, type OpenOptions, type OpenedTable, type ReadRow, type RowsOptions } from './types';

/*
 * CSV through papaparse's stream mode. Every cell stays text (no dynamicTyping): '3328014501900000' and
 * '3.5E+15' reach the engine exactly as written. Row numbers count records, as Excel shows them after opening
 * the file. papaparse keeps an unfinished record in memory until it ends, so a stray opening quote would make
 * it swallow the rest of the file; the guard below stops once one record exceeds MAX_RECORD_BYTES.
 */

const MAX_RECORD_BYTES = 16 * 1024 * 1024;
const QUEUE_HIGH = 5000;

/** Bytes → strings (BOM dropped); `admit` sees each chunk's size first and may stop the flow. */
function decoder(encoding: CsvEncoding, admit: (bytes: number) => boolean): Transform {
  const utf8 = new StringDecoder('utf8');
  let first = true;
  const decode = (chunk: Buffer) => (encoding === 'windows-1252' ? windows1252(chunk) : utf8.write(chunk));
  return new Transform({
    readableObjectMode: true,
    readableHighWaterMark: 2,
    transform(chunk: Buffer, _enc, done) {
      if (!admit(chunk.length)) return done();
      let text = decode(chunk);
      if (first && text.length > 0) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      done(null, text.length > 0 ? text : undefined);
    },
    flush(done) {
      const rest = encoding === 'utf-8' ? utf8.end() : '';
      done(null, rest.length > 0 ? rest : undefined);
    },
  });
}

interface Record_ {
  fields: string[];
  problem?: string;
  column?: number;
}

/** Raw CSV records (all fields text). Backpressure: the decoded input is paused while `queue` is full. */
export async function* csvRecords(file: string, encoding: CsvEncoding, delimiter: string, signal?: AbortSignal): AsyncGenerator<Record_> {
  const queue: Record_[] = [];
  let finished = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  let bytes = 0;
  let bytesAtLastRecord = 0;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const stop = (record: Record_) => {
    queue.push(record);
    finished = true;
    notify();
  };
  const admit = (size: number) => {
    bytes += size;
    if (!finished && bytes - bytesAtLastRecord > MAX_RECORD_BYTES) stop({ fields: [], problem: 'tanda kutip pembuka (") tidak pernah ditutup: satu baris melebihi 16 MB.' });
    return !finished;
  };
  const input = createReadStream(file, { highWaterMark: 1024 * 1024 }).pipe(decoder(encoding, admit));
  const onAbort = () => notify();
  signal?.addEventListener('abort', onAbort, { once: true });
  Papa.parse(input as unknown as File, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      if (finished) return parser.abort();
      const error = results.errors[0];
      const rows = error ? results.data.slice(0, error.row ?? 0) : results.data;
      if (rows.length > 0) bytesAtLastRecord = bytes;
      for (const fields of rows) queue.push({ fields });
      if (error) {
        const fields = results.data[error.row ?? 0] ?? [];
        const quoted = fields.findIndex((f) => f.includes('"'));
        if (error.code === 'MissingQuotes') stop({ fields, column: fields.length - 1, problem: 'tanda kutip (") tidak ditutup — baris terpotong atau berkas tidak lengkap.' });
        else stop({ fields, column: quoted >= 0 ? quoted : undefined, problem: 'tanda kutip (") tidak sesuai format CSV.' });
        return parser.abort();
      }
      if (queue.length >= QUEUE_HIGH) input.pause();
      notify();
    },
    complete() {
      finished = true;
      notify();
    },
    error(err: Error) {
      failure = err;
      notify();
    },
  });
  try {
    for (;;) {
      if (signal?.aborted) throw new ReadAbortedError(file);
      const next = queue.shift();
      if (next) {
        yield next;
        if (next.problem) return;
        continue;
      }
      if (failure) throw new FileReadError({ file }, 'tidak dapat dibaca.', { cause: failure });
      if (finished) return;
      if (input.isPaused()) {
        bytesAtLastRecord = bytes;
        input.resume();
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    input.destroy();
  }
}

/** Records with at least one value, numbered as Excel shows them; `build` makes the row a caller wants. */
async function* csvRows<T>(file: string, encoding: CsvEncoding, delimiter: string, signal: AbortSignal | undefined, build: (fields: string[], rowNumber: number) => T): AsyncGenerator<T> {
  let rowNumber = 0;
  let yielded = 0;
  for await (const record of csvRecords(file, encoding, delimiter, signal)) {
    rowNumber++;
    if (record.problem) {
      const column = record.column === undefined ? undefined : columnLetter(record.column);
      throw new FileReadError({ file, sheet: undefined, row: rowNumber, column }, record.problem);
    }
    if (record.fields.every((text) => text === '')) continue;
    yielded++;
    yield build(record.fields, rowNumber);
  }
  if (yielded === 0) throw new FileReadError({ file }, 'kosong (tidak ada baris data).');
}

const cellsOf = (fields: string[], rowNumber: number): ReadRow => ({ sheet: CSV_SHEET, rowNumber, cells: fields.map((text) => (text === '' ? null : { text, numeric: false })) });

export const CSV_SHEET = 'CSV';

export async function openCsv(file: string, head: Buffer, options: OpenOptions = {}): Promise<OpenedTable> {
  const detected: DetectedEncoding = options.encoding && options.encodingDetected ? { encoding: options.encoding, bom: false } : await detectCsvEncoding(file, options.encoding);
  const { encoding } = detected;
  if (detected.invalidUtf8 || detected.unknown) await throwEncodingError(file, head, detected.bom, Boolean(detected.unknown));
  const delimiter = detectDelimiter(encoding === 'windows-1252' ? windows1252(head) : head.toString('utf8'));
  const notices: string[] = [];
  if (encoding === 'windows-1252' && !options.encoding) notices.push('Berkas bukan UTF-8; dibaca sebagai Windows-1252 (ANSI). Periksa huruf beraksen pada hasilnya.');
  return {
    format: 'csv',
    file,
    sheets: [{ name: CSV_SHEET, index: 0 }],
    encoding,
    delimiter,
    notices,
    rows: (_sheet: string, opts: RowsOptions = {}) => csvRows(file, encoding, delimiter, opts.signal, cellsOf),
    textRows: (_sheet: string, opts: RowsOptions = {}) => csvRows(file, encoding, delimiter, opts.signal, (texts, rowNumber) => ({ rowNumber, texts })),
    mergedCells: async () => [],
    close: async () => {},
  };
}

/** Names the first cell that holds an undecodable byte (it decodes to U+FFFD). */
async function throwEncodingError(file: string, head: Buffer, bom: boolean, unknown: boolean): Promise<never> {
  const problem = bom
    ? 'berkas bertanda UTF-8 (BOM) tetapi berisi byte yang bukan UTF-8. Simpan ulang sebagai "CSV UTF-8".'
    : unknown
      ? 'pengodean karakter tidak dikenali (bukan UTF-8 maupun Windows-1252). Simpan ulang sebagai "CSV UTF-8".'
      : 'berisi byte yang bukan UTF-8. Simpan ulang sebagai "CSV UTF-8".';
  const delimiter = detectDelimiter(head.toString('utf8'));
  let row = 0;
  for await (const record of csvRecords(file, 'utf-8', delimiter)) {
    row++;
    const column = record.fields.findIndex((f) => f.includes('\ufffd'));
    if (column >= 0) throw new FileReadError({ file, row, column: columnLetter(column) }, problem);
    if (record.problem) break;
  }
  throw new FileReadError({ file }, problem);
}

/** The header line decides: the most frequent of , ; and tab outside quotes (comma when none occurs). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}
