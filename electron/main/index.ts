import { join } from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { spawnDataWorker, type DataWorkerHandle } from '../worker/spawn';
import { denyAllPermissions, installContentsGuards } from './guards';
import { logTechnical } from './log';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { installRpcBridge } from './rpc-bridge';
import { APP_ENTRY_URL } from './security';
import { scheduleUpdateCheck } from './updater';
import { createMainWindow } from './window';

// Built layout: out/main/{index,data-worker}.js, out/preload/index.cjs, out/renderer/.
const here = import.meta.dirname;
const WORKER_FILE = join(here, 'data-worker.js');
const PRELOAD_FILE = join(here, '..', 'preload', 'index.cjs');
const RENDERER_DIR = join(here, '..', 'renderer');

// ESM entry: everything before the first `await` runs before `ready`; these calls must be there.
registerAppScheme();
installContentsGuards();
app.enableSandbox();
// Test runs (tests/electron) get a throw-away profile; never honoured outside VERIVALI_TEST.
if (process.env.VERIVALI_TEST && process.env.VERIVALI_USER_DATA_DIR) app.setPath('userData', process.env.VERIVALI_USER_DATA_DIR);

let mainWindow: BrowserWindow | null = null;
let worker: DataWorkerHandle | null = null;

function resourceDirs(): { migrationsDir: string; regionsDir: string } {
  if (app.isPackaged) {
    return { migrationsDir: join(process.resourcesPath, 'migrations'), regionsDir: join(process.resourcesPath, 'regions') };
  }
  const root = app.getAppPath();
  return {
    migrationsDir: join(root, 'db', 'migrations'),
    regionsDir: join(root, 'node_modules', 'idn-area-data', 'data'),
  };
}

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  serveAppProtocol(RENDERER_DIR);

  const dataDir = app.getPath('userData');
  worker = spawnDataWorker(WORKER_FILE, { dataDir, ...resourceDirs(), appVersion: app.getVersion() });
  installRpcBridge({ transport: worker.transport, getWindow: () => mainWindow });

  mainWindow = createMainWindow({
    preloadPath: PRELOAD_FILE,
    stateFile: join(dataDir, 'window-state.json'),
    devTools: !app.isPackaged,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(APP_ENTRY_URL);
  scheduleUpdateCheck();
}

let stopping = false;
async function stopWorker(): Promise<void> {
  const handle = worker;
  worker = null;
  if (handle) await handle.terminate();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  // One window owns one data worker: closing it ends the app on every platform.
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (stopping || !worker) return;
    stopping = true;
    event.preventDefault();
    stopWorker()
      .catch((error: unknown) => logTechnical('main', 'data worker did not stop cleanly', error))
      .finally(() => app.quit());
  });
  start().catch((error: unknown) => {
    logTechnical('main', 'startup failed', error);
    dialog.showErrorBox('Verivali Desktop', 'Aplikasi gagal dimulai. Silakan tutup dan buka kembali aplikasi.');
    app.exit(1);
  });
}
