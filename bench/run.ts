import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../cli/paths';
import { benchBatches } from './batches';
import { benchEditing } from './editing';
import { benchEditingUi } from './editing-ui';
import { benchFoundation } from './foundation';
import { benchImport } from './import';
import { benchPackages } from './packages';
import { benchValidation } from './validation';

// Benchmarks print figures; they never pass or fail. Size: BENCH_FAMILIES (default 300,000).
// Opt-in: BENCH_ONLY=validation, editing, import, batches or packages runs only that section, on BENCH_WORKSPACE (an
// existing synthetic workspace, left in place) or else on a freshly generated one.
const families = Number(process.env.BENCH_FAMILIES ?? 300_000);
const only = process.env.BENCH_ONLY;
const SECTIONS = ['validation', 'editing', 'import', 'batches', 'packages'];
if (only !== undefined && !SECTIONS.includes(only)) throw new Error(`BENCH_ONLY=${only}: hanya ${SECTIONS.join(' atau ')} yang dikenal.`);
const dir = join(projectRoot, 'bench', '.data');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

console.log(`Verivali Desktop benchmark — Node ${process.version}, ${new Date().toISOString()}`);
const given = only ? process.env.BENCH_WORKSPACE : undefined;
const workspace = given ?? (await benchFoundation({ dir, families, kabupatenCode: '33.28' }));
if (!only || only === 'validation') await benchValidation(dir, workspace);
if (!only || only === 'editing') {
  await benchEditing(dir, workspace);
  await benchEditingUi(dir, workspace);
}
if (!only || only === 'import') await benchImport(dir, workspace);
if (!only || only === 'batches') await benchBatches(dir, workspace);
if (!only || only === 'packages') await benchPackages(dir, workspace);
rmSync(dir, { recursive: true, force: true });
