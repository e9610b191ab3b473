import { describe, expect, it } from 'vitest';
import { PDF, signInAs, useProposalWorld, uploadBeritaAcara, type ProposalWorld } from '../support/proposals';

let world: ProposalWorld;
useProposalWorld((ready) => (world = ready));

/** An usulan anggota baru of the family, with its documents, submitted and returned by the verifier. */
async function returnedBaru() {
  const { api, family, desa } = world;
  await signInAs(api, 'operator');
  const nik = `${String(family.family.values.noKk).slice(0, 6)}1508150042`;
  const created = await api.call('proposals.create', {
    type: 'baru', familyId: family.family.id,
    members: [{ nama: 'ANAK USULAN', nik, jenisKelamin: '1', tanggalLahir: '15/08/2015', hubunganKeluarga: '3' }],
  });
  for (const kind of ['foto_depan', 'foto_dalam', 'kk'] as const) {
    await api.call('evidence.upload', { proposalId: created.proposal.id, kind, fileName: `${kind}.pdf`, contentBase64: PDF.toString('base64') });
  }
  await uploadBeritaAcara(api, desa, created.proposal.period);
  const submitted = await api.call('proposals.submit', { id: created.proposal.id, expectedVersion: created.proposal.version });
  await expect(api.call('proposals.update', { id: submitted.proposal.id, expectedVersion: submitted.proposal.version, members: submitted.baru!.members }))
    .rejects.toMatchObject({ code: 'INVALID_INPUT', details: { status: 'diajukan' } });
  await signInAs(api, 'verifikator');
  return api.call('proposals.verify', { id: submitted.proposal.id, expectedVersion: submitted.proposal.version, decision: 'return', reason: 'Nama belum sesuai akta.' });
}

describe('correcting an usulan baru with proposals.update', () => {
  it('shows the proposed data as the form edits it, refuses other roles and desa, and saves and audits a correction of a returned one', async () => {
    const { api } = world;
    const returned = await returnedBaru();
    expect(returned.proposal.status).toBe('dikembalikan');
    expect(returned.baru).toEqual({
      questionnaireVersion: expect.any(String), family: null,
      members: [expect.objectContaining({ nama: 'ANAK USULAN', jenisKelamin: '1', tanggalLahir: '15/08/2015', hubunganKeluarga: '3' })],
    });
    const members = [{ ...returned.baru!.members[0]!, nama: 'ANAK USULAN BENAR' }];
    const ref = { id: returned.proposal.id, expectedVersion: returned.proposal.version };
    await expect(api.call('proposals.update', { ...ref, members })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await signInAs(api, 'operator2');
    await expect(api.call('proposals.update', { ...ref, members })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await signInAs(api, 'operator');
    const corrected = await api.call('proposals.update', { ...ref, members });
    expect(corrected.proposal.status).toBe('dikembalikan');
    expect(corrected.baru!.members[0]).toMatchObject({ nama: 'ANAK USULAN BENAR', tanggalLahir: '15/08/2015' });
    expect(corrected.diff.find((d) => d.field === 'nama')?.proposed).toBe('ANAK USULAN BENAR');
    expect(corrected.history[0]).toMatchObject({ action: 'proposal-update', field: 'payload_json', role: 'operator_desa', newValue: expect.stringContaining('ANAK USULAN BENAR') });
    const resubmitted = await api.call('proposals.submit', { id: corrected.proposal.id, expectedVersion: corrected.proposal.version });
    expect(resubmitted.proposal.status).toBe('diajukan');
  });

  it('parses a correction like the form: an invalid value is refused and nothing changes', async () => {
    const { api } = world;
    const returned = await returnedBaru();
    await signInAs(api, 'operator');
    const ref = { id: returned.proposal.id, expectedVersion: returned.proposal.version };
    await expect(api.call('proposals.update', { ...ref, members: [{ ...returned.baru!.members[0]!, tanggalLahir: '31/02/2015' }] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await api.call('proposals.get', { id: ref.id })).baru).toEqual(returned.baru);
  });
});
