import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../contract/errors';
import { SHIPPED_SCENARIOS } from '../training/shipped-scenarios';
import { appendAudit } from '../../../db/queries/audit';
import { removeFileWithSidecars } from '../../../db/files';
import type { BackendContext } from '../context';
import type { Handlers } from '../router';
import { loadSession } from '../services/accounts';
import { createWorkspaceFile, openWorkspaceFile, slug } from '../services/workspace-file';
import { preparePractice } from '../training/create';
import { allowImport, checkImportFile } from '../training/import-guard';
import { keepPristine, materializePack, preparePristine, swapIn } from '../training/lifecycle';
import { exportPack, readPack } from '../training/pack';
import { switchToRole } from '../training/practice-accounts';
import { savePracticeFile, writePracticeFiles } from '../training/practice-files';
import { readTrainingState, requirePractice } from '../training/state';
import { trainingStatus } from '../training/status';
import { failuresOf, publicUser } from './accounts';
import { activate } from './workspace';

type TrainingHandlers = Pick<
  Handlers<BackendContext>,
  | 'training.catalog' | 'training.create' | 'training.createFromPack' | 'training.status' | 'training.exportPack' | 'training.reset'
  | 'training.switchRole' | 'training.saveFile' | 'training.checkImport' | 'training.confirmImport'
>;

const practice = (ctx: BackendContext) => {
  const workspace = ctx.requireWorkspace();
  return { workspace, state: requirePractice(workspace) };
};
/** In the data folder, numbered when a participant opens the same pack again: "bimtek.verivali", "bimtek-2.verivali"… */
function defaultPath(ctx: BackendContext, name: string): string {
  const base = join(ctx.options.dataDir, 'latihan', slug(name, 'latihan'));
  let path = `${base}.verivali`;
  for (let n = 2; existsSync(path); n++) path = `${base}-${n}.verivali`;
  return path;
}

/** Training mode (Bimtek): practice workspaces, their checklist, packs and reset; see core/server/training/. */
export const trainingHandlers: TrainingHandlers = {
  'training.catalog': () => ({ scenarios: SHIPPED_SCENARIOS.map(({ id, title, summary, needs }) => ({ id, title, summary, needs })) }),

  'training.create': async (input, ctx) => {
    const kecamatan = ctx.regions.byCode.get(input.kecamatanCode);
    if (!kecamatan || kecamatan.level !== 3 || kecamatan.parentCode !== input.kabupatenCode) {
      throw new ApiError('INVALID_INPUT', `Kecamatan "${input.kecamatanCode}" tidak ada di kabupaten/kota ${input.kabupatenCode}.`, { field: 'kecamatanCode' });
    }
    const path = input.path ?? defaultPath(ctx, input.name);
    ctx.closeWorkspace();
    const workspace = createWorkspaceFile({ path, name: input.name, kabupatenCode: input.kabupatenCode, isDemo: false, isPractice: true }, ctx.options.migrationsDir, ctx.regions);
    let trainerId: number;
    try {
      const label = 'Membuat workspace latihan';
      const trainer = await preparePractice(workspace, ctx.regions, input, (done, total) => ctx.emit('job.progress', { job: 'training', label, done, total }));
      trainerId = trainer.id;
      writePracticeFiles(workspace.db, readTrainingState(workspace.db)!, path);
      keepPristine(workspace);
    } catch (error) {
      workspace.db.close();
      removeFileWithSidecars(path);
      throw error;
    } finally {
      if (workspace.db.open) workspace.db.close();
    }
    const info = activate(ctx, () => openWorkspaceFile(path, ctx.options.migrationsDir));
    ctx.session = { ...loadSession(ctx.requireWorkspace().db, trainerId), mustChangePassword: false };
    return info;
  },

  'training.createFromPack': (input, ctx) => {
    const pack = readPack(input.packPath);
    const path = input.path ?? defaultPath(ctx, pack.manifest.name);
    ctx.closeWorkspace();
    materializePack(pack, path, ctx.options.migrationsDir);
    return activate(ctx, () => openWorkspaceFile(path, ctx.options.migrationsDir));
  },

  'training.status': (_input, ctx) => {
    const { workspace, state } = practice(ctx);
    return trainingStatus(workspace, state, ctx.regions, ctx.user.role);
  },

  'training.exportPack': (input, ctx) => {
    const { workspace, state } = practice(ctx);
    return exportPack(workspace, state, ctx.regions, { appVersion: ctx.options.appVersion, userId: ctx.user.id }, input.path);
  },

  'training.reset': (_input, ctx) => {
    const { workspace, state } = practice(ctx);
    const username = ctx.requireSession().username;
    const path = workspace.path;
    const copy = preparePristine(path, state.lineage, ctx.options.migrationsDir);
    ctx.closeWorkspace();
    swapIn(copy, path);
    const info = activate(ctx, () => openWorkspaceFile(path, ctx.options.migrationsDir));
    const reopened = ctx.requireWorkspace();
    const id = reopened.db.prepare('SELECT id FROM users WHERE username = ? AND active = 1').pluck().get(username) as number | undefined;
    if (id !== undefined) {
      ctx.session = { ...loadSession(reopened.db, id), mustChangePassword: false };
      appendAudit(reopened.db, { userId: id, action: 'latihan-diatur-ulang', entity: 'workspace', entityId: 0, field: 'latihan', oldValue: null, newValue: state.name });
    }
    writePracticeFiles(reopened.db, requirePractice(reopened), path);
    return info;
  },

  'training.switchRole': (input, ctx) => {
    const { workspace, state } = practice(ctx);
    const session = switchToRole(workspace.db, state, input.role);
    ctx.session = session;
    return publicUser(session);
  },

  'training.saveFile': (input, ctx) => {
    const { workspace, state } = practice(ctx);
    return { path: savePracticeFile(workspace.db, state, workspace.path, input.name, input.path) };
  },

  'training.checkImport': (input, ctx) => {
    const { workspace } = practice(ctx);
    return checkImportFile(workspace, { path: input.path });
  },

  'training.confirmImport': async (input, ctx) => {
    const { workspace } = practice(ctx);
    await allowImport(workspace, input.path, { username: input.username, password: input.password, unknownFailures: failuresOf(ctx) });
    return { confirmed: true };
  },
};
