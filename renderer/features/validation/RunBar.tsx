import { formatDateTime, formatNumber, t } from '../../i18n';
import type { useValidation } from './useValidation';

/** "Jalankan pemeriksaan", its progress and Batalkan while it runs, else when the data was last checked. */
export function RunBar({ validation }: { validation: ReturnType<typeof useValidation> }) {
  const { summary, running, progress, cancelling, run, cancel } = validation;
  const lastRun = summary?.lastRun;
  const total = progress && progress.total > 0 ? progress.total : null;

  return (
    <div className="validation-run">
      <button type="button" className="primary" onClick={() => void run()} disabled={running}>
        {t('val.run')}
      </button>
      {running ? (
        <>
          {total ? <progress max={total} value={progress?.done ?? 0} /> : <progress />}
          <span role="status" className="run-status">
            {progress && total
              ? t('val.progress', { label: progress.label, done: formatNumber(progress.done), total: formatNumber(total) })
              : t('val.running')}
          </span>
          <button type="button" onClick={cancel} disabled={cancelling}>
            {cancelling ? t('val.cancelling') : t('val.cancel')}
          </button>
        </>
      ) : (
        <span className="run-status" role="status">
          {lastRun
            ? t('val.lastRun', {
                at: formatDateTime(lastRun.at),
                user: lastRun.userName,
                duration: t('val.seconds', { n: (lastRun.ms / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 }) }),
              })
            : summary
              ? t('val.neverRun')
              : ''}
        </span>
      )}
    </div>
  );
}
