import { useEffect, useState } from 'react';
import type { EventMap } from '../../../core/contract';
import { api } from '../../api';
import { formatNumber, t } from '../../i18n';
import type { RunOpen } from './StartScreen';

type Progress = EventMap['job.progress'];

export function DemoCard({ run, busy }: { run: RunOpen; busy: boolean }) {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);

  // Subscribed while mounted, not per click: the event stream must be connected before generation starts.
  useEffect(() => api.on('job.progress', setProgress), []);

  const open = async () => {
    setProgress(null);
    setRunning(true);
    await run(() => api.call('workspace.openDemo', {}));
    setRunning(false);
  };

  return (
    <section className="card">
      <h2>{t('start.demo.title')}</h2>
      <p className="hint">{t('start.demo.hint')}</p>
      <button type="button" className="primary" onClick={open} disabled={busy}>
        {t('start.demo.button')}
      </button>
      {running && progress && (
        <div className="progress" role="status">
          <progress max={progress.total} value={progress.done} />
          <span>
            {t('start.progress', { label: progress.label, done: formatNumber(progress.done), total: formatNumber(progress.total) })}
          </span>
        </div>
      )}
    </section>
  );
}
