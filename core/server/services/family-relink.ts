import { ApiError } from '../../contract/errors';
import type { ParsedInput } from '../../contract/methods';
import { HEAD_RELATIONSHIP } from '../../domain/member-presence';
import type { FamilyCardRow, MemberCardRow } from '../../../db/queries/family-card';
import type { StoredValue } from '../../../db/queries/records';
import type { Sqlite } from '../../../db/open';
import { checkCode, isPresentMember, refuse, runOperation, type FamilyOperation } from './family-operation';
import { presentHeads, type OperationResult } from './member-operations';

/** Regsosek R115: the family a pecah KK came from is "Keluarga induk", the new one "Keluarga pecahan". */
const KODE_KK_INDUK = 1;
const KODE_KK_PECAHAN = 2;

/** Pindah KK: the member joins the family with that No KK, with a relationship to its head; its history stays with it. */
export function moveMember(db: Sqlite, userId: number, input: ParsedInput<'members.move'>): OperationResult {
  return runOperation(db, userId, 'move-member', (op) => {
    const member = op.member(input.member);
    const origin = op.family(member.familyId);
    const targets = db.prepare('SELECT id FROM families WHERE no_kk = ?').pluck().all(input.targetNoKk) as number[];
    if (targets.length === 0) throw new ApiError('NOT_FOUND', `Keluarga dengan No KK ${input.targetNoKk} tidak ditemukan di workspace ini.`);
    if (targets.length > 1) throw refuse(`No KK ${input.targetNoKk} dipakai oleh ${targets.length} keluarga; bereskan data ganda itu dulu.`, 'targetNoKk');
    if (targets[0] === origin.id) throw refuse('Anggota ini sudah berada di keluarga dengan No KK tersebut.', 'targetNoKk');
    const target = op.family(targets[0]!);
    const relationship = checkCode('hubunganKeluarga', member.questionnaireVersion, input.relationship);
    const othersStay = op.members(origin.id).some((m) => m.id !== member.id && isPresentMember(m));
    if (isHead(member) && othersStay) {
      throw refuse('Anggota ini kepala keluarga. Ganti kepala keluarga dulu, baru pindahkan anggota ini.');
    }
    if (relationship === HEAD_RELATIONSHIP && presentHeads(op, target.id).length > 0) {
      throw refuse('Keluarga tujuan sudah punya kepala keluarga; pilih hubungan lain.', 'relationship');
    }
    relink(op, member, origin, target.id, String(target.values.noKk), relationship);
    return { familyId: origin.id, createdId: null };
  });
}

/**
 * Pecah KK: the chosen members form a new family with a new No KK (the origin's desa and address unless chosen),
 * linked to the origin by split_from_id. The origin keeps at least one present member and a head.
 */
