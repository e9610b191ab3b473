import type { IDatasource } from 'ag-grid-community';
import type { FilterModel, SortModel } from '../../core/contract';
import { api, errorMessage } from '../api';

export interface FamilyScope {
  kecamatanCode?: string;
  desaCode?: string;
  /** Only families with open findings of this rule (from the Validasi screen). */
  findingRuleId?: string;
}

/** Feeds AG Grid's infinite row model one block at a time from families.list. */
export function familyDatasource(scope: FamilyScope, onRowCount: (count: number) => void, onError: (message: string) => void): IDatasource {
  return {
    getRows(params) {
      api
        .call('families.list', {
          startRow: params.startRow,
          endRow: params.endRow,
          sortModel: params.sortModel as SortModel,
          filterModel: params.filterModel as FilterModel,
          ...scope,
        })
        .then(({ rows, rowCount }) => {
          onRowCount(rowCount);
          params.successCallback(rows, rowCount);
        })
        .catch((error: unknown) => {
          onError(errorMessage(error));
          params.failCallback();
        });
    },
  };
}
