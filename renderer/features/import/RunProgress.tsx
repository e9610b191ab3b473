import { formatNumber, t } from '../../i18n';
import { formatDuration } from './labels';
import type { Progress } from './useImportWizard';

interface Props {
  fileName: string;
  progress: Progress | null;
  cancelling: boolean;
  onCancel: () => void;
}

/** Rows done, speed and time left; the total is known only for files that state their size (xlsx). */
export function RunProgress({ fileName, progress, cancelling, onCancel }: Props) {
  const done = progress?.done ?? 0;
  const total = progress && progress.total > progress.done ? progress.total : null;
  const rate = progress?.rowsPerSecond ?? 0;
  const parts: string[] = [];
  if (progress) {
    parts.push(
      total
        ? t('import.running.rows', { done: formatNumber(done), total: formatNumber(total) })
        : t('import.running.rowsUnknown', { done: formatNumber(done) }),
    );
    if (rate > 0) parts.push(t('import.running.rate', { rate: formatNumber(rate) }));
    if (total && rate > 0) parts.push(t('import.running.eta', { time: formatDuration((total - done) / rate) }));
  }

  return (
    <section className="card import-card run-progress" aria-label={t('import.step.running')}>
      <h2>{t('import.running.title', { file: fileName })}</h2>
      {total ? <progress max={total} value={done} /> : <progress />}
      <p role="status" className="progress-text">
        {progress ? parts.join(' · ') : t('import.running.preparing')}
      </p>
      <p className="hint">{t('import.running.hint')}</p>
      <button type="button" onClick={onCancel} disabled={cancelling}>
        {cancelling ? t('import.running.cancelling') : t('import.running.cancel')}
      </button>
    </section>
  );
}
