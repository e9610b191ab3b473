import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { openCsv } from './csv';
import { openXls } from './xls';
import { openXlsx } from './xlsx';
import { FileReadError, type OpenOptions, type OpenedTable } from './types';

const HEAD_BYTES = 64 * 1024;
const EXCEL_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.xlsb', '.xltx']);
const BINARY_SIGNATURES: [string, string][] = [
  ['25504446', 'PDF'],
  ['89504e47', 'gambar PNG'],
  ['ffd8ff', 'gambar JPEG'],
  ['47494638', 'gambar GIF'],
  ['52617221', 'arsip RAR'],
  ['377abcaf', 'arsip 7-Zip'],
  ['1f8b', 'arsip gzip'],
];

async function readHead(file: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } catch (error) {
    throw new FileReadError({ file }, 'tidak dapat dibuka (tidak ditemukan atau tidak ada izin membaca).', { cause: error });
  } finally {
    await handle?.close();
  }
}

function isMostlyText(head: Buffer): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32 && b !== 26)) control++;
  }
  return control <= head.length / 1000;
}

/** Format by content: zip → xlsx, OLE2 → xls, plain text → CSV. The extension only sharpens the error text. */
export async function openTable(file: string, options: OpenOptions = {}): Promise<OpenedTable> {
  const head = await readHead(file);
  if (head.length === 0) throw new FileReadError({ file }, 'kosong (0 byte).');
  const hex = head.subarray(0, 8).toString('hex');
  if (hex.startsWith('504b0304') || hex.startsWith('504b0506')) return openXlsx(file, options);
  if (hex === 'd0cf11e0a1b11ae1') return openXls(file);
  const invalid = (what: string) => new FileReadError({ file }, `bukan berkas Excel/CSV yang valid: ${what}`);
  const binary = BINARY_SIGNATURES.find(([sig]) => hex.startsWith(sig));
  if (binary) throw invalid(`isinya ${binary[1]}.`);
  if (hex.startsWith('fffe') || hex.startsWith('feff')) throw invalid('teks UTF-16 ("Unicode Text") tidak didukung. Simpan ulang sebagai "CSV UTF-8".');
  if (!isMostlyText(head)) throw invalid('isinya data biner yang tidak dikenali.');
  const ext = extname(file).toLowerCase();
  if (EXCEL_EXTENSIONS.has(ext)) {
    const start = head.subarray(0, 2048).toString('latin1').toLowerCase();
    if (/<html|<table|<!doctype html/.test(start)) throw invalid(`berekstensi ${ext} tetapi isinya halaman HTML. Buka di Excel lalu simpan sebagai .xlsx.`);
    if (start.includes('<?xml')) throw invalid(`berekstensi ${ext} tetapi isinya XML, bukan buku kerja Excel. Buka di Excel lalu simpan sebagai .xlsx.`);
    throw invalid(`berekstensi ${ext} tetapi isinya teks (CSV). Jika memang CSV, ubah ekstensinya menjadi .csv.`);
  }
  return openCsv(file, head, options);
}
