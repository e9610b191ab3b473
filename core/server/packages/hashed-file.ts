import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

export interface WrittenFile {
  sha256: string;
  size: number;
}

/** A file written in pieces (synchronously: the writers run inside one job) with its SHA-256 computed on the way. */
export class HashedFile {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private size = 0;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'wx');
  }

  write(bytes: Uint8Array): void {
    this.flushText();
    this.writeBytes(bytes);
  }

  /** Text is gathered and written as UTF-8 in blocks of about 256 KB. */
  writeText(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength > 256 * 1024) this.flushText();
  }

  close(): WrittenFile {
    this.flushText();
    closeSync(this.fd);
    return { sha256: this.hash.digest('hex'), size: this.size };
  }

  private flushText(): void {
    if (this.pendingLength === 0) return;
    this.writeBytes(Buffer.from(this.pending.join(''), 'utf8'));
    this.pending = [];
    this.pendingLength = 0;
  }

  private writeBytes(bytes: Uint8Array): void {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
    this.hash.update(bytes);
    this.size += bytes.length;
  }
}
