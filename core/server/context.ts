import { ApiError } from '../contract/errors';
import type { EventMap, EventName } from '../contract/events';
import type { ImportSummary } from '../contract/import';
import type { SessionUser } from './auth';
import { JobRegistry } from './jobs';
import { AppStateStore } from './services/app-state';
import { loadRegionReference, type RegionReference } from './services/region-reference';
import type { Workspace } from './services/workspace-file';

export interface BackendOptions {
  dataDir: string;
  migrationsDir: string;
  regionsDir: string;
  appVersion: string;
  /** Size of the demo workspace generated on first use. */
  demoFamilies?: number;
  validateOutput?: boolean;
  logError?: (method: string, error: unknown) => void;
}

/** Everything a handler may use: the open workspace, app state, reference data, the session. */
export class BackendContext {
  workspace: Workspace | null = null;
  readonly appState: AppStateStore;
  readonly jobs = new JobRegistry();
  /** The last import's result, for saving its error report. */
  lastImport: ImportSummary | null = null;
  // The default local administrator until login arrives (core/server/auth.ts).
  user: SessionUser = { id: 1, name: 'Pengguna lokal', role: 'admin', desaCodes: [] };
  private regionsCache: RegionReference | null = null;

  constructor(
    readonly options: BackendOptions,
    private readonly emitter: (event: string, payload: unknown) => void,
  ) {
    this.appState = new AppStateStore(options.dataDir);
  }

  get regions(): RegionReference {
    this.regionsCache ??= loadRegionReference(this.options.regionsDir);
    return this.regionsCache;
  }

  requireWorkspace(): Workspace {
    this.jobs.assertIdle();
    if (!this.workspace) throw new ApiError('NO_WORKSPACE', 'Belum ada workspace yang dibuka. Buka atau buat workspace terlebih dahulu.');
    return this.workspace;
  }

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    this.emitter(event, payload);
  }

  /** On shutdown (`force`) a running job is cancelled; closing rolls its open transaction back. */
  closeWorkspace(force = false): boolean {
    if (!this.workspace) return false;
    if (force) this.jobs.cancel();
    else this.jobs.assertIdle();
    this.workspace.db.close();
    this.workspace = null;
    return true;
  }
}
