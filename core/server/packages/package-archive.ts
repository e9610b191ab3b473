import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import type { VerifyProblem } from '../../contract/packages';
import { zipLimits, type ZipLimits } from '../import/readers/zip';

/**
 * A package zip opened for checking, never extracted to disk. Entry names are read raw (yauzl's own name
 * check would reject the whole file at the first bad name); every hostile entry (absolute path, `..`,
 * backslash, control characters, duplicates, encrypted, larger than the limits, zip-bomb ratio) becomes
 * a problem of its own and is left unread. The other entries are streamed with their declared size and
 * CRC-32 enforced.
 */

const mib = (n: number) => `${(n / 1024 ** 2).toFixed(1)} MB`;

function problem(file: string | null, message: string, expected: string | null = null, actual: string | null = null): VerifyProblem {
  return { file, message, expected, actual };
}

function nameProblem(name: string): string | null {
  if (/\p{Cc}/u.test(name)) return 'nama entri berisi karakter kendali';
  if (name.includes('\\')) return 'nama entri memakai garis miring terbalik (\\)';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'nama entri berupa jalur absolut';
  if (name.split('/').includes('..')) return 'nama entri keluar dari folder paket (..)';
  return null;
}

export class PackageArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly limits: ZipLimits,
  ) {}

  /**
   * The safe entries, and a problem for each refused one. A file that is no zip throws; a central directory
   * that breaks half-way gives no archive but keeps the problems found until then.
   */
  static async open(source: { path: string } | { bytes: Buffer }, limits = zipLimits(8 * 1024 ** 3)): Promise<{ archive: PackageArchive | null; problems: VerifyProblem[] }> {
    const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true } as const;
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      const done = (error: Error | null, opened?: yauzl.ZipFile) => (error || !opened ? reject(error ?? new Error('zip')) : resolve(opened));
      if ('path' in source) yauzl.open(source.path, options, done);
      else yauzl.fromBuffer(source.bytes, options, done);
    });
    const entries = new Map<string, yauzl.Entry>();
    const problems: VerifyProblem[] = [];
    let total = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('error', reject);
        zip.on('end', resolve);
        zip.on('entry', (entry: yauzl.Entry) => {
          const name = (entry.fileName as unknown as Buffer).toString('utf8');
          const refused = PackageArchive.refusal(name, entry, (total += entry.uncompressedSize), limits);
          if (refused) problems.push(problem(name, `Entri ditolak dan tidak dibuka: ${refused}.`));
          else if (entries.has(name)) problems.push(problem(name, 'Entri dengan nama yang sama muncul lebih dari sekali; paket tidak utuh.'));
          else if (!name.endsWith('/')) entries.set(name, entry);
          zip.readEntry();
        });
        zip.readEntry();
      });
    } catch (error) {
      zip.close();
      problems.push(problem(null, `Daftar isi zip rusak, paket tidak dapat diperiksa lebih lanjut (${error instanceof Error ? error.message : String(error)}).`));
      return { archive: null, problems };
    }
    return { archive: new PackageArchive(zip, entries, limits), problems };
  }

  private static refusal(name: string, entry: yauzl.Entry, total: number, limits: ZipLimits): string | null {
    const unsafe = nameProblem(name);
    if (unsafe) return unsafe;
    if (entry.isEncrypted()) return 'entri terenkripsi';
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) return `metode kompresi ${entry.compressionMethod} tidak didukung`;
    if (entry.uncompressedSize > limits.entryBytes) return `ukurannya ${mib(entry.uncompressedSize)} melebihi batas ${mib(limits.entryBytes)}`;
    if (total > limits.totalBytes) return `jumlah ukuran isi paket melebihi batas ${mib(limits.totalBytes)}`;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) return `rasio kompresi tidak wajar (${Math.round(ratio)}:1), kemungkinan "zip bomb"`;
    return null;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** SHA-256 and size of the entry's content, streamed; CRC-32 and the declared size are checked on the way. */
  async digest(name: string, onChunk?: (chunk: Buffer) => void): Promise<{ sha256: string; size: number }> {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`no entry ${name}`);
    const stream = await new Promise<Readable>((resolve, reject) => this.zip.openReadStream(entry, (error, s) => (error || !s ? reject(error) : resolve(s))));
    const hash = createHash('sha256');
    let size = 0;
    let crc = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > this.limits.entryBytes) {
        stream.destroy();
        throw new Error(`lebih besar dari batas ${mib(this.limits.entryBytes)}`);
      }
      crc = crc32(chunk, crc);
      hash.update(chunk);
      onChunk?.(chunk);
    }
    if (crc >>> 0 !== entry.crc32 >>> 0) throw new Error('CRC-32 isi entri tidak cocok (data terkompresi rusak atau diubah)');
    return { sha256: hash.digest('hex'), size };
  }

  /** A small entry as bytes (manifest, header, template); refused above maxBytes. */
  async read(name: string, maxBytes = 64 * 1024 ** 2): Promise<Buffer> {
    const entry = this.entries.get(name);
    if (entry && entry.uncompressedSize > maxBytes) throw new Error(`terlalu besar (${mib(entry.uncompressedSize)}, batas ${mib(maxBytes)})`);
    const chunks: Buffer[] = [];
    await this.digest(name, (chunk) => chunks.push(chunk));
    return Buffer.concat(chunks);
  }

  close(): void {
    this.zip.close();
  }
}
