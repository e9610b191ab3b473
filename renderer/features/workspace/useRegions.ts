import { useEffect, useState } from 'react';
import type { RegionRef } from '../../../core/contract';
import { api, errorMessage } from '../../api';

export const PROVINCES = 'provinces';

/** Provinces, or the children of a region code; empty while loading, without a parent or after a failure. */
export function useRegions(parent: string | null, onError: (message: string) => void): RegionRef[] {
  const [loaded, setLoaded] = useState<{ parent: string; regions: RegionRef[] } | null>(null);

  useEffect(() => {
    if (!parent) return;
    let live = true;
    const request = parent === PROVINCES ? api.call('regions.provinces', {}) : api.call('regions.children', { code: parent });
    request.then(
      (regions) => live && setLoaded({ parent, regions }),
      (error: unknown) => live && onError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [parent, onError]);

  return loaded && loaded.parent === parent ? loaded.regions : [];
}
