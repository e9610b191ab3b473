import { app, dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import type { Result } from '../../core/contract';
import type { Transport } from '../../core/contract/client';
import type { SaveExtension } from '../../core/contract/shell';
import { logTechnical } from './log';
import { isTrustedSender, parseRpcPayload, withWorkspaceExtension, workspaceFileName, WORKSPACE_EXTENSION } from './security';

export const RPC_CHANNEL = 'rpc';
export const RPC_EVENT_CHANNEL = 'rpc-event';
export const OPEN_WORKSPACE_CHANNEL = 'dialog:openWorkspace';
export const SAVE_WORKSPACE_CHANNEL = 'dialog:saveWorkspace';
export const PICK_IMPORT_CHANNEL = 'dialog:pickFileToImport';
export const PICK_SAVE_PATH_CHANNEL = 'dialog:pickSavePath';
export const PICK_PACKAGE_CHANNEL = 'dialog:pickPackageToOpen';

const WORKSPACE_FILTERS = Object.freeze([{ name: 'Workspace Verivali', extensions: [WORKSPACE_EXTENSION] }]);
const IMPORT_FILTERS = Object.freeze([{ name: 'Lembar kerja (xlsx, xls, csv)', extensions: ['xlsx', 'xls', 'csv'] }]);
const SAVE_FILTERS = Object.freeze({
  xlsx: { name: 'Buku kerja Excel', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  zip: { name: 'Paket zip', extensions: ['zip'] },
});
const PACKAGE_FILTERS = Object.freeze([SAVE_FILTERS.zip]);

/** The workspace name sanitiser (folders, reserved characters, length) serves any suggested file name. */
function reportFileName(defaultName: unknown, extension: SaveExtension): string {
  return `${workspaceFileName(defaultName).slice(0, -(WORKSPACE_EXTENSION.length + 1))}.${extension}`;
}

export interface RpcBridgeOptions {
  transport: Transport;
  /** The one window allowed to call; events go only there. */
  getWindow(): BrowserWindow | null;
}

function trusted(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  const ok =
    win !== null &&
    !win.isDestroyed() &&
    event.sender === win.webContents &&
    isTrustedSender({ frameUrl: frame?.url, isMainFrame: frame !== null && frame.parent === null });
  if (!ok) logTechnical('rpc', 'rejected IPC from an untrusted sender');
  return ok;
}

const rejected = (code: 'UNAUTHORIZED' | 'INVALID_INPUT' | 'INTERNAL', message: string): Result<unknown> =>
  Object.freeze({ ok: false, error: { code, message } });

/** Wires the renderer's IPC channels to the data worker. Returns a function that removes them. */
export function installRpcBridge(options: RpcBridgeOptions): () => void {
  const { transport, getWindow } = options;

  ipcMain.handle(RPC_CHANNEL, async (event, payload: unknown): Promise<Result<unknown>> => {
    if (!trusted(event, getWindow())) return rejected('UNAUTHORIZED', 'Permintaan ditolak.');
    const request = parseRpcPayload(payload);
    if (!request) return rejected('INVALID_INPUT', 'Permintaan tidak valid.');
    try {
      return await transport.call(request.method, request.input);
    } catch (error) {
      logTechnical('rpc', 'transport call failed', error);
      return rejected('INTERNAL', 'Terjadi kesalahan internal.');
    }
  });

  ipcMain.handle(OPEN_WORKSPACE_CHANNEL, async (event): Promise<string | null> => {
    const win = getWindow();
    if (!win || !trusted(event, win)) return null;
    const result = await dialog.showOpenDialog(win, {
      title: 'Buka workspace',
      filters: [...WORKSPACE_FILTERS],
      properties: ['openFile'],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });

  ipcMain.handle(SAVE_WORKSPACE_CHANNEL, async (event, defaultName: unknown): Promise<string | null> => {
    const win = getWindow();
    if (!win || !trusted(event, win)) return null;
    const result = await dialog.showSaveDialog(win, {
      title: 'Simpan workspace baru',
      defaultPath: join(app.getPath('documents'), workspaceFileName(defaultName)),
      filters: [...WORKSPACE_FILTERS],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return result.canceled || !result.filePath ? null : withWorkspaceExtension(result.filePath);
  });

  ipcMain.handle(PICK_IMPORT_CHANNEL, async (event): Promise<string | null> => {
    const win = getWindow();
    if (!win || !trusted(event, win)) return null;
    const result = await dialog.showOpenDialog(win, {
      title: 'Pilih berkas untuk diimpor',
      filters: [...IMPORT_FILTERS],
      properties: ['openFile'],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });

  ipcMain.handle(PICK_SAVE_PATH_CHANNEL, async (event, defaultName: unknown, extension: unknown): Promise<string | null> => {
    const win = getWindow();
    if (!win || !trusted(event, win)) return null;
    if (extension !== 'xlsx' && extension !== 'csv' && extension !== 'zip') return null;
    const result = await dialog.showSaveDialog(win, {
      title: 'Simpan berkas',
      defaultPath: join(app.getPath('documents'), reportFileName(defaultName, extension)),
      filters: [SAVE_FILTERS[extension]],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return null;
    // Some platforms' save dialogs do not append the filter's extension.
    return result.filePath.toLowerCase().endsWith(`.${extension}`) ? result.filePath : `${result.filePath}.${extension}`;
  });

  ipcMain.handle(PICK_PACKAGE_CHANNEL, async (event): Promise<string | null> => {
    const win = getWindow();
    if (!win || !trusted(event, win)) return null;
    const result = await dialog.showOpenDialog(win, { title: 'Pilih paket', filters: [...PACKAGE_FILTERS], properties: ['openFile'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });

  const unsubscribe = transport.subscribe?.((name, payload) => {
    const win = getWindow();
    if (!win || win.isDestroyed()) return;
    const contents = win.webContents;
    if (!isTrustedSender({ frameUrl: contents.getURL(), isMainFrame: true })) return;
    contents.send(RPC_EVENT_CHANNEL, { event: name, payload });
  });

  return () => {
    unsubscribe?.();
    for (const channel of [RPC_CHANNEL, OPEN_WORKSPACE_CHANNEL, SAVE_WORKSPACE_CHANNEL, PICK_IMPORT_CHANNEL, PICK_SAVE_PATH_CHANNEL, PICK_PACKAGE_CHANNEL])
      ipcMain.removeHandler(channel);
  };
}
