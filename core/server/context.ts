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
  /**
   * The command line and integration tests act with the file owner's rights: every open workspace
   * is used as its first administrator, without a login. Never set by the desktop or web hosts.
   */
  actAsLocalAdmin?: boolean;
}

/** The logged-in user of the open workspace (one desktop user at a time). */
export interface Session extends SessionUser {
  username: string;
  mustChangePassword: boolean;
  /** Locked after inactivity: only auth.unlock with the same user's password continues it. */
  locked: boolean;
}

/** Everything a handler may use: the open workspace, app state, reference data, the session. */
export class BackendContext {
  workspace: Workspace | null = null;
  readonly appState: AppStateStore;
  readonly jobs = new JobRegistry();
  /** The last import's result, for saving its error report. */
  lastImport: ImportSummary | null = null;
  /** Ends when the workspace closes (users live in the workspace file). */
  session: Session | null = null;
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

  /** The acting user; the router has already refused calls without a session (permissions.ts). */
  get user(): SessionUser {
    return this.requireSession();
  }

  requireSession(): Session {
    if (!this.session) throw new ApiError('UNAUTHORIZED', 'Silakan masuk (login) terlebih dahulu.');
    return this.session;
  }

  /** The desa an operator desa is limited to; null for the district roles. */
  desaScope(): readonly string[] | null {
    return this.session?.role === 'operator_desa' ? this.session.desaCodes : null;
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
    this.session = null;
    return true;
  }
}
