import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../cli/paths';
import type { ValidationRunResult } from '../../core/contract';
import { duplicateScore, jaroWinkler, nikDifference, normaliseName } from '../../core/server/validation/similarity';
import { DUPLICATE_KINDS, pairAccuracy, plantedDuplicatePairs } from '../../bench/validation';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';

describe('name normalisation and similarity', () => {
  it('drops titles and gelar, folds old spellings, Muhammad variants and doubled letters', () => {
    expect(normaliseName('H. Soekardi, S.Pd')).toBe(normaliseName('Sukardi'));
    expect(normaliseName('Hj. Siti Djoeariah')).toBe(normaliseName('Sitti Juariah'));
    expect(normaliseName('Moh. Tjahjono')).toBe(normaliseName('Muhammad Cahyono'));
    expect(normaliseName('M. Rizki')).toBe(normaliseName('Muhamad Rizki'));
    expect(normaliseName("Ma'ruf  ")).toBe('maruf');
    expect(normaliseName('Drs. Ir. Bambang')).toBe('bambang');
  });

  it('Jaro–Winkler gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('tells a keyboard slip in the NIK from the next serial of a namesake', () => {
    expect(nikDifference('3328010507780002', '3328010507780020')).toBe('typo');
    expect(nikDifference('3328010507780002', '3328010507781002')).toBe('typo');
    expect(nikDifference('3328010507780002', '3328010507780003')).toBe('sequential');
    expect(nikDifference('3328010507780002', '3328040507780002')).toBe('near');
    expect(nikDifference('3328010507780002', '3328010507789912')).toBe('far');
    const person = (id: number, nik: string, name: string) => ({ id, familyId: id, nik, name, sex: 1 });
    expect(duplicateScore(person(1, '3328010507780002', 'H. Slamet Riyadi'), person(2, '3328010507780020', 'Slamet Riyadi'))).toBeGreaterThan(0.9);
    expect(duplicateScore(person(1, '3328010507780002', 'Slamet Riyadi'), person(2, '3328010507780003', 'Slamet Riyadi'))).toBe(0);
    expect(duplicateScore(person(1, '3328010507780002', 'Slamet Riyadi'), person(2, '3328010507780020', 'Bambang Sutejo'))).toBe(0);
  });
});

