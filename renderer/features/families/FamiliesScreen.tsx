import type { GridApi } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import type { GridScope, GridViewName, WorkspaceInfo } from '../../../core/contract';
import type { GridRow } from '../../grid/catalogueColumns';
import { t } from '../../i18n';
import { ColumnChooser } from '../data/ColumnChooser';
import { DataGrid } from '../data/DataGrid';
import { SavedViews } from '../data/SavedViews';
import { ScopeBar } from '../data/ScopeBar';
import { useGridViews } from '../data/useGridViews';
import { catalogueFlaggedCells } from '../validation/findingCells';
import { RuleChip } from '../validation/RuleChip';
import type { RuleFilter } from '../validation/ruleFilter';
import { useFamilyFindings } from '../validation/useFamilyFindings';
import { FamilyEditor } from '../family-editor/FamilyEditor';
import { ErrorAlert } from './ErrorAlert';
import { NoticeBar } from './NoticeBar';
import { WorkspaceHeader, type WorkspaceView } from './WorkspaceHeader';

interface Props {
  workspace: WorkspaceInfo;
  /** Set when opened from a rule on the Validasi screen (the screen remounts per filter). */
  ruleFilter?: RuleFilter | null;
  onClearRuleFilter?: () => void;
  onNavigate: (view: WorkspaceView) => void;
  onClosed: () => void;
}

/** The data screen: the Keluarga and Anggota grids over the whole workspace, and the open family. */
export function FamiliesScreen({ workspace, ruleFilter, onClearRuleFilter, onNavigate, onClosed }: Props) {
  const [view, setView] = useState<GridViewName>('keluarga');
  const [scope, setScope] = useState<GridScope>({ kecamatanCode: ruleFilter?.kecamatanCode, desaCode: ruleFilter?.desaCode, findingRuleId: ruleFilter?.ruleId });
  const [rowCount, setRowCount] = useState<number | null>(null);
  const [familyId, setFamilyId] = useState<number | null>(null);
  const [chooser, setChooser] = useState<GridApi<GridRow> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A saved view replaces the whole scope: the scope bar restarts from it (its search box included).
  const [scopeRevision, setScopeRevision] = useState(0);
  const replaceScope = useCallback((next: GridScope) => {
    setScope(next);
    setScopeRevision((n) => n + 1);
  }, []);
  const views = useGridViews(view, replaceScope, setError);
  const { findings, reload: reloadFindings } = useFamilyFindings(familyId, setError);
  const flagged = useMemo(() => catalogueFlaggedCells(findings ?? [], view === 'anggota' ? 'member' : 'family'), [findings, view]);

  // Edits in the grid reload the open family's card; edits in the family editor reload the grid.
  const [gridEdits, setGridEdits] = useState(0);
  const [editorEdits, setEditorEdits] = useState(0);
  const gridChanged = useCallback(() => {
    setGridEdits((n) => n + 1);
    reloadFindings();
  }, [reloadFindings]);
  const editorChanged = useCallback(() => {
    setEditorEdits((n) => n + 1);
    reloadFindings();
  }, [reloadFindings]);
  const switchView = (next: GridViewName) => {
    setView(next);
    setRowCount(null);
    setChooser(null);
  };

  return (
    <div className="main-screen">
      <WorkspaceHeader workspace={workspace} view="families" onNavigate={onNavigate} onClosed={onClosed} onError={setError} />
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <NoticeBar message={notice} onOpenProposals={() => onNavigate('proposals')} onDismiss={() => setNotice(null)} />
      <div className="toolbar view-bar">
        <div className="view-tabs" role="tablist" aria-label={t('grid.views.tabs')}>
          {(['keluarga', 'anggota'] as const).map((name) => (
            <button key={name} type="button" role="tab" aria-selected={view === name} onClick={() => switchView(name)}>
              {t(name === 'keluarga' ? 'grid.view.keluarga' : 'grid.view.anggota')}
            </button>
          ))}
        </div>
        <SavedViews names={views.saved} onApply={views.apply} onSave={(name) => void views.save(name, scope)} onDelete={(name) => void views.remove(name)} />
        <button type="button" onClick={() => setChooser(chooser ? null : views.grid())}>{t('grid.columns.button')}</button>
      </div>
      <ScopeBar key={scopeRevision} view={view} kabupatenCode={workspace.kabupatenCode} scope={scope} onScope={setScope} rowCount={rowCount} onError={setError} />
      {ruleFilter && onClearRuleFilter && <RuleChip filter={ruleFilter} rowCount={rowCount} onClear={onClearRuleFilter} />}
      <div className="data-area">
        <DataGrid
          key={view}
          view={view}
          scope={scope}
          flagged={flagged}
          onReady={views.ready}
          onLayoutChanged={views.layoutChanged}
          onRowCount={setRowCount}
          onOpenFamily={setFamilyId}
          outsideEdits={editorEdits}
          onChanged={gridChanged}
          onError={setError}
          onNotice={setNotice}
        />
        {chooser && <ColumnChooser grid={chooser} onClose={() => setChooser(null)} />}
      </div>
      {familyId !== null && (
        <FamilyEditor key={familyId} familyId={familyId} outsideEdits={gridEdits} findings={findings} onChanged={editorChanged} onClose={() => setFamilyId(null)} onError={setError} onNotice={setNotice} />
      )}
    </div>
  );
}
