import { useCallback, useEffect, useState } from 'react';
import type { Finding } from '../../../core/contract';
import { api, errorMessage } from '../../api';

/**
 * The findings of the open family, acknowledged ones included (they show as accepted).
 * `reload` after a save: the backend re-checks the family as part of the save.
 */
export function useFamilyFindings(familyId: number | null, onError: (message: string) => void) {
  const [loaded, setLoaded] = useState<{ familyId: number; findings: Finding[] } | null>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    if (familyId === null) return;
    let live = true;
    api.call('validation.findings', { familyId, includeAcknowledged: true, startRow: 0, endRow: 500 }).then(
      (result) => live && setLoaded({ familyId, findings: result.rows }),
      (error: unknown) => live && onError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [familyId, revision, onError]);

  const reload = useCallback(() => setRevision((n) => n + 1), []);
  const findings = loaded && loaded.familyId === familyId ? loaded.findings : null;
  return { findings, reload };
}
