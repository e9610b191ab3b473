import type { WorkspaceInfo } from '../../../core/contract';
import { api, errorMessage } from '../../api';
import { formatNumber, t } from '../../i18n';
import { can, roleLabel, useSession } from '../accounts/session';

export type WorkspaceView = 'families' | 'import' | 'validation' | 'proposals' | 'batches' | 'users' | 'audit' | 'training';

interface Props {
  workspace: WorkspaceInfo;
  view: WorkspaceView;
  /** A long job is running: leaving the screen would lose its result. */
  busy?: boolean;
  onNavigate: (view: WorkspaceView) => void;
  onClosed: () => void;
  onError: (message: string) => void;
}

export function WorkspaceHeader({ workspace, view, busy, onNavigate, onClosed, onError }: Props) {
  const close = () => api.call('workspace.close', {}).then(onClosed, (error: unknown) => onError(errorMessage(error)));
  const session = useSession();
  const role = session?.user.role;
  const tab = (target: WorkspaceView, label: string) => (
    <button type="button" className="header-tab" aria-current={view === target ? 'page' : undefined} disabled={busy} onClick={() => onNavigate(target)}>
      {label}
    </button>
  );

  return (
    <header className="app-header">
      <span className="app-name">{t('app.name')}</span>
      <span className="workspace-name">{workspace.name}</span>
      <span className="workspace-region">{workspace.kabupatenName}</span>
      <span className="workspace-counts">{t('header.counts', { families: formatNumber(workspace.families), members: formatNumber(workspace.members) })}</span>
      <nav className="header-nav">
        {workspace.isPractice && tab('training', t('nav.training'))}
        {tab('families', t('nav.families'))}
        {role && can.importData(role) && tab('import', t('nav.import'))}
        {tab('validation', t('nav.validation'))}
        {tab('proposals', t('nav.proposals'))}
        {role && can.stipulate(role) && tab('batches', t('nav.batches'))}
        {role && can.manageUsers(role) && tab('users', t('nav.users'))}
        {role && can.audit(role) && tab('audit', t('nav.audit'))}
      </nav>
      {session && (
        <>
          <span className="header-user" title={session.user.username}>
            {session.user.name} · {roleLabel(session.user.role)}
          </span>
          <button type="button" className="header-action" onClick={session.logout} disabled={busy}>
            {t('auth.logout')}
          </button>
        </>
      )}
      <button type="button" className="header-action" onClick={close} disabled={busy}>
        {t('header.close')}
      </button>
    </header>
  );
}
