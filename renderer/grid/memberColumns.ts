import type { ColDef } from 'ag-grid-community';
import type { MemberRow } from '../../core/contract';
import { codeLabel, HUBUNGAN_KELUARGA, JENIS_KELAMIN, KEBERADAAN, type CodeItem } from '../../core/domain/codes';
import { formatDate, t } from '../i18n';

/** Shows the Indonesian label and edits by picking from the code list. */
function codeColumn(field: 'sex' | 'relationship' | 'presence', codes: readonly CodeItem[], width: number): ColDef<MemberRow> {
  return {
    field,
    headerName: t(`col.${field}`),
    width,
    editable: true,
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: { values: codes.map((item) => item.code) },
    valueFormatter: (p) => codeLabel(codes, p.value as number | null),
  };
}

export const memberColumns: ColDef<MemberRow>[] = [
  { field: 'nik', headerName: t('col.nik'), width: 170, editable: true, cellClass: 'mono' },
  { field: 'name', headerName: t('col.name'), minWidth: 200, flex: 1, editable: true },
  codeColumn('sex', JENIS_KELAMIN, 120),
  { field: 'birthDate', headerName: t('col.birthDate'), width: 120, valueFormatter: (p) => formatDate(p.value) },
  codeColumn('relationship', HUBUNGAN_KELUARGA, 160),
  codeColumn('presence', KEBERADAAN, 200),
];
