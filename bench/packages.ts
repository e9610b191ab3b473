import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { projectRoot } from '../cli/paths';
import { createBenchBatch } from './batch-setup';
import { formatMs } from './stats';

interface ChildResult {
  ms: number;
  maxRssMb: number;
  summary: { sha256?: string; size?: number; files?: number; proposals?: number; ok?: boolean; problems?: number };
}

/** The child is bundled like the shipped app (no tsx in the measured process). */
function runChild(...args: string[]): ChildResult {
  const bundle = join(projectRoot, '.cache', 'package-child.mjs');
  buildSync({ entryPoints: [join(projectRoot, 'bench', 'package-child.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: bundle, logLevel: 'warning' });
  const output = execFileSync(process.execPath, [bundle, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as ChildResult;
}

/** Issue 7 target: the package of a 100,000-proposal batch in under 15 s with peak memory under 600 MB; exported twice, the bytes must agree. */
export async function benchPackages(dir: string, path: string): Promise<void> {
  const proposals = Number(process.env.BENCH_BATCH_PROPOSALS ?? 100_000);
  console.log(`\n== Paket penetapan: ${proposals.toLocaleString('id-ID')} usulan ==`);
  const batch = await createBenchBatch(dir, path, proposals);
  const runs = [1, 2].map((n) => runChild('export', path, String(batch.batchId), join(dir, `paket-${n}.zip`)));
  const check = runChild('verify', path, String(batch.batchId), join(dir, 'paket-1.zip'));
  const line = (label: string, text: string) => console.log(`  ${label.padEnd(40)}${text}`);
  runs.forEach((run, i) => {
    line(`ekspor paket (${i + 1})`, `${formatMs(run.ms).padStart(10)}  (${batch.proposals.toLocaleString('id-ID')} usulan, ${run.summary.files} berkas, ` +
      `${Math.round((run.summary.size ?? 0) / 1e6)} MB; target < 15 s, rasio ${(run.ms / 15_000).toFixed(2)}; puncak RSS ${Math.round(run.maxRssMb)} MB, target < 600 MB)`);
  });
  line('dua ekspor identik byte demi byte', runs[0]!.summary.sha256 === runs[1]!.summary.sha256 ? `ya (SHA-256 ${runs[0]!.summary.sha256!.slice(0, 16)}…)` : 'TIDAK');
  line('periksa paket (tanpa workspace)', `${formatMs(check.ms).padStart(10)}  (${check.summary.ok ? 'utuh' : `${check.summary.problems} masalah`}; puncak RSS ${Math.round(check.maxRssMb)} MB)`);
}
