import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../core/contract';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';
import { answersFor, asTrainer, goal, startPracticeWorld, TRAINER_PASSWORD } from '../support/training';

let temp: ReturnType<typeof makeTempDir>;
let trainer: TestBackend;
let api: ApiClient;

beforeEach(async () => {
  temp = makeTempDir();
  ({ app: trainer, api } = await startPracticeWorld(join(temp.dir, 'pelatih'), { families: 300, scenarioIds: ['bersihkan-desa', 'impor-berkas-desa'] }));
}, 60_000);

afterEach(() => {
  trainer.close();
  temp.cleanup();
});

async function exportPack(): Promise<string> {
  const path = join(temp.dir, 'usb', 'paket-bimtek.zip');
  const result = await api.call('training.exportPack', { path });
  expect(result).toMatchObject({ path, bytes: readFileSync(path).length });
  return path;
}

describe('scenario packs', () => {
  it('holds the snapshot, the scenarios and the exercise files under a manifest marked latihan', async () => {
    const entries = unzipSync(readFileSync(await exportPack()));
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!));
    expect(manifest).toMatchObject({ format: 'verivali-paket-latihan', latihan: true, kabupaten: { code: '33.28', name: 'Kabupaten Tegal' }, kecamatan: { code: '33.28.05' } });
    expect(Object.keys(entries).sort()).toEqual(expect.arrayContaining([
      'BACA-DULU-MODE-LATIHAN.txt', 'manifest.json', 'workspace.verivali', 'skenario/bersihkan-desa.json', 'skenario/impor-berkas-desa.json',
      expect.stringMatching(/^berkas\/LATIHAN-impor-desa-.+\.xlsx$/), expect.stringMatching(/^berkas\/salinan-kk-.+\.pdf$/),
    ]));
    expect(strFromU8(entries['BACA-DULU-MODE-LATIHAN.txt']!)).toMatch(/^MODE LATIHAN/);
    expect(Buffer.from(entries['workspace.verivali']!).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('is refused by the trainer-only rule for participants, and when it is not a pack or was changed', async () => {
    await api.call('training.switchRole', { role: 'verifikator' });
    await expect(api.call('training.exportPack', { path: join(temp.dir, 'x.zip') })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await asTrainer(api);
    const path = await exportPack();
    const participant = startTestBackend(join(temp.dir, 'peserta'), 50, { login: true });
    try {
      const entries = unzipSync(readFileSync(path));
      const snapshot = entries['workspace.verivali']!;
      snapshot[200] = snapshot[200]! ^ 0xff;
      const tampered = join(temp.dir, 'diubah.zip');
      writeFileSync(tampered, zipSync(entries));
      await expect(participant.api.call('training.createFromPack', { packPath: tampered })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/rusak: isi "workspace.verivali"/) });
      const notPack = join(temp.dir, 'bukan.zip');
      writeFileSync(notPack, zipSync({ 'a.txt': new Uint8Array([1]) }));
      await expect(participant.api.call('training.createFromPack', { packPath: notPack })).rejects.toMatchObject({ message: expect.stringMatching(/bukan paket latihan Verivali/) });
    } finally {
      participant.close();
    }
  });

  it('makes a participant workspace that opens at the login with its files, and resets to the pack in one call', async () => {
    const path = await exportPack();
    const [invalid] = await answersFor(api, 'invalid_nik');
    const participant = startTestBackend(join(temp.dir, 'peserta'), 50, { login: true });
    const p = participant.api;
    try {
      const info = await p.call('training.createFromPack', { packPath: path });
      expect(info).toMatchObject({ isPractice: true, name: 'Bimtek Pagerbarang', kabupatenName: 'Kabupaten Tegal' });
      expect(existsSync(`${info.path}.awal`)).toBe(true);
      expect(await p.call('auth.status', {})).toMatchObject({ user: null, needsSetup: false });
      await p.call('auth.login', { username: 'verifikator', password: 'latihan123' });
      const before = await p.call('training.status', {});
      expect(before.files.every((f) => f.path && existsSync(f.path))).toBe(true);

      await p.call('records.update', { entity: 'member', id: invalid!.memberId!, field: 'nik', value: invalid!.correct.nik! });
      const xlsx = before.files.find((f) => f.name.endsWith('.xlsx'))!.path!;
      writeFileSync(xlsx, 'diubah peserta');
      expect(goal(await p.call('training.status', {}), 'bersihkan-desa', 'nik-valid')).toBe(true);

      await expect(p.call('training.reset', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await p.call('auth.logout', {});
      await p.call('auth.login', { username: 'pelatih', password: TRAINER_PASSWORD });
      const reset = await p.call('training.reset', {});
      expect(reset).toMatchObject({ path: info.path, isPractice: true, families: info.families });
      expect(await p.call('auth.status', {})).toMatchObject({ user: { username: 'pelatih' } });
      const after = await p.call('training.status', {});
      expect(goal(after, 'bersihkan-desa', 'nik-valid')).toBe(false);
      expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
      await p.call('auth.logout', {});
      await p.call('auth.login', { username: 'admin', password: TRAINER_PASSWORD });
      expect(await p.call('audit.verify', {})).toMatchObject({ ok: true });
      expect(await p.call('training.createFromPack', { packPath: path })).toMatchObject({ path: info.path.replace(/\.verivali$/, '-2.verivali') });
    } finally {
      participant.close();
    }
  });

  it('refuses a kecamatan of another kabupaten, an unknown scenario and a short trainer password, leaving no file behind', async () => {
    const other = startTestBackend(join(temp.dir, 'salah'), 50, { login: true });
    try {
      const spec = { name: 'Salah', kabupatenCode: '33.28', kecamatanCode: '33.29.01', families: 300, scenarioIds: ['bersihkan-desa'], trainerPassword: TRAINER_PASSWORD };
      await expect(other.api.call('training.create', spec)).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { field: 'kecamatanCode' } });
      await expect(other.api.call('training.create', { ...spec, kecamatanCode: '33.28.05', scenarioIds: ['tidak-ada'] })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Skenario latihan "tidak-ada" tidak dikenal.' });
      await expect(other.api.call('training.create', { ...spec, kecamatanCode: '33.28.05', trainerPassword: 'pendek' })).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { field: 'trainerPassword' } });
      expect(existsSync(join(temp.dir, 'salah', 'latihan', 'salah.verivali'))).toBe(false);
      expect(await other.api.call('workspace.info', {})).toBeNull();
    } finally {
      other.close();
    }
  });

  it('refuses to reset from a starting point of another practice workspace', async () => {
    const other = startTestBackend(join(temp.dir, 'lain'), 50, { login: true });
    try {
      await other.api.call('training.create', { name: 'Lain', kabupatenCode: '33.28', kecamatanCode: '33.28.05', families: 300, scenarioIds: ['gabung-data-ganda'], trainerPassword: TRAINER_PASSWORD });
      const otherPath = (await other.api.call('workspace.info', {}))!.path;
      other.close();
      const mine = (await api.call('workspace.info', {}))!.path;
      writeFileSync(`${mine}.awal`, readFileSync(`${otherPath}.awal`));
      await asTrainer(api);
      await expect(api.call('training.reset', {})).rejects.toMatchObject({ code: 'WORKSPACE_INVALID', message: expect.stringMatching(/workspace latihan lain/) });
      expect(await api.call('workspace.info', {})).toMatchObject({ path: mine, isPractice: true });
    } finally {
      other.close();
    }
  });
});
