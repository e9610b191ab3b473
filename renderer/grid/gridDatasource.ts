import type { IDatasource } from 'ag-grid-community';
import type { FilterModel, GridScope, GridViewName, SortModel } from '../../core/contract';
import { api, errorMessage } from '../api';
import type { GridRow } from './catalogueColumns';

export interface DatasourceOptions {
  view: GridViewName;
  scope: GridScope;
  /** The visible column ids (only those are read). */
  columns: () => string[];
  onRowCount: (count: number) => void;
  onError: (message: string) => void;
}

/**
 * Feeds AG Grid's infinite row model from grid.block. The row count (the slow part of a filter)
 * is asked once per sort/filter with the first block, then reused for the following blocks.
 */
export function gridDatasource({ view, scope, columns, onRowCount, onError }: DatasourceOptions): IDatasource & { forgetCount(): void } {
  let counted: { key: string; count: number } | null = null;
  return {
    /** After an edit the filtered set may have changed (a fixed finding, a renamed person): count again. */
    forgetCount() {
      counted = null;
    },
    getRows(params) {
      const key = JSON.stringify([params.filterModel, params.sortModel]);
      const known = counted?.key === key ? counted.count : null;
      api
        .call('grid.block', {
          view,
          scope,
          columns: columns(),
          startRow: params.startRow,
          endRow: params.endRow,
          sortModel: params.sortModel as SortModel,
          filterModel: params.filterModel as FilterModel,
          withCount: known === null,
        })
        .then(({ rows, rowCount }) => {
          const count = rowCount ?? known ?? 0;
          counted = { key, count };
          onRowCount(count);
          params.successCallback(rows as GridRow[], count);
        })
        .catch((error: unknown) => {
          onError(errorMessage(error));
          params.failCallback();
        });
    },
  };
}
