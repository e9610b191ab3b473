import { z } from 'zod';

export const rowProblemSchema = z.object({ sheet: z.string(), row: z.number().int(), column: z.string(), value: z.string(), message: z.string() });

export const importConflictSchema = z.object({
  id: z.number().int(),
  entity: z.string(),
  entityId: z.number().int(),
  /** Who the record is: No KK and head for a family, NIK and name for a member. */
  record: z.string(),
  field: z.string(),
  label: z.string(),
  localValue: z.string().nullable(),
  fileValue: z.string().nullable(),
});

export const importSummarySchema = z.object({
  importId: z.number().int().nullable(),
  applied: z.boolean(),
  fileName: z.string(),
  sha256: z.string(),
  format: z.string(),
  layout: z.string(),
  presetName: z.string().nullable(),
  version: z.enum(['PBDT2015', 'REGSOSEK2022K']),
  notices: z.array(z.string()),
  sheets: z.array(z.object({ sheet: z.string(), role: z.string(), rows: z.number().int() })),
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  conflicts: z.array(importConflictSchema),
  errors: z.array(rowProblemSchema),
  errorCount: z.number().int(),
  ms: z.number(),
});

export const previewColumnSchema = z.object({
  index: z.number().int(),
  letter: z.string(),
  header: z.string(),
  fieldKey: z.string().nullable(),
  how: z.string().nullable(),
  samples: z.array(z.string()),
  parsed: z.array(z.object({ ok: z.boolean(), text: z.string() })),
});

export const importPreviewSchema = z.object({
  fileName: z.string(),
  format: z.string(),
  notices: z.array(z.string()),
  layout: z.string(),
  presetName: z.string().nullable(),
  presets: z.array(z.string()),
  problems: z.array(rowProblemSchema),
  sheets: z.array(z.object({ sheet: z.string(), role: z.string().nullable(), version: z.string(), headerRow: z.number().int(), columns: z.array(previewColumnSchema) })),
});

export const importHistoryEntrySchema = z.object({
  id: z.number().int(),
  startedAt: z.string(),
  userName: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  layout: z.string(),
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  conflicts: z.number().int(),
});

export const questionnaireVersionSchema = z.enum(['PBDT2015', 'REGSOSEK2022K']);
export const columnMappingSchema = z.record(z.string().max(64), z.record(z.string().max(300), z.string().max(64).nullable()));

export type RowProblem = z.infer<typeof rowProblemSchema>;
export type ImportSummary = z.infer<typeof importSummarySchema>;
export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type ImportConflict = z.infer<typeof importConflictSchema>;
export type ImportHistoryEntry = z.infer<typeof importHistoryEntrySchema>;
