import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError } from '../../contract/errors';
import { manifestSchema, type PackageManifest, type VerifyProblem, type VerifyResult } from '../../contract/packages';
import { checkTemplate } from '../../domain/templates';
import type { Sqlite } from '../../../db/open';
import { contentHash } from '../batches/snapshot';
import { PackageArchive } from './package-archive';
import { exportPackage, MANIFEST_PATH } from './package-export';
import { workspaceSource } from './package-source';

export const HEADER_PATH = 'batch/header.json';
export const ITEM_HASHES_PATH = 'batch/item-hashes.txt';
export const TEMPLATE_PATH = 'templat.json';

export interface VerifyContext {
  /** A practice package is refused unless this is a practice workspace (or the CLI's --latihan). */
  allowPractice: boolean;
  /** The open workspace: a package of one of its frozen batches is re-created from it and compared file by file. */
  workspace: { db: Sqlite; kabupatenCode: string } | null;
}

const problem = (file: string | null, message: string, expected: string | null = null, actual: string | null = null): VerifyProblem => ({ file, message, expected, actual });
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Checks a package: the manifest (schema), every file's SHA-256 and size, files missing or added, the
 * batch hash recomputed from batch/header.json and batch/item-hashes.txt, and, when the open workspace
 * holds the same frozen batch, every file against a fresh export of it. Each problem names its file.
 */
export async function verifyPackage(source: { path: string } | { bytes: Buffer }, context: VerifyContext): Promise<VerifyResult> {
  const result: VerifyResult = { ok: false, problems: [], manifest: null, contentHashRecomputed: false, comparedWithWorkspace: false };
  let opened: Awaited<ReturnType<typeof PackageArchive.open>>;
  try {
    opened = await PackageArchive.open(source);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    result.problems.push(problem(null, missing ? 'Berkas paket tidak ditemukan.' : `Berkas bukan zip yang utuh, jadi tidak dapat diperiksa (${describe(error)}).`));
    return result;
  }
  const { archive } = opened;
  result.problems.push(...opened.problems);
  if (!archive) return result;
  try {
    const manifest = await readManifest(archive, result.problems);
    result.manifest = manifest;
    if (manifest) {
      if (manifest.latihan && !context.allowPractice) {
        result.problems.push(problem(MANIFEST_PATH, 'Paket ini dibuat di workspace LATIHAN (Bimtek), bukan data sungguhan; paket latihan ditolak di luar workspace latihan.', 'latihan: false', 'latihan: true'));
      }
      await checkFiles(archive, manifest, result.problems);
      result.contentHashRecomputed = await recomputeContentHash(archive, manifest, result.problems);
      if (context.workspace) result.comparedWithWorkspace = await compareWithWorkspace(archive, manifest, context, result.problems);
    }
  } finally {
    archive.close();
  }
  result.ok = result.problems.length === 0;
  return result;
}

async function readManifest(archive: PackageArchive, problems: VerifyProblem[]): Promise<PackageManifest | null> {
  if (!archive.has(MANIFEST_PATH)) {
    problems.push(problem(MANIFEST_PATH, 'Tidak ada manifest.json: ini bukan paket penetapan Verivali, atau paketnya tidak lengkap.'));
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse((await archive.read(MANIFEST_PATH, 32 * 1024 ** 2)).toString('utf8'));
  } catch (error) {
    problems.push(problem(MANIFEST_PATH, `manifest.json tidak dapat dibaca sebagai JSON (${describe(error)}).`));
    return null;
  }
  const parsed = manifestSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push(problem(MANIFEST_PATH, `Isian "${issue.path.join('.') || '(akar)'}" tidak sesuai format manifest: ${issue.message}`));
  return null;
}

async function checkFiles(archive: PackageArchive, manifest: PackageManifest, problems: VerifyProblem[]): Promise<void> {
  const listed = new Set<string>([MANIFEST_PATH]);
  for (const file of manifest.files) {
    listed.add(file.path);
    if (!archive.has(file.path)) {
      problems.push(problem(file.path, 'Berkas tercantum di manifest tetapi tidak ada di paket.'));
      continue;
    }
    try {
      const actual = await archive.digest(file.path);
      if (actual.sha256 !== file.sha256) problems.push(problem(file.path, 'Isi berkas berubah: SHA-256 tidak sama dengan manifest.', file.sha256, actual.sha256));
      else if (actual.size !== file.size) problems.push(problem(file.path, 'Ukuran berkas tidak sama dengan manifest.', String(file.size), String(actual.size)));
    } catch (error) {
      problems.push(problem(file.path, `Berkas tidak dapat dibaca utuh: ${describe(error)}.`));
    }
  }
  for (const name of archive.names()) {
    if (!listed.has(name)) problems.push(problem(name, 'Berkas tidak tercantum di manifest (ditambahkan setelah ekspor).'));
  }
}

