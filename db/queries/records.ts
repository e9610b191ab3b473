import { fieldsOf, type CatalogueField, type QuestionnaireVersion } from '../../core/domain/catalogue';
import type { EditableEntity } from '../../core/domain/field-input';
import type { Sqlite } from '../open';

export type StoredValue = string | number | null;

export interface RecordValues {
  entity: EditableEntity;
  id: number;
  version: number;
  questionnaireVersion: QuestionnaireVersion;
  /** The family of a member (its own id for a family). */
  familyId: number;
  /** Every stored catalogue field of the record, by catalogue key. */
  values: Record<string, StoredValue>;
}

const TABLE: Record<EditableEntity, 'families' | 'members'> = { family: 'families', member: 'members' };

const storedFieldsCache = new Map<EditableEntity, readonly CatalogueField[]>();

/** Catalogue fields with a column of their own on the entity's table (location helpers excluded). */
export function storedFields(entity: EditableEntity): readonly CatalogueField[] {
  let fields = storedFieldsCache.get(entity);
  if (!fields) {
    const seen = new Set<string>();
    fields = fieldsOf(entity).filter((field) => !field.locatesOnly && !seen.has(field.column) && seen.add(field.column));
    storedFieldsCache.set(entity, fields);
  }
  return fields;
}

export function loadRecord(db: Sqlite, entity: EditableEntity, id: number): RecordValues | undefined {
  const fields = storedFields(entity);
  const familyColumn = entity === 'member' ? 'family_id' : 'id';
  const row = db
    .prepare(`SELECT id, version, questionnaire_version, ${familyColumn} AS family_id, ${fields.map((f) => `"${f.column}"`).join(', ')} FROM ${TABLE[entity]} WHERE id = ?`)
    .get(id) as Record<string, StoredValue> | undefined;
  if (!row) return undefined;
  const values: Record<string, StoredValue> = {};
  for (const field of fields) values[field.key] = row[field.column] ?? null;
  return {
    entity,
    id: row.id as number,
    version: row.version as number,
    questionnaireVersion: row.questionnaire_version as QuestionnaireVersion,
    familyId: row.family_id as number,
    values,
  };
}

/** Writes changed columns and bumps the record's version. Column names come from the catalogue only. */
export function writeRecordFields(db: Sqlite, entity: EditableEntity, id: number, changes: readonly { field: CatalogueField; value: StoredValue }[], at: string): void {
  const sets = changes.map(({ field }) => `"${field.column}" = ?`).join(', ');
  db.prepare(`UPDATE ${TABLE[entity]} SET ${sets}, version = version + 1, updated_at = ? WHERE id = ?`).run(...changes.map((c) => c.value), at, id);
}
