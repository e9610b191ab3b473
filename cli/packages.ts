import { resolve } from 'node:path';
import type { ApiClient } from '../core/contract';
import { verifyPackage } from '../core/server/packages/package-verify';
import { integer, parse, required, UsageError } from './args';

/** `batch export`: a frozen batch of the workspace as a package, through the contract like the app. */
export async function batchExport(api: ApiClient, args: string[], out: (text: string) => void): Promise<void> {
  const values = parse(args, {
    workspace: { type: 'string' }, batch: { type: 'string' }, out: { type: 'string' }, template: { type: 'string' }, 'with-evidence': { type: 'boolean' }, json: { type: 'boolean' },
  });
  await api.call('workspace.open', { path: resolve(required(values.workspace, '--workspace')) });
  const batchId = integer(required(values.batch, '--batch'), '--batch');
  const stopProgress = values.json ? () => undefined : api.on('job.progress', (event) => process.stderr.write(`Mengekspor: ${event.done.toLocaleString('id-ID')} dari ${event.total.toLocaleString('id-ID')} usulan\n`));
  const result = await api.call('packages.export', { batchId, path: resolve(required(values.out, '--out')), templateId: values.template, withEvidence: Boolean(values['with-evidence']) });
  stopProgress();
  if (values.json) out(JSON.stringify(result));
  else out(`Paket ${result.path}: ${result.proposals.toLocaleString('id-ID')} usulan, ${result.files} berkas, SHA-256 ${result.sha256} (${(result.ms / 1000).toFixed(1)} dtk).`);
}

/**
 * `package verify`: needs no workspace (the check runs on the package alone), so it calls the check
 * directly; the app's packages.verify also compares with the workspace's frozen batch.
 */
export async function packageVerify(args: string[], out: (text: string) => void): Promise<number> {
  const [file, ...rest] = args;
  if (!file || file.startsWith('--')) throw new UsageError('Berkas paket (.zip) yang akan diperiksa belum diberikan.');
  const values = parse(rest, { latihan: { type: 'boolean' }, json: { type: 'boolean' } });
  const result = await verifyPackage({ path: resolve(file) }, { allowPractice: Boolean(values.latihan), workspace: null });
  if (values.json) out(JSON.stringify({ ok: result.ok, problems: result.problems }));
  else if (result.ok) out(`Paket utuh: ${result.manifest!.files.length + 1} berkas cocok dengan manifest, kode isi batch ${result.manifest!.batch.contentHash}.`);
  else {
    out(`Paket BERMASALAH (${result.problems.length}):`);
    for (const problem of result.problems) {
      const detail = problem.expected !== null ? ` (seharusnya ${problem.expected}, ternyata ${problem.actual})` : '';
      out(`  ${problem.file ?? '(paket)'}: ${problem.message}${detail}`);
    }
  }
  return result.ok ? 0 : 1;
}
