import type { CellEditRequestEvent, ColumnState, GetRowIdParams, GridApi, GridReadyEvent, RowClickedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { GridScope, GridViewName } from '../../../core/contract';
import { cellTarget, viewColumns, type GridRow } from '../../grid/catalogueColumns';
import { gridDatasource } from '../../grid/gridDatasource';
import { gridTheme } from '../../grid/setup';
import { gridLocaleText } from '../../i18n';
import { findingCellClassRules, useFindingContext, type FindingContext } from '../validation/findingCells';
import { BlockPreview } from './BlockPreview';
import { EditBar } from './EditBar';
import { useBlockEdits } from './useBlockEdits';
import { useCellEdits } from './useCellEdits';
import './data.css';

interface Props {
  view: GridViewName;
  scope: GridScope;
  /** Cells of findings of the open family, to highlight ("entityId:catalogueKey"). */
  flagged: FindingContext['flagged'];
  onReady: (api: GridApi<GridRow>) => void;
  onLayoutChanged: (columns: ColumnState[]) => void;
  /** Bumped when data changed elsewhere (the family editor): the cached blocks are read again. */
  outsideEdits: number;
  onRowCount: (count: number) => void;
  onOpenFamily: (familyId: number) => void;
  onChanged: () => void;
  onError: (message: string) => void;
  /** Information that is not an error (an edit recorded as a proposal). */
  onNotice: (message: string) => void;
}

const defaultColDef = { sortable: true, resizable: true, cellClassRules: findingCellClassRules<GridRow>() };
const rowSelection = { mode: 'multiRow', checkboxes: false, headerCheckbox: false, enableClickSelection: true } as const;
const getRowId = (params: GetRowIdParams<GridRow>) => String(params.data.id);

/** The Keluarga or Anggota grid: SQL-backed blocks, typed editors, paste from Excel, fill-down, undo/redo. */
export function DataGrid({ view, scope, flagged, onReady, onLayoutChanged, outsideEdits, onRowCount, onOpenFamily, onChanged, onError, onNotice }: Props) {
  const grid = useRef<AgGridReact<GridRow>>(null);
  const gridApi = useCallback(() => grid.current?.api, []);
  const columnDefs = useMemo(() => viewColumns(view), [view]);
  const context = useFindingContext(grid, flagged);
  const [readyApi, setReadyApi] = useState<GridApi<GridRow> | null>(null);
  const source = useRef<ReturnType<typeof gridDatasource> | null>(null);
  // A new datasource (scope changed) makes the grid drop its cached blocks and start from row 0.
  useEffect(() => {
    if (!readyApi) return;
    const columns = () => readyApi.getAllDisplayedColumns().map((column) => column.getColId());
    source.current = gridDatasource({ view, scope, columns, onRowCount, onError });
    readyApi.setGridOption('datasource', source.current);
  }, [readyApi, view, scope, onRowCount, onError]);

  const refresh = useCallback(() => {
    source.current?.forgetCount();
    gridApi()?.refreshInfiniteCache();
    onChanged();
  }, [gridApi, onChanged]);
  const edits = useCellEdits(refresh, onError, onNotice);
  useEffect(() => {
    if (outsideEdits === 0) return;
    source.current?.forgetCount();
    gridApi()?.refreshInfiniteCache();
  }, [outsideEdits, gridApi]);
  const blocks = useBlockEdits(view, gridApi, onError);

  // readOnlyEdit: the grid keeps the old value until the backend accepts the new one.
  const saveCell = useCallback(
    (event: CellEditRequestEvent<GridRow>) => {
      const colId = event.column.getColId();
      const target = cellTarget(view, colId, event.data);
      if (!target) return;
      const value = event.newValue === null || event.newValue === undefined ? null : String(event.newValue);
      void edits.apply([{ entity: target.entity, id: target.id, field: colId, value, expectedVersion: target.version }], 'update');
    },
    [edits, view],
  );

  const keyDown = useCallback(
    (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || (gridApi()?.getEditingCells().length ?? 0) > 0) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) void edits.undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) void edits.redo();
      else if (key === 'd') blocks.fillDown();
      else return;
      event.preventDefault();
    },
    [blocks, edits, gridApi],
  );

  const paste = useCallback(
    (event: ClipboardEvent) => {
      if ((gridApi()?.getEditingCells().length ?? 0) > 0) return;
      event.preventDefault();
      blocks.paste(event.clipboardData.getData('text/plain'));
    },
    [blocks, gridApi],
  );

  // Sizing by the grid itself (start-up, flex) is not a user's layout.
  const layoutChanged = useCallback(
    (source: string) => {
      const state = gridApi()?.getColumnState();
      if (state && source !== 'gridInitializing' && source !== 'flex') onLayoutChanged(state);
    },
    [gridApi, onLayoutChanged],
  );

  const pending = blocks.pending;
  const accepted = pending ? blocks.acceptedChanges(pending) : [];
  return (
    <>
      <EditBar canUndo={edits.canUndo} canRedo={edits.canRedo} onUndo={edits.undo} onRedo={edits.redo} onFillDown={blocks.fillDown} />
      <div className="grid-host data-grid" data-view={view} onKeyDown={keyDown} onPaste={paste}>
        <AgGridReact<GridRow>
          ref={grid}
          theme={gridTheme}
          localeText={gridLocaleText}
          rowModelType="infinite"
          cacheBlockSize={100}
          maxBlocksInCache={50}
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          context={context}
          getRowId={getRowId}
          rowSelection={rowSelection}
          onGridReady={(event: GridReadyEvent<GridRow>) => {
            setReadyApi(event.api);
            onReady(event.api);
          }}
          onRowClicked={(event: RowClickedEvent<GridRow>) => event.data && onOpenFamily(event.data.familyId)}
          onColumnMoved={(event) => event.finished && layoutChanged(event.source)}
          onColumnResized={(event) => event.finished && layoutChanged(event.source)}
          onColumnPinned={(event) => layoutChanged(event.source)}
          onColumnVisible={(event) => {
            // Newly shown columns were not read for the cached blocks.
            gridApi()?.refreshInfiniteCache();
            layoutChanged(event.source);
          }}
          readOnlyEdit
          onCellEditRequest={saveCell}
          stopEditingWhenCellsLoseFocus
        />
      </div>
      {pending && (
        <BlockPreview
          block={pending}
          accepted={accepted.length}
          onCancel={blocks.dismiss}
          onApply={() => {
            blocks.dismiss();
            void edits.apply(accepted, pending.action);
          }}
        />
      )}
    </>
  );
}
