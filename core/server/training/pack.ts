import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { appendAudit } from '../../../db/queries/audit';
import { ApiError } from '../../contract/errors';
import { scenarioSchema } from '../../contract/training';
import type { RegionReference } from '../services/region-reference';
import type { Workspace } from '../services/workspace-file';
import { readFile, type TrainingState } from './state';
import { writeWhole } from './practice-files';

/**
 * A scenario pack: one .zip to copy to every participant's laptop (USB stick, no internet). It holds a
 * snapshot of the practice workspace (VACUUM INTO, so it is consistent while the workspace stays open),
 * the scenarios as JSON, the exercise files and a manifest marked latihan: true with every file's sha256.
 */

export const PACK_FORMAT = 'verivali-paket-latihan';
const SNAPSHOT = 'workspace.verivali';
const README = 'BACA-DULU-MODE-LATIHAN.txt';
const MAX_PACK_BYTES = 2 * 1024 ** 3;
const SAFE_NAME = /^(?!\.)[\w.-]{1,120}$/;

const manifestSchema = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(1),
  latihan: z.literal(true),
  name: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  kabupaten: z.object({ code: z.string(), name: z.string() }),
  kecamatan: z.object({ code: z.string(), name: z.string() }),
  desaFokus: z.object({ code: z.string(), name: z.string() }),
  scenarios: z.array(z.object({ id: z.string(), title: z.string() })),
  files: z.array(z.object({ path: z.string(), size: z.number().int(), sha256: z.string() })),
});
export type PackManifest = z.infer<typeof manifestSchema>;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function exportPack(workspace: Workspace, state: TrainingState, regions: RegionReference, meta: { appVersion: string; userId: number }, path: string) {
  const snapshotPath = `${path}.snapshot`;
  mkdirSync(dirname(path), { recursive: true });
  rmSync(snapshotPath, { force: true });
  workspace.db.prepare('VACUUM INTO ?').run(snapshotPath);
  const entries: Record<string, Uint8Array> = { [SNAPSHOT]: readFileSync(snapshotPath) };
  rmSync(snapshotPath, { force: true });
  for (const scenario of state.scenarios) entries[`skenario/${scenario.id}.json`] = strToU8(`${JSON.stringify(scenario, null, 2)}\n`);
  for (const file of state.files) entries[`berkas/${file.name}`] = readFile(workspace.db, file.name);
  const region = (code: string) => ({ code, name: regions.byCode.get(code)?.name ?? code });
  const manifest: PackManifest = {
    format: PACK_FORMAT, formatVersion: 1, latihan: true, name: state.name, createdAt: new Date().toISOString(), appVersion: meta.appVersion,
    schemaVersion: workspace.schemaVersion, kabupaten: region(workspace.kabupatenCode), kecamatan: region(state.kecamatanCode), desaFokus: region(state.focusDesaCode),
    scenarios: state.scenarios.map((s) => ({ id: s.id, title: s.title })),
    files: Object.entries(entries).map(([name, bytes]) => ({ path: name, size: bytes.length, sha256: sha256(bytes) })),
  };
  const zip: Zippable = {
    'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    [README]: strToU8(readme(manifest)),
    ...entries,
  };
  const bytes = zipSync(zip, { level: 6 });
  writeWhole(path, bytes);
  appendAudit(workspace.db, { userId: meta.userId, action: 'latihan-paket-diekspor', entity: 'workspace', entityId: 0, field: 'latihan', oldValue: null, newValue: `${basename(path)} (sha256 ${sha256(bytes)})` });
  return { path, bytes: bytes.length, sha256: sha256(bytes) };
}

function readme(manifest: PackManifest): string {
  return [
    'MODE LATIHAN — PAKET LATIHAN VERIVALI DESKTOP (BIMTEK)',
    '',
    `Paket: ${manifest.name}`,
    `Wilayah: ${manifest.kabupaten.name}, Kecamatan ${manifest.kecamatan.name} (desa fokus: ${manifest.desaFokus.name})`,
    '',
    'Semua data di paket ini sintetis (dibuat komputer). Bukan data asli, jangan dikirim ke SIKS-NG.',
    'Cara memakai: buka Verivali Desktop → Latihan (Bimtek) → Mulai dari paket latihan → pilih berkas .zip ini.',
    '',
  ].join('\r\n');
}

export interface OpenedPack {
  manifest: PackManifest;
  snapshot: Uint8Array;
  files: { name: string; content: Uint8Array }[];
}

/** Reads and checks a pack: the manifest, latihan: true, and every listed file against its sha256. Nothing is written. */
export function readPack(packPath: string): OpenedPack {
  const name = basename(packPath);
  if (!existsSync(packPath)) throw new ApiError('NOT_FOUND', `Paket latihan "${name}" tidak ditemukan.`);
  if (statSync(packPath).size > MAX_PACK_BYTES) throw new ApiError('INVALID_INPUT', `Paket latihan "${name}" lebih dari 2 GB; bukan paket latihan Verivali.`);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(packPath), { filter: (file) => file.originalSize <= MAX_PACK_BYTES });
  } catch {
    throw new ApiError('INVALID_INPUT', `Berkas "${name}" bukan arsip zip yang utuh. Salin ulang paket latihan dari pelatih.`);
  }
  const rawManifest = entries['manifest.json'];
  const parsed = rawManifest && manifestSchema.safeParse(safeJson(rawManifest));
  if (!parsed || !parsed.success) {
    throw new ApiError('INVALID_INPUT', `Berkas "${name}" bukan paket latihan Verivali (manifest.json tidak ada atau tidak berformat "${PACK_FORMAT}" dengan latihan: true).`);
  }
  const manifest = parsed.data;
  for (const file of manifest.files) {
    const bytes = entries[file.path];
    if (!bytes || sha256(bytes) !== file.sha256) throw new ApiError('INVALID_INPUT', `Paket latihan "${name}" rusak: isi "${file.path}" tidak cocok dengan manifest. Salin ulang paketnya.`);
  }
  const snapshot = entries[SNAPSHOT];
  if (!snapshot) throw new ApiError('INVALID_INPUT', `Paket latihan "${name}" tidak berisi ${SNAPSHOT}.`);
  const files = manifest.files
    .filter((f) => f.path.startsWith('berkas/'))
    .map((f) => ({ name: f.path.slice('berkas/'.length), content: entries[f.path]! }))
    .filter((f) => SAFE_NAME.test(f.name));
  for (const f of manifest.files.filter((file) => file.path.startsWith('skenario/'))) scenarioSchema.parse(safeJson(entries[f.path]!));
  return { manifest, snapshot, files };
}

function safeJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return null;
  }
}
