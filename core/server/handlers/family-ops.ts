import { ApiError } from '../../contract/errors';
import { loadCard } from '../../../db/queries/family-card';
import type { Sqlite } from '../../../db/open';
import type { BackendContext } from '../context';
import type { Handlers } from '../router';
import { moveMember, splitFamily } from '../services/family-relink';
import { addMember, changeHead, mergeMembers, setPresence, type OperationResult } from '../services/member-operations';

type FamilyOpsHandlers = Pick<
  Handlers<BackendContext>,
  'families.card' | 'members.add' | 'members.changeHead' | 'members.setPresence' | 'members.move' | 'families.split' | 'members.merge'
>;

function card(db: Sqlite, familyId: number) {
  const found = loadCard(db, familyId);
  if (!found) throw new ApiError('NOT_FOUND', `Keluarga dengan id ${familyId} tidak ditemukan.`);
  return found;
}

/** Runs an operation and answers with the card of the family it started from. */
function operation<I>(run: (db: Sqlite, userId: number, input: I) => OperationResult) {
  return (input: I, ctx: BackendContext) => {
    const { db } = ctx.requireWorkspace();
    const result = run(db, ctx.user.id, input);
    return { card: card(db, result.familyId), createdId: result.createdId };
  };
}

export const familyOpsHandlers: FamilyOpsHandlers = {
  'families.card': (input, ctx) => card(ctx.requireWorkspace().db, input.id),
  'members.add': operation(addMember),
  'members.changeHead': operation(changeHead),
  'members.setPresence': operation(setPresence),
  'members.move': operation(moveMember),
  'families.split': operation(splitFamily),
  'members.merge': operation(mergeMembers),
};
