import { join } from 'node:path';
import { ApiError } from '../../contract/errors';
import type { WorkspaceInfo } from '../../contract/models';
import { countWorkspace } from '../../../db/queries/families';
import type { BackendContext } from '../context';
import { generateDemoData } from '../demo/generator';
import { sessionOnOpen } from '../services/accounts';
import { createWorkspaceFile, openWorkspaceFile, slug, type Workspace } from '../services/workspace-file';
import type { Handlers } from '../router';

type WorkspaceHandlers = Pick<
  Handlers<BackendContext>,
  'workspace.recent' | 'workspace.create' | 'workspace.open' | 'workspace.openDemo' | 'workspace.close' | 'workspace.info' | 'workspace.generateDemoData'
>;

const DEMO_KABUPATEN = '33.28';
const DEMO_SEED = 1;

export const workspaceHandlers: WorkspaceHandlers = {
  'workspace.recent': (_input, ctx) => ctx.appState.recent(),

  'workspace.create': (input, ctx) => {
    const kabupaten = ctx.regions.byCode.get(input.kabupatenCode);
    if (!kabupaten || kabupaten.level !== 2) {
      throw new ApiError('INVALID_INPUT', `Kode kabupaten/kota "${input.kabupatenCode}" tidak ada dalam referensi wilayah Kemendagri.`, { field: 'kabupatenCode' });
    }
    const path = input.path ?? join(ctx.options.dataDir, 'workspaces', `${slug(input.name)}.verivali`);
    return activate(ctx, () => createWorkspaceFile({ path, name: input.name, kabupatenCode: input.kabupatenCode, isDemo: false }, ctx.options.migrationsDir, ctx.regions));
  },

  'workspace.open': (input, ctx) => activate(ctx, () => openWorkspaceFile(input.path, ctx.options.migrationsDir)),

  'workspace.openDemo': (_input, ctx) => {
    const path = join(ctx.options.dataDir, 'demo', 'demo-kabupaten-tegal.verivali');
    return activate(ctx, () => {
      try {
        return openWorkspaceFile(path, ctx.options.migrationsDir);
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'WORKSPACE_NOT_FOUND') throw error;
      }
      const workspace = createWorkspaceFile({ path, name: 'Demo Kabupaten Tegal', kabupatenCode: DEMO_KABUPATEN, isDemo: true }, ctx.options.migrationsDir, ctx.regions);
      fillWithDemoData(ctx, workspace, ctx.options.demoFamilies ?? 5000, DEMO_SEED);
      return workspace;
    });
  },

  'workspace.close': (_input, ctx) => ({ closed: ctx.closeWorkspace() }),

  'workspace.info': (_input, ctx) => (ctx.workspace ? describeWorkspace(ctx, ctx.workspace) : null),

  'workspace.generateDemoData': (input, ctx) => {
    const workspace = ctx.requireWorkspace();
    const started = performance.now();
    const result = fillWithDemoData(ctx, workspace, input.families, input.seed, input.defectRate);
    return { ...result, ms: Math.round(performance.now() - started) };
  },
};

function fillWithDemoData(ctx: BackendContext, workspace: Workspace, families: number, seed: number, defectRate?: number) {
  const { families: existing } = countWorkspace(workspace.db);
  if (existing > 0) {
    throw new ApiError('INVALID_INPUT', 'Data sintetis hanya dapat dibuat pada workspace yang masih kosong.', { field: 'workspace' });
  }
  const label = 'Membuat data contoh';
  return generateDemoData(workspace.db, {
    kabupatenCode: workspace.kabupatenCode,
    families,
    seed,
    defectRate,
    onProgress: (done, total) => ctx.emit('job.progress', { job: 'demo-data', label, done, total }),
  });
}

export function activate(ctx: BackendContext, open: () => Workspace): WorkspaceInfo {
  ctx.closeWorkspace();
  const workspace = open();
  ctx.workspace = workspace;
  ctx.session = sessionOnOpen(workspace.db, { isDemo: workspace.isDemo, actAsLocalAdmin: ctx.options.actAsLocalAdmin ?? false });
  const info = describeWorkspace(ctx, workspace);
  ctx.appState.remember({ path: workspace.path, name: workspace.name, kabupatenName: info.kabupatenName });
  return info;
}

export function describeWorkspace(ctx: BackendContext, workspace: Workspace): WorkspaceInfo {
  const counts = countWorkspace(workspace.db);
  return {
    path: workspace.path,
    name: workspace.name,
    kabupatenCode: workspace.kabupatenCode,
    kabupatenName: ctx.regions.byCode.get(workspace.kabupatenCode)?.name ?? workspace.kabupatenCode,
    isDemo: workspace.isDemo,
    isPractice: workspace.isPractice,
    schemaVersion: workspace.schemaVersion,
    ...counts,
  };
}
