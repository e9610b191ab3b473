import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { WorkspaceInfo } from '../../../core/contract';
import type { TrainingStatus } from '../../../core/contract/training';
import { api } from '../../api';
import { t } from '../../i18n';
import './training.css';

const CHECK_EVERY_MS = 3_000;

interface PracticeStatus {
  /** The checklist as last checked (null before the first login: the status needs a session). */
  status: TrainingStatus | null;
  reload: () => Promise<void>;
}

const PracticeContext = createContext<PracticeStatus>({ status: null, reload: async () => undefined });

/** The checklist of the open practice workspace, checked again every few seconds on every screen. */
export const usePracticeStatus = () => useContext(PracticeContext);

/**
 * Every screen of a practice workspace, the login included, sits under the MODE LATIHAN banner, so it is
 * never mistaken for real data. The banner shows the score; the Latihan screen reads the same status.
 */
export function PracticeFrame({ workspace, children }: { workspace: WorkspaceInfo; children: ReactNode }) {
  if (!workspace.isPractice) return children;
  return <PracticeChecks>{children}</PracticeChecks>;
}

function PracticeChecks({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<TrainingStatus | null>(null);
  // A refused check (before login, or while an import holds the workspace) keeps the last checklist shown.
  const reload = useCallback(() => api.call('training.status', {}).then(setStatus, () => undefined), []);
  useEffect(() => {
    void reload();
    const timer = window.setInterval(() => void reload(), CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  return (
    <PracticeContext.Provider value={{ status, reload }}>
      <div className="practice-frame">
        <div className="practice-banner" role="note" aria-label={t('training.banner')}>
          <strong>{t('training.banner')}</strong>
          <span>{t('training.banner.text')}</span>
          {status && <span className="practice-score">{t('training.banner.score', { score: status.score, max: status.maxScore })}</span>}
        </div>
        <div className="practice-content">{children}</div>
      </div>
    </PracticeContext.Provider>
  );
}
