import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Result } from '../../core/contract';
import type { SaveExtension } from '../../core/contract/shell';
import type { VerivaliApi } from './api-types';

// Sandboxed preload: bundled to one CommonJS file; only 'electron' may be required at run time.
// Channel names mirror electron/main/rpc-bridge.ts (not imported, to keep main code out of this bundle).

const api: VerivaliApi = {
  call(method: string, input: unknown): Promise<Result<unknown>> {
    return ipcRenderer.invoke('rpc', { method, input }) as Promise<Result<unknown>>;
  },
  subscribe(listener: (event: string, payload: unknown) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    // The IpcRendererEvent (with its `sender`) never reaches the page.
    const handler = (_event: IpcRendererEvent, message: unknown) => {
      if (typeof message !== 'object' || message === null) return;
      const { event, payload } = message as { event?: unknown; payload?: unknown };
      if (typeof event === 'string') listener(event, payload);
    };
    ipcRenderer.on('rpc-event', handler);
    return () => {
      ipcRenderer.removeListener('rpc-event', handler);
    };
  },
  pickWorkspaceToOpen(): Promise<string | null> {
    return ipcRenderer.invoke('dialog:openWorkspace') as Promise<string | null>;
  },
  pickWorkspaceToSave(defaultName: string): Promise<string | null> {
    return ipcRenderer.invoke('dialog:saveWorkspace', String(defaultName)) as Promise<string | null>;
  },
  pickFileToImport(): Promise<string | null> {
    return ipcRenderer.invoke('dialog:pickFileToImport') as Promise<string | null>;
  },
  pickSavePath(defaultName: string, extension: SaveExtension): Promise<string | null> {
    return ipcRenderer.invoke('dialog:pickSavePath', String(defaultName), String(extension)) as Promise<string | null>;
  },
  pickPackageToOpen(): Promise<string | null> {
    return ipcRenderer.invoke('dialog:pickPackageToOpen') as Promise<string | null>;
  },
};

contextBridge.exposeInMainWorld('api', Object.freeze(api));
