import { formatNumber, t } from '../../i18n';
import type { RuleFilter } from './ruleFilter';
import './findings.css';

interface Props {
  filter: RuleFilter;
  rowCount: number | null;
  onClear: () => void;
}

/** "Aturan: <title> ✕" above the families grid while it shows only the families of one rule. */
export function RuleChip({ filter, rowCount, onClear }: Props) {
  return (
    <div className="rule-filter-bar">
      <span className="rule-chip" role="status" aria-label={t('val.chip', { title: filter.title })}>
        <span className="rule-chip-label">{t('val.chip', { title: filter.title })}</span>
        {filter.desaName && <span className="rule-chip-desa">{t('val.chip.desa', { desa: filter.desaName })}</span>}
        {rowCount !== null && <span className="rule-chip-count">{t('val.chip.count', { count: formatNumber(rowCount) })}</span>}
        <button type="button" className="rule-chip-clear" onClick={onClear} aria-label={t('val.chip.clear')} title={t('val.chip.clear')}>
          ✕
        </button>
      </span>
    </div>
  );
}
