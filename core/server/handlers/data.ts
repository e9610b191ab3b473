import { ApiError } from '../../contract/errors';
import { listAudit } from '../../../db/queries/audit';
import { getFamily, listFamilyBlock, listFamilyMembers } from '../../../db/queries/families';
import type { BackendContext } from '../context';
import type { Handlers } from '../router';

type DataHandlers = Pick<
  Handlers<BackendContext>,
  'regions.provinces' | 'regions.children' | 'families.list' | 'families.get' | 'audit.list'
>;

export const dataHandlers: DataHandlers = {
  'regions.provinces': (_input, ctx) => ctx.regions.children(null).map(({ code, name }) => ({ code, name })),

  'regions.children': (input, ctx) => ctx.regions.children(input.code).map(({ code, name }) => ({ code, name })),

  'families.list': (input, ctx) => {
    const result = listFamilyBlock(ctx.requireWorkspace().db, { ...input, desaIn: ctx.desaScope() });
    if ('unknownColumn' in result) {
      throw new ApiError('INVALID_INPUT', `Kolom "${result.unknownColumn}" tidak dapat diurutkan atau disaring.`, { field: result.unknownColumn });
    }
    return result;
  },

  'families.get': (input, ctx) => {
    const { db } = ctx.requireWorkspace();
    const family = getFamily(db, input.id);
    if (!family) throw new ApiError('NOT_FOUND', `Keluarga dengan id ${input.id} tidak ditemukan.`);
    return { family, members: listFamilyMembers(db, input.id) };
  },

  'audit.list': (input, ctx) => listAudit(ctx.requireWorkspace().db, input.entity, input.entityId, input.limit),
};
