import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { runCli } from '../support/cli';
import { entryDataOffset, frozenBatchOfEveryType } from '../support/packages';
import { useProposalWorld, type ProposalWorld } from '../support/proposals';

let world: ProposalWorld;
let dir: string;
useProposalWorld((ready, tempDir) => ((world = ready), (dir = tempDir)));

/** A frozen batch in a workspace the app has closed again, so the command line can open it. */
async function closedWorkspaceWithBatch(practice = false): Promise<{ workspace: string; batchId: number }> {
  const { batchId } = await frozenBatchOfEveryType(world);
  const workspace = (await world.api.call('workspace.info', {}))!.path;
  await world.api.call('workspace.close', {});
  if (practice) {
    const db = openDatabase(workspace);
    db.prepare("UPDATE settings SET value = 'true' WHERE key = 'workspace.isPractice'").run();
    db.close();
  }
  return { workspace, batchId };
}

const exportWith = (workspace: string, batchId: number, out: string) => runCli(dir, 'batch', 'export', '--workspace', workspace, '--batch', String(batchId), '--out', out, '--json');
const verifyJson = (...args: string[]) => {
  const run = runCli(dir, 'package', 'verify', ...args, '--json');
  return { code: run.code, stderr: run.stderr, result: run.stdout ? (JSON.parse(run.stdout) as { ok: boolean; problems: { file: string | null; message: string }[] }) : null };
};

describe('npm run cli -- batch export / package verify', () => {
  it('exports a frozen batch and verifies the package: exit 0 when intact, 1 naming the file after one changed byte', async () => {
    const { workspace, batchId } = await closedWorkspaceWithBatch();
    const out = join(dir, 'paket.zip');
    const exported = exportWith(workspace, batchId, out);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ path: out, proposals: 4, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const intact = verifyJson(out);
    expect(intact).toEqual({ code: 0, stderr: '', result: { ok: true, problems: [] } });

    const bytes = readFileSync(out);
    bytes[(await entryDataOffset(out, 'usulan-perbaikan.xlsx')) + 10]! ^= 0xff;
    const tampered = join(dir, 'ubah.zip');
    writeFileSync(tampered, bytes);
    const broken = verifyJson(tampered);
    expect(broken.code).toBe(1);
    expect(broken.result).toMatchObject({ ok: false, problems: [expect.objectContaining({ file: 'usulan-perbaikan.xlsx' })] });
  });

  it('counts a practice package as a problem unless --latihan is given', async () => {
    const { workspace, batchId } = await closedWorkspaceWithBatch(true);
    const out = join(dir, 'latihan.zip');
    expect(exportWith(workspace, batchId, out).code).toBe(0);
    const refused = verifyJson(out);
    expect(refused.code).toBe(1);
    expect(refused.result!.problems).toEqual([expect.objectContaining({ file: 'manifest.json', message: expect.stringContaining('LATIHAN') })]);
    expect(verifyJson(out, '--latihan')).toMatchObject({ code: 0, result: { ok: true, problems: [] } });
  });

  it('answers a missing file with a problem and a missing argument with the usage (exit 2)', () => {
    const missing = verifyJson(join(dir, 'tidak-ada.zip'));
    expect(missing).toMatchObject({ code: 1, result: { ok: false, problems: [expect.objectContaining({ file: null, message: 'Berkas paket tidak ditemukan.' })] } });
    const usage = runCli(dir, 'package', 'verify');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Berkas paket \(\.zip\) yang akan diperiksa belum diberikan/);
    expect(existsSync(join(dir, 'tidak-ada.zip'))).toBe(false);
  });
});
