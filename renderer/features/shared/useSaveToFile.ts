import { useState } from 'react';
import { errorMessage } from '../../api';

/**
 * Saving something the backend writes to a path (a report, an export): busy flag, the success
 * message, and errors handed to the screen. Shared by the import report and the validation export.
 */
export function useSaveToFile(onError: (message: string) => void) {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async (target: string | null | undefined, write: (path: string) => Promise<string>) => {
    if (!target) return;
    setBusy(true);
    setSaved(null);
    try {
      setSaved(await write(target));
    } catch (caught) {
      onError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return { busy, saved, save };
}

/** The typed path with the extension added when the user left it out. */
export function withExtension(path: string, extension: string): string {
  const target = path.trim();
  return target.toLowerCase().endsWith(`.${extension}`) ? target : `${target}.${extension}`;
}
