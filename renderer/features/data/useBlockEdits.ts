import type { GridApi } from 'ag-grid-community';
import { useCallback, useState } from 'react';
import type { CellChange, CellOutcome, GridViewName } from '../../../core/contract';
import { fieldByKey } from '../../../core/domain/catalogue';
import { formatFieldValue } from '../../../core/domain/field-input';
import { api, errorMessage } from '../../api';
import type { GridRow } from '../../grid/catalogueColumns';
import { t } from '../../i18n';
import { parseTsv, planBlock, type PlannedCell } from './clipboard';

export interface PendingBlock {
  action: 'paste' | 'fill-down';
  cells: PlannedCell[];
  outcomes: CellOutcome[];
  /** Columns the block reached that cannot be edited. */
  skipped: string[];
}

/** Paste from Excel and fill-down: plan the cells, let the backend check each one, show the preview. */
export function useBlockEdits(view: GridViewName, grid: () => GridApi<GridRow> | undefined, onError: (message: string) => void) {
  const [pending, setPending] = useState<PendingBlock | null>(null);

  const preview = useCallback(
    async (action: PendingBlock['action'], planned: { cells: PlannedCell[]; skipped: string[] }) => {
      if (planned.cells.length === 0) return onError(t('edit.nothingToApply'));
      try {
        const checked = await api.call('edits.apply', { changes: planned.cells.map((cell) => cell.change), dryRun: true, action });
        setPending({ action, cells: planned.cells, outcomes: checked.cells, skipped: planned.skipped });
      } catch (error) {
        onError(errorMessage(error));
      }
    },
    [onError],
  );

  const paste = useCallback(
    (text: string) => {
      const gridApi = grid();
      const focused = gridApi?.getFocusedCell();
      if (!gridApi || !focused) return onError(t('edit.pasteNeedsCell'));
      const columns = gridApi.getAllDisplayedColumns().map((column) => column.getColId());
      const anchor = { rowIndex: focused.rowIndex, colIndex: columns.indexOf(focused.column.getColId()) };
      const rowAt = (index: number) => gridApi.getDisplayedRowAtIndex(index)?.data;
      void preview('paste', planBlock(view, parseTsv(text), anchor, columns, rowAt));
    },
    [grid, onError, preview, view],
  );

  /** The focused cell's value copied into the same column of every other selected row. */
  const fillDown = useCallback(() => {
    const gridApi = grid();
    const focused = gridApi?.getFocusedCell();
    const nodes = (gridApi?.getSelectedNodes() ?? []).filter((node) => node.data).sort((a, b) => (a.rowIndex ?? 0) - (b.rowIndex ?? 0));
    if (!gridApi || !focused || nodes.length < 2) return onError(t('edit.fillNeedsRows'));
    const colId = focused.column.getColId();
    const field = fieldByKey(colId);
    const source = gridApi.getDisplayedRowAtIndex(focused.rowIndex)?.data;
    if (!field || !source) return onError(t('edit.fillNeedsRows'));
    const value = formatFieldValue(field, source[colId] ?? null, source.questionnaireVersion);
    const targets = nodes.filter((node) => node.data!.id !== source.id);
    const block = targets.map(() => [value]);
    const rows = new Map(targets.map((node, index) => [index, node.data!]));
    void preview('fill-down', planBlock(view, block, { rowIndex: 0, colIndex: 0 }, [colId], (index) => rows.get(index)));
  }, [grid, onError, preview, view]);

  /** The changes the user accepts: cells that are valid and change something. */
  const acceptedChanges = (block: PendingBlock): CellChange[] =>
    block.cells.filter((_, index) => {
      const outcome = block.outcomes[index];
      return outcome?.ok && outcome.changed;
    }).map((cell) => cell.change);

  return { pending, paste, fillDown, acceptedChanges, dismiss: () => setPending(null) };
}
