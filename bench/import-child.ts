// Runs one import in its own process, so its peak memory is measured alone.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../core/contract';
import { createBackend } from '../core/server/backend';
import { createInProcessTransport } from '../core/server/transports/in-process';
import { appVersion, migrationsDir, regionsDir } from '../cli/paths';

const [file, workspace, kabupatenCode] = process.argv.slice(2);
const backend = createBackend({ dataDir: mkdtempSync(join(tmpdir(), 'verivali-bench-')), migrationsDir, regionsDir, appVersion, validateOutput: false, actAsLocalAdmin: true });
const api = createClient(createInProcessTransport(backend));
await api.call('workspace.create', { name: 'Benchmark impor', kabupatenCode: kabupatenCode ?? '33.28', path: workspace ?? '' });
const started = performance.now();
const summary = await api.call('import.run', { path: file ?? '' });
const ms = performance.now() - started;
backend.close();
const memory = process.memoryUsage();
console.log(JSON.stringify({ heapMb: Math.round(memory.heapUsed / 1e6), externalMb: Math.round(memory.external / 1e6), ms, maxRssMb: peakRssKib() / 1024, new: summary.new, updated: summary.updated, rejected: summary.rejected, errors: summary.errors.slice(0, 3) }));

/**
 * Peak RSS of this process since it started. getrusage's maxRSS also counts the parent's memory
 * copied at fork (the benchmark parent holds the generated files), so Linux's VmHWM is read instead.
 */
function peakRssKib(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}
