import type { ParsedInput } from '../../contract/methods';
import { parseDateValue } from '../../domain/values';
import { editableField, parseFieldInput } from '../../domain/field-input';
import { DUPLICATE_PRESENCE, HEAD_RELATIONSHIP, NEW_MEMBER_PRESENCE } from '../../domain/member-presence';
import type { StoredValue } from '../../../db/queries/records';
import type { Sqlite } from '../../../db/open';
import { checkCode, isPresentMember, refuse, runOperation, type FamilyOperation } from './family-operation';
import type { MemberCardRow } from '../../../db/queries/family-card';

/** What every operation answers: the family the user is looking at, and the record it created. */
export interface OperationResult {
  familyId: number;
  createdId: number | null;
}

const REQUIRED_NEW = ['nama', 'nik', 'hubunganKeluarga'] as const;

/** Tambah anggota: a new member with the family's questionnaire version, keberadaan "anggota baru" unless given. */
export function addMember(db: Sqlite, userId: number, input: ParsedInput<'members.add'>): OperationResult {
  return runOperation(db, userId, 'add-member', (op) => {
    const family = op.family(input.familyId, input.familyVersion);
    const version = family.questionnaireVersion;
    const values: Record<string, StoredValue> = { keberadaan: NEW_MEMBER_PRESENCE[version] };
    for (const [key, raw] of Object.entries(input.values)) {
      const field = editableField('member', key);
      if (!field) throw refuse(`Kolom "${key}" tidak dapat diisi untuk anggota keluarga.`, key);
      const parsed = parseFieldInput(field, raw, version);
      if (!parsed.ok) throw refuse(parsed.message, key);
      if (parsed.value !== null) values[key] = parsed.value;
    }
    for (const key of REQUIRED_NEW) {
      if (values[key] === undefined) throw refuse(`${editableField('member', key)?.label ?? key} wajib diisi.`, key);
    }
    if (values.hubunganKeluarga === HEAD_RELATIONSHIP && presentHeads(op, family.id).length > 0) {
      throw refuse('Keluarga ini sudah punya kepala keluarga. Tambahkan anggota dengan hubungan lain, lalu gunakan "Ganti kepala keluarga".', 'hubunganKeluarga');
    }
    const columns: Record<string, StoredValue> = { family_id: family.id, questionnaire_version: version };
    for (const [key, value] of Object.entries(values)) columns[editableField('member', key)!.column] = value;
    const id = op.insert('member', columns, values);
    op.touch(family.id);
    return { familyId: family.id, createdId: id };
  });
}

/** Ganti kepala keluarga: the new head gets 1 Kepala keluarga, the previous head(s) the relationship chosen. */
export function changeHead(db: Sqlite, userId: number, input: ParsedInput<'members.changeHead'>): OperationResult {
  return runOperation(db, userId, 'change-head', (op) => {
    const family = op.family(input.familyId, input.familyVersion);
    const head = op.member(input.newHead);
    if (head.familyId !== family.id) throw refuse('Anggota yang dipilih bukan anggota keluarga ini.');
    if (!isPresentMember(head)) throw refuse('Kepala keluarga baru harus anggota yang masih tinggal bersama keluarga.');
    if (head.values.hubunganKeluarga === HEAD_RELATIONSHIP) throw refuse('Anggota ini sudah menjadi kepala keluarga.');
    const previous = presentHeads(op, family.id);
    if (previous.length > 0) {
      if (input.previousHeadRelationship === undefined) throw refuse('Pilih hubungan baru untuk kepala keluarga lama.', 'previousHeadRelationship');
      if (input.previousHeadRelationship === HEAD_RELATIONSHIP) throw refuse('Kepala keluarga lama harus mendapat hubungan selain "Kepala keluarga".', 'previousHeadRelationship');
      for (const old of previous) op.set('member', old, 'hubunganKeluarga', checkCode('hubunganKeluarga', old.questionnaireVersion, input.previousHeadRelationship));
    }
    op.set('member', head, 'hubunganKeluarga', HEAD_RELATIONSHIP);
    return { familyId: family.id, createdId: null };
  });
}

/** Meninggal, pindah, tidak ditemukan (or back to present): the keberadaan code of the member's questionnaire, with date and reason. */
export function setPresence(db: Sqlite, userId: number, input: ParsedInput<'members.setPresence'>): OperationResult {
  return runOperation(db, userId, 'set-presence', (op) => {
    const member = op.member(input.member);
    const presence = checkCode('keberadaan', member.questionnaireVersion, input.presence);
    const date = presenceDate(input.date, member);
    op.set('member', member, 'keberadaan', presence);
    op.setExtra(member, 'presenceDate', member.presenceDate, date);
    op.setExtra(member, 'presenceReason', member.presenceReason, input.reason || null);
    return { familyId: member.familyId, createdId: null };
  });
}

/**
 * Gabung data ganda: nothing is deleted. The duplicate links to the kept record and leaves the family (keberadaan
 * DUPLICATE_PRESENCE); when it was the head and the kept record is in the same family, the kept record becomes head.
 */
export function mergeMembers(db: Sqlite, userId: number, input: ParsedInput<'members.merge'>): OperationResult {
  return runOperation(db, userId, 'merge-member', (op) => {
    if (input.keep.id === input.duplicate.id) throw refuse('Data yang dipertahankan dan data ganda harus dua data yang berbeda.');
    const keep = op.member(input.keep);
    const duplicate = op.member(input.duplicate);
    if (duplicate.duplicateOfId !== null) throw refuse('Data ganda ini sudah digabungkan sebelumnya.');
    if (keep.duplicateOfId !== null) throw refuse('Data yang dipertahankan sendiri sudah ditandai sebagai data ganda; pilih data lain.');
    const wasHead = isPresentMember(duplicate) && duplicate.values.hubunganKeluarga === HEAD_RELATIONSHIP;
    op.setExtra(duplicate, 'duplicateOf', null, keep.id);
    op.set('member', duplicate, 'keberadaan', DUPLICATE_PRESENCE[duplicate.questionnaireVersion]);
    op.setExtra(duplicate, 'presenceDate', duplicate.presenceDate, localToday());
    op.setExtra(duplicate, 'presenceReason', duplicate.presenceReason, 'Data ganda: digabungkan ke data anggota lain.');
    if (wasHead && keep.familyId === duplicate.familyId && isPresentMember(keep)) op.set('member', keep, 'hubunganKeluarga', HEAD_RELATIONSHIP);
    return { familyId: duplicate.familyId, createdId: null };
  });
}

export function presentHeads(op: FamilyOperation, familyId: number): MemberCardRow[] {
  return op.members(familyId).filter((m) => isPresentMember(m) && m.values.hubunganKeluarga === HEAD_RELATIONSHIP);
}

function presenceDate(raw: string, member: MemberCardRow): string {
  const parsed = parseDateValue(raw, { label: 'Tanggal keberadaan' });
  if (!parsed.ok) throw refuse(parsed.message, 'date');
  if (parsed.value === null) throw refuse('Tanggal wajib diisi.', 'date');
  if (parsed.value > localToday()) throw refuse('Tanggal tidak boleh di masa depan.', 'date');
  const birth = member.values.tanggalLahir;
  if (typeof birth === 'string' && parsed.value < birth) throw refuse('Tanggal tidak boleh sebelum tanggal lahir anggota.', 'date');
  return parsed.value;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
