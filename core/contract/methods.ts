import { z } from 'zod';
import './zod-locale';
import { accountMethods } from './accounts';
import { batchMethods } from './batches';
import { editingMethods } from './editing';
import { familyOperations } from './family-ops';
import { blockRequestSchema } from './grid';
import { gridMethods } from './grid-methods';
import { packageMethods } from './packages';
import { proposalMethods } from './proposals';
import { trainingMethods } from './training';
import { severitySchema, duplicatePairSchema, findingSchema, validationRunResultSchema, validationSummarySchema } from './validation';
import { rowProblemSchema, columnMappingSchema, importConflictSchema, importHistoryEntrySchema, importPreviewSchema, importSummarySchema, questionnaireVersionSchema } from './import';
import {
  auditEntrySchema,
  familyRowSchema,
  memberRowSchema,
  recentWorkspaceSchema,
  regionSchema,
  workspaceInfoSchema,
} from './models';

const empty = z.object({}).strict();
const regionCode = z.string().regex(/^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/, 'Kode wilayah Kemendagri tidak valid (contoh: 33.28).');
const kabupatenCode = z.string().regex(/^\d{2}\.\d{2}$/, 'Kode kabupaten/kota harus berbentuk PP.KK (contoh: 33.28).');
const filePath = z.string().min(1).max(4096);
const id = z.number().int().positive();

/**
 * The one contract: every user action is a method here. Each entry has a zod input and output;
 * the router parses input (INVALID_INPUT on failure) and, in development and tests, output.
 */
export const contract = {
  'app.info': {
    input: empty,
    output: z.object({
      appVersion: z.string(),
      schemaVersion: z.number().int(),
      dataDir: z.string(),
      /** Who is logged in to the open workspace (null before login). */
      user: z.object({ id: z.number().int(), name: z.string() }).nullable(),
      workspace: workspaceInfoSchema.nullable(),
    }),
  },
  'workspace.recent': { input: empty, output: z.array(recentWorkspaceSchema) },
  'workspace.create': {
    input: z.object({ name: z.string().trim().min(1).max(120), kabupatenCode, path: filePath.optional() }).strict(),
    output: workspaceInfoSchema,
  },
  'workspace.open': { input: z.object({ path: filePath }).strict(), output: workspaceInfoSchema },
  'workspace.openDemo': { input: empty, output: workspaceInfoSchema },
  'workspace.close': { input: empty, output: z.object({ closed: z.boolean() }) },
  'workspace.info': { input: empty, output: workspaceInfoSchema.nullable() },
  'workspace.generateDemoData': {
    input: z.object({
      families: z.number().int().min(1).max(1_000_000),
      seed: z.number().int().min(0).max(2 ** 31 - 1),
      defectRate: z.number().min(0).max(0.5).optional(),
    }).strict(),
    output: z.object({ families: z.number().int(), members: z.number().int(), defects: z.number().int(), ms: z.number() }),
  },
  'regions.provinces': { input: empty, output: z.array(regionSchema) },
  'regions.children': { input: z.object({ code: regionCode }).strict(), output: z.array(regionSchema) },
  'families.list': {
    input: blockRequestSchema.and(z.object({
      kecamatanCode: regionCode.optional(),
      desaCode: regionCode.optional(),
      /** Only families with open findings: of this rule, or of this severity ('any' = either). */
      findingRuleId: z.string().max(64).optional(),
      findingSeverity: z.enum(['error', 'warning', 'any']).optional(),
    })),
    output: z.object({ rows: z.array(familyRowSchema), rowCount: z.number().int() }),
  },
  'families.get': {
    input: z.object({ id }).strict(),
    output: z.object({ family: familyRowSchema, members: z.array(memberRowSchema) }),
  },
  ...editingMethods,
  ...gridMethods,
  'audit.list': {
    input: z.object({ entity: z.enum(['family', 'member']), entityId: id, limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.array(auditEntrySchema),
  },
  'import.preview': {
    input: z.object({ path: filePath, presetName: z.string().max(120).optional(), mapping: columnMappingSchema.optional(), version: questionnaireVersionSchema.optional(), encoding: z.enum(['utf-8', 'windows-1252']).optional() }).strict(),
    output: importPreviewSchema,
  },
  'import.run': {
    input: z.object({
      path: filePath,
      skipErrors: z.boolean().default(false),
      presetName: z.string().max(120).optional(),
      savePresetAs: z.string().trim().min(1).max(120).optional(),
      mapping: columnMappingSchema.optional(),
      version: questionnaireVersionSchema.optional(),
      encoding: z.enum(['utf-8', 'windows-1252']).optional(),
    }).strict(),
    output: importSummarySchema,
  },
  'import.saveReport': {
    input: z.object({ path: filePath, format: z.enum(['xlsx', 'csv']) }).strict(),
    output: z.object({ path: z.string(), rows: z.number().int() }),
  },
  'import.history': { input: empty, output: z.array(importHistoryEntrySchema) },
  'import.presets': { input: empty, output: z.array(z.string()) },
  'import.conflicts': { input: z.object({ importId: id }).strict(), output: z.array(importConflictSchema) },
  'import.resolveConflict': {
    input: z.object({ conflictId: id, take: z.enum(['file', 'local']) }).strict(),
    output: z.object({ resolved: z.boolean() }),
  },
  'regions.importBpsCodes': {
    input: z.object({ path: filePath }).strict(),
    output: z.object({ updated: z.number().int(), problems: z.array(rowProblemSchema) }),
  },
  'validation.run': { input: empty, output: validationRunResultSchema },
  'validation.summary': { input: empty, output: validationSummarySchema },
  'validation.findings': {
    input: z.object({
      ruleId: z.string().max(64).optional(),
      severity: severitySchema.optional(),
      kecamatanCode: regionCode.optional(),
      desaCode: regionCode.optional(),
      familyId: id.optional(),
      includeAcknowledged: z.boolean().default(false),
      startRow: z.number().int().min(0).default(0),
      endRow: z.number().int().min(1).max(100_000).default(500),
    }).strict(),
    output: z.object({ rows: z.array(findingSchema), rowCount: z.number().int() }),
  },
  'validation.duplicates': {
    input: z.object({ startRow: z.number().int().min(0).default(0), endRow: z.number().int().min(1).max(5000).default(200) }).strict(),
    output: z.object({ rows: z.array(duplicatePairSchema), rowCount: z.number().int() }),
  },
  'validation.acknowledge': {
    input: z.object({ findingId: id, reason: z.string().trim().min(5, 'Alasan minimal 5 karakter.').max(500) }).strict(),
    output: z.object({ acknowledged: z.boolean() }),
  },
  'validation.export': {
    input: z.object({ path: filePath, desaCode: regionCode.optional() }).strict(),
    output: z.object({ path: z.string(), rows: z.number().int() }),
  },
  'jobs.cancel': { input: z.object({ job: z.string().max(64).optional() }).strict(), output: z.object({ cancelled: z.boolean() }) },
  ...familyOperations,
  ...accountMethods,
  ...proposalMethods,
  ...batchMethods,
  ...trainingMethods,
  ...packageMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
