import type { ImportSummary } from '../../../core/contract';
import { VERSION_LABELS } from '../../../core/domain/catalogue';
import { formatNumber, t, type MessageKey } from '../../i18n';
import { ConflictList } from './ConflictList';
import { ErrorsGrid } from './ErrorsGrid';
import { SaveReport } from './SaveReport';

interface Props {
  summary: ImportSummary;
  onBack: () => void;
  onRestart: () => void;
  onShowData: () => void;
  onError: (message: string) => void;
}

const COUNTS: [keyof ImportSummary & ('new' | 'updated' | 'unchanged' | 'rejected'), MessageKey][] = [
  ['new', 'import.result.new'],
  ['updated', 'import.result.updated'],
  ['unchanged', 'import.result.unchanged'],
  ['rejected', 'import.result.rejected'],
];

export function ResultStep({ summary, onBack, onRestart, onShowData, onError }: Props) {
  const duration = summary.ms < 1000 ? t('import.result.underSecond') : t('import.running.seconds', { n: formatNumber(Math.round(summary.ms / 100) / 10) });
  return (
    <div className="result-step">
      <p className={summary.applied ? 'banner success' : 'banner refused'} role="status">
        {summary.applied ? t('import.result.applied') : t('import.result.refused', { count: formatNumber(summary.errorCount) })}
      </p>
      <p className="hint">{t('import.result.meta', { file: summary.fileName, layout: summary.layout, version: VERSION_LABELS[summary.version], duration })}</p>
      {!summary.applied && <p className="counts-caption">{t('import.result.checkedOnly')}</p>}
      <dl className={summary.applied ? 'counts' : 'counts unsaved'} aria-label={t('import.step.result')}>
        {COUNTS.map(([key, label]) => (
          <div key={key} className={`count count-${key}`}>
            <dt>{t(label)}</dt>
            <dd>{formatNumber(summary[key])}</dd>
          </div>
        ))}
      </dl>
      {summary.notices.map((notice) => (
        <p key={notice} className="notice">
          {notice}
        </p>
      ))}
      <div className="result-actions">
        {summary.applied ? (
          <button type="button" className="primary" onClick={onShowData}>
            {t('import.result.showData')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={onBack}>
            {t('import.result.back')}
          </button>
        )}
        <button type="button" onClick={onRestart}>
          {t('import.result.another')}
        </button>
      </div>
      {summary.conflicts.length > 0 && <ConflictList conflicts={summary.conflicts} version={summary.version} onError={onError} />}
      {summary.errorCount > 0 && (
        <section className="result-errors" aria-label={t('import.result.errors', { count: formatNumber(summary.errorCount) })}>
          <header className="section-heading">
            <h3>{t('import.result.errors', { count: formatNumber(summary.errorCount) })}</h3>
            {summary.errorCount > summary.errors.length && (
              <span className="hint">
                {t('import.result.errorsCapped', { shown: formatNumber(summary.errors.length), total: formatNumber(summary.errorCount) })}
              </span>
            )}
          </header>
          <SaveReport fileName={summary.fileName} onError={onError} />
          <ErrorsGrid errors={summary.errors} />
        </section>
      )}
    </div>
  );
}
