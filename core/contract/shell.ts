import type { Result } from './errors';

/** Files the app saves: reports and exports (xlsx, csv) and packages (zip). */
export type SaveExtension = 'xlsx' | 'csv' | 'zip';

/**
 * What the Electron preload exposes as `window.api`: a contract transport (call + subscribe), so
 * the renderer hands it straight to `createClient`, plus the native file dialogs.
 */
export interface DesktopBridge {
  /** One contract call; never rejects for contract errors, they come back as `{ok:false}`. */
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** Backend events (`job.progress`, …). Returns the unsubscribe function. */
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
  /** "Buka workspace" dialog; the chosen `.verivali` path, or null when cancelled. */
  pickWorkspaceToOpen(): Promise<string | null>;
  /** "Simpan workspace baru" dialog; the chosen path (ends with `.verivali`), or null when cancelled. */
  pickWorkspaceToSave(defaultName: string): Promise<string | null>;
  /** "Pilih berkas untuk diimpor" dialog (xlsx, xls, csv); the chosen path, or null when cancelled. */
  pickFileToImport(): Promise<string | null>;
  /** "Simpan berkas" dialog; the chosen path (ends with the extension), or null when cancelled. */
  pickSavePath(defaultName: string, extension: SaveExtension): Promise<string | null>;
  /** "Pilih paket" dialog (.zip: a stipulation package or a training pack); the chosen path, or null. */
  pickPackageToOpen(): Promise<string | null>;
}
