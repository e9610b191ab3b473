import { describe, expect, it } from 'vitest';
import { cutoffEnd } from '../../core/server/batches/period';
import { currentPeriod } from '../../core/server/services/proposals-rules';
import { othersOf } from '../support/family-ops';
import { approvedNonaktif, approvedPerbaikan, wibDate } from '../support/batches';
import { signInAs, useProposalWorld, type ProposalWorld } from '../support/proposals';

let world: ProposalWorld;
useProposalWorld((ready) => (world = ready));

const kecamatanOf = (desa: string) => desa.slice(0, 8);

/** Three approved proposals: two of the family's desa (nonaktif, perbaikan), one of the other desa. */
async function threeApproved() {
  const { family, otherFamily, desa, otherDesa } = world;
  const nonaktif = await approvedNonaktif(world, 'operator', desa, family.family.id, othersOf(family)[0]!);
  const perbaikan = await approvedPerbaikan(world, 'operator', desa, family.family.id, 'Jl. Penetapan 1');
  const other = await approvedPerbaikan(world, 'operator2', otherDesa, otherFamily.family.id, 'Jl. Penetapan 2');
  return { nonaktif: nonaktif.proposal.id, perbaikan: perbaikan.proposal.id, other: other.proposal.id };
}

describe('creating a batch gathers the approved proposals of its period and scope', () => {
  it('takes every approved proposal up to the cut-off, counts them per desa and type, and never twice', async () => {
    const { api, desa, otherDesa } = world;
    const ids = await threeApproved();
    await signInAs(api, 'verifikator');
    const period = currentPeriod();
    const detail = await api.call('batches.create', { period, cutoffDate: wibDate() });
    expect(detail.batch).toMatchObject({ name: `Penetapan ${period}`, status: 'draft', periodKind: 'bulanan', kecamatanCodes: null, itemCount: 3, createdByName: 'Uji verifikator' });
    expect(detail.counts).toEqual({ baru: 0, perbaikan: 2, nonaktif: 1, reaktivasi: 0 });
    const perDesa = Object.fromEntries(detail.perDesa.map((d) => [d.desaCode, d.counts]));
    expect(perDesa[desa]).toEqual({ baru: 0, perbaikan: 1, nonaktif: 1, reaktivasi: 0 });
    expect(perDesa[otherDesa]).toEqual({ baru: 0, perbaikan: 1, nonaktif: 0, reaktivasi: 0 });

    const second = await api.call('batches.create', { period, cutoffDate: wibDate() });
    expect(second.batch.itemCount).toBe(0);
    const history = await api.call('proposals.get', { id: ids.nonaktif });
    expect(history.history).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'batch-add', field: 'batchId', newValue: String(detail.batch.id) })]));
  });

  it('leaves out proposals approved after the end of the cut-off day and those outside the chosen kecamatan', async () => {
    const { api, desa, otherDesa } = world;
    await threeApproved();
    await signInAs(api, 'kepala');
    const early = await api.call('batches.create', { period: currentPeriod(), cutoffDate: wibDate(-1) });
    expect(early.batch.itemCount).toBe(0);
    await api.call('batches.delete', { id: early.batch.id, expectedVersion: early.batch.version });

    const scoped = await api.call('batches.create', { period: currentPeriod(), cutoffDate: wibDate(), kecamatanCodes: [kecamatanOf(desa)] });
    const expected = kecamatanOf(otherDesa) === kecamatanOf(desa) ? 3 : 2;
    expect(scoped.batch).toMatchObject({ kecamatanCodes: [kecamatanOf(desa)], itemCount: expected });
    expect(scoped.batch.name).toMatch(/^Penetapan \d{4}-\d{2} Kec\. /);
    expect(scoped.perDesa.map((d) => d.desaCode)).toContain(desa);
    await expect(api.call('batches.create', { period: currentPeriod(), kecamatanCodes: ['31.71.01'] })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/bukan bagian dari kabupaten/) });
  });

  it('refreshes a draft with proposals approved since, and deleting it releases them for the next batch', async () => {
    const { api, family, desa } = world;
    await approvedPerbaikan(world, 'operator', desa, family.family.id, 'Jl. Awal 1');
    await signInAs(api, 'admin');
    const first = await api.call('batches.create', { period: currentPeriod(), cutoffDate: wibDate(1) });
    expect(first.batch.itemCount).toBe(1);
    await approvedNonaktif(world, 'operator', desa, family.family.id, othersOf(family)[1]!);
    await signInAs(api, 'admin');
    await expect(api.call('batches.refresh', { id: first.batch.id, expectedVersion: first.batch.version + 1 })).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    const refreshed = await api.call('batches.refresh', { id: first.batch.id, expectedVersion: first.batch.version });
    expect(refreshed.batch).toMatchObject({ itemCount: 2, version: first.batch.version + 1 });

    const removed = await api.call('batches.delete', { id: refreshed.batch.id, expectedVersion: refreshed.batch.version });
    expect(removed).toEqual({ deleted: true, released: 2 });
    expect(await api.call('batches.list', {})).toEqual([]);
    const again = await api.call('batches.create', { period: currentPeriod(), cutoffDate: wibDate(1) });
    expect(again.batch.itemCount).toBe(2);
  });
});

describe('period settings and roles', () => {
  it('computes the cut-off from penetapan.periode and refuses a period of the other kind', async () => {
    const { api } = world;
    expect(await api.call('batches.settings', {})).toEqual({ kind: 'bulanan', cutoffDay: 17, isDefault: true });
    expect((await api.call('batches.create', { period: '2026-11' })).batch.cutoffDate).toBe('2026-11-17');
    await expect(api.call('batches.create', { period: '2026-S2' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/tidak sesuai dengan jenis periode bulanan/) });
    await api.call('batches.setSettings', { settings: { kind: 'semesteran', cutoffDay: 10 } });
    expect((await api.call('batches.create', { period: '2026-S1' })).batch).toMatchObject({ periodKind: 'semesteran', cutoffDate: '2026-06-10' });
    await expect(api.call('batches.setSettings', { settings: { kind: 'bulanan', cutoffDay: 31 } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('ends the cut-off day at local midnight of the kabupaten: WIB, WITA or WIT', () => {
    expect(cutoffEnd('2026-11-17', '33.28')).toBe('2026-11-17T17:00:00.000Z');
    expect(cutoffEnd('2026-11-17', '51.71')).toBe('2026-11-17T16:00:00.000Z');
    expect(cutoffEnd('2026-11-17', '94.01')).toBe('2026-11-17T15:00:00.000Z');
  });

  it('keeps the operator desa out and lets only the kepala OPD freeze', async () => {
    const { api } = world;
    await signInAs(api, 'operator');
    await expect(api.call('batches.list', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(api.call('batches.create', { period: '2026-11' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await signInAs(api, 'verifikator');
    const draft = await api.call('batches.create', { period: '2026-11' });
    expect((await api.call('batches.check', { id: draft.batch.id })).batch.id).toBe(draft.batch.id);
    await expect(api.call('batches.setSettings', { settings: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const user of ['verifikator', 'admin']) {
      await signInAs(api, user);
      await expect(api.call('batches.freeze', { id: draft.batch.id, expectedVersion: draft.batch.version })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await api.call('batches.setSettings', { settings: { kind: 'bulanan', cutoffDay: 20 } })).toEqual({ kind: 'bulanan', cutoffDay: 20, isDefault: false });
  });
});
