import type { QuestionnaireVersion } from '../../domain/catalogue';
import { editableField, parseFieldInput, type EditableEntity } from '../../domain/field-input';
import { HEAD_RELATIONSHIP, NEW_MEMBER_PRESENCE } from '../../domain/member-presence';
import { NEW_FAMILY_VERSION } from '../../domain/proposals';
import { parseDateValue } from '../../domain/values';
import type { NonaktifReason } from '../../contract/proposals';
import { loadFamilyCard, loadMemberCard, loadMemberCards } from '../../../db/queries/family-card';
import type { StoredValue } from '../../../db/queries/records';
import type { Sqlite } from '../../../db/open';
import { isPresentMember, refuse } from './family-operation';

/** Usulan baru as stored in payload_json: parsed values by catalogue key, ready to insert when approved. */
export interface BaruPayload {
  family: Record<string, StoredValue> | null;
  members: Record<string, StoredValue>[];
}

/** Nonaktif: the date of the event (yyyy-mm-dd), when given. */
export interface NonaktifPayload {
  date: string | null;
}

const REQUIRED_MEMBER = ['nama', 'nik', 'hubunganKeluarga'] as const;

function parseValues(entity: EditableEntity, raw: Record<string, string | null>, version: QuestionnaireVersion, where: string): Record<string, StoredValue> {
  const values: Record<string, StoredValue> = {};
  for (const [key, text] of Object.entries(raw)) {
    const field = editableField(entity, key);
    if (!field) throw refuse(`${where}: kolom "${key}" tidak dapat diisi.`, key);
    const parsed = parseFieldInput(field, text, version);
    if (!parsed.ok) throw refuse(`${where}: ${parsed.message}`, key);
    if (parsed.value !== null) values[key] = parsed.value;
  }
  return values;
}

function parseMembers(raw: Record<string, string | null>[], version: QuestionnaireVersion): Record<string, StoredValue>[] {
  return raw.map((member, index) => {
    const where = `Anggota ${index + 1}`;
    const values: Record<string, StoredValue> = { keberadaan: NEW_MEMBER_PRESENCE[version], ...parseValues('member', member, version, where) };
    for (const key of REQUIRED_MEMBER) {
      if (values[key] === undefined) throw refuse(`${where}: ${editableField('member', key)?.label ?? key} wajib diisi.`, key);
    }
    return values;
  });
}

export interface BaruInput {
  familyId?: number;
  desaCode?: string;
  family?: Record<string, string | null>;
  members: Record<string, string | null>[];
}

/** Checks and parses an usulan baru; answers the desa it belongs to and the payload to store. */
export function parseBaru(db: Sqlite, input: BaruInput): { desaCode: string; familyId: number | null; payload: BaruPayload } {
  if (input.familyId !== undefined) {
    const family = loadFamilyCard(db, input.familyId);
    if (!family) throw refuse(`Keluarga dengan id ${input.familyId} tidak ditemukan.`, 'familyId');
    if (input.family) throw refuse('Usulan anggota baru untuk keluarga yang sudah ada tidak mengubah data keluarganya; gunakan usulan perbaikan.', 'family');
    const members = parseMembers(input.members, family.questionnaireVersion);
    const hasHead = loadMemberCards(db, family.id).some((m) => isPresentMember(m) && m.values.hubunganKeluarga === HEAD_RELATIONSHIP);
    if (hasHead && members.some((m) => m.hubunganKeluarga === HEAD_RELATIONSHIP)) {
      throw refuse('Keluarga ini sudah punya kepala keluarga; anggota baru harus dengan hubungan lain.', 'hubunganKeluarga');
    }
    return { desaCode: String(family.values.kodeDesa), familyId: family.id, payload: { family: null, members } };
  }
  if (!input.desaCode) throw refuse('Pilih desa untuk keluarga baru.', 'desaCode');
  const kabupaten = db.prepare(`SELECT value FROM settings WHERE key = 'workspace.kabupatenCode'`).pluck().get() as string | undefined;
  const knownDesa = db.prepare('SELECT 1 FROM regions WHERE code = ? AND level = 4').get(input.desaCode) !== undefined;
  if (!knownDesa || (kabupaten && !input.desaCode.startsWith(`${kabupaten}.`))) throw refuse(`Desa dengan kode ${input.desaCode} tidak ada di kabupaten workspace ini.`, 'desaCode');
  const family = parseValues('family', input.family ?? {}, NEW_FAMILY_VERSION, 'Keluarga');
  if (typeof family.noKk !== 'string') throw refuse('Keluarga: No KK wajib diisi.', 'noKk');
  if (db.prepare('SELECT 1 FROM families WHERE no_kk = ?').get(family.noKk)) throw refuse(`No KK ${family.noKk} sudah dipakai keluarga lain.`, 'noKk');
  const members = parseMembers(input.members, NEW_FAMILY_VERSION);
  if (members.filter((m) => m.hubunganKeluarga === HEAD_RELATIONSHIP).length !== 1) throw refuse('Keluarga baru harus punya tepat satu kepala keluarga.', 'hubunganKeluarga');
  return { desaCode: input.desaCode, familyId: null, payload: { family, members } };
}

