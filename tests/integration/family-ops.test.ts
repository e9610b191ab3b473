import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../core/contract';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';
import { freshNoKk, headOf, isHead, othersOf, present, snapshot, typicalFamilies } from '../support/family-ops';

let temp: ReturnType<typeof makeTempDir>;
let app: TestBackend;
beforeEach(async () => {
  temp = makeTempDir();
  app = startTestBackend(temp.dir, 300);
  await app.api.call('workspace.openDemo', {});
});
afterEach(() => {
  app.close();
  temp.cleanup();
});

const audit = (entity: 'family' | 'member', entityId: number) => app.api.call('audit.list', { entity, entityId });
const changes = (entries: AuditEntry[], action: string) => Object.fromEntries(entries.filter((e) => e.action === action).map((e) => [e.field, [e.oldValue, e.newValue]]));

/** Runs a call that must be refused, and checks the refusal's code and that the families are unchanged. */
async function refused(call: () => Promise<unknown>, code: string, familyIds: number[], message?: RegExp): Promise<void> {
  const before = await snapshot(app.api, familyIds);
  const error = await call().then(() => null, (e: unknown) => e);
  expect(error, 'the call must be refused').toMatchObject({ code });
  if (message) expect((error as Error).message).toMatch(message);
  expect(await snapshot(app.api, familyIds)).toBe(before);
}

