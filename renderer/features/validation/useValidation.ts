import { useCallback, useEffect, useState } from 'react';
import type { EventMap, ValidationSummary } from '../../../core/contract';
import { api, errorMessage } from '../../api';

export type Progress = EventMap['job.progress'];

/** The Validasi screen's data: the stored summary, and a full run with progress and cancel. */
export function useValidation(onError: (message: string) => void) {
  const [summary, setSummary] = useState<ValidationSummary | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [revision, setRevision] = useState(0);

  // Subscribed while mounted: the event stream must be connected before a run starts.
  useEffect(() => api.on('job.progress', (event) => event.job.startsWith('validation') && setProgress(event)), []);

  useEffect(() => {
    let live = true;
    api.call('validation.summary', {}).then(
      (result) => live && setSummary(result),
      (error: unknown) => live && onError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [revision, onError]);

  const reload = useCallback(() => setRevision((n) => n + 1), []);

  const run = useCallback(async () => {
    setRunning(true);
    setProgress(null);
    setCancelling(false);
    try {
      await api.call('validation.run', {});
    } catch (error) {
      // A cancelled run leaves the previous results in place; the message says so.
      onError(errorMessage(error));
    } finally {
      setRunning(false);
      setProgress(null);
      setCancelling(false);
      reload();
    }
  }, [onError, reload]);

  const cancel = useCallback(() => {
    setCancelling(true);
    api.call('jobs.cancel', progress ? { job: progress.job } : {}).catch((error: unknown) => onError(errorMessage(error)));
  }, [progress, onError]);

  return { summary, running, progress, cancelling, run, cancel, reload };
}
