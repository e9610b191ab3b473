import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../core/contract';
import { formatNik } from '../../core/domain/nik';
import { makeTempDir, type TestBackend } from '../support/backend';
import { startPracticeWorld, TRAINER_PASSWORD } from '../support/training';

let temp: ReturnType<typeof makeTempDir>;
let app: TestBackend;
let api: ApiClient;

beforeAll(async () => {
  temp = makeTempDir();
  ({ app, api } = await startPracticeWorld(temp.dir, { families: 300, scenarioIds: ['impor-berkas-desa'] }));
  await api.call('training.switchRole', { role: 'verifikator' });
}, 60_000);

afterAll(() => {
  app.close();
  temp.cleanup();
});

/** A member file of two families; `serial` 1 and 2 look like Dukcapil's first registrations, 9xxx like practice data. */
function memberCsv(name: string, serials: number[]): string {
  const rows = serials.map((serial, i) => {
    const nik = formatNik({ kecamatanCode: '33.28.05', birthDate: `1980-0${i + 1}-15`, sex: 1, serial });
    return `3328050101${String(i).padStart(2, '0')}0001,33,28,05,2005,${nik},Warga ${i},1,1,15/0${i + 1}/1980`;
  });
  const path = join(temp.dir, name);
  writeFileSync(path, ['NoKK,KDPROP,KDKAB,KDKEC,KDDESA,NIK,Nama,JnsKel,Hubkel,TglLahir', ...rows].join('\r\n'));
  return path;
}

describe('importing into a practice workspace', () => {
  it('lets practice data in without a question, the exercise file included', async () => {
    const practice = memberCsv('latihan.csv', [9001, 9002]);
    expect(await api.call('training.checkImport', { path: practice })).toEqual({ realLooking: 0, checked: 2, rows: [], confirmed: false });
    expect(await api.call('import.run', { path: practice })).toMatchObject({ applied: true, new: 2 });
    const exercise = (await api.call('training.status', {})).files.find((f) => f.name.endsWith('.xlsx'))!;
    const { path } = await api.call('training.saveFile', { name: exercise.name });
    expect(await api.call('training.checkImport', { path })).toMatchObject({ realLooking: 0 });
  });

  it('warns of NIKs that look real and refuses the import until a trainer allows that exact file', async () => {
    const real = memberCsv('data-desa.csv', [1, 2]);
    expect(await api.call('training.checkImport', { path: real })).toEqual({ realLooking: 2, checked: 2, rows: [2, 3], confirmed: false });
    await expect(api.call('import.run', { path: real })).rejects.toMatchObject({
      code: 'FORBIDDEN', details: { reason: 'practice-real-data', realLooking: 2 }, message: expect.stringMatching(/2 NIK yang tampak seperti data asli.*baris 2, 3/),
    });
    await expect(api.call('training.confirmImport', { path: real, username: 'pelatih', password: 'salah-sekali' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(api.call('training.confirmImport', { path: real, username: 'verifikator', password: 'latihan123' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await api.call('training.confirmImport', { path: real, username: 'pelatih', password: TRAINER_PASSWORD })).toEqual({ confirmed: true });
    expect(await api.call('auth.status', {})).toMatchObject({ user: { username: 'verifikator' } });
    expect(await api.call('training.checkImport', { path: real })).toMatchObject({ realLooking: 2, confirmed: true });
    expect(await api.call('import.run', { path: real })).toMatchObject({ applied: true, new: 2 });

    const changed = memberCsv('data-desa.csv', [1, 3]);
    await expect(api.call('import.run', { path: changed })).rejects.toMatchObject({ details: { reason: 'practice-real-data' } });
  });

  it('switches only to an account that still has the role, and refuses a scenario chosen twice', async () => {
    await api.call('auth.logout', {});
    await api.call('auth.login', { username: 'admin', password: TRAINER_PASSWORD });
    const kepala = (await api.call('users.list', {})).find((u) => u.username === 'kepala')!;
    await api.call('users.update', { id: kepala.id, role: 'admin' });
    await expect(api.call('training.switchRole', { role: 'kepala_opd' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.call('training.create', {
      name: 'Ganda', kabupatenCode: '33.28', kecamatanCode: '33.28.05', families: 300, seed: 1, scenarioIds: ['bersihkan-desa', 'bersihkan-desa'], trainerPassword: TRAINER_PASSWORD,
    })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('lebih dari sekali') });
  });

  it('does not guard a real workspace, and keeps the training methods to practice workspaces', async () => {
    await api.call('workspace.create', { name: 'Dinsos Tegal', kabupatenCode: '33.28', path: join(temp.dir, 'asli.verivali') });
    await api.call('auth.setup', { password: 'Admin-asli-123' });
    await api.call('auth.login', { username: 'admin', password: 'Admin-asli-123' });
    expect(await api.call('import.run', { path: memberCsv('asli.csv', [4, 5]) })).toMatchObject({ applied: true, new: 2 });
    await expect(api.call('training.status', {})).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/bukan workspace latihan/) });
  });
});
