import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, contract, type ErrorCode, type MethodName } from '../../core/contract';
import { PERMISSIONS } from '../../core/server/permissions';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';

let temp: ReturnType<typeof makeTempDir>;
let app: TestBackend;
let own: { desa: string; familyId: number; memberId: number; version: number };
let other: { desa: string; familyId: number; memberId: number; version: number };

async function codeOf(call: Promise<unknown>): Promise<ErrorCode | 'ok'> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
}

async function loginAs(username: string, role: 'operator_desa' | 'verifikator' | 'kepala_opd' | 'pelatih', desaCodes: string[] = []): Promise<void> {
  await app.api.call('auth.logout', {});
  await app.api.call('auth.login', { username: 'admin', password: 'demo1234' });
  await app.api.call('users.create', { username, displayName: username, role, desaCodes, password: 'awal-12345' });
  await app.api.call('auth.logout', {});
  await app.api.call('auth.login', { username, password: 'awal-12345' });
  await app.api.call('auth.changePassword', { currentPassword: 'awal-12345', newPassword: 'baru-12345' });
}

beforeAll(async () => {
  temp = makeTempDir();
  app = startTestBackend(temp.dir, 120, { login: true });
  await app.api.call('workspace.openDemo', {});
  const { rows } = await app.api.call('families.list', { startRow: 0, endRow: 200 });
  const pick = async (desa: string) => {
    const family = rows.find((row) => row.desaCode === desa)!;
    const { members } = await app.api.call('families.get', { id: family.id });
    return { desa, familyId: family.id, memberId: members[0]!.id, version: members[0]!.version };
  };
  const desas = [...new Set(rows.map((row) => row.desaCode))];
  own = await pick(desas[0]!);
  other = await pick(desas[1]!);
}, 120_000);
afterAll(() => {
  app.close();
  temp.cleanup();
});

describe('the permission table', () => {
  it('has an entry for every contract method and none for a method that does not exist', () => {
    const methods = Object.keys(contract).sort();
    expect(methods.filter((method) => !(method in PERMISSIONS))).toEqual([]);
    expect(Object.keys(PERMISSIONS).filter((method) => !(method in contract))).toEqual([]);
  });

  it('opens the demo (training) workspace as its administrator', async () => {
    expect(await app.api.call('auth.status', {})).toMatchObject({ needsSetup: false, user: { username: 'admin', role: 'admin' } });
  });
});

