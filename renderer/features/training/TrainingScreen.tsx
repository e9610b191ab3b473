import { useEffect, useState } from 'react';
import type { WorkspaceInfo } from '../../../core/contract';
import { PARTICIPANT_ROLES } from '../../../core/contract/training';
import { api, errorMessage } from '../../api';
import { t } from '../../i18n';
import { roleLabel, useSession } from '../accounts/session';
import { ErrorAlert } from '../families/ErrorAlert';
import { WorkspaceHeader, type WorkspaceView } from '../families/WorkspaceHeader';
import { usePracticeStatus } from './PracticeFrame';
import { ScenarioCard } from './ScenarioCard';
import { TrainerPanel } from './TrainerPanel';
import { TrainingFiles } from './TrainingFiles';

interface Props {
  workspace: WorkspaceInfo;
  onNavigate: (view: WorkspaceView) => void;
  onClosed: () => void;
  onRefreshed: (workspace: WorkspaceInfo) => void;
}

/** Latihan: the scenarios with their checklist (checked again every few seconds by the frame), role switch, files, the trainer's tools. */
export function TrainingScreen({ workspace, onNavigate, onClosed, onRefreshed }: Props) {
  const session = useSession();
  const { status, reload } = usePracticeStatus();
  const [error, setError] = useState<string | null>(null);
  const userId = session?.user.id;
  useEffect(() => void reload(), [reload, userId]);

  const switchTo = (role: (typeof PARTICIPANT_ROLES)[number]) =>
    api.call('training.switchRole', { role }).then(
      (user) => session?.switchUser(user),
      (caught: unknown) => setError(errorMessage(caught)),
    );

  return (
    <div className="main-screen">
      <WorkspaceHeader workspace={workspace} view="training" onNavigate={onNavigate} onClosed={onClosed} onError={setError} />
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {status && (
        <div className="training-screen">
          <div className="training-column">
            <section className="card">
              <h2>{t('training.screen.title', { name: status.name })}</h2>
              <div className="training-summary">
                <span>{t('training.screen.focus', { desa: status.focusDesa.name, kecamatan: status.focusDesa.kecamatanName })}</span>
                <progress max={status.maxScore} value={status.score} aria-label={t('training.screen.total', { score: status.score, max: status.maxScore })} />
                <strong>{t('training.screen.total', { score: status.score, max: status.maxScore })}</strong>
                <button type="button" onClick={() => void reload()}>
                  {t('training.screen.refresh')}
                </button>
              </div>
            </section>
            {status.scenarios.map((scenario) => (
              <ScenarioCard key={scenario.id} scenario={scenario} />
            ))}
          </div>
          <div className="training-column">
            {session?.user.role === 'pelatih' && (
              <TrainerPanel
                status={status}
                onError={setError}
                onReset={(info) => {
                  onRefreshed(info);
                  void reload();
                }}
              />
            )}
            {session && (
              <section className="card">
                <h2>{t('training.role.title')}</h2>
                <p>{t('training.role.current', { name: session.user.name, role: roleLabel(session.user.role) })}</p>
                <div className="role-buttons">
                  {PARTICIPANT_ROLES.filter((role) => role !== session.user.role).map((role) => (
                    <button key={role} type="button" onClick={() => void switchTo(role)}>
                      {t('training.role.switch', { role: roleLabel(role) })}
                    </button>
                  ))}
                </div>
              </section>
            )}
            <TrainingFiles status={status} onError={setError} onWritten={() => void reload()} />
          </div>
        </div>
      )}
    </div>
  );
}
