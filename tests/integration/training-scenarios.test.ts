import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../core/contract';
import { makeTempDir, type TestBackend } from '../support/backend';
import { answersFor, goal, startPracticeWorld } from '../support/training';

/*
 * Every scenario goal goes from unmet to met by doing the task through the backend, as the participant
 * would in the screens, in one practice workspace (the scenarios touch different records).
 */

let temp: ReturnType<typeof makeTempDir>;
let app: TestBackend;
let api: ApiClient;

beforeAll(async () => {
  temp = makeTempDir();
  ({ app, api } = await startPracticeWorld(temp.dir));
}, 60_000);

afterAll(() => {
  app.close();
  temp.cleanup();
});

const status = () => api.call('training.status', {});
const packagePath = () => join(temp.dir, 'paket-penetapan.zip');
const as = (role: 'operator_desa' | 'verifikator' | 'kepala_opd') => api.call('training.switchRole', { role });
const isoToDmy = (iso: string) => iso.split('-').reverse().join('/');

async function memberVersion(familyId: number, memberId: number) {
  const card = await api.call('families.card', { id: familyId });
  return card.members.find((m) => m.id === memberId)!;
}

describe('practice scenarios checked by the app', () => {
  it('starts with every goal unmet and shows the participants no answer key', async () => {
    await as('verifikator');
    const start = await status();
    expect(start.scenarios.map((s) => s.id)).toEqual(['impor-berkas-desa', 'bersihkan-desa', 'gabung-data-ganda', 'nonaktif-meninggal', 'usulan-tanpa-bukti', 'penetapan-batch']);
    expect(start.scenarios.flatMap((s) => s.goals).filter((g) => g.met)).toEqual([]);
    expect(start).toMatchObject({ score: 0, maxScore: 600, answerKey: null, canReset: true });
    expect(start.scenarios[1]!.title).toBe(`Bersihkan semua kesalahan di Desa ${start.focusDesa.name}`);
  });

  it('impor-berkas-desa: the good rows go in, the three broken numbers are rejected, fixed in the file and imported', async () => {
    const fixes = await answersFor(api, 'mangled_import');
    await as('verifikator');
    const file = (await status()).files.find((f) => f.name.startsWith('LATIHAN-impor-desa-'))!;
    const { path } = await api.call('training.saveFile', { name: file.name });
    const first = await api.call('import.run', { path, skipErrors: true });
    expect(first).toMatchObject({ applied: true, rejected: 3 });
    expect(first.errors.map((e) => e.message).join('\n')).toMatch(/tersimpan sebagai angka di Excel[\s\S]*notasi ilmiah[\s\S]*titik atau koma/);
    let now = await status();
    expect([goal(now, 'impor-berkas-desa', 'baris-benar'), goal(now, 'impor-berkas-desa', 'baris-diperbaiki')]).toEqual([true, false]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('Data ART')!;
    for (const fix of fixes) {
      const row = sheet.getRow(Number(/baris (\d+)/.exec(fix.who)![1]));
      row.getCell(10).value = fix.correct.noKk!;
      row.getCell(11).value = fix.correct.nik!;
    }
    const fixed = join(temp.dir, 'diperbaiki.xlsx');
    await workbook.xlsx.writeFile(fixed);
    const second = await api.call('import.run', { path: fixed, skipErrors: false });
    expect(second).toMatchObject({ applied: true, rejected: 0, new: 3 });
    now = await status();
    expect(now.scenarios[0]).toMatchObject({ score: 100, maxScore: 100 });

    // The CSV twin carries the same rows and the same three broken numbers.
    const csv = now.files.find((f) => f.name === file.name.replace(/\.xlsx$/, '.csv'))!;
    const fromCsv = await api.call('import.run', { path: (await api.call('training.saveFile', { name: csv.name })).path, skipErrors: true });
    expect(fromCsv).toMatchObject({ applied: true, rejected: 3, new: 0 });
    expect(fromCsv.errors.map((e) => e.message).join('\n')).toMatch(/notasi ilmiah[\s\S]*notasi ilmiah[\s\S]*titik atau koma/);
  });

  it('bersihkan-desa: fixing the NIK, the birth date and the head clears every error of the focus desa', async () => {
    const [invalid] = await answersFor(api, 'invalid_nik');
    const [mismatch] = await answersFor(api, 'nik_birthdate_mismatch');
    const [headless] = await answersFor(api, 'missing_head');
    await as('verifikator');
    expect((await status()).scenarios[1]!.goals.map((g) => g.met)).toEqual([false, false, false, false]);

    await api.call('records.update', { entity: 'member', id: invalid!.memberId!, field: 'nik', value: invalid!.correct.nik! });
    await api.call('records.update', { entity: 'member', id: mismatch!.memberId!, field: 'tanggalLahir', value: isoToDmy(mismatch!.correct.tanggalLahir!) });
    let now = await status();
    expect(now.scenarios[1]!.goals.map((g) => g.met)).toEqual([true, true, false, false]);

    const card = await api.call('families.card', { id: headless!.familyId! });
    const planted = card.members.find((m) => m.id === headless!.memberId)!;
    if (planted.values.keberadaan === 1) {
      await api.call('records.update', { entity: 'member', id: planted.id, field: 'hubunganKeluarga', value: '1' });
    } else {
      const heir = card.members.find((m) => m.id !== planted.id && m.values.keberadaan === 1 && m.values.hubunganKeluarga === 2)!;
      await api.call('members.changeHead', { familyId: card.family.id, familyVersion: card.family.version, newHead: { id: heir.id, version: heir.version } });
    }
    now = await status();
    expect(now.scenarios[1]).toMatchObject({ score: 100 });
  });

  it('gabung-data-ganda: merging the planted pair ticks the goal', async () => {
    const [pair] = await answersFor(api, 'duplicate_person');
    await as('verifikator');
    expect(goal(await status(), 'gabung-data-ganda', 'digabung')).toBe(false);
    const duplicate = await memberVersion(pair!.familyId!, pair!.memberId!);
    const original = await memberVersion(pair!.otherFamilyId!, pair!.otherMemberId!);
    await api.call('members.merge', { keep: { id: original.id, version: original.version }, duplicate: { id: duplicate.id, version: duplicate.version } });
    expect(goal(await status(), 'gabung-data-ganda', 'digabung')).toBe(true);
  });

  it('nonaktif-meninggal: a draft ticks the first goal, the death certificate and the submission the second', async () => {
    const [recipient] = await answersFor(api, 'deceased_recipient');
    const operator = await as('operator_desa');
    expect(operator.role).toBe('operator_desa');
    const draft = await api.call('proposals.create', { type: 'nonaktif', familyId: recipient!.familyId!, memberId: recipient!.memberId!, reason: 'meninggal', date: '01/10/2026' });
    let now = await status();
    expect([goal(now, 'nonaktif-meninggal', 'usulan-dibuat'), goal(now, 'nonaktif-meninggal', 'usulan-diajukan')]).toEqual([true, false]);
    const { path } = await api.call('training.saveFile', { name: 'akta-kematian-latihan.pdf' });
    await api.call('evidence.upload', { proposalId: draft.proposal.id, kind: 'akta_kematian', path });
    await api.call('proposals.submit', { id: draft.proposal.id, expectedVersion: draft.proposal.version });
    now = await status();
    expect(now.scenarios[3]).toMatchObject({ score: 100 });
  });

  it('usulan-tanpa-bukti: the verifier returns the planted proposal, the desa adds the certificate and submits again', async () => {
    const [forgotten] = await answersFor(api, 'missing_evidence');
    await as('verifikator');
    let detail = await api.call('proposals.get', { id: forgotten!.proposalId! });
    expect(detail.proposal.status).toBe('diajukan');
    expect(detail.requirements.filter((r) => !r.satisfied).map((r) => r.label)).toEqual(['Akta/surat kematian']);
    expect((await status()).scenarios[4]!.goals.map((g) => g.met)).toEqual([false, false]);
    detail = await api.call('proposals.verify', { id: detail.proposal.id, expectedVersion: detail.proposal.version, decision: 'return', reason: 'Akta kematian belum dilampirkan.' });
    expect((await status()).scenarios[4]!.goals.map((g) => g.met)).toEqual([true, false]);

    await as('operator_desa');
    const { path } = await api.call('training.saveFile', { name: 'akta-kematian-latihan.pdf' });
    await api.call('evidence.upload', { proposalId: detail.proposal.id, kind: 'akta_kematian', path });
    await api.call('proposals.submit', { id: detail.proposal.id, expectedVersion: detail.proposal.version });
    expect((await status()).scenarios[4]).toMatchObject({ score: 100 });
  });

  it('penetapan-batch: a batch of this period holds the approved proposals, the kepala OPD freezes it, its package is exported', async () => {
    await as('verifikator');
    const period = new Date().toISOString().slice(0, 7);
    const created = await api.call('batches.create', { period });
    expect(created.counts.nonaktif).toBeGreaterThanOrEqual(3);
    let now = await status();
    expect(now.scenarios[5]!.goals.map((g) => g.met)).toEqual([true, false, false]);
    const report = await api.call('batches.check', { id: created.batch.id });
    expect(report.ok).toBe(true);
    await as('kepala_opd');
    await api.call('batches.freeze', { id: created.batch.id, expectedVersion: created.batch.version });
    expect((await status()).scenarios[5]!.goals.map((g) => g.met)).toEqual([true, true, false]);
    await as('verifikator');
    await api.call('packages.export', { batchId: created.batch.id, path: packagePath() });
    now = await status();
    expect(now.scenarios[5]).toMatchObject({ score: 100 });
    expect(now.score).toBe(now.maxScore);
  });

  it('marks the package as practice, and a real workspace refuses it while the practice workspace accepts it', async () => {
    const inPractice = await api.call('packages.verify', { path: packagePath() });
    expect(inPractice.manifest?.latihan).toBe(true);
    expect(inPractice.ok).toBe(true);
    await api.call('workspace.create', { name: 'Dinsos Tegal', kabupatenCode: '33.28', path: join(temp.dir, 'asli.verivali') });
    await api.call('auth.setup', { password: 'Admin-asli-123' });
    await api.call('auth.login', { username: 'admin', password: 'Admin-asli-123' });
    const inReal = await api.call('packages.verify', { path: packagePath() });
    expect(inReal.ok).toBe(false);
    expect(inReal.problems.map((p) => p.message).join('\n')).toMatch(/LATIHAN/);
  });
});
