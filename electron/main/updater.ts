import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, net } from 'electron';
import { logTechnical } from './log';

/**
 * Update checks against a generic (static file) server. The URL comes from VERIVALI_UPDATE_URL or
 * `updateUrl` in `<userData>/settings.json`, so each office can point at its own mirror; without a
 * URL there is no check. Nothing here may throw into the app.
 */

const CHECK_DELAY_MS = 10_000;

export function updaterDisabledReason(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  if (!isPackaged) return 'not packaged';
  if (env.CI) return 'CI';
  if (env.VERIVALI_TEST) return 'test run';
  // electron-updater cannot replace a portable .exe.
  if (env.PORTABLE_EXECUTABLE_DIR) return 'portable build';
  return null;
}

export function validUpdateUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

async function readUpdateUrl(): Promise<string | null> {
  const fromEnv = validUpdateUrl(process.env.VERIVALI_UPDATE_URL);
  if (fromEnv) return fromEnv;
  try {
    const settings = JSON.parse(await readFile(join(app.getPath('userData'), 'settings.json'), 'utf8')) as unknown;
    return validUpdateUrl((settings as { updateUrl?: unknown } | null)?.updateUrl);
  } catch {
    return null;
  }
}

async function checkOnce(): Promise<void> {
  const reason = updaterDisabledReason(process.env, app.isPackaged);
  if (reason) return;
  const url = await readUpdateUrl();
  if (!url || !net.isOnline()) return;
  // Loaded lazily: unpackaged runs and tests never load electron-updater at all.
  const { default: updater } = await import('electron-updater');
  const autoUpdater = updater.autoUpdater;
  autoUpdater.logger = null;
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.setFeedURL({ provider: 'generic', url });
  autoUpdater.on('error', (error) => logTechnical('updater', 'update check failed', error));
  autoUpdater.on('update-available', (info) => logTechnical('updater', `update available: ${info.version}`));
  await autoUpdater.checkForUpdates();
}

export function scheduleUpdateCheck(): void {
  const timer = setTimeout(() => {
    checkOnce().catch((error: unknown) => logTechnical('updater', 'update check failed', error));
  }, CHECK_DELAY_MS);
  timer.unref();
}
