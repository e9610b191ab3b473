import type { CellEditRequestEvent, GetRowIdParams, SelectionChangedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useRef } from 'react';
import type { MemberRow } from '../../../core/contract';
import { checkFieldValue, MEMBER_EDITABLE_FIELDS, type MemberEditableField } from '../../../core/domain/fields';
import { api, errorMessage, isVersionConflict } from '../../api';
import { memberColumns } from '../../grid/memberColumns';
import { gridTheme } from '../../grid/setup';
import { gridLocaleText } from '../../i18n';
import { findingCellClassRules, useFindingContext, type FindingContext } from '../validation/findingCells';

interface Props {
  members: MemberRow[] | null;
  /** Cells of member-level findings, to highlight. */
  flagged: FindingContext['flagged'];
  onSelect: (memberId: number) => void;
  /** An edit that passed the field check, before it is sent: the rules run on it for instant feedback. */
  onEdited: (edited: MemberRow, field: MemberEditableField) => void;
  onSaved: (member: MemberRow) => void;
  onError: (message: string) => void;
  onStale: () => void;
}

const defaultColDef = { sortable: false, resizable: true, suppressHeaderMenuButton: true, cellClassRules: findingCellClassRules<MemberRow>() };
const rowSelection = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;
const getRowId = (params: GetRowIdParams<MemberRow>) => String(params.data.id);

/** Tall enough for a typical family without scrolling, so the history below keeps the rest. */
function gridHeight(rows: number): number {
  return 34 + Math.min(Math.max(rows, 3), 8) * 28;
}

export function MembersGrid({ members, flagged, onSelect, onEdited, onSaved, onError, onStale }: Props) {
  const grid = useRef<AgGridReact<MemberRow>>(null);
  const context = useFindingContext(grid, flagged);

  // Validated here first for instant feedback; an invalid value is never sent. Rule findings (warnings
  // and rule errors) are shown but do not block the save: the full check decides what stays open.
  const saveCell = useCallback(
    async (event: CellEditRequestEvent<MemberRow>) => {
      const field = event.colDef.field as MemberEditableField;
      const raw = event.newValue == null ? null : String(event.newValue);
      const checked = checkFieldValue(MEMBER_EDITABLE_FIELDS[field], raw);
      if (!checked.ok) return onError(checked.message);
      onEdited({ ...event.data, [field]: checked.value }, field);
      try {
        const value = checked.value === null ? null : String(checked.value);
        onSaved(await api.call('members.update', { id: event.data.id, field, value, expectedVersion: event.data.version }));
      } catch (error) {
        onError(errorMessage(error));
        if (isVersionConflict(error)) onStale();
      }
    },
    [onEdited, onSaved, onError, onStale],
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
        ref={grid}
        theme={gridTheme}
        localeText={gridLocaleText}
        rowData={members}
        loading={members === null}
        columnDefs={memberColumns}
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
