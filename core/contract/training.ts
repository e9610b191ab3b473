import { z } from 'zod';
import { roleSchema, sessionUserSchema } from './accounts';
import { EVIDENCE_KINDS, NONAKTIF_REASONS } from './proposals';
import { workspaceInfoSchema } from './models';

/**
 * Training mode (Bimtek): practice workspaces made by the synthetic generator with planted problems,
 * exercise scenarios whose goals the app checks against the workspace, scenario packs (.zip) copied to
 * participants' laptops, and a one-click reset to the starting point.
 */

/** The participants' accounts share this published password (synthetic data only); the trainer sets their own. */
export const PRACTICE_PASSWORD = 'latihan123';
/** Roles a participant may switch to without a password inside a practice workspace. */
export const PARTICIPANT_ROLES = ['operator_desa', 'verifikator', 'kepala_opd'] as const;
export const participantRoleSchema = z.enum(PARTICIPANT_ROLES);

/**
 * What a trainer can plant. The first five are generator defects in the focus desa; mangled_import is an
 * exercise file with broken numbers, missing_evidence a submitted proposal without its document, and
 * approved_proposals approved proposals ready for a penetapan batch.
 */
export const PRACTICE_PROBLEMS = [
  'invalid_nik', 'nik_birthdate_mismatch', 'duplicate_person', 'missing_head', 'deceased_recipient', 'mangled_import', 'missing_evidence', 'approved_proposals',
] as const;
export const practiceProblemSchema = z.enum(PRACTICE_PROBLEMS);
export type PracticeProblem = z.infer<typeof practiceProblemSchema>;

/** A goal's check, run by the app against the workspace (core/server/training/checks.ts). */
export const goalCheckSchema = z.discriminatedUnion('kind', [
  /** The exercise file's rows that were fine (clean) or rejected and then fixed (fixed) are in the workspace. */
  z.object({ kind: z.literal('import_rows'), rows: z.enum(['clean', 'fixed']) }).strict(),
  /** No open error finding in the focus desa. */
  z.object({ kind: z.literal('desa_without_errors') }).strict(),
  /** None of the findings the planted problem raised (on its member or its family) is still open; acknowledging does not count. */
  z.object({ kind: z.literal('problem_fixed'), problem: practiceProblemSchema }).strict(),
  /** A nonaktif proposal for the planted member, optionally with a document and in one of the statuses. */
  z.object({
    kind: z.literal('nonaktif_proposal'),
    problem: practiceProblemSchema,
    reason: z.enum(NONAKTIF_REASONS),
    evidence: z.enum(EVIDENCE_KINDS).optional(),
    statuses: z.array(z.enum(['draft', 'diajukan', 'diverifikasi', 'dikembalikan', 'ditolak', 'disahkan'])).min(1),
  }).strict(),
  /** The planted proposal without evidence was returned to the desa (dikembalikan) at some point. */
  z.object({ kind: z.literal('planted_proposal_returned') }).strict(),
  /** The planted proposal has all its required documents and is submitted again (or further). */
  z.object({ kind: z.literal('planted_proposal_complete') }).strict(),
  /** The planted duplicate pair is merged (members.duplicate_of_id links them). */
  z.object({ kind: z.literal('duplicate_merged') }).strict(),
  /** A penetapan batch holds the planted approved proposals; `frozen` also requires the freeze. */
  z.object({ kind: z.literal('batch_with_proposals'), frozen: z.boolean() }).strict(),
  /** The batch holding the planted approved proposals was exported as a package. */
  z.object({ kind: z.literal('batch_exported') }).strict(),
]);
export type GoalCheck = z.infer<typeof goalCheckSchema>;

const text = z.string().trim().min(1).max(600);

/** An exercise scenario as shipped (JSON, Bahasa Indonesia); {desa}, {kecamatan}, {nama}, {nik}, {kepala}, {berkas} are filled in. */
export const scenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,40}$/),
  title: text,
  summary: text,
  /** The roles the participant acts in, in order. */
  roles: z.array(roleSchema).min(1),
  /** Problems the workspace must carry for this scenario. */
  needs: z.array(practiceProblemSchema),
  steps: z.array(text).min(1).max(20),
  goals: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]{2,40}$/), text, points: z.number().int().min(1).max(100), check: goalCheckSchema }).strict()).min(1).max(10),
}).strict();
export type Scenario = z.infer<typeof scenarioSchema>;

export const goalStatusSchema = z.object({ id: z.string(), text: z.string(), points: z.number().int(), met: z.boolean() });
export const scenarioStatusSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  roles: z.array(roleSchema),
  steps: z.array(z.string()),
  goals: z.array(goalStatusSchema),
  score: z.number().int(),
  maxScore: z.number().int(),
});
export type ScenarioStatus = z.infer<typeof scenarioStatusSchema>;

