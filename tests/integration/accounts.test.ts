import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ErrorCode } from '../../core/contract';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';

let temp: ReturnType<typeof makeTempDir>;
let app: TestBackend;

beforeEach(async () => {
  temp = makeTempDir();
  app = startTestBackend(temp.dir, 50, { login: true });
  await app.api.call('workspace.create', { name: 'Dinsos Tegal', kabupatenCode: '33.28', path: join(temp.dir, 'tegal.verivali') });
});
afterEach(() => {
  vi.useRealTimers();
  app.close();
  temp.cleanup();
});

async function refusal(call: Promise<unknown>): Promise<{ code: ErrorCode; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the call was not refused');
}

const ADMIN_PASSWORD = 'rahasia-admin-1';

async function setupAndLogin(): Promise<void> {
  await app.api.call('auth.setup', { password: ADMIN_PASSWORD });
  await app.api.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
}

describe('first run and login', () => {
  it('asks for the first administrator password, then for a login', async () => {
    expect(await app.api.call('auth.status', {})).toEqual({ workspaceOpen: true, needsSetup: true, locked: false, user: null });
    expect((await refusal(app.api.call('families.list', { startRow: 0, endRow: 10 }))).code).toBe('UNAUTHORIZED');
    expect((await refusal(app.api.call('auth.login', { username: 'lokal', password: 'apa saja' }))).code).toBe('UNAUTHORIZED');
    expect((await refusal(app.api.call('auth.setup', { password: 'pendek' }))).code).toBe('INVALID_INPUT');

    expect(await app.api.call('auth.setup', { password: ADMIN_PASSWORD })).toEqual({ username: 'admin' });
    expect(await app.api.call('auth.status', {})).toMatchObject({ needsSetup: false, user: null });
    expect((await refusal(app.api.call('auth.setup', { password: 'yang-lain-lagi' }))).code).toBe('FORBIDDEN');

    const user = await app.api.call('auth.login', { username: 'ADMIN', password: ADMIN_PASSWORD });
    expect(user).toMatchObject({ username: 'admin', role: 'admin', mustChangePassword: false });
    expect((await app.api.call('families.list', { startRow: 0, endRow: 10 })).rowCount).toBe(0);
    expect((await app.api.call('app.info', {})).user).toEqual({ id: user.id, name: 'Administrator' });
  });

  it('answers a wrong password and an unknown name alike, and locks both after five failures for 15 minutes', async () => {
    await app.api.call('auth.setup', { password: ADMIN_PASSWORD });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T08:00:00Z'));
    const wrong = await refusal(app.api.call('auth.login', { username: 'admin', password: 'salah-1' }));
    const unknown = await refusal(app.api.call('auth.login', { username: 'tidak-ada', password: 'salah-1' }));
    expect(wrong).toEqual({ code: 'UNAUTHORIZED', message: 'Nama pengguna atau kata sandi salah.' });
    expect(unknown).toEqual(wrong);
    for (let i = 2; i < 5; i++) {
      await refusal(app.api.call('auth.login', { username: 'admin', password: `salah-${i}` }));
      await refusal(app.api.call('auth.login', { username: 'tidak-ada', password: `salah-${i}` }));
    }
    const locked = await refusal(app.api.call('auth.login', { username: 'admin', password: 'salah-5' }));
    expect(locked.message).toMatch(/dikunci sementara/);
    expect((await refusal(app.api.call('auth.login', { username: 'tidak-ada', password: 'salah-5' }))).message).toMatch(/dikunci sementara/);
    expect((await refusal(app.api.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }))).message).toMatch(/dikunci sementara/);

    vi.setSystemTime(new Date('2026-06-01T08:16:00Z'));
    expect(await app.api.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD })).toMatchObject({ username: 'admin' });
  });

  it('forces a password change after a reset: every other method answers PASSWORD_CHANGE_REQUIRED', async () => {
    await setupAndLogin();
    const operator = await app.api.call('users.create', { username: 'op.jembayat', displayName: 'Operator Jembayat', role: 'operator_desa', desaCodes: ['33.28.01.2001'], password: 'awal-12345' });
    expect(operator).toMatchObject({ role: 'operator_desa', desaCodes: ['33.28.01.2001'], mustChangePassword: true, active: true });
    await app.api.call('auth.logout', {});
    expect((await refusal(app.api.call('families.list', { startRow: 0, endRow: 10 }))).code).toBe('UNAUTHORIZED');

    expect(await app.api.call('auth.login', { username: 'op.jembayat', password: 'awal-12345' })).toMatchObject({ mustChangePassword: true });
    expect((await refusal(app.api.call('grid.block', { view: 'keluarga', columns: ['noKk'], startRow: 0, endRow: 10 }))).code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await refusal(app.api.call('auth.changePassword', { currentPassword: 'keliru-123', newPassword: 'baru-12345' }))).code).toBe('UNAUTHORIZED');
    expect((await refusal(app.api.call('auth.changePassword', { currentPassword: 'awal-12345', newPassword: 'awal-12345' }))).code).toBe('INVALID_INPUT');
    expect(await app.api.call('auth.changePassword', { currentPassword: 'awal-12345', newPassword: 'baru-12345' })).toMatchObject({ mustChangePassword: false });
    expect((await app.api.call('grid.block', { view: 'keluarga', columns: ['noKk'], startRow: 0, endRow: 10 })).rows).toEqual([]);

    await app.api.call('auth.logout', {});
    await app.api.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(await app.api.call('users.resetPassword', { id: operator.id, password: 'reset-12345' })).toMatchObject({ mustChangePassword: true });
    await app.api.call('auth.logout', {});
    expect(await app.api.call('auth.login', { username: 'op.jembayat', password: 'reset-12345' })).toMatchObject({ mustChangePassword: true });
  });

  it('locks the screen: only the same password continues the session', async () => {
    await setupAndLogin();
    await app.api.call('auth.lock', {});
    expect(await app.api.call('auth.status', {})).toMatchObject({ locked: true, user: { username: 'admin' } });
    const locked = await refusal(app.api.call('users.list', {}));
    expect(locked.code).toBe('UNAUTHORIZED');
    expect((await refusal(app.api.call('auth.unlock', { password: 'salah-salah' }))).code).toBe('UNAUTHORIZED');
    await app.api.call('auth.unlock', { password: ADMIN_PASSWORD });
    expect(await app.api.call('users.list', {})).toHaveLength(1);
  });

  it('ends the session when the workspace closes', async () => {
    await setupAndLogin();
    await app.api.call('workspace.close', {});
    await app.api.call('workspace.open', { path: join(temp.dir, 'tegal.verivali') });
    expect(await app.api.call('auth.status', {})).toMatchObject({ workspaceOpen: true, needsSetup: false, user: null });
  });
});

