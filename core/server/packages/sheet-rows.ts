import type { FrozenBatch, FrozenItem, FrozenRecord } from '../../contract/batches';
import type { NonaktifReason } from '../../contract/proposals';
import { fieldByKey, type CatalogueField, type QuestionnaireVersion } from '../../domain/catalogue';
import { REASON_LABELS, TYPE_LABELS } from '../../domain/proposal-labels';
import type { ComputedColumn, ExportTemplate, TemplateColumn, TemplateSheet, TemplateSheetKey } from '../../domain/templates';
import { localDate } from './batch-facts';
import { formatDate, formatFrozenValue, questionnaireVersionOf } from './field-format';
import type { XlsxColumn } from './xlsx-writer';

/** A frozen batch without its items: what every row may refer to. */
export type BatchHeader = Omit<FrozenBatch, 'items'>;
type Change = FrozenItem['changes'][number];

/** The key of the questionnaire version in a frozen family record. */
export const VERSION_KEY = 'questionnaireVersion';

interface RowContext {
  batch: BatchHeader;
  item: FrozenItem;
  member: FrozenRecord | null;
  change: Change | null;
  /** The questionnaire versions of the family and of the row's member (each record carries its own). */
  version: QuestionnaireVersion;
  memberVersion: QuestionnaireVersion;
  rowNumber: number;
}

type Render = (row: RowContext) => string | null;

export interface CompiledSheet {
  key: TemplateSheetKey;
  sheet: TemplateSheet;
  headers: string[];
  columns: XlsxColumn[];
  renders: Render[];
}

const NUMERIC_TYPES = new Set(['integer', 'decimal']);
const CODED_TYPES = new Set(['code', 'yesno', 'bitmask']);

export function compileSheet(template: ExportTemplate, key: TemplateSheetKey): CompiledSheet {
  const sheet = template.sheets[key];
  const compiled = sheet.columns.map((column) => compileColumn(template, column));
  return {
    key,
    sheet,
    headers: sheet.columns.map((column) => column.header),
    columns: compiled.map((c, i) => ({ header: sheet.columns[i]!.header, numeric: c.numeric, width: c.width })),
    renders: compiled.map((c) => c.render),
  };
}

/** The rows of one item at the sheet's level; `firstRow` numbers them within the file (column "nomor"). */
export function itemRows(sheet: CompiledSheet, batch: BatchHeader, item: FrozenItem, firstRow: number): (string | null)[][] {
  const version = questionnaireVersionOf(item.family[VERSION_KEY]);
  const contexts: Omit<RowContext, 'rowNumber'>[] = [];
  const base = { batch, item, version, memberVersion: version, member: null, change: null };
  const withMember = (member: FrozenRecord | null) => ({ ...base, member, memberVersion: member ? questionnaireVersionOf(member[VERSION_KEY]) : version });
  if (sheet.sheet.rowLevel === 'anggota' && item.members.length) for (const member of item.members) contexts.push(withMember(member));
  else if (sheet.sheet.rowLevel === 'perubahan' && item.changes.length) {
    for (const change of item.changes) {
      const member = change.entity === 'member' ? (item.members.find((m) => m.nik === change.nik) ?? null) : null;
      contexts.push({ ...withMember(member), change });
    }
  } else contexts.push(base);
  return contexts.map((context, i) => {
    const row: RowContext = { ...context, rowNumber: firstRow + i };
    return sheet.renders.map((render) => render(row));
  });
}

function compileColumn(template: ExportTemplate, column: TemplateColumn): { render: Render; numeric: boolean; width: number } {
  const encoding = column.encoding ?? template.encoding;
  const dateFormat = column.dateFormat ?? template.dateFormat;
  if (column.field !== undefined) {
    const field = fieldByKey(column.field)!;
    const fromMember = field.entity === 'member';
    return {
      render: fromMember
        ? (row) => formatFrozenValue(field, row.member?.[field.key], row.memberVersion, encoding, dateFormat)
        : (row) => formatFrozenValue(field, row.item.family[field.key], row.version, encoding, dateFormat),
      numeric: NUMERIC_TYPES.has(field.type) || (CODED_TYPES.has(field.type) && encoding === 'kode'),
      width: widthOf(field, column.header),
    };
  }
  const computed = column.computed!;
  const render = computedRender(computed, encoding, dateFormat);
  return { render, numeric: computed === 'nomor' || computed === 'idUsulan', width: Math.min(40, Math.max(10, column.header.length + 2)) };
}

function computedRender(computed: ComputedColumn, encoding: 'kode' | 'label', dateFormat: 'dd/mm/yyyy' | 'yyyy-mm-dd'): Render {
  const changed = (row: RowContext, which: 'oldValue' | 'newValue') => {
    const change = row.change;
    if (!change) return null;
    const field = fieldByKey(change.field);
    const version = change.entity === 'member' ? row.memberVersion : row.version;
    return field ? formatFrozenValue(field, change[which], version, encoding, dateFormat) : change[which];
  };
  const renders: Record<ComputedColumn, Render> = {
    nomor: (row) => String(row.rowNumber),
    idUsulan: (row) => String(row.item.proposalId),
    jenisUsulan: (row) => TYPE_LABELS[row.item.type],
    alasan: (row) => (row.item.reason && encoding === 'label' ? (REASON_LABELS[row.item.reason as NonaktifReason] ?? row.item.reason) : row.item.reason),
    kodeProvinsi: (row) => row.batch.kabupatenCode.slice(0, 2),
    kodeKabupaten: (row) => row.batch.kabupatenCode,
    namaKabupaten: (row) => row.batch.kabupatenName,
    kodeKecamatan: (row) => row.item.kecamatanCode,
    namaKecamatan: (row) => row.item.kecamatanName,
    kodeDesa: (row) => row.item.desaCode,
    namaDesa: (row) => row.item.desaName,
    tanggalDisetujui: (row) => formatDate(localDate(row.item.approvedAt, row.batch.kabupatenCode), dateFormat),
    disetujuiOleh: (row) => row.item.approvedBy,
    versiKuesioner: (row) => row.version,
    periode: (row) => row.batch.period,
    entitasPerubahan: (row) => (row.change ? (row.change.entity === 'family' ? 'keluarga' : 'anggota') : null),
    kolomPerubahan: (row) => row.change?.field ?? null,
    namaKolomPerubahan: (row) => (row.change ? (fieldByKey(row.change.field)?.label ?? row.change.field) : null),
    nilaiLama: (row) => changed(row, 'oldValue'),
    nilaiBaru: (row) => changed(row, 'newValue'),
  };
  return renders[computed];
}

function widthOf(field: CatalogueField, header: string): number {
  const byType = field.type === 'id' ? 20 : field.type === 'date' ? 12 : field.type === 'text' ? (field.key === 'alamat' ? 36 : 26) : 8;
  return Math.min(40, Math.max(byType, header.length + 2));
}
