import { useState } from 'react';
import type { WorkspaceInfo } from '../../../core/contract';
import { errorMessage } from '../../api';
import { t } from '../../i18n';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { DemoCard } from './DemoCard';
import { OpenWorkspace } from './OpenWorkspace';
import { RecentWorkspaces } from './RecentWorkspaces';
import { TrainingCard } from '../training/TrainingCard';

/** Resolves to the opened workspace, or null when the user cancelled a dialog. */
export type OpenAction = () => Promise<WorkspaceInfo | null>;
export type RunOpen = (action: OpenAction) => Promise<void>;

interface Props {
  onOpened: (workspace: WorkspaceInfo) => void;
  /** Why the backend could not say whether a workspace is open, if it failed. */
  initialError: string | null;
}

export function StartScreen({ onOpened, initialError }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(initialError);

  const run: RunOpen = async (action) => {
    setBusy(true);
    setError(null);
    try {
      const workspace = await action();
      if (workspace) onOpened(workspace);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="start">
      <header className="start-brand">
        <h1>{t('app.name')}</h1>
        <p>{t('app.tagline')}</p>
      </header>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <div className="start-columns">
        <div className="start-column">
          <DemoCard run={run} busy={busy} />
          <OpenWorkspace run={run} busy={busy} />
          <RecentWorkspaces run={run} busy={busy} onError={setError} />
          <TrainingCard run={run} busy={busy} onError={setError} />
        </div>
        <CreateWorkspaceForm run={run} busy={busy} onError={setError} />
      </div>
    </main>
  );
}
