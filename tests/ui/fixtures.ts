import { test as base, expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rendererDir } from '../../cli/paths';
import { startWebServer } from '../../cli/web-server';

if (!existsSync(join(rendererDir, 'index.html'))) {
  throw new Error(`${join(rendererDir, 'index.html')} is missing: run "npm run build:web" before the UI tests.`);
}

/** Enough families for several 100-row blocks and several desa, small enough to generate in a second. */
const DEMO_FAMILIES = 600;

interface UiFixtures {
  /** The loopback server of this test; its temp data folder and database outlive page reloads. */
  server: { url: string };
}

export const test = base.extend<UiFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern.
  server: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'verivali-ui-'));
    const server = await startWebServer({ dataDir, staticDir: rendererDir, demoFamilies: DEMO_FAMILIES });
    try {
      await use({ url: server.url });
    } finally {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  page: async ({ page, server }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await page.goto(server.url);
    await use(page);
    // Console errors include CSP violations (e.g. a string expression needing eval) and AG Grid's missing-module errors.
    expect(problems, 'browser console errors/warnings').toEqual([]);
  },
});

export { expect };

/**
 * A new workspace asks for its administrator's password first (accounts): set one and log in.
 * The demo workspace opens as its administrator and needs no login.
 */
export async function setUpAdministrator(page: Page): Promise<void> {
  const setup = page.getByRole('region', { name: 'Buat kata sandi administrator' });
  await setup.getByLabel('Kata sandi', { exact: true }).fill('rahasia-admin-1');
  await setup.getByLabel('Ulangi kata sandi').fill('rahasia-admin-1');
  await setup.getByRole('button', { name: 'Simpan administrator' }).click();
  const login = page.getByRole('region', { name: 'Masuk' });
  await login.getByLabel('Nama pengguna').fill('admin');
  await login.getByLabel('Kata sandi').fill('rahasia-admin-1');
  await login.getByRole('button', { name: 'Masuk' }).click();
}

/** Opens the demo workspace from the start screen and waits for the first block of families. */
export async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Buka workspace demo' }).click();
  await expect(familyCell(page, 0, 'noKk')).toHaveText(/^\d{16}$/, { timeout: 60_000 });
}

/** One cell by row index: AG Grid renders only the visible rows, and not necessarily in DOM order. */
export function familyCell(page: Page, rowIndex: number, colId: string) {
  return page.locator(`.data-grid .ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`);
}

/** A cell of the Anggota view (the same grid element, showing members). */
export function memberCell(page: Page, rowIndex: number, colId: string) {
  return page.locator(`.data-grid[data-view="anggota"] .ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`);
}

/** The texts of one column over the rendered rows, in row order. */
export function familyColumnTexts(page: Page, colId: string): Promise<string[]> {
  return page.locator('.data-grid .ag-row[row-index]').evaluateAll(
    (rows, id) =>
      rows
        .map((row) => ({ index: Number(row.getAttribute('row-index')), text: row.querySelector(`[col-id="${id}"]`)?.textContent ?? '' }))
        .sort((a, b) => a.index - b.index)
        .map((row) => row.text),
    colId,
  );
}
