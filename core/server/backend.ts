import type { Result } from '../contract/errors';
import { codeSchemaVersion } from '../../db/schema-version';
import { BackendContext, type BackendOptions } from './context';
import { accountHandlers } from './handlers/accounts';
import { batchHandlers } from './handlers/batches';
import { dataHandlers } from './handlers/data';
import { editingHandlers } from './handlers/editing';
import { familyOpsHandlers } from './handlers/family-ops';
import { gridHandlers } from './handlers/grid';
import { importHandlers } from './handlers/import';
import { packageHandlers } from './handlers/packages';
import { proposalHandlers } from './handlers/proposals';
import { trainingHandlers } from './handlers/training';
import { validationHandlers } from './handlers/validation';
import { describeWorkspace, workspaceHandlers } from './handlers/workspace';
import { authorize } from './permissions';
import { createRouter, type Handlers } from './router';
import { checkScope } from './scope';

export interface Backend {
  call(method: unknown, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
  close(): void;
}

/** The one backend: a router over handlers that share one context (and one open workspace). */
export function createBackend(options: BackendOptions): Backend {
  const listeners = new Set<(event: string, payload: unknown) => void>();
  const context = new BackendContext(options, (event, payload) => {
    for (const listener of listeners) listener(event, payload);
  });
  const schemaVersion = codeSchemaVersion(options.migrationsDir);
  const handlers: Handlers<BackendContext> = {
    'app.info': (_input, ctx) => ({
      appVersion: options.appVersion,
      schemaVersion,
      dataDir: options.dataDir,
      user: ctx.session && { id: ctx.session.id, name: ctx.session.name },
      workspace: ctx.workspace ? describeWorkspace(ctx, ctx.workspace) : null,
    }),
    ...workspaceHandlers,
    ...dataHandlers,
    ...editingHandlers,
    ...familyOpsHandlers,
    ...gridHandlers,
    ...importHandlers,
    ...validationHandlers,
    ...accountHandlers,
    ...proposalHandlers,
    ...batchHandlers,
    ...trainingHandlers,
    ...packageHandlers,
  };
  const router = createRouter(handlers, context, {
    validateOutput: options.validateOutput ?? process.env.NODE_ENV !== 'production',
    logError: options.logError,
    guard: { method: authorize, input: checkScope },
  });
  return {
    call: router,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      context.closeWorkspace(true);
    },
  };
}
