import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEMO_LOGIN, type SessionUserInfo, type WorkspaceInfo } from '../../../core/contract';
import { PRACTICE_PASSWORD } from '../../../core/contract/training';
import { api, errorMessage } from '../../api';
import { t } from '../../i18n';
import { ChangePasswordForm, LoginForm, SetupForm, UnlockForm } from './AuthForms';
import { SessionContext } from './session';
import { useIdleLock } from './useIdleLock';

const IDLE_LOCK_MS = 15 * 60_000;

type Gate =
  | { state: 'loading' }
  | { state: 'setup' }
  | { state: 'login'; notice: string | null }
  | { state: 'ready'; user: SessionUserInfo; locked: boolean };

/**
 * Between opening a workspace and its screens: first-run administrator password, login, forced
 * password change, and the idle screen lock (an overlay, so the screens below keep their state).
 */
export function AuthGate({ workspace, onClosed, children }: { workspace: WorkspaceInfo; onClosed: () => void; children: ReactNode }) {
  const [gate, setGate] = useState<Gate>({ state: 'loading' });
  const [error, setError] = useState<string | null>(null);
  const demoNotice = workspace.isDemo ? t('auth.demoHint', DEMO_LOGIN) : workspace.isPractice ? t('training.loginHint', { password: PRACTICE_PASSWORD }) : null;

  useEffect(() => {
    api.call('auth.status', {}).then(
      (status) => setGate(status.user ? { state: 'ready', user: status.user, locked: status.locked } : status.needsSetup ? { state: 'setup' } : { state: 'login', notice: demoNotice }),
      (caught: unknown) => setError(errorMessage(caught)),
    );
  }, [demoNotice]);

  const loggedIn = useCallback((user: SessionUserInfo) => setGate({ state: 'ready', user, locked: false }), []);
  const logout = useCallback(() => {
    api.call('auth.logout', {}).then(() => setGate({ state: 'login', notice: demoNotice }), (caught: unknown) => setError(errorMessage(caught)));
  }, [demoNotice]);
  const close = () => api.call('workspace.close', {}).then(onClosed, (caught: unknown) => setError(errorMessage(caught)));

  const ready = gate.state === 'ready' && !gate.locked && !gate.user.mustChangePassword;
  useIdleLock(ready, IDLE_LOCK_MS, () => {
    api.call('auth.lock', {}).then(() => setGate((current) => (current.state === 'ready' ? { ...current, locked: true } : current)), () => undefined);
  });
  const session = useMemo(() => (gate.state === 'ready' ? { user: gate.user, logout, switchUser: loggedIn } : null), [gate, logout, loggedIn]);

  const closeButton = <button type="button" className="link-button" onClick={close}>{t('auth.closeWorkspace')}</button>;
  const logoutButton = <button type="button" className="link-button" onClick={logout}>{t('auth.lock.other')}</button>;
  const screen = (content: ReactNode) => (
    <main className="start auth-screen">
      <header className="start-brand">
        <h1>{t('app.name')}</h1>
        <p>{workspace.name} · {workspace.kabupatenName}</p>
      </header>
      {error && <p role="alert" className="alert">{error}</p>}
      {content}
    </main>
  );

  switch (gate.state) {
    case 'loading':
      return error ? screen(closeButton) : <p className="splash">{t('common.loading')}</p>;
    case 'setup':
      return screen(<SetupForm onDone={(username) => setGate({ state: 'login', notice: t('auth.setupDone', { username }) })} />);
    case 'login':
      return screen(<LoginForm notice={gate.notice} onLoggedIn={loggedIn} footer={closeButton} />);
    case 'ready':
      if (gate.user.mustChangePassword) return screen(<ChangePasswordForm onChanged={loggedIn} footer={logoutButton} />);
      return (
        <SessionContext.Provider value={session}>
          {children}
          {gate.locked && (
            <div className="lock-overlay" role="dialog" aria-modal="true">
              <UnlockForm user={gate.user} onUnlocked={loggedIn} footer={logoutButton} />
            </div>
          )}
        </SessionContext.Provider>
      );
  }
}
