import { z } from 'zod';
import { PROPOSAL_TYPES, proposalStatusSchema, proposalTypeSchema } from './proposals';

/**
 * Penetapan (stipulation) batches: the approved proposals of a period and scope, checked, then frozen
 * by the kepala OPD. A frozen batch keeps a snapshot of every record it contains (FrozenItem) and a
 * content hash, so the package exported from it can be re-created and verified later.
 */

const id = z.number().int().positive();
const version = z.number().int().positive();
const kecamatanCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Kode kecamatan Kemendagri tidak valid (contoh: 33.28.01).');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berbentuk YYYY-MM-DD (contoh: 2026-11-17).');

export const BATCH_STATUSES = ['draft', 'dibekukan'] as const;
export const PERIOD_KINDS = ['bulanan', 'semesteran'] as const;
export const batchStatusSchema = z.enum(BATCH_STATUSES);
export const periodKindSchema = z.enum(PERIOD_KINDS);
/** '2026-11' for a monthly period, '2026-S2' for a six-monthly one. */
export const batchPeriodSchema = z.string().regex(/^\d{4}-((0[1-9]|1[0-2])|S[12])$/, 'Periode harus berbentuk YYYY-MM (bulanan, contoh: 2026-11) atau YYYY-S1/YYYY-S2 (semesteran).');

/** Settings key penetapan.periode: the period kind and the cut-off day (DTSEN: the 17th). */
export const periodSettingsSchema = z.object({
  kind: periodKindSchema,
  cutoffDay: z.number().int().min(1, 'Tanggal batas minimal 1.').max(28, 'Tanggal batas paling besar 28 (agar ada di setiap bulan).'),
}).strict();
export type PeriodSettings = z.infer<typeof periodSettingsSchema>;

/**
 * Catalogue key → value as stored (codes as digits, dates ISO); IDs (NIK, No KK, ID DTKS) as text. Empty fields
 * are left out (read `record[key] ?? null`); `questionnaireVersion` names the coding of the values.
 */
export const frozenRecordSchema = z.record(z.string(), z.string().nullable());
export type FrozenRecord = z.infer<typeof frozenRecordSchema>;

export const frozenItemSchema = z.object({
  proposalId: z.number().int(),
  type: proposalTypeSchema,
  desaCode: z.string(),
  desaName: z.string(),
  kecamatanCode: z.string(),
  kecamatanName: z.string(),
  /** nonaktif: the reason code. */
  reason: z.string().nullable(),
  approvedAt: z.string(),
  approvedBy: z.string(),
  /** Workspace record ids (for the difference with the current data); members[i] is memberIds[i]. */
  familyId: z.number().int(),
  memberIds: z.array(z.number().int()),
  /** The family row after approval: every catalogue family field plus no_kk, id_dtks, address. */
  family: frozenRecordSchema,
  /** The members the proposal concerns (baru: all its members; nonaktif/reaktivasi: the member or the whole family; perbaikan: the members it changed). */
  members: z.array(frozenRecordSchema),
  changes: z.array(z.object({
    entity: z.enum(['family', 'member']),
    nik: z.string().nullable(),
    field: z.string(),
    oldValue: z.string().nullable(),
    newValue: z.string().nullable(),
  })),
  evidence: z.array(z.object({ kind: z.string(), fileName: z.string(), sha256: z.string(), size: z.number().int(), evidenceId: z.number().int() })),
});
export type FrozenItem = z.infer<typeof frozenItemSchema>;

export const frozenBatchSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  periodKind: z.string(),
  period: z.string(),
  cutoffDate: z.string(),
  kabupatenCode: z.string(),
  kabupatenName: z.string(),
  kecamatanCodes: z.array(z.string()).nullable(),
  /** The frozen batch this one corrects. */
  replacesBatchId: z.number().int().nullable(),
  frozenAt: z.string(),
  frozenBy: z.string(),
  contentHash: z.string(),
  auditAnchor: z.string(),
  /** The BA musdes/muskel or SPTJM of each desa and reporting period (YYYY-MM) of the items. */
  desaEvidence: z.array(z.object({ desaCode: z.string(), period: z.string(), kind: z.string(), fileName: z.string(), sha256: z.string(), size: z.number().int(), evidenceId: z.number().int() })),
  /** In position order: desa code, type, proposal id. */
  items: z.array(frozenItemSchema),
});
export type FrozenBatch = z.infer<typeof frozenBatchSchema>;

const typeCounts = z.object(Object.fromEntries(PROPOSAL_TYPES.map((t) => [t, z.number().int()])) as Record<(typeof PROPOSAL_TYPES)[number], z.ZodNumber>);
export const desaCountSchema = z.object({
  desaCode: z.string(),
  desaName: z.string(),
  kecamatanCode: z.string(),
  kecamatanName: z.string(),
  counts: typeCounts,
  total: z.number().int(),
});