describe('families.card', () => {
  it('gives every catalogue value of the family and its members, head first', async () => {
    const [card] = await typicalFamilies(app.api, 1);
    expect(card!.family.values).toHaveProperty('noKk', expect.stringMatching(/^\d{16}$/));
    expect(card!.family.values).toHaveProperty('luasLantai');
    expect(card!.family.desaName).not.toMatch(/^\d/);
    expect(card!.members[0]!.values).toMatchObject({ hubunganKeluarga: 1, nik: expect.stringMatching(/^\d{16}$/) });
    await expect(app.api.call('families.card', { id: 999_999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('member operations', () => {
  it('adds a member as a new family member, in sync and audited', async () => {
    const [card] = await typicalFamilies(app.api, 1);
    const { family } = card!;
    const { card: after, createdId } = await app.api.call('members.add', {
      familyId: family.id, familyVersion: family.version,
      values: { nama: 'Bayu Saputra', nik: '3328010101200003', hubunganKeluarga: 'Anak', jenisKelamin: '1', tanggalLahir: '01/01/2020' },
    });
    const added = after.members.find((m) => m.id === createdId);
    expect(added?.values).toMatchObject({ nama: 'Bayu Saputra', nik: '3328010101200003', hubunganKeluarga: 3, keberadaan: 5, tanggalLahir: '2020-01-01' });
    expect(after.family.memberCount).toBe(family.memberCount + 1);
    expect(after.family.version).toBe(family.version + 1);
    expect(changes(await audit('member', createdId!), 'add-member')).toMatchObject({ nama: [null, 'Bayu Saputra'], keberadaan: [null, '5'] });
    expect(changes(await audit('family', family.id), 'add-member')).toEqual({ memberCount: [String(family.memberCount), String(family.memberCount + 1)] });
  });

  it('refuses a stale family, an unknown family, a missing name, a second head and a bad code', async () => {
    const [card] = await typicalFamilies(app.api, 1);
    const { family } = card!;
    const values = { nama: 'Bayu', nik: '3328010101200003', hubunganKeluarga: '3' };
    await refused(() => app.api.call('members.add', { familyId: family.id, familyVersion: family.version + 1, values }), 'VERSION_CONFLICT', [family.id]);
    await refused(() => app.api.call('members.add', { familyId: 999_999, familyVersion: 1, values }), 'NOT_FOUND', [family.id]);
    await refused(() => app.api.call('members.add', { familyId: family.id, familyVersion: family.version, values: { ...values, nama: null } }), 'INVALID_INPUT', [family.id], /Nama wajib diisi/);
    await refused(() => app.api.call('members.add', { familyId: family.id, familyVersion: family.version, values: { ...values, hubunganKeluarga: '1' } }), 'INVALID_INPUT', [family.id], /sudah punya kepala keluarga/);
    await refused(() => app.api.call('members.add', { familyId: family.id, familyVersion: family.version, values: { ...values, hubunganKeluarga: '42' } }), 'INVALID_INPUT', [family.id]);
  });

  it('changes the head: the old head gets the chosen relationship, the head name follows', async () => {
    const [card] = await typicalFamilies(app.api, 1);
    const { family } = card!;
    const oldHead = headOf(card!);
    const next = othersOf(card!)[0]!;
    const { card: after } = await app.api.call('members.changeHead', {
      familyId: family.id, familyVersion: family.version, newHead: { id: next.id, version: next.version }, previousHeadRelationship: 2,
    });
    expect(after.members.find((m) => m.id === next.id)?.values.hubunganKeluarga).toBe(1);
    expect(after.members.find((m) => m.id === oldHead.id)?.values.hubunganKeluarga).toBe(2);
    expect(after.family.values.namaKepalaKeluarga).toBe(next.values.nama);
    expect(changes(await audit('member', oldHead.id), 'change-head')).toEqual({ hubunganKeluarga: ['1', '2'] });
    expect(changes(await audit('member', next.id), 'change-head')).toEqual({ hubunganKeluarga: [String(next.values.hubunganKeluarga), '1'] });
    expect(changes(await audit('family', family.id), 'change-head')).toEqual({ namaKepalaKeluarga: [oldHead.values.nama, next.values.nama] });
  });

  it('refuses a head change without a relationship for the old head, with a stale member or a member of another family', async () => {
    const [card, other] = await typicalFamilies(app.api, 2);
    const { family } = card!;
    const next = othersOf(card!)[0]!;
    const stranger = othersOf(other!)[0]!;
    const base = { familyId: family.id, familyVersion: family.version, previousHeadRelationship: 2 };
    const ids = [family.id, other!.family.id];
    await refused(() => app.api.call('members.changeHead', { ...base, previousHeadRelationship: undefined, newHead: { id: next.id, version: next.version } }), 'INVALID_INPUT', ids, /hubungan baru/);
    await refused(() => app.api.call('members.changeHead', { ...base, previousHeadRelationship: 1, newHead: { id: next.id, version: next.version } }), 'INVALID_INPUT', ids);
    await refused(() => app.api.call('members.changeHead', { ...base, newHead: { id: next.id, version: next.version + 1 } }), 'VERSION_CONFLICT', ids);
    await refused(() => app.api.call('members.changeHead', { ...base, newHead: { id: stranger.id, version: stranger.version } }), 'INVALID_INPUT', ids, /bukan anggota/);
    await refused(() => app.api.call('members.changeHead', { ...base, newHead: { id: 999_999, version: 1 } }), 'NOT_FOUND', ids);
  });

  it('marks a member deceased with date and reason; the member count drops', async () => {
    const [card] = await typicalFamilies(app.api, 1);
    const member = othersOf(card!)[0]!;
    const { card: after } = await app.api.call('members.setPresence', {
      member: { id: member.id, version: member.version }, presence: 2, date: '03/02/2025', reason: 'Surat kematian desa',
    });
    const marked = after.members.find((m) => m.id === member.id)!;
    expect(marked).toMatchObject({ presenceDate: '2025-02-03', presenceReason: 'Surat kematian desa', version: member.version + 1 });
    expect(marked.values.keberadaan).toBe(2);
    expect(after.family.memberCount).toBe(card!.family.memberCount - 1);
    expect(changes(await audit('member', member.id), 'set-presence')).toEqual({
      keberadaan: [String(member.values.keberadaan), '2'], presenceDate: [null, '2025-02-03'], presenceReason: [null, 'Surat kematian desa'],
    });
  });

  it('refuses a presence code outside the list, an impossible or future date and a stale member', async () => {
    const [card] = await typicalFamilies(app.api, 1);
    const member = othersOf(card!)[0]!;
    const ref = { id: member.id, version: member.version };
    const ids = [card!.family.id];
    await refused(() => app.api.call('members.setPresence', { member: ref, presence: 9, date: '03/02/2025' }), 'INVALID_INPUT', ids, /keberadaan/);
    await refused(() => app.api.call('members.setPresence', { member: ref, presence: 2, date: '31/02/2025' }), 'INVALID_INPUT', ids, /tidak ada di kalender/);
    await refused(() => app.api.call('members.setPresence', { member: ref, presence: 2, date: '01/01/2999' }), 'INVALID_INPUT', ids);
    await refused(() => app.api.call('members.setPresence', { member: { ...ref, version: ref.version + 1 }, presence: 2, date: '03/02/2025' }), 'VERSION_CONFLICT', ids);
  });

  it('re-checks the family in the same transaction: a deceased head leaves a family without head', async () => {
    await app.api.call('validation.run', {});
    const [card] = await typicalFamilies(app.api, 1);
    const head = headOf(card!);
    const findings = () => app.api.call('validation.findings', { familyId: card!.family.id, ruleId: 'kepala-keluarga-tidak-ada' });
    expect((await findings()).rowCount).toBe(0);
    await app.api.call('members.setPresence', { member: { id: head.id, version: head.version }, presence: 2, date: '01/01/2025', reason: '' });
    expect((await findings()).rowCount).toBe(1);
  });

  it('merges a duplicate: linked to the kept record, no longer present, nothing deleted', async () => {
    const [card] = await typicalFamilies(app.api, 1);
    const [keep, duplicate] = othersOf(card!);
    const { card: after } = await app.api.call('members.merge', { keep: { id: keep!.id, version: keep!.version }, duplicate: { id: duplicate!.id, version: duplicate!.version } });
    const merged = after.members.find((m) => m.id === duplicate!.id)!;
    expect(merged).toMatchObject({ duplicateOfId: keep!.id, presenceReason: expect.stringContaining('Data ganda') });
    expect(present(merged)).toBe(false);
    expect(after.members).toHaveLength(card!.members.length);
    expect(changes(await audit('member', duplicate!.id), 'merge-member')).toMatchObject({ duplicateOf: [null, String(keep!.id)], keberadaan: [String(duplicate!.values.keberadaan), '6'] });
    const again = () => app.api.call('members.merge', { keep: { id: keep!.id, version: keep!.version }, duplicate: { id: duplicate!.id, version: merged.version } });
    await refused(again, 'INVALID_INPUT', [card!.family.id], /sudah digabungkan/);
    await refused(() => app.api.call('members.merge', { keep: { id: keep!.id, version: keep!.version }, duplicate: { id: keep!.id, version: keep!.version } }), 'INVALID_INPUT', [card!.family.id], /berbeda/);
  });
});

describe('moving members and splitting families', () => {
  it('moves a member to the family of another No KK and keeps both families in sync', async () => {
    const [card, target] = await typicalFamilies(app.api, 2);
    const member = othersOf(card!)[0]!;
    const { card: after } = await app.api.call('members.move', { member: { id: member.id, version: member.version }, targetNoKk: String(target!.family.values.noKk), relationship: 8 });
    expect(after.members.some((m) => m.id === member.id)).toBe(false);
    expect(after.family.memberCount).toBe(card!.family.memberCount - 1);
    const targetAfter = await app.api.call('families.card', { id: target!.family.id });
    expect(targetAfter.members.find((m) => m.id === member.id)?.values.hubunganKeluarga).toBe(8);
    expect(targetAfter.family.memberCount).toBe(target!.family.memberCount + 1);
    expect(changes(await audit('member', member.id), 'move-member')).toMatchObject({ noKk: [card!.family.values.noKk, target!.family.values.noKk] });
  });

  it('refuses moving to the same family, to an unknown No KK, or the head while others stay', async () => {
    const [card, target] = await typicalFamilies(app.api, 2);
    const member = othersOf(card!)[0]!;
    const head = headOf(card!);
    const ids = [card!.family.id, target!.family.id];
    const move = (m: typeof member, targetNoKk: string) => () => app.api.call('members.move', { member: { id: m.id, version: m.version }, targetNoKk, relationship: 8 });
    await refused(move(member, String(card!.family.values.noKk)), 'INVALID_INPUT', ids, /sudah berada/);
    await refused(move(member, '3328019999999999'), 'NOT_FOUND', ids);
    await refused(move(head, String(target!.family.values.noKk)), 'INVALID_INPUT', ids, /Ganti kepala keluarga dulu/);
  });

  it('splits a new family (pecah KK) linked to its origin, in the same desa', async () => {
    const [card] = await typicalFamilies(app.api, 1, 4);
    const { family } = card!;
    const [a, b] = othersOf(card!);
    const newNoKk = freshNoKk(card!, 1);
    const { card: origin, createdId } = await app.api.call('families.split', {
      familyId: family.id, familyVersion: family.version, newNoKk,
      members: [{ id: a!.id, version: a!.version, relationship: 1 }, { id: b!.id, version: b!.version, relationship: 2 }],
    });
    expect(origin.family.memberCount).toBe(family.memberCount - 2);
    expect(origin.family.values.kodeKk).toBe(1);
    const split = await app.api.call('families.card', { id: createdId! });
    expect(split.family).toMatchObject({ splitFromId: family.id, memberCount: 2, version: 1 });
    expect(split.family.values).toMatchObject({ noKk: newNoKk, kodeDesa: family.values.kodeDesa, alamat: family.values.alamat, kodeKk: 2, namaKepalaKeluarga: a!.values.nama });
    expect(split.members.map((m) => [m.id, m.values.hubunganKeluarga])).toEqual([[a!.id, 1], [b!.id, 2]]);
    expect(changes(await audit('family', createdId!), 'split-family')).toMatchObject({ noKk: [null, newNoKk], splitFrom: [null, family.values.noKk], memberCount: ['0', '2'] });
    expect(changes(await audit('family', family.id), 'split-family')).toMatchObject({ splitTo: [null, newNoKk], kodeKk: [String(family.values.kodeKk ?? '') || null, '1'] });
    expect(changes(await audit('member', a!.id), 'split-family')).toMatchObject({ noKk: [family.values.noKk, newNoKk] });
    const listed = await app.api.call('families.list', { startRow: 0, endRow: 10, filterModel: { noKk: { filterType: 'text', type: 'equals', filter: newNoKk } } });
    expect(listed.rows[0]).toMatchObject({ headName: a!.values.nama, memberCount: 2 });
  });

  it('moves the head into the new family only with a new head for the origin', async () => {
    const [card] = await typicalFamilies(app.api, 1, 3);
    const { family } = card!;
    const head = headOf(card!);
    const [stay] = othersOf(card!);
    const base = { familyId: family.id, familyVersion: family.version, newNoKk: freshNoKk(card!, 2), members: [{ id: head.id, version: head.version, relationship: 1 }] };
    await refused(() => app.api.call('families.split', base), 'INVALID_INPUT', [family.id], /pilih kepala keluarga baru/);
    const { card: origin } = await app.api.call('families.split', { ...base, originNewHead: { id: stay!.id, version: stay!.version } });
    expect(origin.members.filter(isHead).map((m) => m.id)).toEqual([stay!.id]);
    expect(origin.family.values.namaKepalaKeluarga).toBe(stay!.values.nama);
  });

  it('refuses splitting away every member, without a head, to a No KK in use, or from a stale family', async () => {
    const [card, other] = await typicalFamilies(app.api, 2);
    const { family } = card!;
    const all = card!.members.filter(present).map((m) => ({ id: m.id, version: m.version, relationship: isHead(m) ? 1 : 3 }));
    const [first] = othersOf(card!);
    const one = [{ id: first!.id, version: first!.version, relationship: 1 }];
    const base = { familyId: family.id, familyVersion: family.version, newNoKk: freshNoKk(card!, 3) };
    const ids = [family.id];
    await refused(() => app.api.call('families.split', { ...base, members: all }), 'INVALID_INPUT', ids, /menyisakan/);
    await refused(() => app.api.call('families.split', { ...base, members: [{ ...one[0]!, relationship: 3 }] }), 'INVALID_INPUT', ids, /tepat satu kepala/);
    await refused(() => app.api.call('families.split', { ...base, members: one, newNoKk: String(other!.family.values.noKk) }), 'INVALID_INPUT', ids, /sudah dipakai/);
    await refused(() => app.api.call('families.split', { ...base, members: one, familyVersion: family.version + 1 }), 'VERSION_CONFLICT', ids);
    await refused(() => app.api.call('families.split', { ...base, members: one, desaCode: '31.71.01.1001' }), 'INVALID_INPUT', ids, /kabupaten/);
  });
});
