import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withWorkspaceClosed } from '../support/batches';
import { entryDataOffset, frozenBatchOfEveryType, readZip } from '../support/packages';
import { useProposalWorld, type ProposalWorld } from '../support/proposals';
import { buildZip } from '../support/spreadsheets';

let world: ProposalWorld;
let dir: string;
useProposalWorld((ready, tempDir) => ((world = ready), (dir = tempDir)));

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function exported(name = 'paket.zip') {
  const { batchId, contentHash } = await frozenBatchOfEveryType(world);
  const path = join(dir, name);
  await world.api.call('packages.export', { batchId, path });
  return { batchId, contentHash, path };
}

/** Re-packs the entries (fflate's zipSync, a different writer) after `change` edited them. */
async function repacked(path: string, name: string, change: (entries: Map<string, Buffer>) => void): Promise<string> {
  const entries = await readZip(path);
  change(entries);
  const target = join(dir, name);
  writeFileSync(target, zipSync(Object.fromEntries([...entries].map(([entry, bytes]) => [entry, new Uint8Array(bytes)]))));
  return target;
}

const verify = (path: string) => world.api.call('packages.verify', { path });

describe('verifying a package', () => {
  it('finds an untouched package intact: every file, the recomputed batch hash and the workspace batch agree', async () => {
    const { path, contentHash } = await exported();
    const result = await verify(path);
    expect(result).toMatchObject({ ok: true, problems: [], contentHashRecomputed: true, comparedWithWorkspace: true });
    expect(result.manifest?.batch.contentHash).toBe(contentHash);
    const uploaded = await world.api.call('packages.verify', { contentBase64: readFileSync(path).toString('base64'), fileName: 'paket.zip' });
    expect(uploaded).toMatchObject({ ok: true, problems: [] });
  });

  it('names the file when one byte of the package is changed', async () => {
    const { path } = await exported();
    const bytes = readFileSync(path);
    for (const name of ['usulan-baru.xlsx', 'bnba.csv']) {
      const copy = Buffer.from(bytes);
      copy[(await entryDataOffset(path, name)) + 40]! ^= 0x01;
      const tampered = join(dir, `ubah-${name}.zip`);
      writeFileSync(tampered, copy);
      const result = await verify(tampered);
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => p.file)).toEqual([name]);
      expect(result.problems[0]!.message).toMatch(/SHA-256 tidak sama|tidak dapat dibaca utuh/);
    }
  });

  it('catches a file changed together with its manifest hash by recreating the package from the frozen batch', async () => {
    const { path } = await exported();
    const tampered = await repacked(path, 'diatur.zip', (entries) => {
      const csv = entries.get('usulan-nonaktif.csv')!.toString('utf8').replace(/"Meninggal"/, '"Pindah"');
      entries.set('usulan-nonaktif.csv', Buffer.from(csv));
      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
      const file = manifest.files.find((f: { path: string }) => f.path === 'usulan-nonaktif.csv');
      Object.assign(file, { sha256: sha(Buffer.from(csv)), size: Buffer.byteLength(csv) });
      entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    });
    const result = await verify(tampered);
    expect(result.comparedWithWorkspace).toBe(true);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'usulan-nonaktif.csv', message: expect.stringMatching(/tidak sama dengan ekspor ulang/) })]);
  });

  it('recomputes the batch hash from the package and reports a manifest that states another one, and added or missing files', async () => {
    const { path, contentHash } = await exported();
    const forged = 'f'.repeat(64);
    const tampered = await repacked(path, 'hash.zip', (entries) => {
      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
      manifest.batch.contentHash = forged;
      entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
      entries.delete('rekap.pdf');
      entries.set('catatan.txt', Buffer.from('tambahan'));
    });
    const result = await verify(tampered);
    expect(result.problems).toEqual(expect.arrayContaining([
      { file: 'batch/header.json', message: expect.stringContaining('dihitung ulang'), expected: forged, actual: contentHash },
      expect.objectContaining({ file: 'manifest.json', message: expect.stringContaining('berbeda dengan batch'), expected: contentHash, actual: forged }),
      expect.objectContaining({ file: 'rekap.pdf', message: 'Berkas tercantum di manifest tetapi tidak ada di paket.' }),
      expect.objectContaining({ file: 'catatan.txt', message: expect.stringContaining('tidak tercantum di manifest') }),
    ]));
  });

  it('reports hostile entries (parent paths, absolute paths, huge sizes, a zip bomb) without opening them', async () => {
    const path = join(dir, 'jahat.zip');
    writeFileSync(path, buildZip([
      { name: '../keluar.txt', data: 'x' },
      { name: '/etc/absolut.txt', data: 'x' },
      { name: 'folder\\miring.txt', data: 'x' },
      { name: 'raksasa.bin', data: 'kecil', declaredSize: 0xfffffff0 },
      { name: 'bom.bin', data: Buffer.alloc(60 * 1024 * 1024) },
    ]));
    const result = await verify(path);
    expect(result.ok).toBe(false);
    const byFile = new Map(result.problems.map((p) => [p.file, p.message]));
    expect(byFile.get('../keluar.txt')).toMatch(/ditolak dan tidak dibuka: .*\(\.\.\)/);
    expect(byFile.get('/etc/absolut.txt')).toMatch(/jalur absolut/);
    expect(byFile.get('folder\\miring.txt')).toMatch(/garis miring terbalik/);
    expect(byFile.get('raksasa.bin')).toMatch(/melebihi batas/);
    expect(byFile.get('bom.bin')).toMatch(/zip bomb/);
    expect(byFile.get('manifest.json')).toMatch(/Tidak ada manifest\.json/);
    expect(existsSync(join(dir, '..', 'keluar.txt'))).toBe(false);
  });

  it('refuses a practice package in a real workspace and accepts it in a practice one', async () => {
    const setPractice = (value: boolean) =>
      withWorkspaceClosed(world, 'verifikator', (db) => db.prepare("UPDATE settings SET value = ? WHERE key = 'workspace.isPractice'").run(String(value)));
    await setPractice(true);
    const { path } = await exported('latihan.zip');
    expect(JSON.parse((await readZip(path)).get('manifest.json')!.toString()).latihan).toBe(true);
    expect(await verify(path)).toMatchObject({ ok: true, problems: [] });

    await setPractice(false);
    const result = await verify(path);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'manifest.json', message: expect.stringContaining('LATIHAN'), expected: 'latihan: false', actual: 'latihan: true' })]);
  });

  it('reports a file that is no zip at all', async () => {
    const path = join(dir, 'bukan.zip');
    writeFileSync(path, 'ini bukan zip');
    expect(await verify(path)).toMatchObject({ ok: false, manifest: null, problems: [expect.objectContaining({ file: null, message: expect.stringContaining('bukan zip yang utuh') })] });
  });
});
