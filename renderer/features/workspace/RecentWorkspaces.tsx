import { useEffect, useState } from 'react';
import type { RecentWorkspace } from '../../../core/contract';
import { api, errorMessage } from '../../api';
import { formatDateTime, t } from '../../i18n';
import type { RunOpen } from './StartScreen';

interface Props {
  run: RunOpen;
  busy: boolean;
  onError: (message: string) => void;
}

export function RecentWorkspaces({ run, busy, onError }: Props) {
  const [recent, setRecent] = useState<RecentWorkspace[] | null>(null);

  useEffect(() => {
    let live = true;
    api.call('workspace.recent', {}).then(
      (list) => live && setRecent(list),
      (error: unknown) => live && onError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [onError]);

  return (
    <section className="card">
      <h2>{t('start.recent.title')}</h2>
      {recent === null && <p className="hint">{t('common.loading')}</p>}
      {recent?.length === 0 && <p className="hint">{t('start.recent.empty')}</p>}
      <ul className="recent-list">
        {recent?.map((item) => (
          <li key={item.path}>
            <button
              type="button"
              className="recent-item"
              disabled={busy || !item.exists}
              onClick={() => run(() => api.call('workspace.open', { path: item.path }))}
            >
              <span className="recent-name">{item.name}</span>
              <span className="recent-meta">
                {item.kabupatenName} · {t('start.recent.openedAt', { date: formatDateTime(item.openedAt) })}
              </span>
              <span className="recent-path mono">{item.path}</span>
              {!item.exists && <span className="badge-missing">{t('start.recent.missing')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
