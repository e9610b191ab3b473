import { useMemo, useState } from 'react';
import type { WorkspaceInfo } from '../../../core/contract';
import { t } from '../../i18n';
import { ErrorAlert } from '../families/ErrorAlert';
import { WorkspaceHeader, type WorkspaceView } from '../families/WorkspaceHeader';
import { DuplicatesTable } from './DuplicatesTable';
import { ExportForm } from './ExportForm';
import { RegionsTable, type RegionScope } from './RegionsTable';
import type { RuleFilter } from './ruleFilter';
import { RulesTable } from './RulesTable';
import { RunBar } from './RunBar';
import { Totals } from './Totals';
import { useScopedRules } from './useScopedRules';
import { useValidation } from './useValidation';
import './findings.css';
import './validation.css';

interface Props {
  workspace: WorkspaceInfo;
  onNavigate: (view: WorkspaceView) => void;
  onClosed: () => void;
  /** A rule was clicked: show its families in the Data keluarga grid. */
  onOpenRule: (filter: RuleFilter) => void;
}

export function ValidationScreen({ workspace, onNavigate, onClosed, onOpenRule }: Props) {
  const [tab, setTab] = useState<'summary' | 'duplicates'>('summary');
  const [error, setError] = useState<string | null>(null);
  const [scope, setScope] = useState<RegionScope>({});
  const validation = useValidation(setError);
  const { summary } = validation;
  const rules = useScopedRules(summary, scope, setError);

  const openRule = useMemo(
    () => (ruleId: string, title: string) => onOpenRule({ ruleId, title, kecamatanCode: scope.kecamatanCode, desaCode: scope.desaCode, desaName: scope.desaName }),
    [onOpenRule, scope],
  );

  return (
    <div className="main-screen">
      <WorkspaceHeader workspace={workspace} view="validation" busy={validation.running} onNavigate={onNavigate} onClosed={onClosed} onError={setError} />
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <div className="toolbar validation-toolbar">
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={tab === 'summary'} onClick={() => setTab('summary')}>
            {t('val.tab.summary')}
          </button>
          <button type="button" role="tab" aria-selected={tab === 'duplicates'} onClick={() => setTab('duplicates')}>
            {t('val.tab.duplicates')}
          </button>
        </div>
        <RunBar validation={validation} />
      </div>
      <main className="validation-body">
        {tab === 'duplicates' ? (
          <DuplicatesTable key={summary?.lastRun?.at ?? 'none'} onError={setError} />
        ) : (
          summary && (
            <div className="validation-columns">
              <div className="validation-main">
                <Totals summary={summary} />
                <RulesTable rules={rules} scope={scope} onOpen={openRule} />
              </div>
              <aside className="validation-side">
                <RegionsTable regions={summary.regions} scope={scope} onScope={setScope} />
                <ExportForm scope={scope} onError={setError} />
              </aside>
            </div>
          )
        )}
      </main>
    </div>
  );
}