describe('probable duplicates on a synthetic district', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let t: TestBackend;
  let path: string;
  let run: ValidationRunResult;

  beforeAll(async () => {
    temp = makeTempDir();
    t = startTestBackend(join(temp.dir, 'data'), 2000);
    path = (await t.api.call('workspace.openDemo', {})).path;
    await t.api.call('workspace.close', {});
    await t.api.call('workspace.open', { path });
    run = await t.api.call('validation.run', {});
  }, 120_000);

  afterAll(() => {
    t.close();
    temp.cleanup();
  });

  it('finds the planted pairs of both kinds (near NIK, unrelated NIK) with high precision and recall', async () => {
    await t.api.call('workspace.close', {});
    const planted = plantedDuplicatePairs(path);
    await t.api.call('workspace.open', { path });
    for (const kind of DUPLICATE_KINDS) {
      const pairs = planted.filter((p) => p[2] === kind).map(([a, b]): [number, number] => [a, b]);
      expect(pairs.length).toBeGreaterThan(3);
      expect(pairAccuracy(run.duplicates, pairs).recall).toBeGreaterThanOrEqual(0.95);
    }
    const accuracy = pairAccuracy(run.duplicates, planted.map(([a, b]): [number, number] => [a, b]));
    expect(accuracy.recall).toBeGreaterThanOrEqual(0.95);
    expect(accuracy.precision).toBeGreaterThanOrEqual(0.9);
    for (const [, , score] of run.duplicates) {
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('lists the pairs side by side and re-checks a pair after a NIK edit', async () => {
    const { rows, rowCount } = await t.api.call('validation.duplicates', { startRow: 0, endRow: 5000 });
    expect(rowCount).toBe(run.duplicates.length);
    const pair = rows.find((r) => /NIK hanya beda/.test(r.reason))!;
    expect(pair.a.nik).not.toBe(pair.b.nik);
    expect(pair.reason).toMatch(/NIK/);
    expect(pair.a.noKk).toMatch(/^\d{16}$/);

    const member = (await t.api.call('families.get', { id: pair.b.familyId })).members.find((m) => m.id === pair.b.id)!;
    const farNik = `${member.nik.slice(0, 12)}${member.nik.slice(12) === '9876' ? '9875' : '9876'}`;
    await t.api.call('records.update', { entity: 'member', id: member.id, field: 'nik', value: farNik });
    // Still the same name, birth date, birth place and mother: now reported by the name and birth date path.
    const after = await t.api.call('validation.duplicates', { startRow: 0, endRow: 5000 });
    expect(after.rowCount).toBe(rowCount);
    const again = after.rows.find((r) => r.a.id === pair.a.id && r.b.id === pair.b.id)!;
    expect(again.reason).toMatch(/NIK berbeda/);
    // The re-check counts the namesakes through the name and birth-date indexes: the same score as a full run.
    const full = await t.api.call('validation.run', {});
    expect(full.duplicates.find(([a, b]) => a === pair.a.id && b === pair.b.id)?.[2]).toBe(again.score);
    await t.api.call('records.update', { entity: 'member', id: member.id, field: 'tempatLahir', value: 'Kota Lain' });
    const apart = await t.api.call('validation.duplicates', { startRow: 0, endRow: 5000 });
    expect(apart.rowCount).toBe(rowCount - 1);
    expect(apart.rows.some((r) => r.a.id === pair.a.id && r.b.id === pair.b.id)).toBe(false);
    await t.api.call('records.update', { entity: 'member', id: member.id, field: 'tempatLahir', value: member.birthPlace });
    await t.api.call('records.update', { entity: 'member', id: member.id, field: 'nik', value: member.nik });
    expect((await t.api.call('validation.duplicates', { startRow: 0, endRow: 5000 })).rowCount).toBe(rowCount);
  });

  it('duplicate NIKs: nik-ganda findings point at each other and vanish when the NIK is corrected', async () => {
    const { rows } = await t.api.call('validation.findings', { ruleId: 'nik-ganda', endRow: 1000 });
    const finding = rows.find((f) => f.relatedId !== null)!;
    const other = rows.find((f) => f.entityId === finding.relatedId);
    expect(other).toBeDefined();
    const member = (await t.api.call('families.get', { id: finding.familyId })).members.find((m) => m.id === finding.entityId)!;
    await t.api.call('records.update', { entity: 'member', id: member.id, field: 'nik', value: `${member.nik.slice(0, 12)}8765` });
    const after = await t.api.call('validation.findings', { ruleId: 'nik-ganda', endRow: 1000 });
    expect(after.rows.some((f) => f.entityId === finding.entityId || f.entityId === finding.relatedId)).toBe(false);
  });
});

describe('npm run cli -- validate', () => {
  it('prints one JSON object with counts per rule and the duplicate pairs', () => {
    const temp = makeTempDir();
    try {
      const env = { ...process.env, VERIVALI_DATA_DIR: join(temp.dir, 'data') };
      const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'cli/main.ts'), ...args], { encoding: 'utf8', env });
      const workspace = join(temp.dir, 'tegal.verivali');
      expect(cli('demo-data', '--workspace', workspace, '--kabupaten', '33.28', '--families', '400', '--seed', '3').status).toBe(0);
      const result = cli('validate', '--workspace', workspace, '--json');
      expect(result.status).toBe(0);
      expect(result.stdout.trim().split('\n')).toHaveLength(1);
      const parsed = JSON.parse(result.stdout) as { rules: Record<string, { errors: number; warnings: number }>; duplicates: [number, number, number][] };
      expect(Object.keys(parsed).sort()).toEqual(['duplicates', 'rules']);
      expect(parsed.rules['nik-ganda']).toEqual({ errors: expect.any(Number), warnings: 0 });
      expect(parsed.rules['kemungkinan-ganda']!.warnings).toBe(parsed.duplicates.length * 2);
      for (const pair of parsed.duplicates) expect(pair).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
    } finally {
      temp.cleanup();
    }
  }, 60_000);
});

describe('validation.run as a job', () => {
  it('reports progress and can be cancelled, leaving the previous results', async () => {
    const temp = makeTempDir();
    const t = startTestBackend(join(temp.dir, 'data'), 12_000);
    try {
      await t.api.call('workspace.openDemo', {});
      const progress: number[] = [];
      const stop = t.api.on('job.progress', (event) => progress.push(event.done));
      const first = await t.api.call('validation.run', {});
      expect(progress).toContain(10_000);
      const running = t.api.call('validation.run', {}).catch((error: unknown) => error);
      expect(await t.api.call('jobs.cancel', {})).toEqual({ cancelled: true });
      expect(await running).toMatchObject({ code: 'CANCELLED' });
      stop();
      const summary = await t.api.call('validation.summary', {});
      expect(summary.errors).toBe(first.errors);
    } finally {
      t.close();
      temp.cleanup();
    }
  }, 120_000);
});
