import { z } from 'zod';
import { proposalNoticeSchema } from './proposals';

const id = z.number().int().positive();
const storedValue = z.union([z.string(), z.number(), z.null()]);

export const editableEntitySchema = z.enum(['family', 'member']);

export const recordValuesSchema = z.object({
  entity: editableEntitySchema,
  id: z.number().int(),
  version: z.number().int(),
  questionnaireVersion: z.enum(['PBDT2015', 'REGSOSEK2022K']),
  familyId: z.number().int(),
  /** Every stored catalogue field of the record, by catalogue key. */
  values: z.record(z.string(), storedValue),
});

export const cellChangeSchema = z.object({
  entity: editableEntitySchema,
  id,
  /** Catalogue key of the field. */
  field: z.string().min(1).max(64),
  /** As typed or pasted: parsed with the field's rules (dd/mm/yyyy, code or label, Ya/Tidak…). */
  value: z.string().max(1000).nullable(),
  expectedVersion: z.number().int().positive().optional(),
}).strict();

export const cellOutcomeSchema = z.union([
  z.object({ ok: z.literal(true), oldValue: storedValue, newValue: storedValue, changed: z.boolean() }),
  z.object({ ok: z.literal(false), message: z.string(), oldValue: storedValue }),
]);

/** Editing any catalogue field: one cell, or a block (paste, fill-down, undo) applied as one change. */
export const editingMethods = {
  'records.update': {
    input: cellChangeSchema,
    /** `proposal`: an operator desa's edit was recorded in a perbaikan proposal, the data is unchanged. */
    output: recordValuesSchema.extend({ proposal: proposalNoticeSchema.optional() }),
  },
  'edits.apply': {
    input: z.object({
      changes: z.array(cellChangeSchema).min(1).max(20_000),
      /** Only parse and check: nothing is written. */
      dryRun: z.boolean().default(false),
      action: z.enum(['update', 'paste', 'fill-down', 'undo', 'redo']).default('update'),
    }).strict(),
    output: z.object({ cells: z.array(cellOutcomeSchema), records: z.array(recordValuesSchema), applied: z.boolean(), proposal: proposalNoticeSchema.optional() }),
  },
} as const;

export type RecordValues = z.infer<typeof recordValuesSchema>;
export type CellChange = z.infer<typeof cellChangeSchema>;
export type CellOutcome = z.infer<typeof cellOutcomeSchema>;
