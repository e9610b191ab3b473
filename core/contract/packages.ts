import { z } from 'zod';
import { desaCountSchema } from './batches';
import { PROPOSAL_TYPES } from './proposals';
import { templateSchema } from '../domain/templates/schema';

/**
 * Stipulation packages (issue 7): a frozen batch exported as one deterministic zip (xlsx + csv per
 * proposal type in a template, BNBA, rekap and berita acara PDFs, manifest with SHA-256 of every file),
 * the templates offices keep in the settings, the letterhead of the PDFs, and the verification of a package.
 */

const id = z.number().int().positive();
const filePath = z.string().min(1).max(4096);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 harus 64 karakter heksadesimal.');

export const PACKAGE_FORMAT = 'verivali-paket-penetapan';
export const PACKAGE_FORMAT_VERSION = 1;

const typeCounts = z.object(Object.fromEntries(PROPOSAL_TYPES.map((t) => [t, z.number().int().min(0)])) as Record<(typeof PROPOSAL_TYPES)[number], z.ZodNumber>).strict();

/** Settings key kantor.kop: the letterhead and signatory of the PDFs. */
export const letterheadSchema = z.object({
  instansi: z.string().trim().min(1, 'Nama instansi wajib diisi.').max(120),
  dinas: z.string().trim().min(1, 'Nama dinas wajib diisi.').max(120),
  alamat: z.string().trim().max(200),
  telepon: z.string().trim().max(100),
  kota: z.string().trim().min(1, 'Kota penandatanganan wajib diisi.').max(60),
  kepalaNama: z.string().trim().max(120),
  kepalaNip: z.string().trim().max(30),
  kepalaJabatan: z.string().trim().min(1, 'Jabatan penanda tangan wajib diisi.').max(120),
}).strict();
export type Letterhead = z.infer<typeof letterheadSchema>;

/** manifest.json, the first entry of every package (docs/paket-penetapan.md describes each field). */
export const manifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  appVersion: z.string(),
  /** Exported from a practice (Bimtek) workspace: refused by real workspaces. */
  latihan: z.boolean(),
  kabupaten: z.object({ code: z.string(), name: z.string() }).strict(),
  batch: z.object({
    id: z.number().int(),
    name: z.string(),
    periodKind: z.string(),
    period: z.string(),
    cutoffDate: z.string(),
    kecamatanCodes: z.array(z.string()).nullable(),
    contentHash: sha256,
    auditAnchor: z.string(),
    frozenBy: z.string(),
    frozenAt: z.string(),
    /** A correction batch names the batch it corrects. */
    replacesBatchId: z.number().int().nullable(),
  }).strict(),
  template: z.object({ id: z.string(), name: z.string(), vocabulary: z.enum(['dtks', 'dtsen']) }).strict(),
  /** The letterhead the PDFs were made with (verification re-creates them with it). */
  letterhead: letterheadSchema,
  exportedBy: z.string(),
  /** The time the export states (default: the freeze time, so that exporting again gives the same bytes). */
  exportedAt: z.string(),
  withEvidence: z.boolean(),
  counts: z.object({
    proposals: z.number().int().min(0),
    perType: typeCounts,
    /** Rows of each sheet (xlsx and csv alike), header excluded. */
    rows: z.record(z.string(), z.number().int().min(0)),
    perDesa: z.array(desaCountSchema),
  }).strict(),
  /** Every other file of the zip, by path. */
  files: z.array(z.object({ path: z.string(), sha256, size: z.number().int().min(0) }).strict()),
}).strict();
export type PackageManifest = z.infer<typeof manifestSchema>;


export const templateEntrySchema = z.object({ template: templateSchema, shipped: z.boolean() });
export const templateListSchema = z.object({
  templates: z.array(templateEntrySchema),
  /** Office copies in the settings that no longer pass validation: not offered for export until fixed. */
  broken: z.array(z.object({ id: z.string().nullable(), name: z.string().nullable(), problems: z.array(z.string()) })),
});

export const verifyProblemSchema = z.object({
  /** The file of the package concerned; null for the package as a whole. */
  file: z.string().nullable(),
  message: z.string(),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
});
export type VerifyProblem = z.infer<typeof verifyProblemSchema>;

export const verifyResultSchema = z.object({
  ok: z.boolean(),
  problems: z.array(verifyProblemSchema),
  manifest: manifestSchema.nullable(),
  /** How far the check went: the batch hash recomputed from the package, and compared with this workspace's frozen batch. */
  contentHashRecomputed: z.boolean(),
  comparedWithWorkspace: z.boolean(),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;

export const exportResultSchema = z.object({
  path: z.string(),
  sha256,
  size: z.number().int(),
  files: z.number().int(),
  proposals: z.number().int(),
  ms: z.number(),
});

export const packageMethods = {
  'packages.templates': { input: z.object({}).strict(), output: templateListSchema },
  /** Adds or replaces an office template; the input is checked by the template rules, each problem named by sheet and column. */
  'packages.saveTemplate': { input: z.object({ template: z.record(z.string(), z.unknown()) }).strict(), output: templateListSchema },
  'packages.deleteTemplate': { input: z.object({ id: z.string().max(63) }).strict(), output: templateListSchema },
  /** A background job (progress as job.progress events); the zip appears under `path` only when complete. */
  'packages.export': {
    input: z.object({
      batchId: id,
      path: filePath,
      templateId: z.string().max(63).optional(),
      withEvidence: z.boolean().default(false),
      /** The export time written into the manifest; default the batch's freeze time (see docs/paket-penetapan.md). */
      exportedAt: z.iso.datetime({ offset: true }).optional(),
    }).strict(),
    output: exportResultSchema,
  },
  /** A package by path, or its bytes (base64) as the web host uploads it; exactly one of them. */
  'packages.verify': {
    input: z.object({ path: filePath.optional(), contentBase64: z.string().max(30_000_000).optional(), fileName: z.string().max(255).optional() }).strict(),
    output: verifyResultSchema,
  },
  'packages.letterhead': { input: z.object({}).strict(), output: letterheadSchema.extend({ isDefault: z.boolean() }) },
  'packages.setLetterhead': { input: z.object({ letterhead: letterheadSchema.nullable() }).strict(), output: letterheadSchema.extend({ isDefault: z.boolean() }) },
} as const;