export const practiceFileSchema = z.object({
  name: z.string(),
  description: z.string(),
  /** Where the file was written beside the workspace (null when that folder is gone; saveFile writes it again). */
  path: z.string().nullable(),
});

/** Where a problem was planted and what the record should say (catalogue keys): the trainer's answer key. */
export const answerSchema = z.object({
  problem: z.string(),
  label: z.string(),
  familyId: z.number().int().nullable(),
  memberId: z.number().int().nullable(),
  otherMemberId: z.number().int().nullable(),
  otherFamilyId: z.number().int().nullable(),
  proposalId: z.number().int().nullable(),
  /** Who it concerns, as the screens show it (synthetic data). */
  who: z.string(),
  correct: z.record(z.string(), z.string()),
});
export type Answer = z.infer<typeof answerSchema>;

export const trainingStatusSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  focusDesa: z.object({ code: z.string(), name: z.string(), kecamatanName: z.string() }),
  accounts: z.array(z.object({ username: z.string(), role: roleSchema, displayName: z.string(), sharedPassword: z.boolean() })),
  scenarios: z.array(scenarioStatusSchema),
  files: z.array(practiceFileSchema),
  score: z.number().int(),
  maxScore: z.number().int(),
  /** The starting point kept beside the workspace, which reset restores. */
  canReset: z.boolean(),
  /** Only for the trainer (pelatih, admin); null for participants. */
  answerKey: z.array(answerSchema).nullable(),
});
export type TrainingStatus = z.infer<typeof trainingStatusSchema>;

export const scenarioSummarySchema = z.object({ id: z.string(), title: z.string(), summary: z.string(), needs: z.array(practiceProblemSchema) });

export const importCheckSchema = z.object({
  /** Valid NIKs that are neither in this workspace nor in the practice serial range (9000–9999). */
  realLooking: z.number().int(),
  checked: z.number().int(),
  /** Row numbers of the first real-looking NIKs (never the NIKs themselves). */
  rows: z.array(z.number().int()),
  /** The trainer already allowed this exact file (by its sha256). */
  confirmed: z.boolean(),
});
export type ImportCheck = z.infer<typeof importCheckSchema>;

const filePath = z.string().min(1).max(4096);
const kabupatenCode = z.string().regex(/^\d{2}\.\d{2}$/, 'Kode kabupaten/kota harus berbentuk PP.KK (contoh: 33.28).');
const kecamatanCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Kode kecamatan Kemendagri tidak valid (contoh: 33.28.05).');
const trainerPassword = z.string().min(8, 'Kata sandi pelatih minimal 8 karakter.').max(200);
const empty = z.object({}).strict();

export const trainingMethods = {
  /** The shipped scenarios and the problems a trainer can plant (start screen, before any workspace). */
  'training.catalog': { input: empty, output: z.object({ scenarios: z.array(scenarioSummarySchema) }) },
  'training.create': {
    input: z.object({
      name: z.string().trim().min(1).max(120),
      kabupatenCode,
      kecamatanCode,
      families: z.number().int().min(300).max(5000).default(400),
      seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
      scenarioIds: z.array(z.string().max(40)).min(1).max(20).refine((ids) => new Set(ids).size === ids.length, 'Skenario dipilih lebih dari sekali.'),
      /** Planted in addition to what the scenarios need. */
      problems: z.array(practiceProblemSchema).default([]),
      trainerPassword,
      path: filePath.optional(),
    }).strict(),
    output: workspaceInfoSchema,
  },
  'training.createFromPack': { input: z.object({ packPath: filePath, path: filePath.optional() }).strict(), output: workspaceInfoSchema },
  'training.status': { input: empty, output: trainingStatusSchema },
  'training.exportPack': { input: z.object({ path: filePath }).strict(), output: z.object({ path: z.string(), bytes: z.number().int(), sha256: z.string() }) },
  'training.reset': { input: empty, output: workspaceInfoSchema },
  'training.switchRole': { input: z.object({ role: participantRoleSchema }).strict(), output: sessionUserSchema },
  'training.saveFile': { input: z.object({ name: z.string().min(1).max(200), path: filePath.optional() }).strict(), output: z.object({ path: z.string() }) },
  'training.checkImport': { input: z.object({ path: filePath }).strict(), output: importCheckSchema },
  'training.confirmImport': {
    input: z.object({ path: filePath, username: z.string().trim().min(1).max(40), password: z.string().min(1).max(200) }).strict(),
    output: z.object({ confirmed: z.boolean() }),
  },
} as const;
