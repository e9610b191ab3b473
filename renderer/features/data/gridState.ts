import type { ColumnState, GridApi } from 'ag-grid-community';
import type { GridScope, GridState } from '../../../core/contract';
import type { GridRow } from '../../grid/catalogueColumns';

/** The part of AG Grid's column state we keep: order, width, visibility, pinning; sort separately. */
export function captureState(api: GridApi<GridRow>, scope: GridScope): GridState {
  const columns = api.getColumnState();
  return {
    columns: layoutOf(columns),
    filterModel: api.getFilterModel(),
    sortModel: columns.filter((c) => c.sort).map((c) => ({ colId: c.colId, sort: c.sort! })),
    scope,
  };
}

export function layoutOf(columns: ColumnState[]): GridState['columns'] {
  return columns.map((c) => ({ colId: c.colId, width: c.width ?? undefined, hide: c.hide ?? false, pinned: c.pinned === 'left' || c.pinned === 'right' ? c.pinned : null }));
}

/** Columns the code no longer knows are dropped by AG Grid; new columns keep their defaults. */
export function applyState(api: GridApi<GridRow>, state: Pick<GridState, 'columns'> & Partial<Pick<GridState, 'filterModel' | 'sortModel'>>): void {
  const sorts = new Map((state.sortModel ?? []).map((s, index) => [s.colId, { sort: s.sort, sortIndex: index }]));
  api.applyColumnState({
    state: state.columns.map((c) => ({ colId: c.colId, width: c.width, hide: c.hide, pinned: c.pinned ?? null, sort: sorts.get(c.colId)?.sort ?? null, sortIndex: sorts.get(c.colId)?.sortIndex ?? null })),
    applyOrder: true,
  });
  if (state.filterModel) api.setFilterModel(state.filterModel);
}
