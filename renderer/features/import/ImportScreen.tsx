import { useState } from 'react';
import type { WorkspaceInfo } from '../../../core/contract';
import { t, type MessageKey } from '../../i18n';
import { ErrorAlert } from '../families/ErrorAlert';
import { WorkspaceHeader, type WorkspaceView } from '../families/WorkspaceHeader';
import { PracticeImportGuard } from '../training/PracticeImportGuard';
import { ChooseFileStep } from './ChooseFileStep';
import { ImportHistory } from './ImportHistory';
import { MappingStep } from './MappingStep';
import { ResultStep } from './ResultStep';
import { RunProgress } from './RunProgress';
import { useImportWizard, type Step } from './useImportWizard';
import './import.css';
import './result.css';

interface Props {
  workspace: WorkspaceInfo;
  onNavigate: (view: WorkspaceView) => void;
  onClosed: () => void;
  /** After an applied import: the header counts (and, on return, the grid) must show the new data. */
  onApplied: () => Promise<void>;
}

const STEPS: [Step, MessageKey][] = [
  ['file', 'import.step.file'],
  ['mapping', 'import.step.mapping'],
  ['running', 'import.step.running'],
  ['result', 'import.step.result'],
];

export function ImportScreen({ workspace, onNavigate, onClosed, onApplied }: Props) {
  const [tab, setTab] = useState<'new' | 'history'>('new');
  const [error, setError] = useState<string | null>(null);
  const wizard = useImportWizard(onApplied);
  const running = wizard.step === 'running';

  return (
    <div className="main-screen">
      <WorkspaceHeader workspace={workspace} view="import" busy={running} onNavigate={onNavigate} onClosed={onClosed} onError={setError} />
      <ErrorAlert
        message={wizard.error ?? error}
        onDismiss={() => {
          wizard.dismissError();
          setError(null);
        }}
      />
      <div className="toolbar import-toolbar">
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={tab === 'new'} onClick={() => setTab('new')}>
            {t('import.tab.new')}
          </button>
          <button type="button" role="tab" aria-selected={tab === 'history'} onClick={() => setTab('history')}>
            {t('import.tab.history')}
          </button>
        </div>
        {tab === 'new' && (
          <ol className="steps">
            {STEPS.map(([step, label], i) => (
              <li key={step} aria-current={wizard.step === step ? 'step' : undefined}>
                <span className="step-number">{i + 1}</span> {t(label)}
              </li>
            ))}
          </ol>
        )}
      </div>
      {workspace.isPractice && tab === 'new' && wizard.step === 'mapping' && <PracticeImportGuard path={wizard.path} />}
      <main className="import-body">
        {tab === 'history' ? <ImportHistory onError={setError} /> : <WizardStep wizard={wizard} onNavigate={onNavigate} onError={setError} />}
      </main>
    </div>
  );
}

function WizardStep({
  wizard,
  onNavigate,
  onError,
}: {
  wizard: ReturnType<typeof useImportWizard>;
  onNavigate: (view: WorkspaceView) => void;
  onError: (message: string) => void;
}) {
  switch (wizard.step) {
    case 'file':
      return <ChooseFileStep initialPath={wizard.path} loading={wizard.loading} onChoose={(path) => void wizard.choose(path)} />;
    case 'mapping':
      return <MappingStep wizard={wizard} />;
    case 'running':
      return <RunProgress fileName={wizard.preview?.fileName ?? ''} progress={wizard.progress} cancelling={wizard.cancelling} onCancel={wizard.cancel} />;
    case 'result':
      return wizard.summary ? (
        <ResultStep
          summary={wizard.summary}
          onBack={wizard.backToMapping}
          onRestart={wizard.restart}
          onShowData={() => onNavigate('families')}
          onError={onError}
        />
      ) : null;
  }
}
