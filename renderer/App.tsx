import { useCallback, useEffect, useState } from 'react';
import type { WorkspaceInfo } from '../core/contract';
import { api, errorMessage } from './api';
import { AuditScreen } from './features/accounts/AuditScreen';
import { AuthGate } from './features/accounts/AuthGate';
import { BatchesScreen } from './features/batches/BatchesScreen';
import { UsersScreen } from './features/accounts/UsersScreen';
import { FamiliesScreen } from './features/families/FamiliesScreen';
import type { WorkspaceView } from './features/families/WorkspaceHeader';
import { ImportScreen } from './features/import/ImportScreen';
import { ProposalsScreen } from './features/proposals/ProposalsScreen';
import type { RuleFilter } from './features/validation/ruleFilter';
import { ValidationScreen } from './features/validation/ValidationScreen';
import { StartScreen } from './features/workspace/StartScreen';
import { PracticeFrame } from './features/training/PracticeFrame';
import { TrainingScreen } from './features/training/TrainingScreen';
import { t } from './i18n';

type Session = { state: 'loading' } | { state: 'start'; error: string | null } | { state: 'open'; workspace: WorkspaceInfo };

export function App() {
  // The backend may already have a workspace open, e.g. after a page reload in web mode.
  const [session, setSession] = useState<Session>({ state: 'loading' });

  useEffect(() => {
    api.call('workspace.info', {}).then(
      (workspace) => setSession(workspace ? { state: 'open', workspace } : { state: 'start', error: null }),
      (error: unknown) => setSession({ state: 'start', error: errorMessage(error) }),
    );
  }, []);

  const name = session.state === 'open' ? session.workspace.name : null;
  useEffect(() => {
    document.title = name ? `${t('app.name')} — ${name}` : t('app.name');
  }, [name]);

  const refreshed = useCallback((workspace: WorkspaceInfo) => setSession({ state: 'open', workspace }), []);

  switch (session.state) {
    case 'loading':
      return <p className="splash">{t('common.loading')}</p>;
    case 'start':
      return <StartScreen initialError={session.error} onOpened={(workspace) => setSession({ state: 'open', workspace })} />;
    case 'open':
      return (
        <PracticeFrame workspace={session.workspace}>
          <AuthGate key={session.workspace.path} workspace={session.workspace} onClosed={() => setSession({ state: 'start', error: null })}>
            <WorkspaceScreens workspace={session.workspace} onRefreshed={refreshed} onClosed={() => setSession({ state: 'start', error: null })} />
          </AuthGate>
        </PracticeFrame>
      );
  }
}

interface OpenProps {
  workspace: WorkspaceInfo;
  onRefreshed: (workspace: WorkspaceInfo) => void;
  onClosed: () => void;
}

/** The screens of an open workspace. The families screen mounts afresh on each visit, so it always shows current data. */
function WorkspaceScreens({ workspace, onRefreshed, onClosed }: OpenProps) {
  const [view, setView] = useState<WorkspaceView>(workspace.isPractice ? 'training' : 'families');
  // Set by a click on a rule in Validasi; cleared by the chip's ✕ or by navigating to the tab directly.
  const [ruleFilter, setRuleFilter] = useState<RuleFilter | null>(null);
  const refresh = useCallback(async () => {
    const info = await api.call('workspace.info', {});
    if (info) onRefreshed(info);
  }, [onRefreshed]);
  const navigate = useCallback((target: WorkspaceView) => {
    setRuleFilter(null);
    setView(target);
  }, []);
  const openRule = useCallback((filter: RuleFilter) => {
    setRuleFilter(filter);
    setView('families');
  }, []);

  switch (view) {
    case 'import':
      return <ImportScreen workspace={workspace} onNavigate={navigate} onClosed={onClosed} onApplied={refresh} />;
    case 'proposals':
      return <ProposalsScreen workspace={workspace} onNavigate={navigate} onClosed={onClosed} />;
    case 'batches':
      return <BatchesScreen workspace={workspace} onNavigate={navigate} onClosed={onClosed} />;
    case 'training':
      return <TrainingScreen workspace={workspace} onNavigate={navigate} onClosed={onClosed} onRefreshed={onRefreshed} />;
    case 'users':
      return <UsersScreen workspace={workspace} onNavigate={navigate} onClosed={onClosed} />;
    case 'audit':
      return <AuditScreen workspace={workspace} onNavigate={navigate} onClosed={onClosed} />;
    case 'validation':
      return <ValidationScreen workspace={workspace} onNavigate={navigate} onClosed={onClosed} onOpenRule={openRule} />;
    case 'families':
      return (
        <FamiliesScreen
          key={ruleFilter ? `${ruleFilter.ruleId}|${ruleFilter.desaCode ?? ''}` : 'all'}
          workspace={workspace}
          ruleFilter={ruleFilter}
          onClearRuleFilter={() => setRuleFilter(null)}
          onNavigate={navigate}
          onClosed={onClosed}
        />
      );
  }
}
