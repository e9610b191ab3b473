import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

export interface WrittenFile {
  sha256: string;
  size: number;
}

const BLOCK = 256 * 1024;

/**
 * Text encoded as UTF-8 straight into one reused block, handed on whenever it is full. The receiver must
 * use the bytes before it returns (a file write, a hash update and fflate's deflate all copy them), which
 * spares the garbage of joined strings and a new Buffer per block.
 */
export class TextBlocks {
  private readonly block = Buffer.allocUnsafe(BLOCK);
  private used = 0;

  constructor(private readonly emit: (bytes: Uint8Array) => void) {}

  add(text: string): void {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    if (this.used + text.length * 3 > BLOCK) {
      this.flush();
      if (text.length * 3 > BLOCK) return this.emit(Buffer.from(text, 'utf8'));
    }
    this.used += this.block.write(text, this.used, 'utf8');
  }

  flush(): void {
    if (this.used === 0) return;
    this.emit(this.block.subarray(0, this.used));
    this.used = 0;
  }
}

/** A file written in pieces (synchronously: the writers run inside one job) with its SHA-256 computed on the way. */
export class HashedFile {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private size = 0;
  private readonly text = new TextBlocks((bytes) => this.writeBytes(bytes));

  constructor(readonly path: string) {
    this.fd = openSync(path, 'wx');
  }

  write(bytes: Uint8Array): void {
    this.text.flush();
    this.writeBytes(bytes);
  }

  writeText(text: string): void {
    this.text.add(text);
  }

  close(): WrittenFile {
    this.text.flush();
    closeSync(this.fd);
    return { sha256: this.hash.digest('hex'), size: this.size };
  }

  private writeBytes(bytes: Uint8Array): void {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
    this.hash.update(bytes);
    this.size += bytes.length;
  }
}
