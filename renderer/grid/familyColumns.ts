import type { ColDef } from 'ag-grid-community';
import type { FamilyRow } from '../../core/contract';
import { STATUS_KELUARGA } from '../../core/domain/codes';
import { t } from '../i18n';

/** The backend compiles single-condition filters only (core/contract/grid.ts). */
const textFilter = { filter: 'agTextColumnFilter', filterParams: { maxNumConditions: 1 } } as const;
const numberFilter = { filter: 'agNumberColumnFilter', filterParams: { maxNumConditions: 1 } } as const;
const small = { width: 64, sortable: false, editable: true } as const;

function statusLabel(code: string | undefined): string {
  return STATUS_KELUARGA.find((item) => item.code === code)?.label ?? code ?? '';
}

export const familyColumns: ColDef<FamilyRow>[] = [
  { field: 'noKk', headerName: t('col.noKk'), width: 160, cellClass: 'mono', ...textFilter },
  { field: 'idDtks', headerName: t('col.idDtks'), width: 160, cellClass: 'mono', ...textFilter },
  { field: 'headName', headerName: t('col.headName'), width: 200, ...textFilter },
  { field: 'address', headerName: t('col.address'), minWidth: 200, flex: 1, editable: true, ...textFilter },
  { field: 'rt', headerName: t('col.rt'), ...small },
  { field: 'rw', headerName: t('col.rw'), ...small },
  { field: 'desaName', headerName: t('col.desaName'), width: 150, ...textFilter },
  { field: 'kecamatanName', headerName: t('col.kecamatanName'), width: 140, ...textFilter },
  { field: 'memberCount', headerName: t('col.memberCount'), width: 160, type: 'rightAligned', ...numberFilter },
  { field: 'status', headerName: t('col.status'), width: 100, valueFormatter: (p) => statusLabel(p.value), ...textFilter },
];
