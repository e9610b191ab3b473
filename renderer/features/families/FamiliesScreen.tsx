import { useCallback, useState } from 'react';
import type { FamilyRow, WorkspaceInfo } from '../../../core/contract';
import { ErrorAlert } from './ErrorAlert';
import { FamiliesGrid } from './FamiliesGrid';
import { MemberPanel } from './MemberPanel';
import { RegionFilter } from './RegionFilter';
import { WorkspaceHeader, type WorkspaceView } from './WorkspaceHeader';

interface Props {
  workspace: WorkspaceInfo;
  onNavigate: (view: WorkspaceView) => void;
  onClosed: () => void;
}

export function FamiliesScreen({ workspace, onNavigate, onClosed }: Props) {
  const [kecamatanCode, setKecamatanCode] = useState('');
  const [desaCode, setDesaCode] = useState('');
  const [rowCount, setRowCount] = useState<number | null>(null);
  const [family, setFamily] = useState<FamilyRow | null>(null);
  const [error, setError] = useState<string | null>(null);

  const chooseKecamatan = useCallback((code: string) => {
    setKecamatanCode(code);
    setDesaCode('');
  }, []);
  // A saved family replaces the open one so the panel and its history follow the new version.
  const familySaved = useCallback((row: FamilyRow) => setFamily((open) => (open?.id === row.id ? row : open)), []);

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
      <FamiliesGrid kecamatanCode={kecamatanCode} desaCode={desaCode} onRowCount={setRowCount} onSelect={setFamily} onSaved={familySaved} onError={setError} />
      {family && <MemberPanel key={family.id} family={family} onClose={() => setFamily(null)} onError={setError} />}
    </div>
  );
}
