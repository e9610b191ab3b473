import { ApiError } from '../../contract/errors';
import type { BackendContext } from '../context';
import type { Handlers } from '../router';
import { applyCellEdits } from '../services/record-edits';

type EditingHandlers = Pick<Handlers<BackendContext>, 'records.update' | 'edits.apply'>;

export const editingHandlers: EditingHandlers = {
  'records.update': (input, ctx) => {
    const [record] = applyCellEdits(ctx.requireWorkspace().db, [input], { userId: ctx.user.id }).records;
    if (!record) throw new ApiError('NOT_FOUND', `Data dengan id ${input.id} tidak ditemukan.`);
    return record;
  },

  'edits.apply': (input, ctx) =>
    applyCellEdits(ctx.requireWorkspace().db, input.changes, { userId: ctx.user.id, dryRun: input.dryRun, action: input.action }),
};