export function splitFamily(db: Sqlite, userId: number, input: ParsedInput<'families.split'>): OperationResult {
  return runOperation(db, userId, 'split-family', (op) => {
    const origin = op.family(input.familyId, input.familyVersion);
    const ids = new Set(input.members.map((m) => m.id));
    if (ids.size !== input.members.length) throw refuse('Anggota yang sama dipilih dua kali.');
    const chosen = input.members.map((ref) => {
      const member = op.member(ref);
      if (member.familyId !== origin.id) throw refuse('Anggota yang dipilih bukan anggota keluarga ini.');
      if (!isPresentMember(member)) throw refuse('Hanya anggota yang masih tinggal bersama keluarga yang dapat masuk KK baru.');
      return { member, relationship: checkCode('hubunganKeluarga', member.questionnaireVersion, ref.relationship) };
    });
    const remaining = op.members(origin.id).filter((m) => !ids.has(m.id) && isPresentMember(m));
    if (remaining.length === 0) throw refuse('Pecah KK harus menyisakan sedikitnya satu anggota di keluarga asal.');
    if (chosen.filter((c) => c.relationship === HEAD_RELATIONSHIP).length !== 1) throw refuse('Tentukan tepat satu kepala keluarga untuk KK baru.');
    keepOriginHead(op, chosen.some((c) => isHead(c.member)), remaining, input.originNewHead);
    if (db.prepare('SELECT 1 FROM families WHERE no_kk = ?').get(input.newNoKk)) throw refuse(`No KK ${input.newNoKk} sudah dipakai keluarga lain.`, 'newNoKk');
    const desaCode = checkDesa(db, input.desaCode ?? String(origin.values.kodeDesa));

    const sameAddress = input.address === undefined || input.address === (origin.values.alamat ?? '');
    const regsosek = origin.questionnaireVersion === 'REGSOSEK2022K';
    const values: Record<string, StoredValue> = {
      noKk: input.newNoKk,
      kodeDesa: desaCode,
      alamat: sameAddress ? origin.values.alamat ?? null : input.address || null,
      rt: sameAddress ? origin.values.rt ?? null : null,
      rw: sameAddress ? origin.values.rw ?? null : null,
      kodeKk: regsosek ? KODE_KK_PECAHAN : null,
    };
    const householdId = sameAddress ? db.prepare('SELECT household_id FROM families WHERE id = ?').pluck().get(origin.id) : null;
    const familyId = op.insert('family', {
      no_kk: values.noKk!, desa_code: desaCode, kecamatan_code: desaCode.slice(0, 8), address: values.alamat!, rt: values.rt!, rw: values.rw!,
      kode_kk: values.kodeKk!, questionnaire_version: origin.questionnaireVersion, status: 'aktif', split_from_id: origin.id,
      household_id: (householdId as number | null) ?? null,
    }, { ...values, splitFrom: String(origin.values.noKk) });
    op.audit('family', origin.id, 'splitTo', null, input.newNoKk);
    if (regsosek) op.set('family', origin, 'kodeKk', KODE_KK_INDUK);
    for (const { member, relationship } of chosen) relink(op, member, origin, familyId, input.newNoKk, relationship);
    return { familyId: origin.id, createdId: familyId };
  });
}

/** When the origin's head leaves, a remaining member must become its head; otherwise none may be named. */
function keepOriginHead(op: FamilyOperation, headLeaves: boolean, remaining: MemberCardRow[], ref: { id: number; version: number } | undefined): void {
  if (!headLeaves) {
    if (ref) throw refuse('Kepala keluarga asal tidak ikut pindah; tidak perlu menunjuk kepala keluarga baru untuk keluarga asal.', 'originNewHead');
    return;
  }
  if (!ref) throw refuse('Kepala keluarga ikut pindah ke KK baru; pilih kepala keluarga baru untuk keluarga asal.', 'originNewHead');
  const head = op.member(ref);
  if (!remaining.some((m) => m.id === head.id)) throw refuse('Kepala keluarga baru untuk keluarga asal harus anggota yang tetap tinggal di sana.', 'originNewHead');
  op.set('member', head, 'hubunganKeluarga', HEAD_RELATIONSHIP);
}

function relink(op: FamilyOperation, member: MemberCardRow, from: FamilyCardRow, toId: number, toNoKk: string, relationship: number): void {
  op.setExtra(member, 'familyId', from.id, toId, { old: from.values.noKk ?? null, value: toNoKk });
  op.set('member', member, 'hubunganKeluarga', relationship);
  op.touch(toId);
}

function isHead(member: MemberCardRow): boolean {
  return isPresentMember(member) && member.values.hubunganKeluarga === HEAD_RELATIONSHIP;
}

/** A desa of the region reference inside the workspace's kabupaten. */
function checkDesa(db: Sqlite, code: string): string {
  const kabupaten = db.prepare(`SELECT value FROM settings WHERE key = 'workspace.kabupatenCode'`).pluck().get() as string | undefined;
  const known = db.prepare('SELECT 1 FROM regions WHERE code = ? AND level = 4').get(code) !== undefined;
  if (!known || (kabupaten && !code.startsWith(`${kabupaten}.`))) throw refuse(`Desa dengan kode ${code} tidak ada di kabupaten workspace ini.`, 'desaCode');
  return code;
}
