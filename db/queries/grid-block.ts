import type { BlockRequest } from '../../core/contract/grid';
import type { Sqlite } from '../open';
import { compileFilters, compileOrderBy, type CompiledWhere } from './grid-sql';
import { gridColumns, type GridView } from './grid-columns';

export interface GridScope {
  kecamatanCode?: string;
  desaCode?: string;
  /** Family status (aktif, nonaktif…). */
  status?: string;
  /** Only rows with open findings of this rule and/or severity ('any' = either). */
  findingRuleId?: string;
  findingSeverity?: 'error' | 'warning' | 'any';
  /** Quick search: digits find NIK, No KK and ID DTKS by prefix; words find names by word prefix. */
  search?: string;
}

export interface GridBlockQuery extends BlockRequest {
  view: GridView;
  /** Column ids to return (the visible columns). */
  columns: string[];
  scope: GridScope;
  withCount: boolean;
  /** Only these desa (an operator desa's assignment); every desa when absent. */
  desaIn?: readonly string[] | null;
}

export type GridRow = Record<string, string | number | null>;
export type GridBlockResult = { rows: GridRow[]; rowCount: number | null } | { unknownColumn: string };

const FROM: Record<GridView, { table: string; key: string; extra: string }> = {
  keluarga: { table: 'families f', key: 'f.id', extra: 'f.id, f.version, f.id AS familyId, f.questionnaire_version AS questionnaireVersion' },
  anggota: {
    table: 'members m',
    key: 'm.id',
    extra: 'm.id, m.version, m.family_id AS familyId, m.questionnaire_version AS questionnaireVersion, f.version AS familyVersion',
  },
};

/** One block of a grid view, sorted and filtered in SQL; the row count only when asked (it is the slow part). */
export function listGridBlock(db: Sqlite, query: GridBlockQuery): GridBlockResult {
  const columns = gridColumns(query.view);
  const unknown = query.columns.find((id) => !columns[id]);
  if (unknown) return { unknownColumn: unknown };
  const where: CompiledWhere = { clauses: [], params: [] };
  scopeClauses(query.view, query.scope, where);
  if (query.desaIn) desaInClause(query.desaIn, where);
  const unknownFilter = compileFilters(columns, query.filterModel, where);
  if (unknownFilter) return { unknownColumn: unknownFilter };
  const from = FROM[query.view];
  const order = compileOrderBy(columns, query.sortModel, from.key);
  if (order.unknown) return { unknownColumn: order.unknown };

  const whereSql = where.clauses.length ? `WHERE ${where.clauses.join(' AND ')}` : '';
  const tables = sourceTables(query, /\bf\./.test(whereSql + order.sql));
  const select = query.columns.map((id) => `${columns[id]!.sql} AS "${id}"`);
  // Deferred join: the OFFSET walks only the ids; the wide rows are read for the block only.
  const pageIds = `SELECT ${from.key} AS id FROM ${tables} ${whereSql} ${order.sql} LIMIT ? OFFSET ?`;
  const rowJoin = query.view === 'anggota' ? 'CROSS JOIN members m ON m.id = page.id JOIN families f ON f.id = m.family_id' : 'CROSS JOIN families f ON f.id = page.id';
  const rows = db
    .prepare(`SELECT ${[from.extra, ...select].join(', ')} FROM (${pageIds}) page ${rowJoin} ${order.sql}`)
    .all(...where.params, query.endRow - query.startRow, query.startRow) as GridRow[];
  const rowCount = query.withCount
    ? (db.prepare(`SELECT count(*) FROM ${tables} ${whereSql}`).pluck().get(...where.params) as number)
    : null;
  return { rows, rowCount };
}

/**
 * The member view joins its family only when a filter or the sort needs it. Within a region the
 * families of that region drive the loop (CROSS JOIN fixes the order): without statistics SQLite
 * may otherwise start from a member index that matches half the district.
 */
function sourceTables(query: GridBlockQuery, needsFamily: boolean): string {
  if (query.view === 'keluarga') return FROM.keluarga.table;
  if (!needsFamily) return FROM.anggota.table;
  return query.scope.desaCode || query.scope.kecamatanCode || query.desaIn ? 'families f CROSS JOIN members m ON m.family_id = f.id' : 'members m JOIN families f ON f.id = m.family_id';
}

function scopeClauses(view: GridView, scope: GridScope, where: CompiledWhere): void {
  if (scope.desaCode) {
    where.clauses.push('f.desa_code = ?');
    where.params.push(scope.desaCode);
  } else if (scope.kecamatanCode) {
    where.clauses.push('f.kecamatan_code = ?');
    where.params.push(scope.kecamatanCode);
  }
  if (scope.status) {
    where.clauses.push('f.status = ?');
    where.params.push(scope.status);
  }
  if (scope.findingRuleId || scope.findingSeverity) findingClause(view, scope, where);
  const search = scope.search?.trim();
  if (search) searchClause(view, search, where);
}

/** Rows with open (not acknowledged) findings of a rule and/or severity. */
export function desaInClause(desaCodes: readonly string[], where: CompiledWhere): void {
  where.clauses.push(`f.desa_code IN (${desaCodes.map(() => '?').join(', ')})`);
  where.params.push(...desaCodes);
}

export function findingClause(view: GridView, scope: Pick<GridScope, 'findingRuleId' | 'findingSeverity'>, where: CompiledWhere): void {
  const conditions = [view === 'anggota' ? `v.entity = 'member' AND v.entity_id = m.id` : 'v.family_id = f.id', 'a.id IS NULL'];
  if (scope.findingRuleId) {
    conditions.push('v.rule_id = ?');
    where.params.push(scope.findingRuleId);
  }
  if (scope.findingSeverity && scope.findingSeverity !== 'any') {
    conditions.push('v.severity = ?');
    where.params.push(scope.findingSeverity);
  }
  where.clauses.push(
    `EXISTS (SELECT 1 FROM validation_results v
       LEFT JOIN validation_acks a ON a.rule_id = v.rule_id AND a.entity = v.entity AND a.entity_id = v.entity_id
       WHERE ${conditions.join(' AND ')})`,
  );
}

/** Digits: a prefix range on the ID indexes. Words: every word as a prefix in the name index (FTS5). */
function searchClause(view: GridView, search: string, where: CompiledWhere): void {
  const digits = search.replace(/[\s.]/g, '');
  if (/^\d{2,24}$/.test(digits)) {
    const range = [digits, `${digits}:`]; // ':' sorts right after '9'
    const ids = `(SELECT id FROM families WHERE (no_kk >= ? AND no_kk < ?) OR (id_dtks >= ? AND id_dtks < ?))`;
    where.clauses.push(
      view === 'anggota'
        ? `((m.nik >= ? AND m.nik < ?) OR m.family_id IN ${ids})`
        : `(f.id IN ${ids} OR f.id IN (SELECT family_id FROM members WHERE nik >= ? AND nik < ?))`,
    );
    where.params.push(...range, ...range, ...range);
    return;
  }
  const words = search.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const match = words.map((word) => `"${word.replace(/"/g, '')}"*`).join(' ');
  if (!match) return;
  const names = 'SELECT rowid FROM members_fts WHERE members_fts MATCH ?';
  where.clauses.push(view === 'anggota' ? `m.id IN (${names})` : `f.id IN (SELECT family_id FROM members WHERE id IN (${names}))`);
  where.params.push(match);
}
