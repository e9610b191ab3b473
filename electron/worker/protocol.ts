import type { Result } from '../../core/contract';

/** Options the host (Electron main or the web server) gives the data worker. */
export interface DataWorkerOptions {
  /** Folder for app state (recent workspaces, the demo workspace). */
  dataDir: string;
  /** Folder holding the drizzle migrations (db/migrations, or resources/migrations when packaged). */
  migrationsDir: string;
  /** Folder holding idn-area-data's CSV files. */
  regionsDir: string;
  appVersion: string;
  /** Size of the demo workspace generated on first use. */
  demoFamilies?: number;
}

export type WorkerRequest = { kind: 'call'; id: number; method: string; input: unknown } | { kind: 'shutdown' };
export type WorkerMessage =
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'event'; event: string; payload: unknown }
  | { kind: 'ready' };
