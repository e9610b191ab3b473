import { ApiError } from '../../contract/errors';
import type { BackendContext } from '../context';
import type { Handlers } from '../router';

type BatchHandlers = Pick<
  Handlers<BackendContext>,
  | 'batches.create' | 'batches.list' | 'batches.get' | 'batches.refresh' | 'batches.delete' | 'batches.check'
  | 'batches.freeze' | 'batches.diff' | 'batches.settings' | 'batches.setSettings'
>;

const later = (): never => {
  throw new ApiError('INTERNAL', 'Batch penetapan belum tersedia.');
};

/** Penetapan batches; roles per step and every rule are in core/server/batches/. */
export const batchHandlers: BatchHandlers = {
  'batches.create': later,
  'batches.list': later,
  'batches.get': later,
  'batches.refresh': later,
  'batches.delete': later,
  'batches.check': later,
  'batches.freeze': later,
  'batches.diff': later,
  'batches.settings': later,
  'batches.setSettings': later,
};
