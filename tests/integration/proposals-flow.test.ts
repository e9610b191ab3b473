import { describe, expect, it } from 'vitest';
import type { MemberCard } from '../../core/contract/family-ops';
import { headOf, othersOf } from '../support/family-ops';
import { PDF, signInAs, useProposalWorld, uploadBeritaAcara, type ProposalWorld } from '../support/proposals';

let world: ProposalWorld;
useProposalWorld((ready) => (world = ready));

/** A nonaktif (meninggal) of a member, by the desa's operator, with every document it needs. */
async function fileNonaktif(member: MemberCard, withEvidence = true) {
  const { api, family, desa } = world;
  await signInAs(api, 'operator');
  const created = await api.call('proposals.create', { type: 'nonaktif', familyId: family.family.id, memberId: member.id, reason: 'meninggal', date: '01/01/2024' });
  if (withEvidence) {
    await uploadBeritaAcara(api, desa, created.proposal.period);
    await api.call('evidence.upload', { proposalId: created.proposal.id, kind: 'akta_kematian', fileName: 'akta.pdf', contentBase64: PDF.toString('base64') });
  }
  return api.call('proposals.get', { id: created.proposal.id });
}

describe('the status flow: draft → diajukan → dikembalikan → diajukan → diverifikasi → disahkan', () => {
  it('moves through every role and applies the nonaktif with the proposal id in the audit trail', async () => {
    const { api, family } = world;
    const member = othersOf(family)[0]!;
    let detail = await fileNonaktif(member);
    expect(detail.proposal.status).toBe('draft');
    expect(detail.requirements.every((r) => r.satisfied)).toBe(true);
    expect(detail.diff).toEqual([expect.objectContaining({ field: 'keberadaan', entityId: member.id, proposed: expect.stringContaining('Meninggal') })]);
    detail = await api.call('proposals.submit', { id: detail.proposal.id, expectedVersion: detail.proposal.version });
    expect(detail.proposal.status).toBe('diajukan');

    await signInAs(api, 'verifikator');
    detail = await api.call('proposals.verify', { id: detail.proposal.id, expectedVersion: detail.proposal.version, decision: 'return', reason: 'Tanggal meninggal belum sesuai akta.' });
    expect(detail.proposal).toMatchObject({ status: 'dikembalikan', decisionReason: 'Tanggal meninggal belum sesuai akta.' });

    await signInAs(api, 'operator');
    detail = await api.call('proposals.update', { id: detail.proposal.id, expectedVersion: detail.proposal.version, date: '02/01/2024', note: 'Tanggal diperbaiki.' });
    detail = await api.call('proposals.submit', { id: detail.proposal.id, expectedVersion: detail.proposal.version });

    await signInAs(api, 'verifikator');
    detail = await api.call('proposals.verify', { id: detail.proposal.id, expectedVersion: detail.proposal.version, decision: 'accept' });
    expect(detail.proposal.status).toBe('diverifikasi');

    await signInAs(api, 'kepala');
    detail = await api.call('proposals.approve', { id: detail.proposal.id, expectedVersion: detail.proposal.version });
    expect(detail.proposal.status).toBe('disahkan');

    const card = await api.call('families.card', { id: family.family.id });
    const after = card.members.find((m) => m.id === member.id)!;
    expect(after.values.keberadaan).toBe(2);
    expect(after.presenceDate).toBe('2024-01-02');
    const applied = detail.history.find((h) => h.entity === 'member' && h.field === 'keberadaan');
    expect(applied).toMatchObject({ action: 'proposal-approve', entityId: member.id, newValue: '2', role: 'kepala_opd' });
    const trail = await api.call('audit.list', { entity: 'member', entityId: member.id });
    expect(trail[0]).toMatchObject({ field: expect.any(String), action: 'proposal-approve' });
    expect(detail.history.map((h) => h.action)).toEqual(expect.arrayContaining(['proposal-diajukan', 'proposal-dikembalikan', 'proposal-diverifikasi', 'proposal-disahkan']));
  });

  it('rejects with a reason (ditolak) and verifies many proposals with one reason', async () => {
    const { api, family } = world;
    const [a, b, c] = othersOf(family);
    const ids = [];
    for (const member of [a!, b!, c!]) {
      const d = await fileNonaktif(member);
      ids.push((await api.call('proposals.submit', { id: d.proposal.id, expectedVersion: d.proposal.version })).proposal);
    }
    await signInAs(api, 'verifikator');
    await expect(api.call('proposals.verify', { id: ids[0]!.id, expectedVersion: ids[0]!.version, decision: 'reject' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const rejected = await api.call('proposals.verify', { id: ids[0]!.id, expectedVersion: ids[0]!.version, decision: 'reject', reason: 'Masih hidup menurut kunjungan.' });
    expect(rejected.proposal.status).toBe('ditolak');
    const bulk = await api.call('proposals.verifyMany', { items: ids.slice(1).map((p) => ({ id: p.id, expectedVersion: p.version })), decision: 'return', reason: 'Lengkapi akta.' });
    expect(bulk.updated).toBe(2);
    const list = await api.call('proposals.list', { status: 'dikembalikan' });
    expect(list.rows.map((r) => r.id).sort()).toEqual(ids.slice(1).map((p) => p.id).sort());
    expect(list.counts).toEqual(expect.arrayContaining([expect.objectContaining({ desaCode: world.desa, status: 'dikembalikan', count: 2 })]));
  });
});

describe('refusals', () => {
  it('refuses the wrong role at every step', async () => {
    const { api, family } = world;
    await signInAs(api, 'verifikator');
    await expect(api.call('proposals.create', { type: 'reaktivasi', familyId: family.family.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const d = await fileNonaktif(othersOf(family)[0]!);
    await expect(api.call('proposals.verify', { id: d.proposal.id, expectedVersion: d.proposal.version, decision: 'accept' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const submitted = await api.call('proposals.submit', { id: d.proposal.id, expectedVersion: d.proposal.version });
    await signInAs(api, 'kepala');
    await expect(api.call('proposals.verify', { id: d.proposal.id, expectedVersion: submitted.proposal.version, decision: 'accept' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await signInAs(api, 'verifikator');
    const verified = await api.call('proposals.verify', { id: d.proposal.id, expectedVersion: submitted.proposal.version, decision: 'accept' });
    await expect(api.call('proposals.approve', { id: d.proposal.id, expectedVersion: verified.proposal.version })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses another desa: the operator cannot propose there and does not see its proposals', async () => {
    const { api, otherFamily, family } = world;
    await signInAs(api, 'operator');
    await expect(api.call('proposals.create', { type: 'nonaktif', familyId: otherFamily.family.id, reason: 'mampu' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const mine = await api.call('proposals.create', { type: 'nonaktif', familyId: family.family.id, reason: 'mampu' });
    await signInAs(api, 'operator2');
    await expect(api.call('proposals.get', { id: mine.proposal.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await api.call('proposals.list', {})).rowCount).toBe(0);
    await expect(api.call('evidence.upload', { desaCode: world.desa, period: mine.proposal.period, kind: 'sptjm', fileName: 'sptjm.pdf', contentBase64: PDF.toString('base64') })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await signInAs(api, 'verifikator');
    await expect(api.call('proposals.get', { id: mine.proposal.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to submit without the evidence, naming the documents', async () => {
    const { api, family, desa } = world;
    const d = await fileNonaktif(othersOf(family)[0]!, false);
    await expect(api.call('proposals.submit', { id: d.proposal.id, expectedVersion: d.proposal.version })).rejects.toMatchObject({
      code: 'INVALID_INPUT', message: expect.stringContaining('Akta/surat kematian'),
    });
    await uploadBeritaAcara(api, desa, d.proposal.period);
    await expect(api.call('proposals.submit', { id: d.proposal.id, expectedVersion: d.proposal.version })).rejects.toMatchObject({
      details: { reason: 'evidence', missing: ['Akta/surat kematian'] },
    });
  });

  it('refuses a proposal that would leave a blocking verification error (the head made nonaktif)', async () => {
    const { api, family } = world;
    await api.call('validation.run', {});
    const d = await fileNonaktif(headOf(family));
    expect(d.blockingFindings.length).toBeGreaterThan(0);
    await expect(api.call('proposals.submit', { id: d.proposal.id, expectedVersion: d.proposal.version })).rejects.toMatchObject({
      code: 'INVALID_INPUT', details: { reason: 'findings' },
    });
    expect((await api.call('proposals.get', { id: d.proposal.id })).proposal.status).toBe('draft');
  });

  it('refuses a stale version and the wrong source status', async () => {
    const { api, family } = world;
    const d = await fileNonaktif(othersOf(family)[0]!);
    const edited = await api.call('proposals.update', { id: d.proposal.id, expectedVersion: d.proposal.version, note: 'Catatan.' });
    await expect(api.call('proposals.submit', { id: d.proposal.id, expectedVersion: d.proposal.version })).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    const submitted = await api.call('proposals.submit', { id: d.proposal.id, expectedVersion: edited.proposal.version });
    await expect(api.call('proposals.submit', { id: d.proposal.id, expectedVersion: submitted.proposal.version })).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { status: 'diajukan' } });
    await expect(api.call('proposals.update', { id: d.proposal.id, expectedVersion: submitted.proposal.version, note: 'x' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await signInAs(api, 'kepala');
    await expect(api.call('proposals.approve', { id: d.proposal.id, expectedVersion: submitted.proposal.version })).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { status: 'diajukan' } });
  });
});
