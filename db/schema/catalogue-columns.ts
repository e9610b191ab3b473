import { integer, real, text, type SQLiteColumnBuilderBase } from 'drizzle-orm/sqlite-core';
import { fieldsOf } from '../../core/domain/catalogue';
import type { CatalogueField, FieldEntity } from '../../core/domain/catalogue/types';

/**
 * Columns for every catalogue field of an entity, so adding a field to the catalogue plus a
 * generated migration is all it takes. Columns the table declares itself are skipped.
 */
export function catalogueColumns(entity: FieldEntity, declared: readonly string[]): Record<string, SQLiteColumnBuilderBase> {
  const columns: Record<string, SQLiteColumnBuilderBase> = {};
  for (const field of fieldsOf(entity)) {
    if (field.locatesOnly || declared.includes(field.column)) continue;
    columns[field.key] = columnFor(field);
  }
  return columns;
}

function columnFor(field: CatalogueField): SQLiteColumnBuilderBase {
  switch (field.type) {
    case 'text':
    case 'id':
    case 'date':
      return text(field.column);
    case 'decimal':
      return real(field.column);
    case 'integer':
    case 'code':
    case 'yesno':
    case 'bitmask':
      return integer(field.column);
  }
}
