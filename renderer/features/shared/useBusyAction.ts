import { useCallback, useState } from 'react';
import { errorMessage } from '../../api';

/** One backend action at a time: `busy` while it runs, its result handed to `done`, errors to the screen. */
export function useBusyAction(onError: (message: string) => void) {
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T,>(work: () => Promise<T>, done: (value: T) => void) => {
      setBusy(true);
      try {
        done(await work());
      } catch (caught) {
        onError(errorMessage(caught));
      } finally {
        setBusy(false);
      }
    },
    [onError],
  );
  return { busy, run };
}
