import { z } from 'zod';

/** The subset of AG Grid's infinite-row-model request that the backend compiles to SQL. */
export const sortModelSchema = z
  .array(z.object({ colId: z.string().min(1).max(64), sort: z.enum(['asc', 'desc']) }))
  .max(5);

export const textFilterSchema = z.object({
  filterType: z.literal('text'),
  type: z.enum(['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank']),
  filter: z.string().max(200).optional(),
});

export const numberFilterSchema = z.object({
  filterType: z.literal('number'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'lessThanOrEqual', 'greaterThan', 'greaterThanOrEqual', 'inRange', 'blank', 'notBlank']),
  filter: z.number().nullable().optional(),
  filterTo: z.number().nullable().optional(),
});

/** AG Grid's date filter: dates as 'yyyy-mm-dd' optionally followed by a time, which is ignored. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/).transform((value) => value.slice(0, 10));
export const dateFilterSchema = z.object({
  filterType: z.literal('date'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank']),
  dateFrom: isoDate.nullable().optional(),
  dateTo: isoDate.nullable().optional(),
});

/** Our code-list filter (AG Grid's set filter is not in Community): any of these codes; null = empty. */
export const setFilterSchema = z.object({
  filterType: z.literal('set'),
  values: z.array(z.number().int().nullable()).max(200),
});

export const filterModelSchema = z.record(
  z.string().max(64),
  z.discriminatedUnion('filterType', [textFilterSchema, numberFilterSchema, dateFilterSchema, setFilterSchema]),
);

export const blockRequestSchema = z.object({
  startRow: z.number().int().min(0),
  endRow: z.number().int().min(1),
  sortModel: sortModelSchema.default([]),
  filterModel: filterModelSchema.default({}),
}).refine((r) => r.endRow > r.startRow && r.endRow - r.startRow <= 1000, {
  message: 'Rentang baris tidak valid (maksimal 1000 baris per blok).',
  path: ['endRow'],
});

export type SortModel = z.infer<typeof sortModelSchema>;
export type FilterModel = z.infer<typeof filterModelSchema>;
export type TextFilter = z.infer<typeof textFilterSchema>;
export type NumberFilter = z.infer<typeof numberFilterSchema>;
export type DateFilter = z.infer<typeof dateFilterSchema>;
export type SetFilter = z.infer<typeof setFilterSchema>;
export type BlockRequest = z.infer<typeof blockRequestSchema>;
