import type { BlockRequest } from '../../core/contract/grid';
import type { FamilyRow, MemberRow } from '../../core/contract/models';
import type { Sqlite } from '../open';
import { desaInClause, findingClause } from './grid-block';
import { compileFilters, compileOrderBy, type CompiledWhere, type GridColumn } from './grid-sql';

/** Grid columns of the Keluarga view. Region names sort by code: the official Kemendagri order. */
export const FAMILY_GRID_COLUMNS: Record<string, GridColumn> = {
  noKk: { sql: 'f.no_kk', kind: 'text' },
  idDtks: { sql: 'f.id_dtks', kind: 'text' },
  headName: { sql: 'f.head_name', kind: 'text', orderSql: 'f.head_name COLLATE NOCASE' },
  address: { sql: 'f.address', kind: 'text', orderSql: 'f.address COLLATE NOCASE' },
  rt: { sql: 'f.rt', kind: 'text' },
  rw: { sql: 'f.rw', kind: 'text' },
  desaName: { sql: '(SELECT name FROM regions WHERE code = f.desa_code)', kind: 'text', orderSql: 'f.desa_code' },
  kecamatanName: { sql: '(SELECT name FROM regions WHERE code = f.kecamatan_code)', kind: 'text', orderSql: 'f.kecamatan_code' },
  memberCount: { sql: 'f.member_count', kind: 'number' },
  status: { sql: 'f.status', kind: 'text' },
};

const FAMILY_COLUMNS = `
  f.id, f.no_kk AS noKk, f.id_dtks AS idDtks, f.head_name AS headName, f.address, f.rt, f.rw,
         f.desa_code AS desaCode, COALESCE(d.name, f.desa_code) AS desaName,
         f.kecamatan_code AS kecamatanCode, COALESCE(k.name, f.kecamatan_code) AS kecamatanName,
         f.member_count AS memberCount, f.status, f.version`;
const REGION_JOINS = `
  LEFT JOIN regions d ON d.code = f.desa_code
  LEFT JOIN regions k ON k.code = f.kecamatan_code`;

export interface FamilyBlockQuery extends BlockRequest {
  kecamatanCode?: string;
  desaCode?: string;
  /** Only families with open (not acknowledged) findings of this rule and/or severity ('any' = either). */
  findingRuleId?: string;
  findingSeverity?: 'error' | 'warning' | 'any';
  /** Only these desa (an operator desa's assignment); every desa when absent. */
  desaIn?: readonly string[] | null;
}

export type FamilyBlockResult = { rows: FamilyRow[]; rowCount: number } | { unknownColumn: string };

export function listFamilyBlock(db: Sqlite, query: FamilyBlockQuery): FamilyBlockResult {
  const where: CompiledWhere = { clauses: [], params: [] };
  if (query.desaCode) {
    where.clauses.push('f.desa_code = ?');
    where.params.push(query.desaCode);
  } else if (query.kecamatanCode) {
    where.clauses.push('f.kecamatan_code = ?');
    where.params.push(query.kecamatanCode);
  }
  if (query.desaIn) desaInClause(query.desaIn, where);
  if (query.findingRuleId || query.findingSeverity) findingClause('keluarga', query, where);
  const unknownFilter = compileFilters(FAMILY_GRID_COLUMNS, query.filterModel, where);
  if (unknownFilter) return { unknownColumn: unknownFilter };
  const order = compileOrderBy(FAMILY_GRID_COLUMNS, query.sortModel, 'f.id');
  if (order.unknown) return { unknownColumn: order.unknown };

  const whereSql = where.clauses.length ? `WHERE ${where.clauses.join(' AND ')}` : '';
  const limit = query.endRow - query.startRow;
  // Deferred join: the OFFSET walks only the (covering) index of the page ids; the other columns
  // and region names are read for the rows of the block only. CROSS JOIN fixes that join order.
  const pageIds = `SELECT f.id FROM families f ${whereSql} ${order.sql} LIMIT ? OFFSET ?`;
  const rows = db
    .prepare(`SELECT ${FAMILY_COLUMNS} FROM (${pageIds}) page CROSS JOIN families f ON f.id = page.id ${REGION_JOINS} ${order.sql}`)
    .all(...where.params, limit, query.startRow) as FamilyRow[];
  const { n } = db.prepare(`SELECT count(*) AS n FROM families f ${whereSql}`).get(...where.params) as { n: number };
  return { rows, rowCount: n };
}

export function getFamily(db: Sqlite, id: number): FamilyRow | undefined {
  return db.prepare(`SELECT ${FAMILY_COLUMNS} FROM families f ${REGION_JOINS} WHERE f.id = ?`).get(id) as FamilyRow | undefined;
}

const MEMBER_SELECT = `
  SELECT id, family_id AS familyId, nik, name, sex, birth_place AS birthPlace, birth_date AS birthDate,
         relationship, presence, version
  FROM members`;

export function listFamilyMembers(db: Sqlite, familyId: number): MemberRow[] {
  return db.prepare(`${MEMBER_SELECT} WHERE family_id = ? ORDER BY relationship IS NULL, relationship, birth_date, id`).all(familyId) as MemberRow[];
}

export function getMember(db: Sqlite, id: number): MemberRow | undefined {
  return db.prepare(`${MEMBER_SELECT} WHERE id = ?`).get(id) as MemberRow | undefined;
}

export function countWorkspace(db: Sqlite): { families: number; members: number } {
  return db.prepare('SELECT (SELECT count(*) FROM families) AS families, (SELECT count(*) FROM members) AS members').get() as {
    families: number;
    members: number;
  };
}
