import type { Result } from '../../core/contract';

/** What the Electron preload exposes as `window.api`. */
export interface DesktopBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
  pickWorkspaceToOpen(): Promise<string | null>;
  pickWorkspaceToSave(defaultName: string): Promise<string | null>;
  pickFileToImport(): Promise<string | null>;
  pickSavePath(defaultName: string, extension: 'xlsx' | 'csv'): Promise<string | null>;
}

declare global {
  interface Window {
    api?: DesktopBridge;
  }
}
