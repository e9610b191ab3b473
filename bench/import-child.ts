// Runs one import in its own process, so its peak memory is measured alone.
import { mkdtempSync } from 'node:fs';
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
console.log(JSON.stringify({ heapMb: Math.round(memory.heapUsed / 1e6), externalMb: Math.round(memory.external / 1e6), ms, maxRssMb: process.resourceUsage().maxRSS / 1024, new: summary.new, updated: summary.updated, rejected: summary.rejected, errors: summary.errors.slice(0, 3) }));
