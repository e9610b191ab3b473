import { useCallback, useEffect, useState } from 'react';
import type { Card } from '../../../core/contract/family-ops';
import { api, errorMessage } from '../../api';

/** The open family's card (every catalogue value of the family and its members); reload after edits elsewhere. */
export function useFamilyCard(familyId: number, outsideEdits: number, onError: (message: string) => void) {
  const [card, setCard] = useState<Card | null>(null);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    let live = true;
    api.call('families.card', { id: familyId }).then(
      (loaded) => live && setCard(loaded),
      (error: unknown) => live && onError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [familyId, revision, outsideEdits, onError]);
  const reload = useCallback(() => setRevision((n) => n + 1), []);
  return { card, setCard, reload };
}
