/*
 * Compares xlsx readers on a DTKS-like family register (one row per family, 60 columns, IDs as shared or
 * inline strings). Every measurement runs in its own child process so peak RSS (getrusage maxrss) is isolated.
 * Usage: npx tsx bench/xlsx-readers.ts [--families 300000] [--small 30000] [--sheetjs-large] [--keep]
 * SheetJS reads the whole workbook into memory, so by default it runs on the small file only and its large-file
 * figures are extrapolated linearly (and labelled so).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Result = { rows: number; cells: number; seconds: number; peakRssMb: number; note?: string };

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

function familyRow(i: number, inlineIds: boolean): (string | number | { inline: string })[] {
  const id = (prefix: number) => String(prefix * 1e12 + 10_000_000 + i);
  const ids = [id(3328), id(3328), id(3328)].map((v) => (inlineIds ? { inline: v } : v));
  const row: (string | number | { inline: string })[] = [...ids, `NAMA KEPALA ${i % 20_000}`, `DUSUN ${i % 60}`, i % 20, i % 12, `33280${String(10 + (i % 290)).padStart(5, '0')}`, 1 + (i % 10)];
  for (let c = row.length; c < 60; c++) row.push(c % 9 === 0 ? (i % 3 ? 'YA' : 'TIDAK') : (i * 31 + c * 7) % 6);
  return row;
}

function* familyRows(n: number, inlineIds: boolean) {
  yield Array.from({ length: 60 }, (_, c) => ['ID_KELUARGA', 'NO_KK', 'NIK_KEPALA', 'NAMA', 'ALAMAT', 'RT', 'RW', 'KODE_WILAYAH', 'DESIL'][c] ?? `INDIKATOR_${c}`);
  for (let i = 0; i < n; i++) yield familyRow(i, inlineIds);
}

async function child(kind: string, path: string, extra: string): Promise<Result> {
  const started = performance.now();
  let rows = 0;
  let cells = 0;
  let note: string | undefined;
  if (kind === 'write') {
    const { writeXlsxStreaming } = await import('../tests/support/spreadsheets');
    await writeXlsxStreaming(path, 'Keluarga', familyRows(Number(extra), path.includes('inline')), true);
    rows = Number(extra) + 1;
  } else if (kind === 'verivali' || kind === 'verivali-merges') {
    const { openTable } = await import('../core/server/import/readers');
    const table = await openTable(path);
    const sheet = table.sheets[0]!.name;
    if (kind === 'verivali-merges') note = `${(await table.mergedCells(sheet)).length} merged ranges`;
    else {
      for await (const row of table.rows(sheet)) {
        rows++;
        for (const c of row.cells) if (c) cells++;
      }
    }
    await table.close();
  } else if (kind === 'exceljs') {
    const { default: ExcelJS } = await import('exceljs');
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        rows++;
        cells += row.actualCellCount;
      }
    }
  } else if (kind === 'baseline') {
    await import('@e965/xlsx');
    note = 'node + tsx + SheetJS loaded, nothing read';
  } else if (kind === 'sheetjs') {
    const XLSX = await import('@e965/xlsx');
    const workbook = XLSX.read(readFileSync(path), { type: 'buffer', dense: true, cellNF: true });
    const sheet = workbook.Sheets[workbook.SheetNames[0]!];
    // SheetJS turns each part into one JS string; past V8's ~512 MB string limit it drops the sheet silently.
    if (!sheet) note = 'SHEET SILENTLY DROPPED by SheetJS (sheet XML longer than the V8 string limit)';
    const data = sheet?.['!data'] ?? [];
    for (const row of data) {
      if (!row) continue;
      rows++;
      cells += row.filter(Boolean).length;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { rows, cells, seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), note };
}

function measure(kind: string, path: string, extra = ''): Result | undefined {
  const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', kind, path, extra], { encoding: 'utf8', timeout: 30 * 60_000, maxBuffer: 1 << 20 });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) {
    console.log(`  ${kind}: failed (${run.signal ?? run.status}) ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return undefined;
  }
  return JSON.parse(line) as Result;
}

const fmt = (r: Result, label: string) =>
  `  ${label.padEnd(34)} ${String(r.rows).padStart(8)} rows  ${r.seconds.toFixed(1).padStart(6)} s  ${Math.round(r.rows / r.seconds)
    .toString()
    .padStart(7)} rows/s  peak RSS ${String(r.peakRssMb).padStart(5)} MB${r.note ? `  (${r.note})` : ''}`;

async function main() {
  const families = option('--families', 300_000);
  const small = option('--small', 30_000);
  const dir = join(tmpdir(), 'verivali-bench-xlsx');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(`xlsx reader comparison — Node ${process.version}, ${new Date().toISOString()}, ${families} / ${small} families x 60 columns`);

  const files = { large: join(dir, `families-${families}.xlsx`), small: join(dir, `families-${small}.xlsx`), inline: join(dir, `families-${small}-inline.xlsx`) };
  console.log('writer (exceljs streaming WorkbookWriter):');
  for (const [path, n] of [[files.large, families], [files.small, small], [files.inline, small]] as const) {
    const r = measure('write', path, String(n));
    if (r) console.log(fmt(r, `write ${path.replace(/^.*\//, '')}`) + `  ${(statSync(path).size / 1e6).toFixed(1)} MB`);
  }

  const results = new Map<string, Result>();
  const run = (kind: string, key: 'large' | 'small' | 'inline') => {
    const r = measure(kind, files[key]);
    if (r) {
      results.set(`${kind}:${key}`, r);
      console.log(fmt(r, `${kind} ${key}`));
    }
  };
  console.log('readers (all rows of the first sheet):');
  for (const key of ['small', 'inline', 'large'] as const) for (const kind of ['verivali', 'exceljs']) run(kind, key);
  run('verivali-merges', 'large');
  run('sheetjs', 'small');
  run('sheetjs', 'inline');
  if (args.includes('--sheetjs-large')) run('sheetjs', 'large');
  else {
    const s = results.get('sheetjs:small');
    const base = measure('baseline', files.small);
    const factor = families / small;
    if (s && base) {
      const rss = base.peakRssMb + (s.peakRssMb - base.peakRssMb) * factor;
      console.log(`  sheetjs large: NOT RUN, extrapolated linearly from the small file (x${factor}, above a ${base.peakRssMb} MB baseline): ~${(s.seconds * factor).toFixed(0)} s, peak RSS ~${Math.round(rss)} MB`);
      console.log('    (if the sheet XML exceeds V8\'s ~512 MB string limit SheetJS cannot read it at all; --sheetjs-large checks)');
    }
  }
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}

if (args[0] === '--child') {
  const result = await child(args[1]!, args[2]!, args[3] ?? '');
  console.log(JSON.stringify(result));
} else {
  await main();
}
