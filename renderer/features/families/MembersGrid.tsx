import type { CellEditRequestEvent, GetRowIdParams, SelectionChangedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback } from 'react';
import type { MemberRow } from '../../../core/contract';
import { checkFieldValue, MEMBER_EDITABLE_FIELDS, type MemberEditableField } from '../../../core/domain/fields';
import { api, errorMessage, isVersionConflict } from '../../api';
import { memberColumns } from '../../grid/memberColumns';
import { gridTheme } from '../../grid/setup';
import { gridLocaleText } from '../../i18n';

interface Props {
  members: MemberRow[] | null;
  onSelect: (memberId: number) => void;
  onSaved: (member: MemberRow) => void;
  onError: (message: string) => void;
  onStale: () => void;
}

const defaultColDef = { sortable: false, resizable: true, suppressHeaderMenuButton: true };
const rowSelection = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;
const getRowId = (params: GetRowIdParams<MemberRow>) => String(params.data.id);

/** Tall enough for a typical family without scrolling, so the history below keeps the rest. */
function gridHeight(rows: number): number {
  return 34 + Math.min(Math.max(rows, 3), 8) * 28;
}

export function MembersGrid({ members, onSelect, onSaved, onError, onStale }: Props) {
  // Validated here first for instant feedback; an invalid value is never sent.
  const saveCell = useCallback(
    async (event: CellEditRequestEvent<MemberRow>) => {
      const field = event.colDef.field as MemberEditableField;
      const raw = event.newValue == null ? null : String(event.newValue);
      const checked = checkFieldValue(MEMBER_EDITABLE_FIELDS[field], raw);
      if (!checked.ok) return onError(checked.message);
      try {
        const value = checked.value === null ? null : String(checked.value);
        onSaved(await api.call('members.update', { id: event.data.id, field, value, expectedVersion: event.data.version }));
      } catch (error) {
        onError(errorMessage(error));
        if (isVersionConflict(error)) onStale();
      }
    },
    [onSaved, onError, onStale],
  );

  const selectionChanged = useCallback(
    (event: SelectionChangedEvent<MemberRow>) => {
      const row = event.api.getSelectedRows()[0];
      if (row) onSelect(row.id);
    },
    [onSelect],
  );

  return (
    <div className="grid-host members-grid" style={{ height: gridHeight(members?.length ?? 0) }}>
      <AgGridReact<MemberRow>
        theme={gridTheme}
        localeText={gridLocaleText}
        rowData={members}
        loading={members === null}
        columnDefs={memberColumns}
        defaultColDef={defaultColDef}
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
