import { useCallback, useMemo, useState } from 'react';
import type { FamilyRow, WorkspaceInfo } from '../../../core/contract';
import { flaggedCells } from '../validation/findingCells';
import { RuleChip } from '../validation/RuleChip';
import type { RuleFilter } from '../validation/ruleFilter';
import { useFamilyFindings } from '../validation/useFamilyFindings';
import { ErrorAlert } from './ErrorAlert';
import { FamiliesGrid } from './FamiliesGrid';
import { MemberPanel } from './MemberPanel';
import { RegionFilter } from './RegionFilter';
import { WorkspaceHeader, type WorkspaceView } from './WorkspaceHeader';

interface Props {
  workspace: WorkspaceInfo;
  /** Set when opened from a rule on the Validasi screen (the screen remounts per filter). */
  ruleFilter?: RuleFilter | null;
  onClearRuleFilter?: () => void;
  onNavigate: (view: WorkspaceView) => void;
  onClosed: () => void;
}

export function FamiliesScreen({ workspace, ruleFilter, onClearRuleFilter, onNavigate, onClosed }: Props) {
  const [kecamatanCode, setKecamatanCode] = useState(ruleFilter?.kecamatanCode ?? '');
  const [desaCode, setDesaCode] = useState(ruleFilter?.desaCode ?? '');
  const [rowCount, setRowCount] = useState<number | null>(null);
  const [family, setFamily] = useState<FamilyRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { findings, reload: reloadFindings } = useFamilyFindings(family?.id ?? null, setError);
  const flaggedFamilyCells = useMemo(() => flaggedCells(findings ?? [], 'family'), [findings]);

  const chooseKecamatan = useCallback((code: string) => {
    setKecamatanCode(code);
    setDesaCode('');
  }, []);
  // A saved family replaces the open one so the panel and its history follow the new version.
  const familySaved = useCallback(
    (row: FamilyRow) => {
      setFamily((open) => (open?.id === row.id ? row : open));
      reloadFindings();
    },
    [reloadFindings],
  );

  return (
    <div className="main-screen">
      <WorkspaceHeader workspace={workspace} view="families" onNavigate={onNavigate} onClosed={onClosed} onError={setError} />
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <RegionFilter
        kabupatenCode={workspace.kabupatenCode}
        kecamatanCode={kecamatanCode}
        desaCode={desaCode}
        onKecamatan={chooseKecamatan}
        onDesa={setDesaCode}
        rowCount={rowCount}
        onError={setError}
      />
      {ruleFilter && onClearRuleFilter && <RuleChip filter={ruleFilter} rowCount={rowCount} onClear={onClearRuleFilter} />}
      <FamiliesGrid
        kecamatanCode={kecamatanCode}
        desaCode={desaCode}
        findingRuleId={ruleFilter?.ruleId}
        flagged={flaggedFamilyCells}
        onRowCount={setRowCount}
        onSelect={setFamily}
        onSaved={familySaved}
        onError={setError}
      />
      {family && (
        <MemberPanel key={family.id} family={family} findings={findings} onFindingsChanged={reloadFindings} onClose={() => setFamily(null)} onError={setError} />
      )}
    </div>
  );
}
