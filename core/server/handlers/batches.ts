import type { BackendContext } from '../context';
import type { Handlers } from '../router';
import { checkBatch } from '../batches/check';
import { createBatch, deleteBatch, refreshBatch } from '../batches/create';
import { batchDiff } from '../batches/diff';
import { freezeBatch } from '../batches/freeze';
import { batchDetail, listBatches } from '../batches/queries';
import { periodSettings, setPeriodSettings } from '../batches/settings';

type BatchHandlers = Pick<
  Handlers<BackendContext>,
  | 'batches.create' | 'batches.list' | 'batches.get' | 'batches.refresh' | 'batches.delete' | 'batches.check'
  | 'batches.freeze' | 'batches.diff' | 'batches.settings' | 'batches.setSettings'
>;

const db = (ctx: BackendContext) => ctx.requireWorkspace().db;

/** Penetapan batches; roles in permissions.ts (the freeze is checked again in the service), rules in core/server/batches/. */
export const batchHandlers: BatchHandlers = {
  'batches.create': (input, ctx) => createBatch(db(ctx), ctx.user, input),
  'batches.list': (_input, ctx) => listBatches(db(ctx)),
  'batches.get': (input, ctx) => batchDetail(db(ctx), input.id),
  'batches.refresh': (input, ctx) => refreshBatch(db(ctx), ctx.user, input),
  'batches.delete': (input, ctx) => deleteBatch(db(ctx), ctx.user, input),
  'batches.check': (input, ctx) => checkBatch(db(ctx), input.id),
  'batches.freeze': (input, ctx) => freezeBatch(db(ctx), ctx.user, input),
  'batches.diff': (input, ctx) => batchDiff(db(ctx), input.id),
  'batches.settings': (_input, ctx) => periodSettings(db(ctx)),
  'batches.setSettings': (input, ctx) => setPeriodSettings(db(ctx), ctx.user, input.settings),
};
