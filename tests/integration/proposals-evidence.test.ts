import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { othersOf } from '../support/family-ops';
import { JPEG, PDF, PNG, signInAs, useProposalWorld, type ProposalWorld } from '../support/proposals';

let world: ProposalWorld;
let dir: string;
useProposalWorld((ready, folder) => {
  world = ready;
  dir = folder;
});
beforeEach(() => signInAs(world.api, 'operator'));

async function draft() {
  const member = othersOf(world.family)[0]!;
  return world.api.call('proposals.create', { type: 'nonaktif', familyId: world.family.family.id, memberId: member.id, reason: 'meninggal' });
}

describe('evidence files', () => {
  it('stores PDF, JPEG and PNG by their content with SHA-256, and gives them back for the viewer', async () => {
    const { api } = world;
    const { proposal } = await draft();
    const path = join(dir, 'akta dari pemindai.bin');
    writeFileSync(path, PDF);
    const pdf = await api.call('evidence.upload', { proposalId: proposal.id, kind: 'akta_kematian', path });
    expect(pdf).toMatchObject({ fileName: 'akta dari pemindai.bin', mime: 'application/pdf', size: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex') });
    const jpeg = await api.call('evidence.upload', { proposalId: proposal.id, kind: 'foto_depan', fileName: 'depan.png', contentBase64: JPEG.toString('base64') });
    expect(jpeg.mime).toBe('image/jpeg');
    const png = await api.call('evidence.upload', { proposalId: proposal.id, kind: 'foto_dalam', fileName: 'dalam.jpg', contentBase64: PNG.toString('base64') });
    expect(png.mime).toBe('image/png');
    const back = await api.call('evidence.get', { id: pdf.id });
    expect(Buffer.from(back.contentBase64, 'base64').equals(PDF)).toBe(true);
    expect((await api.call('evidence.list', { proposalId: proposal.id })).map((e) => e.kind)).toEqual(['akta_kematian', 'foto_depan', 'foto_dalam']);
    const detail = await api.call('proposals.get', { id: proposal.id });
    expect(detail.history.filter((h) => h.action === 'evidence-upload')).toHaveLength(3);
  });

  it('refuses a file that is not a PDF or image by content, an empty one and one over 10 MB, naming the file', async () => {
    const { api } = world;
    const { proposal } = await draft();
    const upload = (fileName: string, content: Buffer) => api.call('evidence.upload', { proposalId: proposal.id, kind: 'akta_kematian', fileName, contentBase64: content.toString('base64') });
    await expect(upload('akta.pdf', Buffer.from('MZ this is an executable'))).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('"akta.pdf" bukan PDF, JPEG atau PNG') });
    await expect(upload('kosong.pdf', Buffer.alloc(0))).rejects.toMatchObject({ message: expect.stringContaining('"kosong.pdf" kosong') });
    const big = join(dir, 'besar.pdf');
    writeFileSync(big, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]));
    await expect(api.call('evidence.upload', { proposalId: proposal.id, kind: 'akta_kematian', path: big })).rejects.toMatchObject({
      code: 'INVALID_INPUT', message: expect.stringMatching(/"besar\.pdf" terlalu besar .*batasnya 10 MB/),
    });
    await expect(api.call('evidence.upload', { proposalId: proposal.id, kind: 'kk', path: join(dir, 'tidak-ada.pdf') })).rejects.toMatchObject({ message: expect.stringContaining('"tidak-ada.pdf" tidak ditemukan') });
    expect(await api.call('evidence.list', { proposalId: proposal.id })).toEqual([]);
  });

  it('deletes evidence only while the proposal is a draft (or returned)', async () => {
    const { api, desa } = world;
    const { proposal } = await draft();
    const ba = await api.call('evidence.upload', { desaCode: desa, period: proposal.period, kind: 'sptjm', fileName: 'sptjm.pdf', contentBase64: PDF.toString('base64') });
    const akta = await api.call('evidence.upload', { proposalId: proposal.id, kind: 'akta_kematian', fileName: 'akta.pdf', contentBase64: PDF.toString('base64') });
    const extra = await api.call('evidence.upload', { proposalId: proposal.id, kind: 'lainnya', fileName: 'lain.png', contentBase64: PNG.toString('base64') });
    expect(await api.call('evidence.delete', { id: extra.id })).toEqual({ deleted: true });
    await api.call('proposals.submit', { id: proposal.id, expectedVersion: proposal.version });
    await expect(api.call('evidence.delete', { id: akta.id })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(api.call('evidence.delete', { id: ba.id })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining(`#${proposal.id}`) });
    await signInAs(api, 'verifikator');
    await expect(api.call('evidence.upload', { proposalId: proposal.id, kind: 'lainnya', fileName: 'x.pdf', contentBase64: PDF.toString('base64') })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await api.call('evidence.get', { id: akta.id })).mime).toBe('application/pdf');
  });
});
