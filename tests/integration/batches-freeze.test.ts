import { describe, expect, it } from 'vitest';
import { loadFrozenBatch } from '../../core/server/batches/load';
import { sha256 } from '../../core/server/batches/snapshot';
import { currentPeriod } from '../../core/server/services/proposals-rules';
import { othersOf } from '../support/family-ops';
import { approvedNonaktif, approvedPerbaikan, wibDate, withWorkspaceClosed } from '../support/batches';
import { signInAs, useProposalWorld, type ProposalWorld } from '../support/proposals';

let world: ProposalWorld;
useProposalWorld((ready) => (world = ready));

/** A draft batch (as the verifier) of a nonaktif and a perbaikan of the family's desa, and a perbaikan of the other desa. */
async function draftBatch() {
  const { api, family, otherFamily, desa, otherDesa } = world;
  const member = othersOf(family)[0]!;
  const nonaktif = (await approvedNonaktif(world, 'operator', desa, family.family.id, member)).proposal.id;
  const perbaikan = (await approvedPerbaikan(world, 'operator', desa, family.family.id, 'Jl. Beku 1')).proposal.id;
  const other = (await approvedPerbaikan(world, 'operator2', otherDesa, otherFamily.family.id, 'Jl. Beku 2')).proposal.id;
  await signInAs(api, 'verifikator');
  const detail = await api.call('batches.create', { period: currentPeriod(), cutoffDate: wibDate() });
  return { batch: detail.batch, member, nonaktif, perbaikan, other };
}

async function freeze(batch: { id: number; version: number }) {
  await signInAs(world.api, 'kepala');
  return world.api.call('batches.freeze', { id: batch.id, expectedVersion: batch.version });
}

describe('the batch check', () => {
  it('passes a complete batch and reports a blocking error, a missing proposal document and a missing desa document', async () => {
    const { api, family, desa, otherDesa } = world;
    const { batch, member, perbaikan, other } = await draftBatch();
    await signInAs(api, 'admin');
    await api.call('validation.run', {});
    const clean = await api.call('batches.check', { id: batch.id });
    expect(clean).toMatchObject({ ok: true, blockingCount: 0, problems: [], counts: { perbaikan: 2, nonaktif: 1 } });
    const head = family.members.find((m) => m.id !== member.id && m.values.hubunganKeluarga === 1)!;
    await api.call('records.update', { entity: 'member', id: head.id, field: 'tanggalLahir', value: '01/01/2099' });
    await api.call('proposals.setEvidenceRules', { rules: { perbaikan: [['kk']] } });
    const period = currentPeriod();
    await withWorkspaceClosed(world, 'verifikator', (db) => db.prepare(`DELETE FROM evidence_files WHERE proposal_id IS NULL AND desa_code = ?`).run(otherDesa));

    const report = await api.call('batches.check', { id: batch.id });
    expect(report.ok).toBe(false);
    expect(report.problemCounts).toEqual({ temuan_error: 1, bukti_usulan: 2, bukti_desa: 1, batch_ganda: 0, status_berubah: 0 });
    expect(report.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'temuan_error', proposalId: perbaikan, desaCode: desa, message: expect.stringMatching(/Tanggal lahir/i) }),
      expect.objectContaining({ kind: 'bukti_usulan', proposalId: other, message: expect.stringContaining('Scan Kartu Keluarga') }),
      expect.objectContaining({ kind: 'bukti_desa', proposalId: null, desaCode: otherDesa, message: expect.stringContaining(`periode ${period}`) }),
    ]));
    await expect(freeze(batch)).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { reason: 'check' } });
  });

  it('lists the warnings of the records, with the reason of those acknowledged', async () => {
    const { api, family } = world;
    const { batch, member } = await draftBatch();
    await signInAs(api, 'admin');
    await api.call('validation.run', {});
    const head = family.members.find((m) => m.id !== member.id && m.values.hubunganKeluarga === 1)!;
    await api.call('records.update', { entity: 'member', id: head.id, field: 'jenisKelamin', value: head.values.jenisKelamin === 1 ? '2' : '1' });
    const finding = (await api.call('validation.findings', { familyId: family.family.id, ruleId: 'nik-jenis-kelamin-beda' })).rows[0]!;
    await api.call('validation.acknowledge', { findingId: finding.id, reason: 'Data Dukcapil memang begitu.' });
    const report = await api.call('batches.check', { id: batch.id });
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'nik-jenis-kelamin-beda', acknowledgedReason: 'Data Dukcapil memang begitu.' })]));
    expect(report.acknowledgedCount).toBeGreaterThanOrEqual(1);
  });
});