export const batchSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  periodKind: periodKindSchema,
  period: z.string(),
  cutoffDate: z.string(),
  kabupatenCode: z.string(),
  kecamatanCodes: z.array(z.string()).nullable(),
  status: batchStatusSchema,
  createdByName: z.string(),
  createdAt: z.string(),
  frozenByName: z.string().nullable(),
  frozenAt: z.string().nullable(),
  contentHash: z.string().nullable(),
  auditAnchor: z.string().nullable(),
  replacesBatchId: z.number().int().nullable(),
  itemCount: z.number().int(),
  version: z.number().int(),
});
export type BatchInfo = z.infer<typeof batchSchema>;

export const batchDetailSchema = z.object({
  batch: batchSchema,
  counts: typeCounts,
  perDesa: z.array(desaCountSchema),
});

/** One problem of the batch check; `blocking` ones prevent the freeze. */
export const checkProblemSchema = z.object({
  kind: z.enum(['temuan_error', 'bukti_usulan', 'bukti_desa', 'batch_ganda', 'status_berubah']),
  blocking: z.boolean(),
  proposalId: z.number().int().nullable(),
  desaCode: z.string(),
  desaName: z.string(),
  /** Indonesian, without personal data beyond what the screen shows anyway (rule, field, document). */
  message: z.string(),
});
export const checkWarningSchema = z.object({
  proposalId: z.number().int(),
  desaCode: z.string(),
  ruleId: z.string(),
  message: z.string(),
  /** The reason given when the warning was acknowledged; null: not acknowledged ("perlu diperhatikan"). */
  acknowledgedReason: z.string().nullable(),
});

export const CHECK_LIST_LIMIT = 1000;

export const checkReportSchema = z.object({
  batch: batchSchema,
  checkedAt: z.string(),
  ok: z.boolean(),
  blockingCount: z.number().int(),
  /** All problems, counted per kind; the lists below hold at most CHECK_LIST_LIMIT entries each. */
  problemCounts: z.record(checkProblemSchema.shape.kind, z.number().int()),
  problems: z.array(checkProblemSchema),
  warningCount: z.number().int(),
  acknowledgedCount: z.number().int(),
  /** Warnings on the batch's records: acknowledged (with reason) and not acknowledged. */
  warnings: z.array(checkWarningSchema),
  counts: typeCounts,
  perDesa: z.array(desaCountSchema),
});
export type CheckReport = z.infer<typeof checkReportSchema>;

export const batchDiffSchema = z.object({
  batchId: z.number().int(),
  contentHash: z.string(),
  /** True when the current records equal the snapshot exactly. */
  unchanged: z.boolean(),
  /** All differences; the list holds at most CHECK_LIST_LIMIT of them. */
  differenceCount: z.number().int(),
  differences: z.array(z.object({
    proposalId: z.number().int(),
    entity: z.enum(['family', 'member', 'evidence']),
    /** NIK of the member; null for a family field. */
    nik: z.string().nullable(),
    noKk: z.string().nullable(),
    field: z.string(),
    label: z.string(),
    frozen: z.string().nullable(),
    current: z.string().nullable(),
  })),
  statusChanges: z.array(z.object({ proposalId: z.number().int(), frozen: z.string(), current: proposalStatusSchema })),
});

const transition = { id, expectedVersion: version };

export const batchMethods = {
  'batches.create': {
    input: z.object({
      period: batchPeriodSchema,
      /** Default: from the penetapan.periode setting. */
      periodKind: periodKindSchema.optional(),
      /** Default: the setting's cut-off day in the period's last month. */
      cutoffDate: isoDate.optional(),
      /** Null or absent: the whole kabupaten. */
      kecamatanCodes: z.array(kecamatanCode).min(1).max(100).nullable().optional(),
      name: z.string().trim().min(1).max(120).optional(),
      replacesBatchId: id.optional(),
    }).strict(),
    output: batchDetailSchema,
  },
  'batches.list': { input: z.object({}).strict(), output: z.array(batchSchema) },
  'batches.get': { input: z.object({ id }).strict(), output: batchDetailSchema },
  /** Draft only: gathers again (proposals approved since, released ones, ...). */
  'batches.refresh': { input: z.object({ ...transition }).strict(), output: batchDetailSchema },
  /** Draft only: removes the batch and releases its proposals. */
  'batches.delete': { input: z.object({ ...transition }).strict(), output: z.object({ deleted: z.boolean(), released: z.number().int() }) },
  'batches.check': { input: z.object({ id }).strict(), output: checkReportSchema },
  'batches.freeze': { input: z.object({ ...transition }).strict(), output: batchDetailSchema },
  'batches.diff': { input: z.object({ id }).strict(), output: batchDiffSchema },
  'batches.settings': { input: z.object({}).strict(), output: periodSettingsSchema.extend({ isDefault: z.boolean() }) },
  'batches.setSettings': { input: z.object({ settings: periodSettingsSchema.nullable() }).strict(), output: periodSettingsSchema.extend({ isDefault: z.boolean() }) },
} as const;
