import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../cli/paths';
import { csvLines, memberSheet } from '../../core/server/demo/district-files';
import { openDatabase } from '../../db/open';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';
import { writeCsvText } from '../support/spreadsheets';

let temp: ReturnType<typeof makeTempDir>;
let app: TestBackend;
let bigFile: string;

beforeEach(async () => {
  temp = makeTempDir();
  app = startTestBackend(join(temp.dir, 'data'), 3000);
  const demo = await app.api.call('workspace.openDemo', {});
  await app.api.call('workspace.close', {});
  const source = openDatabase(demo.path);
  bigFile = join(temp.dir, 'anggota.csv');
  writeCsvText(bigFile, [...csvLines(memberSheet(source))].join(''));
  source.close();
  await app.api.call('workspace.create', { name: 'Tujuan', kabupatenCode: '33.28', path: join(temp.dir, 'tujuan.verivali') });
});
afterEach(() => {
  app.close();
  temp.cleanup();
});

describe('an import is all or nothing', () => {
  it('cancelling during the import leaves the workspace as it was, and reports progress first', async () => {
    const progress: { done: number; rowsPerSecond?: number }[] = [];
    app.api.on('job.progress', (event) => {
      progress.push(event);
      if (progress.length === 1) void app.api.call('jobs.cancel', {});
    });
    await expect(app.api.call('import.run', { path: bigFile })).rejects.toMatchObject({ code: 'CANCELLED', message: expect.stringMatching(/dibatalkan\. Workspace tidak diubah/) });
    expect(progress[0]).toMatchObject({ done: 2000, rowsPerSecond: expect.any(Number) });
    expect(await app.api.call('workspace.info', {})).toMatchObject({ families: 0, members: 0 });
    expect(await app.api.call('import.history', {})).toEqual([]);
    expect((await app.api.call('import.run', { path: bigFile })).applied).toBe(true);
  });

  it('other calls wait for the running import instead of reading half of it', async () => {
    const running = app.api.call('import.run', { path: bigFile });
    await expect(app.api.call('families.list', { startRow: 0, endRow: 10 })).rejects.toMatchObject({ code: 'BUSY' });
    await running;
    expect((await app.api.call('families.list', { startRow: 0, endRow: 10 })).rowCount).toBe(3000);
  });

  it('a crash in the middle of an import leaves the workspace file as it was', async () => {
    const path = join(temp.dir, 'tujuan.verivali');
    app.close();
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'cli/main.ts'), 'import', bigFile, '--workspace', path], { env: { ...process.env, VERIVALI_DATA_DIR: join(temp.dir, 'cli') } });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Killed at its first progress line: rows are written, the transaction is not committed.
    await new Promise<void>((resolve) => child.stderr.on('data', (chunk: Buffer) => (String(chunk).includes('Mengimpor') ? resolve() : undefined)));
    child.kill('SIGKILL');
    await exited;
    app = startTestBackend(join(temp.dir, 'data'));
    expect(await app.api.call('workspace.open', { path })).toMatchObject({ families: 0, members: 0 });
  });
});
