import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { RowProblem } from '../../../core/contract';
import { gridTheme } from '../../grid/setup';
import { gridLocaleText, t } from '../../i18n';

const columns: ColDef<RowProblem>[] = [
  { field: 'sheet', headerName: t('import.errors.sheet'), width: 130 },
  { field: 'row', headerName: t('import.errors.row'), width: 80, type: 'rightAligned' },
  { field: 'column', headerName: t('import.errors.column'), width: 170 },
  { field: 'value', headerName: t('import.errors.value'), width: 200, cellClass: 'mono' },
  { field: 'message', headerName: t('import.errors.message'), flex: 1, minWidth: 300 },
];
const defaultColDef = { sortable: true, resizable: true, suppressHeaderMenuButton: true };

/** Up to 10 000 problems: a grid renders only the visible rows, a table would not. */
export function ErrorsGrid({ errors }: { errors: RowProblem[] }) {
  const height = 34 + Math.min(Math.max(errors.length, 2), 12) * 28;
  return (
    <div className="grid-host errors-grid" style={{ height }}>
      <AgGridReact<RowProblem> theme={gridTheme} localeText={gridLocaleText} rowData={errors} columnDefs={columns} defaultColDef={defaultColDef} />
    </div>
  );
}
