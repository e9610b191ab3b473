import { join } from 'node:path';
import { createClient } from '../core/contract';
import { createBackend } from '../core/server/backend';
import { createInProcessTransport } from '../core/server/transports/in-process';
import { openDatabase } from '../db/open';
import { appVersion, migrationsDir, regionsDir } from '../cli/paths';
import { nikDifference } from '../core/server/validation/similarity';
import { formatMs, report, timeRuns } from './stats';

/** Precision and recall of found pairs against planted ones (unordered member-id pairs). */
export function pairAccuracy(found: readonly (readonly [number, number, ...unknown[]])[], planted: readonly [number, number][]) {
  const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  const truth = new Set(planted.map(([a, b]) => key(a, b)));
  const hits = found.filter(([a, b]) => truth.has(key(a, b))).length;
  return { found: found.length, planted: truth.size, hits, precision: found.length ? hits / found.length : 1, recall: truth.size ? hits / truth.size : 1 };
}

/** Planted pairs of one person under two NIKs: near NIKs (duplicate_person), unrelated NIKs (reregistered_person). */
export const DUPLICATE_KINDS = ['duplicate_person', 'reregistered_person'] as const;

export function plantedDuplicatePairs(path: string): [number, number, (typeof DUPLICATE_KINDS)[number]][] {
  const db = openDatabase(path);
  try {
    return db.prepare(
      `SELECT member_id, other_member_id, kind FROM synthetic_defects WHERE kind IN ('duplicate_person', 'reregistered_person') AND other_member_id IS NOT NULL`,
    ).raw().all() as [number, number, (typeof DUPLICATE_KINDS)[number]][];
  } finally {
    db.close();
  }
}

/** Found pairs whose NIKs differ by a keyboard slip (the NIK path), the others (the name and birth date path). */
function splitByPath(path: string, found: readonly [number, number, number][]): { nik: [number, number, number][]; name: [number, number, number][] } {
  const db = openDatabase(path);
  try {
    const nikOf = db.prepare('SELECT nik FROM members WHERE id = ?').pluck();
    const nik: [number, number, number][] = [];
    const name: [number, number, number][] = [];
    for (const pair of found) (nikDifference(nikOf.get(pair[0]) as string, nikOf.get(pair[1]) as string) === 'typo' ? nik : name).push(pair);
    return { nik, name };
  } finally {
    db.close();
  }
}

/** Verification targets: full run < 10 s, re-check after one edit < 50 ms, duplicate precision/recall. */
export async function benchValidation(dir: string, path: string): Promise<void> {
  const planted = plantedDuplicatePairs(path);
  const pairsOf = (kind?: string) => planted.filter((p) => !kind || p[2] === kind).map(([a, b]): [number, number] => [a, b]);
  const backend = createBackend({ dataDir: join(dir, 'data'), migrationsDir, regionsDir, appVersion, validateOutput: false, actAsLocalAdmin: true });
  const api = createClient(createInProcessTransport(backend));
  try {
    const opened = await api.call('workspace.open', { path });
    console.log(`\n== Pemeriksaan data: ${opened.families.toLocaleString('id-ID')} keluarga, ${opened.members.toLocaleString('id-ID')} anggota ==`);
    const memoryBefore = process.memoryUsage().rss;
    const started = performance.now();
    const run = await api.call('validation.run', {});
    const wall = performance.now() - started;
    console.log(
      `  pemeriksaan penuh (termasuk kemungkinan ganda)   ${formatMs(wall).padStart(10)}  (target < 10 s, rasio ${(wall / 10_000).toFixed(2)}; ` +
        `${run.errors.toLocaleString('id-ID')} kesalahan, ${run.warnings.toLocaleString('id-ID')} peringatan, RSS +${Math.round((process.memoryUsage().rss - memoryBefore) / 1e6)} MB)`,
    );
    // Precision per path (a found pair is right when it is planted, of either kind); recall per planted kind.
    await api.call('workspace.close', {});
    const byPath = splitByPath(path, run.duplicates);
    await api.call('workspace.open', { path });
    const lines: [string, ReturnType<typeof pairAccuracy>, ReturnType<typeof pairAccuracy>][] = [
      ['NIK beda satu digit (duplicate_person)', pairAccuracy(byPath.nik, pairsOf()), pairAccuracy(run.duplicates, pairsOf('duplicate_person'))],
      ['NIK lain, nama+tgl lahir (reregistered_person)', pairAccuracy(byPath.name, pairsOf()), pairAccuracy(run.duplicates, pairsOf('reregistered_person'))],
      ['gabungan', pairAccuracy(run.duplicates, pairsOf()), pairAccuracy(run.duplicates, pairsOf())],
    ];
    for (const [label, precision, recall] of lines) {
      console.log(
        `  kemungkinan-ganda: ${label.padEnd(47)} presisi ${precision.precision.toFixed(3)}  recall ${recall.recall.toFixed(3)}  ` +
          `(target ≥ 0.90 / ≥ 0.95; ${recall.hits}/${recall.planted} tertanam ditemukan, ${precision.found} pasangan dilaporkan)`,
      );
    }
    for (const rule of ['nik-ganda', 'orang-di-dua-kk', 'kemungkinan-ganda']) {
      const counts = run.rules[rule];
      if (counts) console.log(`    ${rule.padEnd(20)} ${counts.errors} kesalahan, ${counts.warnings} peringatan`);
    }

    const { rows } = await api.call('families.list', { startRow: 0, endRow: 200, findingSeverity: 'any' });
    const members = (await Promise.all(rows.slice(0, 50).map((f) => api.call('families.get', { id: f.id })))).flatMap((f) => f.members);
    report('suntingan sel + pemeriksaan ulang keluarga', await timeRuns(300, async (run) => {
      // Every run changes a value: a name edit, then its undo on the same member.
      const member = members[Math.floor(run / 2) % members.length];
      if (member) await api.call('records.update', { entity: 'member', id: member.id, field: 'nama', value: run % 2 ? member.name : `${member.name} A` });
    }), 50);
    const birth = members.find((m) => m.birthDate);
    if (birth) {
      report('ubah tanggal lahir + cek ganda (blok baru)', await timeRuns(100, async (run) => {
        await api.call('records.update', { entity: 'member', id: birth.id, field: 'tanggalLahir', value: run % 2 ? birth.birthDate : '1980-01-01' });
      }), 50);
    }
    await api.call('workspace.close', {});
  } finally {
    backend.close();
  }
}
