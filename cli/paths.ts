import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where things live when the app runs from a source checkout (command line, web, tests, bench). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const migrationsDir = join(projectRoot, 'db', 'migrations');
export const regionsDir = join(projectRoot, 'node_modules', 'idn-area-data', 'data');
export const rendererDir = join(projectRoot, 'out', 'renderer');
export const dataWorkerFile = join(projectRoot, 'electron', 'worker', 'data-worker.ts');

export const appVersion = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** The same folder Electron's app.getPath('userData') uses, unless VERIVALI_DATA_DIR says otherwise. */
export function defaultDataDir(): string {
  if (process.env.VERIVALI_DATA_DIR) return resolve(process.env.VERIVALI_DATA_DIR);
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Verivali Desktop');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Verivali Desktop');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Verivali Desktop');
}
