import { z } from 'zod';
import { blockRequestSchema } from './grid';

const regionCode = z.string().regex(/^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/, 'Kode wilayah Kemendagri tidak valid (contoh: 33.28).');
export const gridViewSchema = z.enum(['keluarga', 'anggota']);

export const gridScopeSchema = z.object({
  kecamatanCode: regionCode.optional(),
  desaCode: regionCode.optional(),
  status: z.string().max(32).optional(),
  findingRuleId: z.string().max(64).optional(),
  findingSeverity: z.enum(['error', 'warning', 'any']).optional(),
  search: z.string().max(100).optional(),
}).strict();

/** A saved grid layout: which columns, in which order, width and pinning, plus filters and sort. */
export const gridStateSchema = z.object({
  columns: z.array(z.object({ colId: z.string().max(64), width: z.number().int().min(20).max(2000).optional(), hide: z.boolean().optional(), pinned: z.enum(['left', 'right']).nullable().optional() })).max(400),
  filterModel: z.record(z.string().max(64), z.unknown()).default({}),
  sortModel: z.array(z.object({ colId: z.string().max(64), sort: z.enum(['asc', 'desc']) })).max(5).default([]),
  scope: gridScopeSchema.default({}),
});

const viewName = z.string().trim().min(1, 'Nama tampilan wajib diisi.').max(80);

export const gridMethods = {
  /** One block of the Keluarga or Anggota view; the row count when asked (first block of a filter). */
  'grid.block': {
    input: blockRequestSchema.and(z.object({
      view: gridViewSchema,
      columns: z.array(z.string().max(64)).min(1).max(400),
      scope: gridScopeSchema.default({}),
      withCount: z.boolean().default(false),
    })),
    output: z.object({ rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))), rowCount: z.number().int().nullable() }),
  },
  /** The user's current layout ('' name) and saved views of a grid. */
  'views.list': {
    input: z.object({ view: gridViewSchema }).strict(),
    output: z.object({ layout: gridStateSchema.nullable(), saved: z.array(z.object({ name: z.string(), state: gridStateSchema, updatedAt: z.string() })) }),
  },
  'views.saveLayout': { input: z.object({ view: gridViewSchema, state: gridStateSchema }).strict(), output: z.object({ saved: z.boolean() }) },
  'views.save': { input: z.object({ view: gridViewSchema, name: viewName, state: gridStateSchema }).strict(), output: z.object({ saved: z.boolean() }) },
  'views.delete': { input: z.object({ view: gridViewSchema, name: viewName }).strict(), output: z.object({ deleted: z.boolean() }) },
} as const;

export type GridViewName = z.infer<typeof gridViewSchema>;
export type GridScope = z.infer<typeof gridScopeSchema>;
export type GridState = z.infer<typeof gridStateSchema>;
