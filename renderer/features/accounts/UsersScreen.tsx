import { useCallback, useEffect, useState } from 'react';
import type { Account, WorkspaceInfo } from '../../../core/contract';
import { api, errorMessage } from '../../api';
import { formatDateTime, t } from '../../i18n';
import { ErrorAlert } from '../families/ErrorAlert';
import { WorkspaceHeader, type WorkspaceView } from '../families/WorkspaceHeader';
import { roleLabel } from './session';
import { UserForm } from './UserForm';

interface Props {
  workspace: WorkspaceInfo;
  onNavigate: (view: WorkspaceView) => void;
  onClosed: () => void;
}

/** Pengguna (admin): the workspace's accounts, new accounts, deactivation and password resets. */
export function UsersScreen({ workspace, onNavigate, onClosed }: Props) {
  const [users, setUsers] = useState<Account[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resetting, setResetting] = useState<{ id: number; password: string } | null>(null);

  const load = useCallback(() => api.call('users.list', {}).then(setUsers, (caught: unknown) => setError(errorMessage(caught))), []);
  useEffect(() => void load(), [load]);

  const act = async (action: () => Promise<unknown>, done?: string) => {
    setError(null);
    try {
      await action();
      setNotice(done ?? null);
      await load();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  const reset = (user: Account) => {
    if (!resetting) return;
    const { id, password } = resetting;
    void act(() => api.call('users.resetPassword', { id, password }), t('users.resetDone', { username: user.username })).then(() => setResetting(null));
  };

  return (
    <div className="main-screen">
      <WorkspaceHeader workspace={workspace} view="users" onNavigate={onNavigate} onClosed={onClosed} onError={setError} />
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <div className="accounts-screen">
        <section className="card grow">
          <h2>{t('users.title')}</h2>
          {notice && <p className="notice" role="status">{notice}</p>}
          <table aria-label={t('users.title')}>
            <thead>
              <tr>
                <th>{t('auth.username')}</th><th>{t('auth.displayName')}</th><th>{t('users.role')}</th><th>{t('users.desa')}</th><th>{t('users.status')}</th><th>{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <td className="mono">{user.username}</td>
                  <td>{user.displayName}</td>
                  <td>{roleLabel(user.role)}</td>
                  <td className="mono">{user.desaCodes.join(', ')}</td>
                  <td>
                    {user.active ? t('users.active') : t('users.inactive')}
                    {user.mustChangePassword && ` · ${t('users.mustChange')}`}
                    {user.lockedUntil && new Date(user.lockedUntil) > new Date() && ` · ${t('users.locked', { time: formatDateTime(user.lockedUntil) })}`}
                  </td>
                  <td className="nowrap">
                    <button type="button" onClick={() => act(() => api.call('users.update', { id: user.id, active: !user.active }))}>
                      {user.active ? t('users.deactivate') : t('users.activate')}
                    </button>{' '}
                    {resetting?.id === user.id ? (
                      <form className="inline-form" onSubmit={(event) => (event.preventDefault(), reset(user))}>
                        <input type="password" aria-label={t('users.resetPrompt', { username: user.username })} minLength={8} required autoComplete="new-password"
                          value={resetting.password} onChange={(event) => setResetting({ id: user.id, password: event.target.value })} />
                        <button type="submit">{t('users.reset')}</button>
                      </form>
                    ) : (
                      <button type="button" onClick={() => setResetting({ id: user.id, password: '' })}>{t('users.reset')}</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <UserForm workspace={workspace} onError={setError} onCreated={(username) => act(async () => undefined, t('users.created', { username }))} />
      </div>
    </div>
  );
}
