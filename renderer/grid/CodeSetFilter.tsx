import { useGridFilter, type CustomFilterProps } from 'ag-grid-react';
import { useCallback, useMemo, useState } from 'react';
import type { SetFilter } from '../../core/contract';
import { codesOf, QUESTIONNAIRE_VERSIONS, type CatalogueField } from '../../core/domain/catalogue';
import { t } from '../i18n';

type Props = CustomFilterProps<unknown, unknown, SetFilter> & { field: CatalogueField };

/** Pick one or several codes (both questionnaire versions' labels), or "(kosong)". The SQL does the filtering. */
export function CodeSetFilter({ field, model, onModelChange }: Props) {
  const options = useMemo(() => {
    if (field.type === 'yesno') return [{ code: 1, label: 'Ya' }, { code: 0, label: 'Tidak' }];
    const byCode = new Map<number, string>();
    for (const version of [...QUESTIONNAIRE_VERSIONS].reverse()) for (const option of codesOf(field, version)) if (!byCode.has(option.code)) byCode.set(option.code, option.label);
    return [...byCode].sort(([a], [b]) => a - b).map(([code, label]) => ({ code, label }));
  }, [field]);
  const [query, setQuery] = useState('');
  const selected = new Set(model?.values ?? []);
  const toggle = (code: number | null) => {
    const next = new Set(selected);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    onModelChange(next.size ? { filterType: 'set', values: [...next] } : null);
  };
  // Filtering happens in SQL; the grid asks this only for client-side rows, which the infinite model has none of.
  const doesFilterPass = useCallback(() => true, []);
  useGridFilter({ doesFilterPass });
  const shown = options.filter((option) => `${option.code}. ${option.label}`.toLowerCase().includes(query.toLowerCase()));
  return (
    <div className="code-set-filter">
      <input placeholder={t('grid.filter.search')} value={query} onChange={(event) => setQuery(event.target.value)} />
      <label>
        <input type="checkbox" checked={selected.has(null)} onChange={() => toggle(null)} /> {t('grid.filter.empty')}
      </label>
      {shown.map((option) => (
        <label key={option.code}>
          <input type="checkbox" checked={selected.has(option.code)} onChange={() => toggle(option.code)} /> {option.code}. {option.label}
        </label>
      ))}
      <button type="button" className="link" onClick={() => onModelChange(null)}>{t('grid.filter.clear')}</button>
    </div>
  );
}
