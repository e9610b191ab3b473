import { fieldsOf, type CatalogueField } from '../../core/domain/catalogue';
import type { GridColumn } from './grid-sql';

export type GridView = 'keluarga' | 'anggota';

/** Columns that are not catalogue fields: region names (sorted by code, the official order) and present members. */
const COMPUTED: Record<string, GridColumn> = {
  desaName: { sql: '(SELECT name FROM regions WHERE code = f.desa_code)', kind: 'text', orderSql: 'f.desa_code' },
  kecamatanName: { sql: '(SELECT name FROM regions WHERE code = f.kecamatan_code)', kind: 'text', orderSql: 'f.kecamatan_code' },
  memberCount: { sql: 'f.member_count', kind: 'number' },
};

/** Text that people read and sort as names sorts case-insensitively (the name indexes use NOCASE). */
const NOCASE_COLUMNS = new Set(['name', 'head_name', 'address', 'birth_place', 'nama_ibu_kandung']);

function columnOf(alias: 'f' | 'm', field: CatalogueField): GridColumn {
  const sql = `${alias}."${field.column}"`;
  switch (field.type) {
    case 'integer':
    case 'decimal':
    case 'bitmask':
      return { sql, kind: 'number' };
    case 'code':
    case 'yesno':
      return { sql, kind: 'code' };
    case 'date':
      return { sql, kind: 'date' };
    default:
      return NOCASE_COLUMNS.has(field.column) ? { sql, kind: 'text', orderSql: `${sql} COLLATE NOCASE` } : { sql, kind: 'text' };
  }
}

function build(view: GridView): Record<string, GridColumn> {
  const columns: Record<string, GridColumn> = { ...COMPUTED };
  const add = (alias: 'f' | 'm', fields: readonly CatalogueField[]) => {
    for (const field of fields) if (!field.locatesOnly) columns[field.key] ??= columnOf(alias, field);
  };
  if (view === 'anggota') add('m', fieldsOf('member'));
  add('f', fieldsOf('family'));
  return columns;
}

const cache = new Map<GridView, Record<string, GridColumn>>();

/** Every column of a grid view, by column id (catalogue key or computed), with its SQL. */
export function gridColumns(view: GridView): Record<string, GridColumn> {
  let columns = cache.get(view);
  if (!columns) {
    columns = build(view);
    cache.set(view, columns);
  }
  return columns;
}
