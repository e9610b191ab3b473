import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { buildSync } from 'esbuild';
import { projectRoot } from '../cli/paths';
import { csvLines, familySheet, memberSheet } from '../core/server/demo/district-files';
import { openDatabase } from '../db/open';
import { writeXlsxStreaming } from '../tests/support/spreadsheets';
import { formatMs } from './stats';

interface ChildResult {
  ms: number;
  maxRssMb: number;
  new: number;
  rejected: number;
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** The child is bundled like the shipped app (no tsx in the measured process), with the import's parser thread beside it. */
function bundleChild(): string {
  const entryPoints = { 'import-child': join(projectRoot, 'bench', 'import-child.ts'), 'import-parser': join(projectRoot, 'core', 'server', 'import', 'import-parser.ts') };
  buildSync({ entryPoints, bundle: true, platform: 'node', format: 'esm', packages: 'external', outdir: join(projectRoot, '.cache'), logLevel: 'warning' });
  return join(projectRoot, '.cache', 'import-child.js');
}

function importInChild(file: string, workspace: string): ChildResult {
  const output = execFileSync(process.execPath, [bundleChild(), file, workspace, '33.28'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as ChildResult;
}

function line(label: string, result: ChildResult, rows: number, targetMs: number, targetMb: number): void {
  console.log(
    `  ${label.padEnd(46)} ${formatMs(result.ms).padStart(10)}  (${rows.toLocaleString('id-ID')} baris, ${Math.round(rows / (result.ms / 1000)).toLocaleString('id-ID')} baris/dtk; ` +
      `target < ${formatMs(targetMs)}, rasio ${(result.ms / targetMs).toFixed(2)}; puncak RSS ${Math.round(result.maxRssMb)} MB, target < ${targetMb} MB; ditolak ${result.rejected})`,
  );
}

/** Issue 3 targets: a 1M-member csv and a 300k-family xlsx, each imported into a new workspace. */
export async function benchImport(dir: string, sourceWorkspace: string): Promise<void> {
  console.log('\n== Impor ==');
  const source = openDatabase(sourceWorkspace);
  const csv = join(dir, 'anggota-kabupaten.csv');
  const xlsx = join(dir, 'keluarga-kabupaten.xlsx');
  let started = performance.now();
  await writeLines(csv, csvLines(memberSheet(source)));
  const csvRows = Number(source.prepare('SELECT count(*) FROM members').pluck().get());
  console.log(`  (menulis CSV anggota: ${formatMs(performance.now() - started)}, ${(statSync(csv).size / 1e6).toFixed(0)} MB, ${memberSheet(source).header.length} kolom)`);
  started = performance.now();
  const families = familySheet(source);
  await writeXlsxStreaming(xlsx, 'Keluarga', [families.header, ...families.rows]);
  const xlsxRows = Number(source.prepare('SELECT count(*) FROM families').pluck().get());
  console.log(`  (menulis XLSX keluarga: ${formatMs(performance.now() - started)}, ${(statSync(xlsx).size / 1e6).toFixed(0)} MB, ${families.header.length} kolom)`);
  source.close();

  const csvResult = importInChild(csv, join(dir, 'impor-csv.verivali'));
  line('impor CSV anggota ke workspace baru', csvResult, csvRows, 20_000, 700);
  // The family file updates the families the member file created, as an office would load both.
  const xlsxResult = importInChild(xlsx, join(dir, 'impor-xlsx.verivali'));
  line('impor XLSX keluarga ke workspace baru', xlsxResult, xlsxRows, 45_000, 700);

  const sqlite = spawnSync('sqlite3', ['--version'], { encoding: 'utf8' });
  if (sqlite.status !== 0) {
    console.log('  (perbandingan dengan sqlite3 .import dilewati: perintah sqlite3 tidak terpasang; apt-get install sqlite3)');
    return;
  }
  started = performance.now();
  execFileSync('sqlite3', [join(dir, 'polos.sqlite'), '.mode csv', `.import ${csv} polos`], { encoding: 'utf8' });
  const bare = performance.now() - started;
  console.log(`  sqlite3 .import ke tabel polos (tanpa validasi)     ${formatMs(bare).padStart(10)}  (impor kita / sqlite3 = ${(csvResult.ms / bare).toFixed(2)}x; sasaran ≤ 3x)`);
}
