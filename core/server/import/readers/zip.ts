import { pipeline, type Readable } from 'node:stream';
import { crc32, createInflateRaw, type ZlibOptions } from 'node:zlib';
import yauzl from 'yauzl';
import { FileReadError, ReadAbortedError } from './types';

/*
 * Zip access for xlsx. yauzl reads the central directory (declared sizes before any byte is inflated),
 * checks that each entry inflates to exactly its declared size and refuses absolute or `../` entry names.
 * Entries are only ever inflated into memory/streams here — nothing from the archive is written to disk,
 * so hostile names could not escape anyway. yauzl does not verify CRC-32, so we do (zlib.crc32, native).
 */

export interface ZipLimits {
  /** Sum of declared uncompressed sizes of all entries. */
  totalBytes: number;
  /** Declared or actual uncompressed size of one entry. */
  entryBytes: number;
  /** Compression ratio refused for entries bigger than ratioFloorBytes. Deflate tops out near 1032:1. */
  maxRatio: number;
  ratioFloorBytes: number;
}

const DEFAULT_TOTAL_BYTES = 4 * 1024 ** 3;
const DEFAULT_ENTRY_BYTES = 2 * 1024 ** 3;

export function zipLimits(maxUncompressedBytes?: number): ZipLimits {
  const totalBytes = maxUncompressedBytes ?? DEFAULT_TOTAL_BYTES;
  return { totalBytes, entryBytes: Math.min(DEFAULT_ENTRY_BYTES, totalBytes), maxRatio: 1000, ratioFloorBytes: 8 * 1024 ** 2 };
}

const mib = (n: number) => `${(n / 1024 ** 2).toFixed(1)} MB`;

function zipProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/end of central directory|unexpected EOF|overflows file bounds/i.test(text)) return 'berkas terpotong atau bukan zip yang utuh.';
  if (/central directory|signature|zip64|multi-disk|comment length/i.test(text)) return 'daftar isi zip (central directory) rusak.';
  if (/too many bytes|not enough bytes/i.test(text)) return 'ukuran isi tidak sama dengan yang dinyatakan — berkas rusak atau dimanipulasi.';
  if (/absolute path|relative path|invalid characters/i.test(text)) return 'berisi nama entri zip yang tidak aman; berkas ditolak.';
  if (/encrypt/i.test(text)) return 'terenkripsi; buka di Excel, hapus kata sandinya, lalu simpan ulang.';
  if (/compression method/i.test(text)) return 'memakai metode kompresi zip yang tidak didukung.';
  return 'data terkompresi di dalamnya rusak.';
}

export class ZipArchive {
  private constructor(
    readonly file: string,
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly limits: ZipLimits,
  ) {}

  static async open(file: string, limits: ZipLimits): Promise<ZipArchive> {
    const fail = (problem: string, cause?: unknown) => new FileReadError({ file }, `bukan berkas Excel yang valid: ${problem}`, { cause });
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, z) => (err ? reject(fail(zipProblem(err), err)) : resolve(z))),
    );
    const entries = new Map<string, yauzl.Entry>();
    let total = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('error', (err) => reject(err instanceof FileReadError ? err : fail(zipProblem(err), err)));
        zip.on('end', resolve);
        zip.on('entry', (entry: yauzl.Entry) => {
          const size = entry.uncompressedSize;
          total += size;
          const ratio = size / Math.max(1, entry.compressedSize);
          if (size > limits.entryBytes || total > limits.totalBytes) {
            return reject(fail(`isi terkompresinya terlalu besar (${mib(Math.max(size, total))}, batas ${mib(Math.min(limits.entryBytes, limits.totalBytes))}). Berkas ditolak demi keamanan (kemungkinan "zip bomb").`));
          }
          if (size > limits.ratioFloorBytes && ratio > limits.maxRatio) {
            return reject(fail(`rasio kompresi tidak wajar (${Math.round(ratio)}:1). Berkas ditolak demi keamanan (kemungkinan "zip bomb").`));
          }
          const key = entry.fileName.toLowerCase();
          if (!entry.fileName.endsWith('/') && !entries.has(key)) entries.set(key, entry);
          zip.readEntry();
        });
        zip.readEntry();
      });
    } catch (error) {
      zip.close();
      throw error;
    }
    return new ZipArchive(file, zip, entries, limits);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  names(): string[] {
    return [...this.entries.values()].map((e) => e.fileName);
  }

  /** Inflated bytes of one entry, CRC-checked at the end; destroys the inflater on abort. */
  async *stream(name: string, signal?: AbortSignal): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name.toLowerCase());
    const fail = (problem: string, cause?: unknown) => new FileReadError({ file: this.file }, `bukan berkas Excel yang valid: bagian "${name}" ${problem}`, { cause });
    if (!entry) throw fail('tidak ada.');
    if (entry.isEncrypted()) throw fail(zipProblem('encrypted'));
    if (signal?.aborted) throw new ReadAbortedError(this.file);
    const deflated = entry.compressionMethod === 8;
    const raw = await new Promise<Readable>((resolve, reject) =>
      this.zip.openReadStream(entry, deflated ? { decompress: false } : {}, (err, s) => (err ? reject(fail(zipProblem(err), err)) : resolve(s))),
    );
    // Our own inflater with a deep buffer, so inflating (libuv thread pool) runs ahead of the tokenizer.
    let input: Readable = raw;
    if (deflated) {
      const inflate = createInflateRaw({ chunkSize: 256 * 1024, readableHighWaterMark: 2 * 1024 * 1024 } as ZlibOptions);
      pipeline(raw, inflate, () => {});
      input = inflate;
    }
    const onAbort = () => input.destroy();
    signal?.addEventListener('abort', onAbort, { once: true });
    let crc = 0;
    let bytes = 0;
    const sizeLie = () => fail(zipProblem('too many bytes'));
    try {
      for await (const chunk of input as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > entry.uncompressedSize) throw sizeLie();
        if (bytes > this.limits.entryBytes) throw fail(`lebih besar dari batas ${mib(this.limits.entryBytes)} saat dibuka; berkas ditolak demi keamanan.`);
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (error) {
      if (signal?.aborted) throw new ReadAbortedError(this.file);
      throw error instanceof FileReadError ? error : fail(zipProblem(error), error);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      input.destroy();
      raw.destroy();
    }
    if (signal?.aborted) throw new ReadAbortedError(this.file);
    if (bytes !== entry.uncompressedSize) throw sizeLie();
    if (crc >>> 0 !== entry.crc32 >>> 0) throw fail('rusak (CRC tidak cocok).');
  }

  /** Whole entry as one Buffer — only for small parts (workbook, rels, styles). */
  async read(name: string, maxBytes = 64 * 1024 ** 2): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of this.stream(name)) {
      size += chunk.length;
      if (size > maxBytes) throw new FileReadError({ file: this.file }, `bukan berkas Excel yang valid: bagian "${name}" terlalu besar (${mib(size)}).`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  close(): void {
    this.zip.close();
  }
}
