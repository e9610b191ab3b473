import { z } from 'zod';

export const severitySchema = z.enum(['error', 'warning']);

/** One rule of the verification catalogue (core/domain/rules), as the UI lists it. */
export const ruleInfoSchema = z.object({
  id: z.string(),
  severity: severitySchema,
  group: z.string(),
  title: z.string(),
  explanation: z.string(),
  hint: z.string(),
});

/** Counts of open (not acknowledged) findings per rule, and per kecamatan/desa. */
export const validationSummarySchema = z.object({
  lastRun: z.object({ at: z.string(), ms: z.number(), userName: z.string() }).nullable(),
  errors: z.number().int(),
  warnings: z.number().int(),
  acknowledged: z.number().int(),
  rules: z.array(ruleInfoSchema.extend({ errors: z.number().int(), warnings: z.number().int(), acknowledged: z.number().int() })),
  regions: z.array(z.object({ kecamatanCode: z.string(), kecamatanName: z.string(), desaCode: z.string(), desaName: z.string(), errors: z.number().int(), warnings: z.number().int() })),
});

export const findingSchema = z.object({
  id: z.number().int(),
  ruleId: z.string(),
  severity: severitySchema,
  entity: z.enum(['family', 'member']),
  entityId: z.number().int(),
  familyId: z.number().int(),
  noKk: z.string(),
  name: z.string(),
  desaName: z.string(),
  /** The offending field (contract key, e.g. 'nik', 'birthDate'), for highlighting the cell. */
  field: z.string().nullable(),
  message: z.string(),
  relatedId: z.number().int().nullable(),
  acknowledged: z.object({ reason: z.string(), userName: z.string(), at: z.string() }).nullable(),
});

export const duplicatePairSchema = z.object({
  score: z.number(),
  reason: z.string(),
  a: z.object({ id: z.number().int(), familyId: z.number().int(), noKk: z.string(), nik: z.string(), name: z.string(), birthDate: z.string().nullable(), sex: z.number().int().nullable(), desaName: z.string() }),
  b: z.object({ id: z.number().int(), familyId: z.number().int(), noKk: z.string(), nik: z.string(), name: z.string(), birthDate: z.string().nullable(), sex: z.number().int().nullable(), desaName: z.string() }),
});

export const validationRunResultSchema = z.object({
  ms: z.number(),
  errors: z.number().int(),
  warnings: z.number().int(),
  /** Per rule id: open errors and warnings. */
  rules: z.record(z.string(), z.object({ errors: z.number().int(), warnings: z.number().int() })),
  /** Probable duplicate pairs as [memberIdA, memberIdB, score]. */
  duplicates: z.array(z.tuple([z.number().int(), z.number().int(), z.number()])),
});

export type RuleInfo = z.infer<typeof ruleInfoSchema>;
export type ValidationSummary = z.infer<typeof validationSummarySchema>;
export type Finding = z.infer<typeof findingSchema>;
export type DuplicatePair = z.infer<typeof duplicatePairSchema>;
export type ValidationRunResult = z.infer<typeof validationRunResultSchema>;
