import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { memberRows } from '../support/import-files';
import { writeCsv } from '../support/spreadsheets';
import { makeTempDir } from '../support/temp';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const cli = (...args: string[]) => runCli(temp.dir, ...args);

describe('npm run cli', () => {
  it('demo-data creates a synthetic workspace and info reports it as JSON', () => {
    const workspace = join(temp.dir, 'tegal.verivali');
    const made = cli('demo-data', '--workspace', workspace, '--kabupaten', '33.28', '--families', '250', '--seed', '7');
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/250 keluarga/);

    const info = cli('info', '--workspace', workspace, '--json');
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.stdout) as Record<string, unknown>;
    expect(parsed).toMatchObject({ families: 250, kabupatenCode: '33.28', schemaVersion: expect.any(Number) });
    expect(parsed.members).toBeGreaterThan(500);
    expect(info.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 with an Indonesian message on a user error', () => {
    const text = join(temp.dir, 'bukan.verivali');
    writeFileSync(text, 'halo');
    const result = cli('info', '--workspace', text, '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bukan workspace Verivali/);
    expect(result.stdout).toBe('');
    const unknownKab = cli('demo-data', '--workspace', join(temp.dir, 'x.verivali'), '--kabupaten', '99.99', '--families', '5');
    expect(unknownKab.code).toBe(1);
    expect(unknownKab.stderr).toMatch(/tidak ada dalam referensi wilayah/);
  });

  it('import creates the workspace, prints one JSON object, and refuses a file with a bad row (exit 1)', () => {
    const workspace = join(temp.dir, 'impor.verivali');
    const rows = memberRows();
    writeCsv(join(temp.dir, 'baik.csv'), rows);
    const ok = cli('import', join(temp.dir, 'baik.csv'), '--workspace', workspace, '--kabupaten', '33.28', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ new: 3, updated: 0, unchanged: 0, rejected: 0, errors: [] });

    rows[2]![2] = '3.32801E+15';
    rows[3]![11] = 'Alamat baru';
    writeCsv(join(temp.dir, 'buruk.csv'), rows);
    const refused = cli('import', join(temp.dir, 'buruk.csv'), '--workspace', workspace, '--json');
    expect(refused.code).toBe(1);
    const result = JSON.parse(refused.stdout) as { rejected: number; updated: number; errors: { sheet: string; row: number; column: string; value: string; message: string }[] };
    expect(result).toMatchObject({ rejected: 1, errors: [{ sheet: 'CSV', row: 3, column: 'C (NIK)', value: '3.32801E+15', message: expect.stringMatching(/Excel/) }] });
    expect(JSON.parse(cli('info', '--workspace', workspace, '--json').stdout)).toMatchObject({ families: 2, members: 3 });

    const skipped = cli('import', join(temp.dir, 'buruk.csv'), '--workspace', workspace, '--skip-errors', '--json');
    expect(skipped.code).toBe(0);
    expect(JSON.parse(skipped.stdout)).toMatchObject({ rejected: 1, updated: 1, unchanged: 1 });

    writeCsv(join(temp.dir, 'padanan.csv'), [['Kode Kemendagri', 'Kode BPS'], ['33.28.01.2001', '3328010002']]);
    const crosswalk = cli('regions-bps', join(temp.dir, 'padanan.csv'), '--workspace', workspace, '--json');
    expect(crosswalk.code).toBe(0);
    expect(JSON.parse(crosswalk.stdout)).toEqual({ updated: 1, problems: [] });
  });

  it('exits 2 on bad usage and prints the usage', () => {
    for (const args of [[], ['terbang'], ['info'], ['import'], ['import', 'a.csv', '--workspace', join(temp.dir, 'baru.verivali')], ['demo-data', '--workspace', 'a', '--kabupaten', '33.28', '--families', 'banyak'], ['info', '--workspace', 'a', '--warna']]) {
      const result = cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/Penggunaan: npm run cli/);
    }
  });
});
