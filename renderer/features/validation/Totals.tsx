import type { ValidationSummary } from '../../../core/contract';
import { formatNumber, t } from '../../i18n';

/** The three headline numbers: open errors, open warnings, accepted warnings. */
export function Totals({ summary }: { summary: ValidationSummary }) {
  const item = (className: string, label: string, value: number) => (
    <div className={`total ${className}`}>
      <span className="total-value">{formatNumber(value)}</span>
      <span className="total-label">{label}</span>
    </div>
  );
  return (
    <div className="totals" aria-label={t('val.rules.title')}>
      {item('total-errors', t('val.totals.errors'), summary.errors)}
      {item('total-warnings', t('val.totals.warnings'), summary.warnings)}
      {item('total-ack', t('val.totals.acknowledged'), summary.acknowledged)}
    </div>
  );
}