/** The content hash from the package itself: sha256 over header.json and every item hash (docs/paket-penetapan.md). */
async function recomputeContentHash(archive: PackageArchive, manifest: PackageManifest, problems: VerifyProblem[]): Promise<boolean> {
  if (!archive.has(HEADER_PATH) || !archive.has(ITEM_HASHES_PATH)) return false;
  try {
    const headerJson = (await archive.read(HEADER_PATH)).toString('utf8');
    const lines = (await archive.read(ITEM_HASHES_PATH, 256 * 1024 ** 2)).toString('utf8').split('\n').filter(Boolean);
    const hashes = lines.map((line) => line.split(' ')[1] ?? '');
    const recomputed = contentHash(headerJson, hashes);
    if (recomputed !== manifest.batch.contentHash) {
      problems.push(problem(HEADER_PATH, `Kode isi batch yang dihitung ulang dari ${HEADER_PATH} dan ${ITEM_HASHES_PATH} tidak sama dengan manifest.`, manifest.batch.contentHash, recomputed));
    }
    if (lines.length !== manifest.counts.proposals) {
      problems.push(problem(ITEM_HASHES_PATH, 'Jumlah usulan dalam daftar hash tidak sama dengan jumlah di manifest.', String(manifest.counts.proposals), String(lines.length)));
    }
    const header = JSON.parse(headerJson) as Record<string, unknown>;
    for (const key of ['id', 'period', 'kabupatenCode', 'frozenAt', 'frozenBy', 'auditAnchor'] as const) {
      const stated = key === 'kabupatenCode' ? manifest.kabupaten.code : manifest.batch[key];
      if (header[key] !== stated) problems.push(problem(HEADER_PATH, `Isian "${key}" di ${HEADER_PATH} tidak sama dengan manifest.`, String(stated), String(header[key])));
    }
    return true;
  } catch (error) {
    problems.push(problem(HEADER_PATH, `Kode isi batch tidak dapat dihitung ulang: ${describe(error)}.`));
    return false;
  }
}

/**
 * The same batch in the open workspace (same kabupaten, id and freeze time): its content hash must match,
 * and a fresh export with the package's own template, letterhead and export facts must give the same files.
 */
async function compareWithWorkspace(archive: PackageArchive, manifest: PackageManifest, context: VerifyContext, problems: VerifyProblem[]): Promise<boolean> {
  const { db, kabupatenCode } = context.workspace!;
  const batch = db.prepare("SELECT content_hash AS contentHash, frozen_at AS frozenAt FROM batches WHERE id = ? AND status = 'dibekukan'").get(manifest.batch.id) as
    { contentHash: string; frozenAt: string } | undefined;
  if (kabupatenCode !== manifest.kabupaten.code || !batch || batch.frozenAt !== manifest.batch.frozenAt) return false;
  if (batch.contentHash !== manifest.batch.contentHash) {
    problems.push(problem(MANIFEST_PATH, `Kode isi batch di paket berbeda dengan batch #${manifest.batch.id} yang dibekukan di workspace ini.`, batch.contentHash, manifest.batch.contentHash));
    return true;
  }
  const template = archive.has(TEMPLATE_PATH) ? checkTemplate(JSON.parse((await archive.read(TEMPLATE_PATH)).toString('utf8'))) : null;
  if (!template?.ok) {
    problems.push(problem(TEMPLATE_PATH, `Templat di paket tidak dapat dipakai untuk ekspor ulang${template && !template.ok ? `: ${template.problems.join(' ')}` : '.'}`));
    return false;
  }
  const dir = mkdtempSync(join(tmpdir(), 'verivali-periksa-'));
  try {
    const again = await reExport(() => exportPackage(workspaceSource(db, manifest.batch.id), {
      path: join(dir, 'ulang.zip'), template: template.template, letterhead: manifest.letterhead, latihan: manifest.latihan, appVersion: manifest.appVersion,
      exportedBy: manifest.exportedBy, exportedAt: manifest.exportedAt, withEvidence: manifest.withEvidence,
    }));
    if (!again.ok) {
      problems.push(problem(null, `Batch #${manifest.batch.id} di workspace ini tidak dapat diekspor ulang untuk pembanding: ${again.message}`));
      return false;
    }
    const expected = new Map(again.manifest.files.map((file) => [file.path, file.sha256]));
    for (const file of manifest.files) {
      const sha = expected.get(file.path);
      if (sha === undefined) problems.push(problem(file.path, 'Berkas ini tidak dihasilkan oleh ekspor ulang batch yang dibekukan di workspace ini.'));
      else if (sha !== file.sha256) problems.push(problem(file.path, 'Isi berkas tidak sama dengan ekspor ulang dari batch yang dibekukan di workspace ini.', sha, file.sha256));
      expected.delete(file.path);
    }
    for (const path of expected.keys()) problems.push(problem(path, 'Berkas hilang: ekspor ulang batch ini menghasilkan berkas ini, tetapi manifest paket tidak mencantumkannya.'));
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A failed re-export (snapshot changed outside the app, evidence gone) is a finding of the check, not a crash. */
async function reExport(run: () => ReturnType<typeof exportPackage>): Promise<{ ok: true; manifest: PackageManifest } | { ok: false; message: string }> {
  try {
    return { ok: true, manifest: (await run()).manifest };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, message: error.message };
    throw error;
  }
}
