// Runs one package export (or the package-only check) in its own process, so its peak memory is measured alone.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../core/contract';
import { createBackend } from '../core/server/backend';
import { verifyPackage } from '../core/server/packages/package-verify';
import { createInProcessTransport } from '../core/server/transports/in-process';
import { appVersion, migrationsDir, regionsDir } from '../cli/paths';

const [mode, workspace, batchId, out] = process.argv.slice(2);
const started = performance.now();
let summary: unknown;
if (mode === 'export') {
  const backend = createBackend({ dataDir: mkdtempSync(join(tmpdir(), 'verivali-bench-')), migrationsDir, regionsDir, appVersion, validateOutput: false, actAsLocalAdmin: true });
  const api = createClient(createInProcessTransport(backend));
  await api.call('workspace.open', { path: workspace ?? '' });
  summary = await api.call('packages.export', { batchId: Number(batchId), path: out ?? '' });
  backend.close();
} else {
  const result = await verifyPackage({ path: out ?? '' }, { allowPractice: false, workspace: null });
  summary = { ok: result.ok, problems: result.problems.length };
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, summary }));
