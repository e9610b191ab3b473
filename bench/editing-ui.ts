import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { rendererDir } from '../cli/paths';
import { startWebServer } from '../cli/web-server';
import { formatMs, summarize } from './stats';

const CHROMIUM = '/usr/bin/chromium';
/** The bench workspace's administrator (set on its first opening in the UI). */
const BENCH_PASSWORD = 'bench-admin-1';
const firstCell = (view: string, col: string) => `.data-grid[data-view="${view}"] .ag-row[row-index="0"] .ag-cell[col-id="${col}"]`;

/**
 * Milliseconds from an action until the first Anggota row shows a NIK and the row count is not
 * `staleCount` (polled every animation frame; a function, as the app's CSP forbids string eval).
 */
async function timeUntilPainted(page: Page, action: () => Promise<unknown>, staleCount: string | null): Promise<number> {
  const started = performance.now();
  await action();
  await page.waitForFunction(
    ([selector, stale]) => {
      // Runs in the page; this file is type-checked without the DOM library.
      const { document } = globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } };
      const count = document.querySelector('.row-count')?.textContent ?? '';
      const nik = document.querySelector(selector)?.textContent ?? '';
      return nik.length === 16 && count !== stale && !/Memuat/.test(count);
    },
    [firstCell('anggota', 'nik'), staleCount] as const,
    { polling: 'raf', timeout: 60_000 },
  );
  return performance.now() - started;
}

/** First opening: set the administrator's password; later openings: log in with it. */
async function logIn(page: Page): Promise<void> {
  const setup = page.getByRole('region', { name: 'Buat kata sandi administrator' });
  const login = page.getByRole('region', { name: 'Masuk' });
  await setup.or(login).first().waitFor({ timeout: 60_000 });
  if (await setup.isVisible()) {
    await setup.getByLabel('Kata sandi', { exact: true }).fill(BENCH_PASSWORD);
    await setup.getByLabel('Ulangi kata sandi').fill(BENCH_PASSWORD);
    await setup.getByRole('button', { name: 'Simpan administrator' }).click();
  }
  await login.getByLabel('Nama pengguna').fill('admin');
  await login.getByLabel('Kata sandi').fill(BENCH_PASSWORD);
  await login.getByRole('button', { name: 'Masuk' }).click();
}

/** Issue 5, measured in Chromium over the real web server: open the Anggota view, change a filter. */
export async function benchEditingUi(dir: string, path: string): Promise<void> {
  if (!existsSync(CHROMIUM) || !existsSync(join(rendererDir, 'index.html'))) {
    console.log(`\n== Antarmuka di Chromium: dilewati (${CHROMIUM} atau out/renderer tidak ada; jalankan "npm run build:web") ==`);
    return;
  }
  console.log('\n== Antarmuka di Chromium (server web + data worker, 1440×900) ==');
  const server = await startWebServer({ dataDir: join(dir, 'data-ui'), staticDir: rendererDir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.getByLabel('Lokasi file workspace').fill(path);
    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    await logIn(page);
    await page.locator(firstCell('keluarga', 'noKk')).filter({ hasText: /\d{16}/ }).waitFor({ timeout: 60_000 });

    const openMembers: number[] = [];
    for (let run = 0; run < 6; run++) {
      openMembers.push(await timeUntilPainted(page, () => page.getByRole('tab', { name: 'Anggota', exact: true }).click(), null));
      await page.getByRole('tab', { name: 'Keluarga', exact: true }).click();
      await page.locator(firstCell('keluarga', 'noKk')).filter({ hasText: /\d{16}/ }).waitFor();
    }
    await page.getByRole('tab', { name: 'Anggota', exact: true }).click();
    await page.locator(firstCell('anggota', 'nik')).filter({ hasText: /\d{16}/ }).waitFor();

    const kecamatan = page.getByRole('combobox', { name: 'Kecamatan', exact: true });
    const options = (await kecamatan.locator('option').allTextContents()).slice(1);
    const filterChanges: number[] = [];
    for (let run = 0; run < Math.min(8, options.length); run++) {
      const before = await page.locator('.row-count').textContent();
      filterChanges.push(await timeUntilPainted(page, () => kecamatan.selectOption({ label: options[run]! }), before));
    }
    const line = (label: string, samples: number[]) => {
      const t = summarize(samples);
      console.log(`  ${label.padEnd(46)} median ${formatMs(t.median).padStart(10)}  p95 ${formatMs(t.p95).padStart(10)}  (n=${t.runs})`);
    };
    line('buka tampilan Anggota → baris pertama tampil', openMembers);
    line('ganti filter kecamatan → baris tampil ulang', filterChanges);
  } finally {
    await browser.close();
    await server.close();
  }
}