describe('users (admin)', () => {
  it('creates, updates and deactivates accounts; protects the last administrator', async () => {
    await setupAndLogin();
    const refusedDesa = await refusal(app.api.call('users.create', { username: 'op.tanpa', displayName: 'Tanpa Desa', role: 'operator_desa', password: 'awal-12345' }));
    expect(refusedDesa.code).toBe('INVALID_INPUT');
    expect((await refusal(app.api.call('users.create', { username: 'op.x', displayName: 'X', role: 'operator_desa', desaCodes: ['33.29.01.2001'], password: 'awal-12345' }))).code).toBe('INVALID_INPUT');
    const verifier = await app.api.call('users.create', { username: 'verif', displayName: 'Verifikator Satu', role: 'verifikator', password: 'awal-12345' });
    expect((await refusal(app.api.call('users.create', { username: 'verif', displayName: 'Lagi', role: 'verifikator', password: 'awal-12345' }))).code).toBe('INVALID_INPUT');
    expect(await app.api.call('users.update', { id: verifier.id, role: 'kepala_opd', displayName: 'Kepala Dinas' })).toMatchObject({ role: 'kepala_opd', displayName: 'Kepala Dinas' });
    expect(await app.api.call('users.deactivate', { id: verifier.id })).toMatchObject({ active: false });
    const admin = (await app.api.call('users.list', {})).find((user) => user.role === 'admin')!;
    expect((await refusal(app.api.call('users.deactivate', { id: admin.id }))).code).toBe('INVALID_INPUT');
    expect((await refusal(app.api.call('users.update', { id: admin.id, role: 'verifikator' }))).code).toBe('INVALID_INPUT');

    await app.api.call('auth.logout', {});
    expect(await refusal(app.api.call('auth.login', { username: 'verif', password: 'awal-12345' }))).toEqual({ code: 'UNAUTHORIZED', message: 'Nama pengguna atau kata sandi salah.' });
  });
});
