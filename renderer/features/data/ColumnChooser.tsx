import type { Column, GridApi } from 'ag-grid-community';
import { useState } from 'react';
import type { GridRow } from '../../grid/catalogueColumns';
import { t } from '../../i18n';

interface Props {
  grid: GridApi<GridRow>;
  onClose: () => void;
}

/** Show, hide and pin any catalogue column (AG Grid's columns tool panel is Enterprise-only). */
export function ColumnChooser({ grid, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [, setTick] = useState(0);
  const columns = (grid.getColumns() ?? []).filter((column: Column) => {
    const header = column.getColDef().headerName ?? column.getColId();
    return header.toLowerCase().includes(query.toLowerCase());
  });
  const change = (action: () => void) => {
    action();
    setTick((n) => n + 1);
  };
  return (
    <section className="column-chooser" aria-label={t('grid.columns.title')}>
      <header>
        <h3>{t('grid.columns.title')}</h3>
        <button type="button" className="link" onClick={onClose}>{t('common.close')}</button>
      </header>
      <input type="search" placeholder={t('grid.columns.search')} value={query} onChange={(event) => setQuery(event.target.value)} />
      <ul>
        {columns.map((column) => (
          <li key={column.getColId()}>
            <label>
              <input type="checkbox" checked={column.isVisible()} onChange={(event) => change(() => grid.setColumnsVisible([column], event.target.checked))} />
              {column.getColDef().headerName}
            </label>
            <select
              aria-label={t('grid.columns.pin', { column: column.getColDef().headerName ?? '' })}
              value={column.getPinned() === 'right' ? 'right' : column.getPinned() ? 'left' : ''}
              onChange={(event) => change(() => grid.setColumnsPinned([column], (event.target.value || null) as 'left' | 'right' | null))}
            >
              <option value="">—</option>
              <option value="left">{t('grid.columns.pinLeft')}</option>
              <option value="right">{t('grid.columns.pinRight')}</option>
            </select>
          </li>
        ))}
      </ul>
    </section>
  );
}
