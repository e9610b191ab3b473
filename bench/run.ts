import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../cli/paths';
import { benchFoundation } from './foundation';
import { benchImport } from './import';
import { benchValidation } from './validation';

// Benchmarks print figures; they never pass or fail. Size: BENCH_FAMILIES (default 300,000).
const families = Number(process.env.BENCH_FAMILIES ?? 300_000);
const dir = join(projectRoot, 'bench', '.data');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

console.log(`Verivali Desktop benchmark — Node ${process.version}, ${new Date().toISOString()}`);
const workspace = await benchFoundation({ dir, families, kabupatenCode: '33.28' });
await benchValidation(dir, workspace);
await benchImport(dir, workspace);
rmSync(dir, { recursive: true, force: true });
