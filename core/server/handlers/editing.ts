import { ApiError } from '../../contract/errors';
import type { BackendContext } from '../context';
import type { Handlers } from '../router';
import { recordPerbaikan } from '../services/proposals-perbaikan';
import { applyCellEdits } from '../services/record-edits';

type EditingHandlers = Pick<Handlers<BackendContext>, 'records.update' | 'edits.apply'>;

export const editingHandlers: EditingHandlers = {
  'records.update': (input, ctx) => {
    if (ctx.user.role === 'operator_desa') {
      const { records, proposal } = recordPerbaikan(ctx.requireWorkspace().db, ctx.user, [input]);
      return { ...records[0]!, proposal };
    }
    const [record] = applyCellEdits(ctx.requireWorkspace().db, [input], { userId: ctx.user.id }).records;
    if (!record) throw new ApiError('NOT_FOUND', `Data dengan id ${input.id} tidak ditemukan.`);
    return record;
  },

  // An operator desa's edits become perbaikan proposals; the data changes when one is approved.
  'edits.apply': (input, ctx) =>
    ctx.user.role === 'operator_desa' && !input.dryRun
      ? recordPerbaikan(ctx.requireWorkspace().db, ctx.user, input.changes)
      : applyCellEdits(ctx.requireWorkspace().db, input.changes, { userId: ctx.user.id, dryRun: input.dryRun, action: input.action }),
};
