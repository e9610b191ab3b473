import type { DateFilter, FilterModel, NumberFilter, SetFilter, SortModel, TextFilter } from '../../core/contract/grid';

/** A grid column the backend may sort and filter on, with the SQL it stands for. */
export interface GridColumn {
  sql: string;
  kind: 'text' | 'number' | 'date' | 'code';
  /** SQL used for ORDER BY, when it differs (e.g. a case-insensitive collation matching an index). */
  orderSql?: string;
}

export interface CompiledWhere {
  clauses: string[];
  params: unknown[];
}

/**
 * Compiles AG Grid's sort and filter models to SQL over a whitelist of columns; unknown column ids
 * are refused, so nothing from the request reaches the SQL text except through parameters.
 */
export function compileFilters(columns: Record<string, GridColumn>, filterModel: FilterModel, into: CompiledWhere): string | null {
  for (const [colId, filter] of Object.entries(filterModel)) {
    const column = columns[colId];
    if (!column) return colId;
    if (filter.filterType === 'text') compileText(column.sql, filter, into);
    else if (filter.filterType === 'number') compileNumber(column.sql, filter, into);
    else if (filter.filterType === 'date') compileDate(column.sql, filter, into);
    else compileSet(column.sql, filter, into);
  }
  return null;
}

export function compileOrderBy(columns: Record<string, GridColumn>, sortModel: SortModel, tieBreaker: string): { sql: string; unknown: string | null } {
  const parts: string[] = [];
  for (const { colId, sort } of sortModel) {
    const column = columns[colId];
    if (!column) return { sql: '', unknown: colId };
    parts.push(`${column.orderSql ?? column.sql} ${sort === 'desc' ? 'DESC' : 'ASC'}`);
  }
  parts.push(tieBreaker);
  return { sql: `ORDER BY ${parts.join(', ')}`, unknown: null };
}

function compileText(sql: string, filter: TextFilter, into: CompiledWhere): void {
  const value = filter.filter ?? '';
  const like = (pattern: string) => {
    into.clauses.push(`${sql} LIKE ? ESCAPE '\\'`);
    into.params.push(pattern);
  };
  const escaped = value.replace(/[\\%_]/g, (c) => `\\${c}`);
  switch (filter.type) {
    case 'contains': return like(`%${escaped}%`);
    case 'startsWith': return like(`${escaped}%`);
    case 'endsWith': return like(`%${escaped}`);
    case 'notContains':
      into.clauses.push(`(${sql} IS NULL OR ${sql} NOT LIKE ? ESCAPE '\\')`);
      into.params.push(`%${escaped}%`);
      return;
    case 'equals':
      into.clauses.push(`${sql} = ? COLLATE NOCASE`);
      into.params.push(value);
      return;
    case 'notEqual':
      into.clauses.push(`(${sql} IS NULL OR ${sql} <> ? COLLATE NOCASE)`);
      into.params.push(value);
      return;
    case 'blank':
      into.clauses.push(`(${sql} IS NULL OR ${sql} = '')`);
      return;
    case 'notBlank':
      into.clauses.push(`(${sql} IS NOT NULL AND ${sql} <> '')`);
      return;
  }
}

const NUMBER_OPERATORS = {
  equals: '=', notEqual: '<>', lessThan: '<', lessThanOrEqual: '<=', greaterThan: '>', greaterThanOrEqual: '>=',
} as const;

function compileNumber(sql: string, filter: NumberFilter, into: CompiledWhere): void {
  if (filter.type === 'blank') {
    into.clauses.push(`${sql} IS NULL`);
  } else if (filter.type === 'notBlank') {
    into.clauses.push(`${sql} IS NOT NULL`);
  } else if (filter.type === 'inRange') {
    into.clauses.push(`${sql} BETWEEN ? AND ?`);
    into.params.push(filter.filter ?? 0, filter.filterTo ?? filter.filter ?? 0);
  } else {
    into.clauses.push(`${sql} ${NUMBER_OPERATORS[filter.type]} ?`);
    into.params.push(filter.filter ?? 0);
  }
}

/**
 * Date comparisons use `+column`: a broad range through the date index means a table lookup per
 * row (five times slower than a scan), so SQLite is kept from picking it; sorting still uses it.
 */
function compileDate(column: string, filter: DateFilter, into: CompiledWhere): void {
  const sql = `+${column}`;
  const from = filter.dateFrom ?? null;
  switch (filter.type) {
    case 'blank': into.clauses.push(`(${sql} IS NULL OR ${sql} = '')`); return;
    case 'notBlank': into.clauses.push(`(${sql} IS NOT NULL AND ${sql} <> '')`); return;
    case 'inRange':
      into.clauses.push(`${sql} BETWEEN ? AND ?`);
      into.params.push(from, filter.dateTo ?? from);
      return;
    case 'notEqual':
      into.clauses.push(`(${sql} IS NULL OR ${sql} <> ?)`);
      into.params.push(from);
      return;
    default:
      into.clauses.push(`${sql} ${filter.type === 'equals' ? '=' : filter.type === 'lessThan' ? '<' : '>'} ?`);
      into.params.push(from);
  }
}

function compileSet(sql: string, filter: SetFilter, into: CompiledWhere): void {
  const codes = filter.values.filter((value): value is number => value !== null);
  const parts: string[] = [];
  if (codes.length) {
    parts.push(`${sql} IN (${codes.map(() => '?').join(', ')})`);
    into.params.push(...codes);
  }
  if (filter.values.includes(null)) parts.push(`${sql} IS NULL`);
  into.clauses.push(parts.length ? `(${parts.join(' OR ')})` : '0');
}
