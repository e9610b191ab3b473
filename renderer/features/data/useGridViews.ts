import type { ColumnState, GridApi } from 'ag-grid-community';
import { useCallback, useRef, useState } from 'react';
import type { GridScope, GridState, GridViewName } from '../../../core/contract';
import { api, errorMessage } from '../../api';
import type { GridRow } from '../../grid/catalogueColumns';
import { applyState, captureState, layoutOf } from './gridState';

/** The user's column layout (restored when the grid opens, saved as it changes) and named saved views. */
export function useGridViews(view: GridViewName, onScope: (scope: GridScope) => void, onError: (message: string) => void) {
  const [saved, setSaved] = useState<{ name: string; state: GridState }[]>([]);
  const gridApi = useRef<GridApi<GridRow> | null>(null);
  const restoring = useRef(false);

  const reload = useCallback(() => api.call('views.list', { view }), [view]);

  const ready = useCallback(
    (grid: GridApi<GridRow>) => {
      gridApi.current = grid;
      reload()
        .then(({ layout, saved: views }) => {
          setSaved(views);
          if (layout && !grid.isDestroyed()) {
            restoring.current = true;
            applyState(grid, { columns: layout.columns });
            restoring.current = false;
          }
        })
        .catch((error: unknown) => onError(errorMessage(error)));
    },
    [onError, reload],
  );

  // Called once per finished user change (a drag ends, a column is shown or pinned), so saved at once.
  const layoutChanged = useCallback(
    (columns: ColumnState[]) => {
      if (restoring.current) return;
      api.call('views.saveLayout', { view, state: { columns: layoutOf(columns), filterModel: {}, sortModel: [], scope: {} } }).catch((error: unknown) => onError(errorMessage(error)));
    },
    [onError, view],
  );

  const save = useCallback(
    async (name: string, scope: GridScope) => {
      if (!gridApi.current) return;
      try {
        await api.call('views.save', { view, name, state: captureState(gridApi.current, scope) });
        setSaved((await reload()).saved);
      } catch (error) {
        onError(errorMessage(error));
      }
    },
    [onError, reload, view],
  );

  const apply = useCallback(
    (name: string) => {
      const chosen = saved.find((entry) => entry.name === name);
      if (!chosen || !gridApi.current) return;
      applyState(gridApi.current, chosen.state);
      onScope(chosen.state.scope);
    },
    [onScope, saved],
  );

  const remove = useCallback(
    async (name: string) => {
      try {
        await api.call('views.delete', { view, name });
        setSaved((await reload()).saved);
      } catch (error) {
        onError(errorMessage(error));
      }
    },
    [onError, reload, view],
  );

  return { saved: saved.map((entry) => entry.name), ready, layoutChanged, save, apply, remove, grid: () => gridApi.current };
}
