import { closeSync, existsSync, mkdtempSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiError } from '../../contract/errors';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type Letterhead, type PackageManifest } from '../../contract/packages';
import type { ExportTemplate } from '../../domain/templates';
import { DeterministicZip, zipEntryTime } from './deterministic-zip';
import { desaEvidence, evidenceEntries, itemEvidence, type EvidenceRef } from './evidence-files';
import { HashedFile } from './hashed-file';
import { CountTally, type PackageCounts } from './package-counts';
import type { PackageSource } from './package-source';
import { PackageTables, staged, type StagedFile } from './package-tables';
import { beritaAcaraPdf } from './pdf-berita-acara';
import { rekapPdf } from './pdf-rekap';

export interface ExportOptions {
  path: string;
  template: ExportTemplate;
  letterhead: Letterhead;
  latihan: boolean;
  appVersion: string;
  exportedBy: string;
  exportedAt: string;
  withEvidence: boolean;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface ExportResult {
  path: string;
  sha256: string;
  size: number;
  files: number;
  proposals: number;
  ms: number;
  manifest: PackageManifest;
}

export const MANIFEST_PATH = 'manifest.json';
const PROGRESS_EVERY = 1000;
/** Files that gain from deflate; xlsx and evidence (jpeg, png, pdf) are compressed already and are stored. */
const DEFLATED = /\.(csv|json|txt|pdf)$/;
const STORED_EVIDENCE = /^evidence\//;

/**
 * Writes the package of a frozen batch. Everything is staged in a hidden folder next to the target and
 * the finished zip is renamed into place, so a half-written package never carries the final name
 * (a cancel or a failure leaves nothing behind).
 */
export async function exportPackage(source: PackageSource, options: ExportOptions): Promise<ExportResult> {
  const started = performance.now();
  const target = resolve(options.path);
  if (!existsSync(dirname(target))) throw new ApiError('NOT_FOUND', `Folder tujuan "${dirname(target)}" tidak ada; pilih folder yang sudah ada untuk menyimpan paket.`, { field: 'path' });
  const stagingDir = mkdtempSync(join(dirname(target), `.${basename(target)}.sementara-`));
  const { header } = source;
  const mtime = zipEntryTime(header.frozenAt);
  let tables: PackageTables | null = new PackageTables(stagingDir, header, options.template, mtime);
  try {
    const tally = new CountTally();
    const evidence: EvidenceRef[] = options.withEvidence ? desaEvidence(source) : [];
    let done = 0;
    for (const item of source.items()) {
      tables.add(item);
      tally.add(item);
      if (options.withEvidence) evidence.push(...itemEvidence(item));
      if (++done % PROGRESS_EVERY === 0) {
        options.onProgress?.(done, source.itemCount);
        // Lets jobs.cancel and other messages in; the export runs inside the data worker's event loop.
        await new Promise((next) => setImmediate(next));
        if (options.signal?.aborted) throw new ApiError('CANCELLED', 'Ekspor paket dibatalkan; tidak ada berkas paket yang dibuat.');
      }
    }
    const sheets = tables.finish();
    tables = null;
    const counts = tally.result();
    const files: StagedFile[] = [...sheets.files];
    const stage = (path: string, bytes: Uint8Array) => {
      const file = new HashedFile(join(stagingDir, `${files.length}-${basename(path)}`));
      file.write(bytes);
      files.push(staged(path, file));
    };
    stage('rekap.pdf', await rekapPdf(header, counts, options.letterhead, options.latihan));
    stage('berita-acara.pdf', await beritaAcaraPdf(header, counts, options.letterhead, options.latihan));
    stage('templat.json', Buffer.from(`${JSON.stringify(options.template, null, 2)}\n`));
    stage('batch/header.json', Buffer.from(source.headerJson));
    stage('batch/item-hashes.txt', Buffer.from([...source.itemHashes()].map(([proposalId, hash]) => `${proposalId} ${hash}\n`).join('')));
    for (const entry of evidenceEntries(source, evidence)) stage(entry.path, entry.content);
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

    const manifest = buildManifest(source, options, counts, sheets.rows, files);
    const zipFile = new HashedFile(join(stagingDir, 'paket.zip'));
    const zip = new DeterministicZip((chunk) => zipFile.write(chunk), mtime);
    zip.add(MANIFEST_PATH, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    for (const file of files) copyInto(zip, file);
    zip.end();
    const written = zipFile.close();
    renameSync(zipFile.path, target);
    options.onProgress?.(source.itemCount, source.itemCount);
    return { path: target, ...written, files: files.length + 1, proposals: counts.proposals, ms: Math.round(performance.now() - started), manifest };
  } finally {
    tables?.discard();
    rmSync(stagingDir, { recursive: true, force: true });
  }
}

function buildManifest(source: PackageSource, options: ExportOptions, counts: PackageCounts, rows: Record<string, number>, files: StagedFile[]): PackageManifest {
  const { header } = source;
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    appVersion: options.appVersion,
    latihan: options.latihan,
    kabupaten: { code: header.kabupatenCode, name: header.kabupatenName },
    batch: {
      id: header.id,
      name: header.name,
      periodKind: header.periodKind,
      period: header.period,
      cutoffDate: header.cutoffDate,
      kecamatanCodes: header.kecamatanCodes,
      contentHash: header.contentHash,
      auditAnchor: header.auditAnchor,
      frozenBy: header.frozenBy,
      frozenAt: header.frozenAt,
      replacesBatchId: header.replacesBatchId,
    },
    template: { id: options.template.id, name: options.template.name, vocabulary: options.template.vocabulary },
    letterhead: options.letterhead,
    exportedBy: options.exportedBy,
    exportedAt: options.exportedAt,
    withEvidence: options.withEvidence,
    counts: {
      proposals: counts.proposals,
      perType: counts.perType,
      rows,
      perDesa: counts.perDesa.map(({ desaCode, desaName, kecamatanCode, kecamatanName, counts: perType, total }) => ({ desaCode, desaName, kecamatanCode, kecamatanName, counts: { ...perType }, total })),
    },
    files: files.map(({ path, sha256, size }) => ({ path, sha256, size })),
  };
}

function copyInto(zip: DeterministicZip, file: StagedFile): void {
  const entry = zip.open(file.path, DEFLATED.test(file.path) && !STORED_EVIDENCE.test(file.path));
  const fd = openSync(file.stagedAt, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let read: number;
    while ((read = readSync(fd, buffer, 0, buffer.length, null)) > 0) entry.push(buffer.subarray(0, read));
    entry.push(new Uint8Array(0), true);
  } finally {
    closeSync(fd);
  }
}
