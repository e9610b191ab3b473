import type { WorkspaceInfo } from '../../../core/contract';
import { api, errorMessage } from '../../api';
import { formatNumber, t } from '../../i18n';

interface Props {
  workspace: WorkspaceInfo;
  onClosed: () => void;
  onError: (message: string) => void;
}

export function WorkspaceHeader({ workspace, onClosed, onError }: Props) {
  const close = () => api.call('workspace.close', {}).then(onClosed, (error: unknown) => onError(errorMessage(error)));

  return (
    <header className="app-header">
      <span className="app-name">{t('app.name')}</span>
      <span className="workspace-name">{workspace.name}</span>
      <span className="workspace-region">{workspace.kabupatenName}</span>
      <span className="workspace-counts">
        {t('header.counts', { families: formatNumber(workspace.families), members: formatNumber(workspace.members) })}
      </span>
      <button type="button" className="header-action" onClick={close}>
        {t('header.close')}
      </button>
    </header>
  );
}
