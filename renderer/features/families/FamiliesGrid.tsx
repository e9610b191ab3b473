import type { CellEditRequestEvent, GetRowIdParams, SelectionChangedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useRef } from 'react';
import type { FamilyRow } from '../../../core/contract';
import { checkFieldValue, FAMILY_EDITABLE_FIELDS, type FamilyEditableField } from '../../../core/domain/fields';
import { api, errorMessage, isVersionConflict } from '../../api';
import { familyColumns } from '../../grid/familyColumns';
import { familyDatasource } from '../../grid/familyDatasource';
import { gridTheme } from '../../grid/setup';
import { gridLocaleText } from '../../i18n';
import { findingCellClassRules, useFindingContext, type FindingContext } from '../validation/findingCells';

interface Props {
  kecamatanCode: string;
  desaCode: string;
  /** Only families with open findings of this rule. */
  findingRuleId?: string;
  /** Cells of family-level findings of the open family, to highlight. */
  flagged: FindingContext['flagged'];
  onRowCount: (count: number) => void;
  onSelect: (family: FamilyRow) => void;
  onSaved: (family: FamilyRow) => void;
  onError: (message: string) => void;
}

const defaultColDef = { sortable: true, resizable: true, suppressHeaderMenuButton: true, cellClassRules: findingCellClassRules<FamilyRow>() };
const rowSelection = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;
const getRowId = (params: GetRowIdParams<FamilyRow>) => String(params.data.id);

export function FamiliesGrid({ kecamatanCode, desaCode, findingRuleId, flagged, onRowCount, onSelect, onSaved, onError }: Props) {
  const grid = useRef<AgGridReact<FamilyRow>>(null);
  // A new datasource makes the grid drop its cached blocks and start again from row 0.
  const datasource = useMemo(
    () => familyDatasource({ kecamatanCode: kecamatanCode || undefined, desaCode: desaCode || undefined, findingRuleId }, onRowCount, onError),
    [kecamatanCode, desaCode, findingRuleId, onRowCount, onError],
  );
  const context = useFindingContext(grid, flagged);

  // readOnlyEdit: the grid keeps the old value until the backend accepts the new one, so a failed save needs no revert.
  const saveCell = useCallback(
    async (event: CellEditRequestEvent<FamilyRow>) => {
      const field = event.colDef.field as FamilyEditableField;
      const raw = event.newValue == null ? null : String(event.newValue);
      const checked = checkFieldValue(FAMILY_EDITABLE_FIELDS[field], raw);
      if (!checked.ok) return onError(checked.message);
      try {
        const value = checked.value === null ? null : String(checked.value);
        const row = await api.call('families.update', { id: event.data.id, field, value, expectedVersion: event.data.version });
        event.node.setData(row);
        onSaved(row);
      } catch (error) {
        onError(errorMessage(error));
        if (isVersionConflict(error)) event.api.refreshInfiniteCache();
      }
    },
    [onSaved, onError],
  );

  const selectionChanged = useCallback(
    (event: SelectionChangedEvent<FamilyRow>) => {
      const row = event.api.getSelectedRows()[0];
      if (row) onSelect(row);
    },
    [onSelect],
  );

  return (
    <div className="grid-host families-grid">
      <AgGridReact<FamilyRow>
        ref={grid}
        theme={gridTheme}
        localeText={gridLocaleText}
        rowModelType="infinite"
        cacheBlockSize={100}
        datasource={datasource}
        columnDefs={familyColumns}
        defaultColDef={defaultColDef}
        context={context}
        getRowId={getRowId}
        rowSelection={rowSelection}
        onSelectionChanged={selectionChanged}
        readOnlyEdit
        onCellEditRequest={saveCell}
        stopEditingWhenCellsLoseFocus
      />
    </div>
  );
}