describe('freezing', () => {
  it('freezes by the kepala OPD: snapshots, a stable content hash, the audit anchor; afterwards nothing changes it', async () => {
    const { api, family } = world;
    const { batch, member, nonaktif } = await draftBatch();
    const frozen = await freeze(batch);
    expect(frozen.batch).toMatchObject({ status: 'dibekukan', frozenByName: 'Uji kepala', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/), auditAnchor: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await expect(api.call('batches.refresh', { id: batch.id, expectedVersion: frozen.batch.version })).rejects.toMatchObject({ message: expect.stringMatching(/sudah dibekukan/) });
    await expect(api.call('batches.delete', { id: batch.id, expectedVersion: frozen.batch.version })).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    const snapshot = await withWorkspaceClosed(world, 'kepala', (db) => {
      const loaded = loadFrozenBatch(db, batch.id);
      expect(() => db.prepare(`UPDATE batch_items SET frozen_json = '{}' WHERE batch_id = ?`).run(batch.id)).toThrow(/tidak boleh diubah/);
      expect(() => db.prepare(`UPDATE batches SET content_hash = 'x' WHERE id = ?`).run(batch.id)).toThrow(/tidak boleh diubah/);
      expect(() => db.prepare('DELETE FROM batch_items WHERE batch_id = ?').run(batch.id)).toThrow(/tidak boleh dihapus/);
      expect(() => db.prepare('UPDATE proposals SET batch_id = NULL WHERE batch_id = ?').run(batch.id)).toThrow(/tidak boleh dipindah/);
      return loaded;
    });
    expect(snapshot).toMatchObject({ id: batch.id, contentHash: frozen.batch.contentHash, auditAnchor: frozen.batch.auditAnchor, kabupatenCode: '33.28', frozenBy: 'Uji kepala' });
    expect(snapshot.items.map((i) => i.type)).toHaveLength(3);
    const item = snapshot.items.find((i) => i.proposalId === nonaktif)!;
    expect(item).toMatchObject({ type: 'nonaktif', reason: 'meninggal', familyId: family.family.id, memberIds: [member.id], family: { noKk: String(family.family.values.noKk) } });
    expect(item.members[0]).toMatchObject({ nik: String(member.values.nik), keberadaan: '2' });
    expect(item.changes).toEqual(expect.arrayContaining([{ entity: 'member', nik: String(member.values.nik), field: 'keberadaan', oldValue: '1', newValue: '2' }]));
    expect(item.evidence).toEqual([expect.objectContaining({ kind: 'akta_kematian', fileName: 'akta.pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(new Set(snapshot.desaEvidence.map((e) => `${e.desaCode} ${e.period} ${e.kind}`))).toEqual(new Set([world.desa, world.otherDesa].map((d) => `${d} ${currentPeriod()} ba_musdes`)));

    // The same frozen content hashes the same; an item changed behind the triggers' back does not.
    const again = await withWorkspaceClosed(world, 'kepala', (db) => {
      const reloaded = loadFrozenBatch(db, batch.id);
      db.exec('DROP TRIGGER batch_items_frozen_no_update');
      db.prepare(`UPDATE batch_items SET frozen_json = replace(frozen_json, 'meninggal', 'pindah') WHERE proposal_id = ?`).run(nonaktif);
      expect(() => loadFrozenBatch(db, batch.id)).toThrow(/tidak cocok dengan hash-nya \(usulan urutan/);
      const json = db.prepare('SELECT frozen_json FROM batch_items WHERE proposal_id = ?').pluck().get(nonaktif) as string;
      db.prepare('UPDATE batch_items SET item_hash = ? WHERE proposal_id = ?').run(sha256(json), nonaktif);
      expect(() => loadFrozenBatch(db, batch.id)).toThrow(/tidak cocok dengan hash-nya \(hash isi batch\)/);
      return reloaded;
    });
    expect(again).toEqual(snapshot);
  });

  it('shows a later edit of a frozen record as a difference, never in the frozen content', async () => {
    const { api, family } = world;
    const { batch, perbaikan } = await draftBatch();
    const frozen = await freeze(batch);
    expect(await api.call('batches.diff', { id: batch.id })).toMatchObject({ unchanged: true, differenceCount: 0, differences: [], statusChanges: [] });

    await signInAs(api, 'admin');
    await api.call('records.update', { entity: 'family', id: family.family.id, field: 'alamat', value: 'Jl. Sesudah Penetapan 9' });
    await signInAs(api, 'kepala');
    const diff = await api.call('batches.diff', { id: batch.id });
    expect(diff.unchanged).toBe(false);
    expect(diff.differences).toEqual(expect.arrayContaining([
      expect.objectContaining({ proposalId: perbaikan, entity: 'family', field: 'alamat', label: expect.any(String), frozen: 'Jl. Beku 1', current: 'Jl. Sesudah Penetapan 9' }),
    ]));
    expect((await api.call('batches.get', { id: batch.id })).batch.contentHash).toBe(frozen.batch.contentHash);
  });

  it('refuses an empty batch and a correction batch for a draft', async () => {
    const { api } = world;
    await signInAs(api, 'kepala');
    const empty = await api.call('batches.create', { period: '2026-10' });
    await expect(api.call('batches.freeze', { id: empty.batch.id, expectedVersion: empty.batch.version })).rejects.toMatchObject({ message: expect.stringMatching(/tidak berisi usulan/) });
    await expect(api.call('batches.create', { period: '2026-11', replacesBatchId: empty.batch.id })).rejects.toMatchObject({ message: expect.stringMatching(/masih draf/) });
  });
});
