import { describe, expect, it } from 'vitest';
import { othersOf } from '../support/family-ops';
import { PDF, signInAs, submitVerifyApprove, useProposalWorld, uploadBeritaAcara, type ProposalWorld } from '../support/proposals';

let world: ProposalWorld;
useProposalWorld((ready) => (world = ready));

describe('an operator desa edit becomes a perbaikan proposal', () => {
  it('records the change (parsed like an edit) without changing the data, and later edits join the same proposal', async () => {
    const { api, family } = world;
    const member = othersOf(family)[0]!;
    await signInAs(api, 'operator');
    const saved = await api.call('records.update', { entity: 'member', id: member.id, field: 'tanggalLahir', value: '17 Agustus 1980', expectedVersion: member.version });
    expect(saved.version).toBe(member.version);
    expect(saved.values.tanggalLahir).toBe(member.values.tanggalLahir);
    expect(saved.proposal?.message).toMatch(/^Perubahan dicatat sebagai usulan perbaikan #\d+/);
    const id = saved.proposal!.proposalIds[0]!;
    const pasted = await api.call('edits.apply', {
      action: 'paste',
      changes: [
        { entity: 'member', id: member.id, field: 'nama', value: 'NAMA PERBAIKAN', expectedVersion: member.version },
        { entity: 'family', id: family.family.id, field: 'alamat', value: 'Jl. Usulan 1', expectedVersion: family.family.version },
      ],
    });
    expect(pasted).toMatchObject({ applied: false, proposal: { proposalIds: [id] } });
    const detail = await api.call('proposals.get', { id });
    expect(detail.proposal).toMatchObject({ type: 'perbaikan', status: 'draft', familyId: family.family.id });
    expect(detail.diff.map((d) => [d.field, d.proposed])).toEqual([['tanggalLahir', '17/08/1980'], ['nama', 'NAMA PERBAIKAN'], ['alamat', 'Jl. Usulan 1']]);
    expect(detail.diff[0]!.current).not.toBe('17/08/1980');
    const card = await api.call('families.card', { id: family.family.id });
    expect(card.members.find((m) => m.id === member.id)!.values.nama).toBe(member.values.nama);
    // Typing the current value back drops the change.
    await api.call('records.update', { entity: 'member', id: member.id, field: 'nama', value: String(member.values.nama) });
    expect((await api.call('proposals.get', { id })).diff.map((d) => d.field)).toEqual(['tanggalLahir', 'alamat']);
  });

  it('refuses an unparseable value and another desa, like an edit', async () => {
    const { api, family, otherFamily } = world;
    await signInAs(api, 'operator');
    await expect(api.call('records.update', { entity: 'member', id: othersOf(family)[0]!.id, field: 'tanggalLahir', value: '31/02/1980' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(api.call('records.update', { entity: 'family', id: otherFamily.family.id, field: 'alamat', value: 'Jl. Lain' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await api.call('proposals.list', {})).rowCount).toBe(0);
  });

  it('keeps direct edits for the district roles', async () => {
    const { api, family } = world;
    await signInAs(api, 'verifikator');
    const saved = await api.call('records.update', { entity: 'family', id: family.family.id, field: 'alamat', value: 'Jl. Langsung 2' });
    expect(saved).toMatchObject({ version: family.family.version + 1, values: { alamat: 'Jl. Langsung 2' } });
    expect(saved.proposal).toBeUndefined();
  });

  it('applies the changes when approved, audited with the proposal id (no import value for data never imported)', async () => {
    const { api, family, desa } = world;
    const member = othersOf(family)[0]!;
    await signInAs(api, 'operator');
    const created = await api.call('proposals.create', {
      type: 'perbaikan', familyId: family.family.id, changes: [{ entity: 'member', id: member.id, field: 'nama', value: 'NAMA DISAHKAN' }],
    });
    expect(created.diff[0]).toMatchObject({ current: String(member.values.nama), proposed: 'NAMA DISAHKAN', lastImport: null });
    await uploadBeritaAcara(api, desa, created.proposal.period);
    const approved = await submitVerifyApprove(api, created.proposal);
    expect(approved.diff[0]).toMatchObject({ current: 'NAMA DISAHKAN' });
    const card = await api.call('families.card', { id: family.family.id });
    expect(card.members.find((m) => m.id === member.id)!.values.nama).toBe('NAMA DISAHKAN');
    expect(approved.history).toEqual(expect.arrayContaining([
      expect.objectContaining({ entity: 'member', entityId: member.id, field: 'nama', action: 'proposal-approve', oldValue: String(member.values.nama), newValue: 'NAMA DISAHKAN' }),
    ]));
  });

  it('creates usulan baru (a new family) and approves it into the data', async () => {
    const { api, desa } = world;
    await signInAs(api, 'operator');
    const noKk = `${desa.replace(/\./g, '')}0101999901`.slice(0, 16);
    const created = await api.call('proposals.create', {
      type: 'baru', desaCode: desa, family: { noKk, alamat: 'Dusun Baru' },
      members: [{ nama: 'KEPALA BARU', nik: `${noKk.slice(0, 6)}0101809991`, hubunganKeluarga: '1', jenisKelamin: '1', tanggalLahir: '01/01/1980' }],
    });
    for (const [kind, fileName] of [['foto_depan', 'depan.pdf'], ['foto_dalam', 'dalam.pdf'], ['kk', 'kk.pdf']] as const) {
      await api.call('evidence.upload', { proposalId: created.proposal.id, kind, fileName, contentBase64: PDF.toString('base64') });
    }
    await uploadBeritaAcara(api, desa, created.proposal.period);
    const approved = await submitVerifyApprove(api, created.proposal);
    expect(approved.proposal.familyId).not.toBeNull();
    const card = await api.call('families.card', { id: approved.proposal.familyId! });
    expect(card.family.values.noKk).toBe(noKk);
    expect(card.members.map((m) => m.values.nama)).toEqual(['KEPALA BARU']);
  });
});