describe('refusals', () => {
  it('refuses every data method before login', async () => {
    await app.api.call('auth.logout', {});
    for (const method of ['grid.block', 'families.get', 'users.list', 'audit.verify', 'records.update'] satisfies MethodName[]) {
      expect(await codeOf(app.backend.call(method, {}).then((r) => (r.ok ? r : Promise.reject(new ApiError(r.error.code, r.error.message)))))).toBe('UNAUTHORIZED');
    }
    expect(await codeOf(app.api.call('workspace.info', {}))).toBe('ok');
  });

  it('refuses what the role may not do (FORBIDDEN)', async () => {
    await loginAs('kepala', 'kepala_opd');
    const edit = app.api.call('records.update', { entity: 'member', id: own.memberId, field: 'nama', value: 'Nama Baru', expectedVersion: own.version });
    expect(await codeOf(edit)).toBe('FORBIDDEN');
    expect(await codeOf(app.api.call('users.list', {}))).toBe('FORBIDDEN');
    expect(await codeOf(app.api.call('import.history', {}))).toBe('ok');
    expect(await codeOf(app.api.call('validation.run', {}))).toBe('FORBIDDEN');
    expect(await codeOf(app.api.call('audit.verify', {}))).toBe('ok');

    await loginAs('verif', 'verifikator');
    expect(await codeOf(app.api.call('users.create', { username: 'x.y', displayName: 'X', role: 'admin', password: 'awal-12345' }))).toBe('FORBIDDEN');
    expect(await codeOf(app.api.call('workspace.generateDemoData', { families: 1, seed: 1 }))).toBe('FORBIDDEN');

    await loginAs('latih', 'pelatih');
    expect(await codeOf(app.api.call('audit.export', { path: `${temp.dir}/a.xlsx` }))).toBe('FORBIDDEN');
  });

  it('limits an operator desa to their desa: reads are narrowed, records elsewhere are FORBIDDEN', async () => {
    await loginAs('op.desa', 'operator_desa', [own.desa]);
    const block = await app.api.call('grid.block', { view: 'anggota', columns: ['nik', 'desaName'], startRow: 0, endRow: 500, withCount: true });
    expect(block.rowCount).toBeGreaterThan(0);
    const list = await app.api.call('families.list', { startRow: 0, endRow: 500 });
    expect(new Set(list.rows.map((row) => row.desaCode))).toEqual(new Set([own.desa]));
    expect(await codeOf(app.api.call('families.list', { startRow: 0, endRow: 10, desaCode: other.desa }))).toBe('ok');
    expect((await app.api.call('families.list', { startRow: 0, endRow: 10, desaCode: other.desa })).rowCount).toBe(0);
    const findings = await app.api.call('validation.findings', {});
    const ownFamilies = new Set(list.rows.map((row) => row.id));
    expect(findings.rows.every((row) => ownFamilies.has(row.familyId))).toBe(true);

    expect(await codeOf(app.api.call('families.get', { id: own.familyId }))).toBe('ok');
    expect(await codeOf(app.api.call('families.get', { id: other.familyId }))).toBe('FORBIDDEN');
    expect(await codeOf(app.api.call('families.card', { id: other.familyId }))).toBe('FORBIDDEN');
    expect(await codeOf(app.api.call('audit.list', { entity: 'member', entityId: other.memberId }))).toBe('FORBIDDEN');
    expect(await codeOf(app.api.call('records.update', { entity: 'member', id: other.memberId, field: 'nama', value: 'Nama Lain', expectedVersion: other.version }))).toBe('FORBIDDEN');
    expect(await codeOf(app.api.call('edits.apply', { changes: [{ entity: 'member', id: other.memberId, field: 'nama', value: 'Nama Lain' }], dryRun: true }))).toBe('FORBIDDEN');
    expect(await codeOf(app.api.call('members.setPresence', { member: { id: other.memberId, version: other.version }, presence: 2, date: '01/01/2026' }))).toBe('FORBIDDEN');
    expect(await codeOf(app.api.call('validation.export', { path: `${temp.dir}/temuan.xlsx` }))).toBe('FORBIDDEN');
    expect(await codeOf(app.api.call('validation.export', { path: `${temp.dir}/temuan.xlsx`, desaCode: own.desa }))).toBe('ok');
    expect(await codeOf(app.api.call('users.list', {}))).toBe('FORBIDDEN');
    expect(await codeOf(app.api.call('import.history', {}))).toBe('FORBIDDEN');
  });

  it('refuses an operator desa every family operation, even in their desa, naming the proposal to file instead', async () => {
    await loginAs('op.keluarga', 'operator_desa', [own.desa]);
    const member = { id: own.memberId, version: own.version };
    const { family } = await app.api.call('families.card', { id: own.familyId });
    const calls: [Promise<unknown>, RegExp][] = [
      [app.api.call('members.add', { familyId: own.familyId, familyVersion: family.version, values: { nama: 'Baru' } }), /Usulkan anggota baru/],
      [app.api.call('members.changeHead', { familyId: own.familyId, familyVersion: family.version, newHead: member }), /usulan perbaikan/],
      [app.api.call('members.setPresence', { member, presence: 2, date: '01/01/2026' }), /Usulkan nonaktif.*Usulkan reaktivasi/],
      [app.api.call('members.move', { member, targetNoKk: '3328010101010001', relationship: 3 }), /Usulkan anggota baru/],
      [app.api.call('families.split', { familyId: own.familyId, familyVersion: family.version, members: [{ ...member, relationship: 1 }], newNoKk: '3328010101010002' }), /Usulan keluarga baru/],
      [app.api.call('members.merge', { keep: member, duplicate: member }), /Data ganda/],
    ];
    for (const [call, message] of calls) {
      await expect(call).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(message) as string });
    }
    const { members } = await app.api.call('families.get', { id: own.familyId });
    expect(members.find((m) => m.id === own.memberId)!.version).toBe(own.version);
  });
});
