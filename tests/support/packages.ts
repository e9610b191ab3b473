import { closeSync, openSync, readSync } from 'node:fs';
import yauzl from 'yauzl';
import { currentPeriod } from '../../core/server/services/proposals-rules';
import { othersOf } from './family-ops';
import { approvedNonaktif, approvedPerbaikan, wibDate } from './batches';
import { PDF, signInAs, submitVerifyApprove, uploadBeritaAcara, type ProposalWorld } from './proposals';

/** A perbaikan address that a spreadsheet would run as a formula if it were not neutralised. */
export const FORMULA_ADDRESS = '=HYPERLINK("http://contoh.invalid","klik")';

/** Approves one usulan baru (a new family of two, one of them named with a leading @) in the family's desa. */
async function approvedBaru(world: ProposalWorld) {
  const { api, desa } = world;
  await signInAs(api, 'operator');
  const noKk = `${desa.replace(/\./g, '')}0101999901`.slice(0, 16);
  const created = await api.call('proposals.create', {
    type: 'baru', desaCode: desa, family: { noKk, alamat: 'Dusun Baru RT 01' },
    members: [
      { nama: 'KEPALA BARU', nik: `${noKk.slice(0, 6)}0101809991`, hubunganKeluarga: '1', jenisKelamin: '1', tanggalLahir: '01/01/1980' },
      { nama: '@ISTRI BARU', nik: `${noKk.slice(0, 6)}4202859992`, hubunganKeluarga: '2', jenisKelamin: '2', tanggalLahir: '02/02/1985' },
    ],
  });
  for (const [kind, fileName] of [['foto_depan', 'depan.pdf'], ['foto_dalam', 'dalam.pdf'], ['kk', 'kk.pdf']] as const) {
    await api.call('evidence.upload', { proposalId: created.proposal.id, kind, fileName, contentBase64: PDF.toString('base64') });
  }
  await uploadBeritaAcara(api, desa, created.proposal.period);
  return submitVerifyApprove(api, created.proposal);
}

/** The district marks a member of the other family as moved away; that desa proposes the reaktivasi, approved. */
async function approvedReaktivasi(world: ProposalWorld) {
  const { api, otherFamily, otherDesa } = world;
  const member = othersOf(otherFamily)[0]!;
  await signInAs(api, 'admin');
  await api.call('members.setPresence', { member: { id: member.id, version: member.version }, presence: 3, date: '01/06/2024', reason: 'Pindah kerja' });
  await signInAs(api, 'operator2');
  const created = await api.call('proposals.create', { type: 'reaktivasi', familyId: otherFamily.family.id, memberId: member.id });
  await uploadBeritaAcara(api, otherDesa, created.proposal.period);
  return submitVerifyApprove(api, created.proposal);
}

/**
 * A frozen batch with one proposal of every type in two desa: baru and perbaikan (address that looks like a
 * formula) and nonaktif in the family's desa, reaktivasi in the other desa. Ends signed in as the verifier.
 */
export async function frozenBatchOfEveryType(world: ProposalWorld): Promise<{ batchId: number; contentHash: string }> {
  const { api, family, desa } = world;
  await approvedBaru(world);
  await approvedPerbaikan(world, 'operator', desa, family.family.id, FORMULA_ADDRESS);
  await approvedNonaktif(world, 'operator', desa, family.family.id, othersOf(family)[0]!);
  await approvedReaktivasi(world);
  await signInAs(api, 'verifikator');
  const draft = await api.call('batches.create', { period: currentPeriod(), cutoffDate: wibDate() });
  await signInAs(api, 'kepala');
  const frozen = await api.call('batches.freeze', { id: draft.batch.id, expectedVersion: draft.batch.version });
  await signInAs(api, 'verifikator');
  return { batchId: frozen.batch.id, contentHash: frozen.batch.contentHash! };
}

/** Every entry of a zip, inflated by yauzl + zlib (not by fflate, which wrote it), in archive order. */
export async function readZip(path: string): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.open(path, { lazyEntries: true }, (error, z) => (error ? reject(error) : resolve(z))));
  const entries = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          entries.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  return entries;
}

/** Where the bytes of an entry start inside the zip file (after its local header). */
export async function entryDataOffset(path: string, name: string): Promise<number> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.open(path, { lazyEntries: true }, (error, z) => (error ? reject(error) : resolve(z))));
  const offset = await new Promise<number>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => (entry.fileName === name ? resolve(entry.relativeOffsetOfLocalHeader) : zip.readEntry()));
    zip.on('end', () => reject(new Error(`${name} not in ${path}`)));
    zip.readEntry();
  });
  zip.close();
  const header = Buffer.alloc(30);
  const fd = openSync(path, 'r');
  readSync(fd, header, 0, 30, offset);
  closeSync(fd);
  return offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}
