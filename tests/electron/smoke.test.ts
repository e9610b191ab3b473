import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerivaliApi } from '../../electron/preload/api-types';

// Opt-in smoke test of the real shell (`npm run test:electron`, which builds first). It needs the
// Electron binary, which cannot be downloaded on every machine: without it the suite is skipped.

const root = resolve(import.meta.dirname, '..', '..');

/**
 * Finds the binary the way node_modules/electron does, but without `require('electron')`: that
 * call starts a download when the binary is missing.
 */
function findElectronBinary(): string | null {
  const pkgDir = join(root, 'node_modules', 'electron');
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative || 'electron') : relative ? join(pkgDir, 'dist', relative) : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

const binary = findElectronBinary();
if (!binary) {
  console.warn(
    '[tests/electron] SKIPPED: no Electron binary (node_modules/electron/dist is missing; it cannot be ' +
      'downloaded on this machine). Run `npm run test:electron` where Electron is installed.',
  );
}

type RendererGlobals = {
  api: VerivaliApi;
  document: { title: string };
  location: { href: string };
  open(url: string): unknown;
  require?: unknown;
  process?: unknown;
  fetch(url: string): Promise<{ headers: { get(name: string): string | null } }>;
};

describe.skipIf(!binary)('Electron shell (smoke)', () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    expect(existsSync(join(root, 'out/main/index.js')), 'run `electron-vite build` first').toBe(true);
    userData = mkdtempSync(join(tmpdir(), 'verivali-electron-'));
    app = await _electron.launch({
      executablePath: binary as string,
      args: [root],
      cwd: root,
      env: { ...(process.env as Record<string, string>), VERIVALI_TEST: '1', VERIVALI_USER_DATA_DIR: userData },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  it('loads the renderer from app://verivali', async () => {
    const href = await page.evaluate(() => (globalThis as unknown as RendererGlobals).location.href);
    expect(href.startsWith('app://verivali/')).toBe(true);
  });

  it('shows a window whose title follows the document title', async () => {
    await expect.poll(() => page.title()).toMatch(/Verivali/);
    const documentTitle = await page.title();
    const windowTitle = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
    expect(windowTitle).toBe(documentTitle);
  });

  it('exposes only window.api, no Node', async () => {
    const shape = await page.evaluate(() => {
      const g = globalThis as unknown as RendererGlobals;
      return { api: Object.keys(g.api).sort(), require: typeof g.require, process: typeof g.process };
    });
    expect(shape).toEqual({
      api: ['call', 'pickFileToImport', 'pickSavePath', 'pickWorkspaceToOpen', 'pickWorkspaceToSave', 'subscribe'],
      require: 'undefined',
      process: 'undefined',
    });
  });

  it('reaches the data worker through the rpc bridge', async () => {
    const result = await page.evaluate(() => (globalThis as unknown as RendererGlobals).api.call('app.info', {}));
    expect(result.ok).toBe(true);
    const invalid = await page.evaluate(() => (globalThis as unknown as RendererGlobals).api.call('no.such.method', {}));
    expect(invalid.ok).toBe(false);
  });

  it('serves pages with the strict CSP', async () => {
    const csp = await page.evaluate(async () => {
      const response = await (globalThis as unknown as RendererGlobals).fetch('app://verivali/index.html');
      return response.headers.get('content-security-policy');
    });
    expect(csp).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-src blob:",
    );
  });

  it('refuses new windows and navigation away from the app', async () => {
    await page.evaluate(() => (globalThis as unknown as RendererGlobals).open('https://example.com/'));
    await page.evaluate(() => {
      (globalThis as unknown as RendererGlobals).location.href = 'https://example.com/';
    });
    await new Promise((done) => setTimeout(done, 500));
    expect(app.windows()).toHaveLength(1);
    expect(page.url().startsWith('app://verivali/')).toBe(true);
  });
});
