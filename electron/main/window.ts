import { readFileSync, writeFileSync } from 'node:fs';
import { BrowserWindow, screen } from 'electron';
import { logTechnical } from './log';
import { MIN_WINDOW_SIZE, clampWindowState, type WindowState } from './security';

export const PRODUCT_NAME = 'Verivali Desktop';

export interface MainWindowOptions {
  preloadPath: string;
  /** JSON file holding the last window bounds. */
  stateFile: string;
  devTools: boolean;
}

function readSavedState(stateFile: string): unknown {
  try {
    return JSON.parse(readFileSync(stateFile, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

function currentDisplays(): { workArea: Electron.Rectangle }[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
}

function saveState(win: BrowserWindow, stateFile: string): void {
  const bounds = win.getNormalBounds();
  const state: WindowState = { ...bounds, maximized: win.isMaximized() };
  try {
    writeFileSync(stateFile, JSON.stringify(state));
  } catch (error) {
    logTechnical('window', 'cannot save window state', error);
  }
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = clampWindowState(readSavedState(options.stateFile), currentDisplays());
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: PRODUCT_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: Object.freeze({
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.devTools,
    }),
  });

  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  // The window title follows document.title; an empty title falls back to the product name.
  win.on('page-title-updated', (event, title) => {
    event.preventDefault();
    win.setTitle(title.trim() || PRODUCT_NAME);
  });

  win.on('close', () => saveState(win, options.stateFile));
  return win;
}
