import { ApiError } from '../../contract/errors';
import { listGridBlock } from '../../../db/queries/grid-block';
import { deleteGridView, listGridViews, saveGridView } from '../../../db/queries/grid-views';
import type { BackendContext } from '../context';
import type { Handlers } from '../router';

type GridHandlers = Pick<Handlers<BackendContext>, 'grid.block' | 'views.list' | 'views.saveLayout' | 'views.save' | 'views.delete'>;

export const gridHandlers: GridHandlers = {
  'grid.block': (input, ctx) => {
    const result = listGridBlock(ctx.requireWorkspace().db, { ...input, desaIn: ctx.desaScope() });
    if ('unknownColumn' in result) {
      throw new ApiError('INVALID_INPUT', `Kolom "${result.unknownColumn}" tidak dikenal di tampilan ini.`, { field: result.unknownColumn });
    }
    return result;
  },

  'views.list': (input, ctx) => listGridViews(ctx.requireWorkspace().db, ctx.user.id, input.view),

  'views.saveLayout': (input, ctx) => {
    saveGridView(ctx.requireWorkspace().db, ctx.user.id, input.view, '', input.state);
    return { saved: true };
  },

  'views.save': (input, ctx) => {
    saveGridView(ctx.requireWorkspace().db, ctx.user.id, input.view, input.name, input.state);
    return { saved: true };
  },

  'views.delete': (input, ctx) => ({ deleted: deleteGridView(ctx.requireWorkspace().db, ctx.user.id, input.view, input.name) }),
};
