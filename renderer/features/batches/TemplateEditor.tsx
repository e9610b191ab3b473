import { useState } from 'react';
import { CATALOGUE } from '../../../core/domain/catalogue';
import { COMPUTED_COLUMNS, ROW_LEVELS, SHEET_LABELS, TEMPLATE_SHEETS, type ExportTemplate, type TemplateColumn, type TemplateSheetKey } from '../../../core/domain/templates/schema';
import { api, errorMessage } from '../../api';

interface Props {
  template: ExportTemplate;
  onSaved: () => void;
  onCancel: () => void;
  onError: (message: string) => void;
}

const ROW_LEVEL_LABELS: Record<(typeof ROW_LEVELS)[number], string> = {
  keluarga: 'satu baris per usulan (keluarga)',
  anggota: 'satu baris per anggota',
  perubahan: 'satu baris per kolom yang diperbaiki',
};

/** Column source as one text: a catalogue key, or "=" and a computed column. */
const sourceOf = (c: TemplateColumn) => (c.computed ? `=${c.computed}` : (c.field ?? ''));
const fromSource = (column: TemplateColumn, source: string): TemplateColumn => {
  const rest = { ...column };
  delete rest.field;
  delete rest.computed;
  return source.startsWith('=') ? { ...rest, computed: source.slice(1) as TemplateColumn['computed'] } : { ...rest, field: source };
};

/** An office copy of a template: sheet names, row level, and per column the header, source, code encoding and order. */
export function TemplateEditor({ template, onSaved, onCancel, onError }: Props) {
  const [draft, setDraft] = useState<ExportTemplate>(template);
  const [sheet, setSheet] = useState<TemplateSheetKey>('baru');
  const [saving, setSaving] = useState(false);
  const current = draft.sheets[sheet];
  const setSheetValue = (next: Partial<typeof current>) => setDraft({ ...draft, sheets: { ...draft.sheets, [sheet]: { ...current, ...next } } });
  const setColumns = (columns: TemplateColumn[]) => setSheetValue({ columns });
  const setColumn = (index: number, column: TemplateColumn) => setColumns(current.columns.map((c, i) => (i === index ? column : c)));
  const move = (index: number, by: number) => {
    const columns = [...current.columns];
    const [column] = columns.splice(index, 1);
    columns.splice(index + by, 0, column!);
    setColumns(columns);
  };
  const save = () => {
    setSaving(true);
    api.call('packages.saveTemplate', { template: draft }).then(onSaved, (e: unknown) => onError(errorMessage(e))).finally(() => setSaving(false));
  };

  return (
    <section className="template-editor" aria-label="Ubah templat">
      <div className="form-row">
        <label className="field"><span>ID templat</span><input className="mono" value={draft.id} onChange={(e) => setDraft({ ...draft, id: e.target.value })} /></label>
        <label className="field grow"><span>Nama templat</span><input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} /></label>
        <label className="field"><span>Kode ditulis sebagai</span>
          <select value={draft.encoding} onChange={(e) => setDraft({ ...draft, encoding: e.target.value as ExportTemplate['encoding'] })}>
            <option value="kode">kode (angka)</option><option value="label">label (teks)</option>
          </select>
        </label>
        <label className="field"><span>Format tanggal</span>
          <select value={draft.dateFormat} onChange={(e) => setDraft({ ...draft, dateFormat: e.target.value as ExportTemplate['dateFormat'] })}>
            <option value="dd/mm/yyyy">dd/mm/yyyy</option><option value="yyyy-mm-dd">yyyy-mm-dd</option>
          </select>
        </label>
      </div>
      <div className="template-tabs" role="tablist" aria-label="Lembar templat">
        {TEMPLATE_SHEETS.map((key) => (
          <button key={key} type="button" role="tab" aria-selected={sheet === key} onClick={() => setSheet(key)}>{SHEET_LABELS[key]}</button>
        ))}
      </div>
      <div className="form-row">
        <label className="field"><span>Nama lembar</span><input value={current.sheetName} onChange={(e) => setSheetValue({ sheetName: e.target.value })} /></label>
        <label className="field"><span>Baris</span>
          <select value={current.rowLevel} onChange={(e) => setSheetValue({ rowLevel: e.target.value as typeof current.rowLevel })}>
            {ROW_LEVELS.map((level) => <option key={level} value={level}>{ROW_LEVEL_LABELS[level]}</option>)}
          </select>
        </label>
      </div>
      <datalist id="template-sources">
        {CATALOGUE.map((f) => <option key={f.key} value={f.key}>{f.label}</option>)}
        {Object.entries(COMPUTED_COLUMNS).map(([key, label]) => <option key={key} value={`=${key}`}>{label}</option>)}
      </datalist>
      <table className="template-columns" aria-label={`Kolom lembar ${SHEET_LABELS[sheet]}`}>
        <thead><tr><th>#</th><th>Judul kolom</th><th>Isi (kunci katalog atau =kolom hitungan)</th><th>Kode</th><th /></tr></thead>
        <tbody>
          {current.columns.map((column, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              <td><input aria-label={`Judul kolom ${i + 1}`} value={column.header} onChange={(e) => setColumn(i, { ...column, header: e.target.value })} /></td>
              <td><input aria-label={`Isi kolom ${i + 1}`} className="mono" list="template-sources" value={sourceOf(column)} onChange={(e) => setColumn(i, fromSource(column, e.target.value))} /></td>
              <td>
                <select aria-label={`Kode kolom ${i + 1}`} value={column.encoding ?? ''} onChange={(e) => setColumn(i, { ...column, encoding: (e.target.value || undefined) as TemplateColumn['encoding'] })}>
                  <option value="">bawaan</option><option value="kode">kode</option><option value="label">label</option>
                </select>
              </td>
              <td className="row-buttons">
                <button type="button" aria-label={`Naikkan kolom ${i + 1}`} disabled={i === 0} onClick={() => move(i, -1)}>↑</button>
                <button type="button" aria-label={`Turunkan kolom ${i + 1}`} disabled={i === current.columns.length - 1} onClick={() => move(i, 1)}>↓</button>
                <button type="button" aria-label={`Hapus kolom ${i + 1}`} onClick={() => setColumns(current.columns.filter((_, j) => j !== i))}>✕</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="batch-buttons">
        <button type="button" onClick={() => setColumns([...current.columns, { header: 'Kolom baru', field: 'nik' }])}>Tambah kolom</button>
        <button type="button" className="primary" disabled={saving} onClick={save}>Simpan templat</button>
        <button type="button" onClick={onCancel}>Batal</button>
      </div>
    </section>
  );
}
