import {
  FAMILY_EDITABLE_FIELDS,
  MEMBER_EDITABLE_FIELDS,
  checkFieldValue,
  type FieldDef,
  type FamilyEditableField,
  type MemberEditableField,
} from '../../domain/fields';
import { ApiError } from '../../contract/errors';
import type { FamilyRow, MemberRow } from '../../contract/models';
import { appendAudit } from '../../../db/queries/audit';
import { getFamily, getMember } from '../../../db/queries/families';
import type { Sqlite } from '../../../db/open';
import { recheckFamilies } from '../validation/runner';
import { refreshFamilySummary } from './family-summary';

const FAMILY_COLUMNS: Record<FamilyEditableField, string> = { address: 'address', rt: 'rt', rw: 'rw' };
const MEMBER_COLUMNS: Record<MemberEditableField, string> = {
  name: 'name', nik: 'nik', sex: 'sex', birthPlace: 'birth_place', birthDate: 'birth_date', relationship: 'relationship', presence: 'presence',
};

interface EditRequest<F> {
  id: number;
  field: F;
  value: string | null;
  expectedVersion?: number;
  userId: number;
}

interface EditTarget<F extends string, R extends { version: number } & Record<F, unknown>> {
  table: 'families' | 'members';
  entity: 'family' | 'member';
  notFound: string;
  columns: Record<F, string>;
  load(id: number): R | undefined;
  /** Runs inside the transaction after a real change. */
  afterChange?(row: R, field: F): void;
}

/** One cell edit: validated, version-checked, written with its audit record in one transaction. */
function updateField<F extends string, R extends { version: number } & Record<F, unknown>>(
  db: Sqlite, target: EditTarget<F, R>, def: FieldDef, request: EditRequest<F>,
): R {
  const value = validated(def, request.value);
  return db.transaction(() => {
    const current = target.load(request.id);
    if (!current) throw new ApiError('NOT_FOUND', `${target.notFound} dengan id ${request.id} tidak ditemukan.`);
    checkVersion(current.version, request.expectedVersion, current[request.field]);
    const oldValue = current[request.field];
    if (oldValue === value) return current;
    db.prepare(`UPDATE ${target.table} SET ${target.columns[request.field]} = ?, version = version + 1, updated_at = ? WHERE id = ?`)
      .run(value, new Date().toISOString(), request.id);
    appendAudit(db, { userId: request.userId, action: 'update', entity: target.entity, entityId: request.id, field: request.field, oldValue: asText(oldValue), newValue: asText(value) });
    target.afterChange?.(current, request.field);
    return target.load(request.id) as R;
  }).immediate();
}

export function updateFamilyField(db: Sqlite, request: EditRequest<FamilyEditableField>): FamilyRow {
  const target: EditTarget<FamilyEditableField, FamilyRow> = {
    table: 'families', entity: 'family', notFound: 'Keluarga', columns: FAMILY_COLUMNS, load: (id) => getFamily(db, id),
    afterChange: (row) => recheckFamilies(db, [row.id]),
  };
  return updateField(db, target, FAMILY_EDITABLE_FIELDS[request.field], request);
}

const SUMMARY_FIELDS: readonly MemberEditableField[] = ['name', 'relationship', 'presence'];

export function updateMemberField(db: Sqlite, request: EditRequest<MemberEditableField>): MemberRow {
  const target: EditTarget<MemberEditableField, MemberRow> = {
    table: 'members', entity: 'member', notFound: 'Anggota keluarga', columns: MEMBER_COLUMNS, load: (id) => getMember(db, id),
    afterChange: (row, field) => {
      if (SUMMARY_FIELDS.includes(field)) refreshFamilySummary(db, row.familyId);
      recheckFamilies(db, [row.familyId]);
    },
  };
  return updateField(db, target, MEMBER_EDITABLE_FIELDS[request.field], request);
}

function validated(def: FieldDef, raw: string | null): string | number | null {
  const result = checkFieldValue(def, raw);
  if (!result.ok) throw new ApiError('INVALID_INPUT', result.message, { field: def.key });
  return result.value;
}

function checkVersion(current: number, expected: number | undefined, currentValue: unknown): void {
  if (expected !== undefined && expected !== current) {
    throw new ApiError('VERSION_CONFLICT', 'Data ini sudah diubah oleh proses lain sejak Anda membukanya. Nilai terbaru ditampilkan; periksa lalu ulangi perubahan Anda.', {
      currentVersion: current,
      currentValue: asText(currentValue),
    });
  }
}

function asText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
