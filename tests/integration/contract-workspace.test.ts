import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../core/contract';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';

let temp: ReturnType<typeof makeTempDir>;
let app: TestBackend;
beforeEach(() => {
  temp = makeTempDir();
  app = startTestBackend(temp.dir);
});
afterEach(() => {
  app.close();
  temp.cleanup();
});

async function errorOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('workspaces through the contract', () => {
  it('creates an empty workspace for a kabupaten from the region reference', async () => {
    const info = await app.api.call('workspace.create', { name: 'Dinsos Tegal', kabupatenCode: '33.28' });
    expect(info).toMatchObject({ name: 'Dinsos Tegal', kabupatenCode: '33.28', kabupatenName: 'Kabupaten Tegal', families: 0, members: 0, isDemo: false });
    expect(existsSync(info.path)).toBe(true);
    const kecamatan = await app.api.call('regions.children', { code: '33.28' });
    expect(kecamatan).toHaveLength(18);
    expect((await app.api.call('app.info', {})).workspace?.name).toBe('Dinsos Tegal');
  });

  it('refuses an unknown kabupaten and a malformed code with INVALID_INPUT naming the field', async () => {
    const unknown = await errorOf(app.api.call('workspace.create', { name: 'X', kabupatenCode: '33.99' }));
    expect(unknown.code).toBe('INVALID_INPUT');
    expect(unknown.details?.field).toBe('kabupatenCode');
    const malformed = await errorOf(app.api.call('workspace.create', { name: 'X', kabupatenCode: '3328' }));
    expect(malformed).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'kabupatenCode' } });
    expect(malformed.message).toMatch(/kabupatenCode/);
  });

  it('opens the demo workspace, generating it once, and remembers it as recent', async () => {
    const demo = await app.api.call('workspace.openDemo', {});
    expect(demo.isDemo).toBe(true);
    expect(demo.families).toBe(300);
    expect(demo.members).toBeGreaterThan(600);
    await app.api.call('workspace.close', {});
    expect((await app.api.call('workspace.openDemo', {})).families).toBe(300);
    const recent = await app.api.call('workspace.recent', {});
    expect(recent[0]).toMatchObject({ path: demo.path, exists: true });
  });

  it('opens a recent workspace after a restart of the backend', async () => {
    const created = await app.api.call('workspace.create', { name: 'Kota Semarang', kabupatenCode: '33.74' });
    app.close();
    app = startTestBackend(temp.dir);
    expect(await app.api.call('workspace.info', {})).toBeNull();
    const [recent] = await app.api.call('workspace.recent', {});
    expect(recent).toMatchObject({ name: 'Kota Semarang', kabupatenName: 'Kota Semarang' });
    const reopened = await app.api.call('workspace.open', { path: recent?.path ?? '' });
    expect(reopened.path).toBe(created.path);
  });

  it('explains files it cannot open, in Indonesian, and leaves them alone', async () => {
    const text = join(temp.dir, 'catatan.verivali');
    writeFileSync(text, 'bukan database');
    expect(await errorOf(app.api.call('workspace.open', { path: text }))).toMatchObject({ code: 'WORKSPACE_INVALID' });
    expect(await errorOf(app.api.call('workspace.open', { path: join(temp.dir, 'hilang.verivali') }))).toMatchObject({ code: 'WORKSPACE_NOT_FOUND' });
    const created = await app.api.call('workspace.create', { name: 'Dua', kabupatenCode: '33.28' });
    expect(await errorOf(app.api.call('workspace.create', { name: 'Dua', kabupatenCode: '33.28' }))).toMatchObject({ code: 'WORKSPACE_EXISTS' });
    expect(created.path.endsWith('dua.verivali')).toBe(true);
  });

  it('refuses a foreign SQLite database without adding tables to it', async () => {
    const Database = (await import('better-sqlite3-multiple-ciphers')).default;
    const path = join(temp.dir, 'lain.sqlite');
    const foreign = new Database(path);
    foreign.exec('CREATE TABLE penduduk (nik TEXT)');
    foreign.close();
    const error = await errorOf(app.api.call('workspace.open', { path }));
    expect(error.code).toBe('WORKSPACE_INVALID');
    const check = new Database(path, { readonly: true });
    expect(check.prepare(`SELECT name FROM sqlite_master WHERE type='table'`).all()).toEqual([{ name: 'penduduk' }]);
    check.close();
  });

  it('answers calls that need a workspace with NO_WORKSPACE', async () => {
    const error = await errorOf(app.api.call('families.list', { startRow: 0, endRow: 100 }));
    expect(error.code).toBe('NO_WORKSPACE');
    expect(error.message).toMatch(/Belum ada workspace/);
  });
});

describe('the router', () => {
  it('rejects unknown methods and prototype keys', async () => {
    for (const method of ['nope', 'constructor', '__proto__', 'toString']) {
      const result = await app.backend.call(method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('never crashes on hostile input and names the field', async () => {
    const inputs: unknown[] = [null, 42, 'x', [], { startRow: -1, endRow: 10 }, { startRow: 0, endRow: 5000 }, { startRow: 0, endRow: 10, sortModel: [{ colId: 'x', sort: 'sideways' }] }];
    for (const input of inputs) {
      const result = await app.backend.call('families.list', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['INVALID_INPUT', 'NO_WORKSPACE']).toContain(result.error.code);
    }
    const extra = await app.backend.call('workspace.open', { path: 'a', jahat: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
