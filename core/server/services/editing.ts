import { PRESENT_KEBERADAAN } from '../../domain/codes';
import {
  FAMILY_EDITABLE_FIELDS,
  MEMBER_EDITABLE_FIELDS,
  checkFieldValue,
  type FamilyEditableField,
  type MemberEditableField,
} from '../../domain/fields';
import { ApiError } from '../../contract/errors';
import type { FamilyRow, MemberRow } from '../../contract/models';
import { appendAudit } from '../../../db/queries/audit';
import { getFamily, getMember } from '../../../db/queries/families';
import type { Sqlite } from '../../../db/open';

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

/** One cell edit: validated, version-checked, written with its audit record in one transaction. */
export function updateFamilyField(db: Sqlite, request: EditRequest<FamilyEditableField>): FamilyRow {
  const def = FAMILY_EDITABLE_FIELDS[request.field];
  const value = validated(def, request.value);
  return db.transaction(() => {
    const current = getFamily(db, request.id);
    if (!current) throw new ApiError('NOT_FOUND', `Keluarga dengan id ${request.id} tidak ditemukan.`);
    checkVersion(current.version, request.expectedVersion, current[request.field]);
    const oldValue = current[request.field];
    if (oldValue === value) return current;
    db.prepare(`UPDATE families SET ${FAMILY_COLUMNS[request.field]} = ?, version = version + 1, updated_at = ? WHERE id = ?`)
      .run(value, new Date().toISOString(), request.id);
    appendAudit(db, { userId: request.userId, action: 'update', entity: 'family', entityId: request.id, field: request.field, oldValue: asText(oldValue), newValue: asText(value) });
    return getFamily(db, request.id) as FamilyRow;
  }).immediate();
}

export function updateMemberField(db: Sqlite, request: EditRequest<MemberEditableField>): MemberRow {
  const def = MEMBER_EDITABLE_FIELDS[request.field];
  const value = validated(def, request.value);
  return db.transaction(() => {
    const current = getMember(db, request.id);
    if (!current) throw new ApiError('NOT_FOUND', `Anggota keluarga dengan id ${request.id} tidak ditemukan.`);
    checkVersion(current.version, request.expectedVersion, current[request.field]);
    const oldValue = current[request.field];
    if (oldValue === value) return current;
    db.prepare(`UPDATE members SET ${MEMBER_COLUMNS[request.field]} = ?, version = version + 1, updated_at = ? WHERE id = ?`)
      .run(value, new Date().toISOString(), request.id);
    appendAudit(db, { userId: request.userId, action: 'update', entity: 'member', entityId: request.id, field: request.field, oldValue: asText(oldValue), newValue: asText(value) });
    if (request.field === 'name' || request.field === 'relationship' || request.field === 'presence') {
      refreshFamilySummary(db, current.familyId);
    }
    return getMember(db, request.id) as MemberRow;
  }).immediate();
}

/** Keeps the denormalised head name and present-member count that the grid sorts on. */
function refreshFamilySummary(db: Sqlite, familyId: number): void {
  const present = PRESENT_KEBERADAAN.join(',');
  db.prepare(
    `UPDATE families SET
       member_count = (SELECT count(*) FROM members WHERE family_id = @id AND presence IN (${present})),
       head_name = COALESCE((SELECT name FROM members WHERE family_id = @id AND relationship = 1 AND presence IN (${present}) ORDER BY id LIMIT 1), head_name)
     WHERE id = @id`,
  ).run({ id: familyId });
}

function validated(def: Parameters<typeof checkFieldValue>[0], raw: string | null): string | number | null {
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
