import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../core/contract';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';

let temp: ReturnType<typeof makeTempDir>;
let app: TestBackend;
beforeEach(async () => {
  temp = makeTempDir();
  app = startTestBackend(temp.dir, 400);
  await app.api.call('workspace.openDemo', {});
});
afterEach(() => {
  app.close();
  temp.cleanup();
});

const block = (extra: Record<string, unknown> = {}) => ({ startRow: 0, endRow: 100, ...extra });

describe('families grid blocks', () => {
  it('pages by offset and limit with a stable order', async () => {
    const first = await app.api.call('families.list', block());
    const second = await app.api.call('families.list', block({ startRow: 100, endRow: 200 }));
    expect(first.rowCount).toBe(400);
    expect(first.rows).toHaveLength(100);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(200);
    expect(first.rows[0]).toMatchObject({ noKk: expect.stringMatching(/^\d{16}$/), desaName: expect.any(String), kecamatanName: expect.any(String) });
  });

  it('sorts by head name case-insensitively in SQL', async () => {
    const { rows } = await app.api.call('families.list', block({ sortModel: [{ colId: 'headName', sort: 'asc' }] }));
    const names = rows.map((row) => row.headName.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const desc = await app.api.call('families.list', block({ sortModel: [{ colId: 'headName', sort: 'desc' }] }));
    expect((desc.rows[0]?.headName.toLowerCase() ?? '') >= (rows[0]?.headName.toLowerCase() ?? '')).toBe(true);
  });

  it('filters by desa, by text and by number, and counts the filtered rows', async () => {
    const { rows } = await app.api.call('families.list', block());
    const desaCode = rows[0]?.desaCode ?? '';
    const inDesa = await app.api.call('families.list', block({ desaCode }));
    expect(inDesa.rowCount).toBeGreaterThan(0);
    expect(inDesa.rowCount).toBeLessThan(400);
    expect(inDesa.rows.every((row) => row.desaCode === desaCode)).toBe(true);

    const prefix = rows[0]?.noKk.slice(0, 8) ?? '';
    const byKk = await app.api.call('families.list', block({ filterModel: { noKk: { filterType: 'text', type: 'startsWith', filter: prefix } } }));
    expect(byKk.rows.every((row) => row.noKk.startsWith(prefix))).toBe(true);

    const big = await app.api.call('families.list', block({ filterModel: { memberCount: { filterType: 'number', type: 'greaterThanOrEqual', filter: 5 } } }));
    expect(big.rows.every((row) => row.memberCount >= 5)).toBe(true);
    expect(big.rowCount).toBeLessThan(400);

    const wildcard = await app.api.call('families.list', block({ filterModel: { headName: { filterType: 'text', type: 'contains', filter: '%' } } }));
    expect(wildcard.rowCount).toBe(0);
  });

  it('refuses a column it does not know', async () => {
    await expect(app.api.call('families.list', block({ sortModel: [{ colId: 'id; DROP TABLE families', sort: 'asc' }] }))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('editing with an audit trail', () => {
  it('saves a family cell, audits it, and keeps it after a restart', async () => {
    const { rows } = await app.api.call('families.list', block());
    const family = rows[0];
    if (!family) throw new Error('no family');
    const updated = await app.api.call('records.update', { entity: 'family', id: family.id, field: 'alamat', value: 'Jl. Projosumarto No. 7', expectedVersion: family.version });
    expect(updated).toMatchObject({ values: expect.objectContaining({ alamat: 'Jl. Projosumarto No. 7' }), version: family.version + 1 });

    app.close();
    app = startTestBackend(temp.dir, 400);
    await app.api.call('workspace.openDemo', {});
    const { family: reloaded } = await app.api.call('families.get', { id: family.id });
    expect(reloaded.address).toBe('Jl. Projosumarto No. 7');
    const audit = await app.api.call('audit.list', { entity: 'family', entityId: family.id });
    expect(audit[0]).toMatchObject({ action: 'update', field: 'alamat', oldValue: family.address, newValue: 'Jl. Projosumarto No. 7', userName: 'Pengguna lokal' });
    expect(Date.parse(audit[0]?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses an Excel-mangled NIK with an Indonesian message and changes nothing', async () => {
    const { rows } = await app.api.call('families.list', block());
    const { members } = await app.api.call('families.get', { id: rows[0]?.id ?? 0 });
    const member = members[0];
    if (!member) throw new Error('no member');
    const error = await app.api.call('records.update', { entity: 'member', id: member.id, field: 'nik', value: '3.328E+15' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^NIK "3\.328E\+15"/) });
    const after = await app.api.call('families.get', { id: member.familyId });
    expect(after.members.find((m) => m.id === member.id)?.nik).toBe(member.nik);
    expect(await app.api.call('audit.list', { entity: 'member', entityId: member.id })).toEqual([]);
  });
});
