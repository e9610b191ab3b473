import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { GridViewName } from '../../core/contract';
import { fieldByKey, fieldsOf, type CatalogueField, type QuestionnaireVersion } from '../../core/domain/catalogue';
import { formatFieldValue, isEditable } from '../../core/domain/field-input';
import { language, t } from '../i18n';
import { CodeCellEditor } from './CodeCellEditor';
import { CodeSetFilter } from './CodeSetFilter';
import { TextCellEditor } from './TextCellEditor';

/** A row of grid.block: catalogue values by column id, plus the record's identity and versions. */
export type GridRow = Record<string, string | number | null> & { id: number; version: number; familyId: number; questionnaireVersion: QuestionnaireVersion; familyVersion?: number };

/** The columns a view shows until the user chooses others. */
export const DEFAULT_COLUMNS: Record<GridViewName, readonly string[]> = {
  keluarga: ['noKk', 'idDtks', 'namaKepalaKeluarga', 'alamat', 'rt', 'rw', 'desaName', 'kecamatanName', 'memberCount', 'desil', 'statusData'],
  anggota: ['nik', 'nama', 'jenisKelamin', 'tempatLahir', 'tanggalLahir', 'hubunganKeluarga', 'keberadaan', 'noKk', 'desaName'],
};

const COMPUTED: Record<string, { label: string; filter: string; width: number }> = {
  desaName: { label: t('col.desaName'), filter: 'agTextColumnFilter', width: 150 },
  kecamatanName: { label: t('col.kecamatanName'), filter: 'agTextColumnFilter', width: 140 },
  memberCount: { label: t('col.memberCount'), filter: 'agNumberColumnFilter', width: 130 },
};

/** The backend compiles single-condition filters (core/contract/grid.ts). */
const ONE_CONDITION = { maxNumConditions: 1 };
const WIDE_TEXT = new Set(['nama', 'alamat', 'namaKepalaKeluarga', 'namaIbuKandung']);

function formatter(field: CatalogueField) {
  return (params: ValueFormatterParams<GridRow>) =>
    formatFieldValue(field, params.value as string | number | null, params.data?.questionnaireVersion ?? field.versions[field.versions.length - 1]!);
}

function filterOf(field: CatalogueField): Pick<ColDef<GridRow>, 'filter' | 'filterParams'> {
  switch (field.type) {
    case 'code':
    case 'yesno':
      return { filter: CodeSetFilter, filterParams: { field } };
    case 'date':
      return { filter: 'agDateColumnFilter', filterParams: { ...ONE_CONDITION, browserDatePicker: true } };
    case 'integer':
    case 'decimal':
    case 'bitmask':
      return { filter: 'agNumberColumnFilter', filterParams: ONE_CONDITION };
    default:
      return { filter: 'agTextColumnFilter', filterParams: ONE_CONDITION };
  }
}

function catalogueColumn(field: CatalogueField): ColDef<GridRow> {
  const editable = isEditable(field);
  const editor = field.type === 'code' || field.type === 'yesno' ? CodeCellEditor : TextCellEditor;
  return {
    colId: field.key,
    field: field.key,
    headerName: language === 'en' ? field.labelEn : field.label,
    headerTooltip: field.question ? `${field.label} (${field.question})` : field.label,
    width: WIDE_TEXT.has(field.key) ? 220 : field.type === 'id' ? 170 : 130,
    cellClass: field.type === 'id' ? 'mono' : undefined,
    valueFormatter: formatter(field),
    editable,
    cellEditor: editable ? editor : undefined,
    cellEditorParams: { field },
    // A popup editor is not clipped by the cell, so the feedback and the code list can show below it.
    cellEditorPopup: true,
    cellEditorPopupPosition: 'over',
    ...filterOf(field),
  };
}

/** Every column a view can show: its own entity's catalogue fields first, then the family's in the Anggota view. */
export function viewColumns(view: GridViewName): ColDef<GridRow>[] {
  const computed = Object.entries(COMPUTED).map(([colId, c]): ColDef<GridRow> => ({
    colId, field: colId, headerName: c.label, width: c.width, filter: c.filter, filterParams: ONE_CONDITION, editable: false,
  }));
  const fields = view === 'anggota' ? [...fieldsOf('member'), ...fieldsOf('family')] : fieldsOf('family');
  const seen = new Set<string>();
  const catalogue = fields.filter((f) => !f.locatesOnly && !seen.has(f.key) && seen.add(f.key)).map(catalogueColumn);
  const shown = DEFAULT_COLUMNS[view];
  return [...catalogue, ...computed]
    .map((col) => ({ ...col, hide: !shown.includes(col.colId!) }))
    .sort((a, b) => order(shown, a.colId!) - order(shown, b.colId!));
}

function order(shown: readonly string[], colId: string): number {
  const index = shown.indexOf(colId);
  return index === -1 ? shown.length : index;
}

/** The record a cell belongs to: in the Anggota view, family columns edit the member's family. */
export function cellTarget(view: GridViewName, colId: string, row: GridRow): { entity: 'family' | 'member'; id: number; version: number } | null {
  const field = fieldByKey(colId);
  if (!field || !isEditable(field)) return null;
  if (field.entity === 'member') return { entity: 'member', id: row.id, version: row.version };
  return view === 'keluarga' ? { entity: 'family', id: row.id, version: row.version } : { entity: 'family', id: row.familyId, version: row.familyVersion ?? 0 };
}
