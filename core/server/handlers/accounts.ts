import { appendAudit } from '../../../db/queries/audit';
import { verifyAuditChain } from '../../../db/queries/audit-chain';
import type { BackendContext, Session } from '../context';
import type { Handlers } from '../router';
import { changePassword, login, needsSetup, setupAdministrator, unlock, type UnknownFailures } from '../services/accounts';
import { exportAudit } from '../services/audit-export';
import { createAccount, listAccounts, resetPassword, updateAccount } from '../services/users-admin';

type AccountHandlers = Pick<
  Handlers<BackendContext>,
  | 'auth.status' | 'auth.setup' | 'auth.login' | 'auth.logout' | 'auth.lock' | 'auth.unlock' | 'auth.changePassword'
  | 'users.list' | 'users.create' | 'users.update' | 'users.deactivate' | 'users.resetPassword' | 'audit.verify' | 'audit.export'
>;

// Failed logins of names that are not accounts, per backend (one desktop user at a time).
const unknownFailures = new WeakMap<BackendContext, UnknownFailures>();
export const failuresOf = (ctx: BackendContext) => unknownFailures.get(ctx) ?? unknownFailures.set(ctx, new Map()).get(ctx)!;

export const publicUser = ({ id, username, name, role, desaCodes, mustChangePassword }: Session) => ({ id, username, name, role, desaCodes: [...desaCodes], mustChangePassword });

function begin(ctx: BackendContext, session: Session) {
  ctx.session = session;
  return publicUser(session);
}

export const accountHandlers: AccountHandlers = {
  'auth.status': (_input, ctx) => ({
    workspaceOpen: ctx.workspace !== null,
    needsSetup: ctx.workspace ? needsSetup(ctx.workspace.db) : false,
    locked: ctx.session?.locked ?? false,
    user: ctx.session ? publicUser(ctx.session) : null,
  }),
  'auth.setup': (input, ctx) => {
    const username = setupAdministrator(ctx.requireWorkspace().db, input);
    ctx.session = null;
    return { username };
  },
  'auth.login': (input, ctx) => begin(ctx, login(ctx.requireWorkspace().db, input.username, input.password, failuresOf(ctx))),
  'auth.logout': (_input, ctx) => {
    const session = ctx.session;
    if (session && ctx.workspace) appendAudit(ctx.workspace.db, { userId: session.id, action: 'logout', entity: 'user', entityId: session.id, field: null, oldValue: null, newValue: null });
    ctx.session = null;
    return { loggedOut: session !== null };
  },
  'auth.lock': (_input, ctx) => {
    ctx.session = { ...ctx.requireSession(), locked: true };
    return { locked: true };
  },
  'auth.unlock': (input, ctx) => begin(ctx, unlock(ctx.requireWorkspace().db, ctx.requireSession(), input.password, failuresOf(ctx))),
  'auth.changePassword': (input, ctx) =>
    begin(ctx, changePassword(ctx.requireWorkspace().db, ctx.requireSession(), input.currentPassword, input.newPassword)),
  'users.list': (_input, ctx) => listAccounts(ctx.requireWorkspace().db),
  'users.create': (input, ctx) => createAccount(ctx.requireWorkspace(), ctx.user, input),
  'users.update': (input, ctx) => updateAccount(ctx.requireWorkspace(), ctx.user, input),
  'users.deactivate': (input, ctx) => updateAccount(ctx.requireWorkspace(), ctx.user, { id: input.id, active: false }),
  'users.resetPassword': (input, ctx) => resetPassword(ctx.requireWorkspace().db, ctx.user, input.id, input.password),
  'audit.verify': (_input, ctx) => verifyAuditChain(ctx.requireWorkspace().db),
  'audit.export': async (input, ctx) => {
    const { path, ...filter } = input;
    return { path, rows: await exportAudit(ctx.requireWorkspace().db, path, filter) };
  },
};