export interface NonaktifInput {
  familyId: number;
  memberId?: number | null;
  reason: NonaktifReason;
  duplicateOfMemberId?: number | null;
  duplicateOfFamilyId?: number | null;
  date?: string;
}

/** Reasons that change one member's keberadaan; mampu and menolak concern the whole family. */
const MEMBER_REASONS: readonly NonaktifReason[] = ['meninggal', 'pindah', 'tidak_ditemukan', 'ganda'];

/** Checks the target and the reason of a nonaktif (or the target of a reaktivasi); answers the family's desa. */
export function checkTarget(db: Sqlite, familyId: number, memberId: number | null | undefined): string {
  const family = loadFamilyCard(db, familyId);
  if (!family) throw refuse(`Keluarga dengan id ${familyId} tidak ditemukan.`, 'familyId');
  if (memberId !== undefined && memberId !== null && loadMemberCard(db, memberId)?.familyId !== familyId) {
    throw refuse(`Anggota dengan id ${memberId} bukan anggota keluarga ini.`, 'memberId');
  }
  return String(family.values.kodeDesa);
}

export function checkNonaktif(db: Sqlite, input: NonaktifInput): { desaCode: string; payload: NonaktifPayload } {
  const desaCode = checkTarget(db, input.familyId, input.memberId);
  const member = input.memberId != null;
  if (member && !MEMBER_REASONS.includes(input.reason)) throw refuse('Alasan mampu dan menolak berlaku untuk seluruh keluarga, bukan satu anggota.', 'reason');
  if (!member && input.reason === 'meninggal') throw refuse('Alasan meninggal berlaku untuk anggota; pilih anggota yang meninggal.', 'memberId');
  if (input.reason === 'ganda') {
    const other = member ? input.duplicateOfMemberId : input.duplicateOfFamilyId;
    if (other == null) throw refuse(member ? 'Sebutkan data anggota lain yang ganda dengan anggota ini.' : 'Sebutkan data keluarga lain yang ganda dengan keluarga ini.', 'duplicateOf');
    const exists = member ? loadMemberCard(db, other) : loadFamilyCard(db, other);
    if (!exists || other === (member ? input.memberId : input.familyId)) throw refuse(`Data ganda dengan id ${other} tidak ditemukan.`, 'duplicateOf');
  }
  let date: string | null = null;
  if (input.date) {
    const parsed = parseDateValue(input.date, { label: 'Tanggal kejadian' });
    if (!parsed.ok) throw refuse(parsed.message, 'date');
    date = parsed.value;
  }
  return { desaCode, payload: { date } };
}
