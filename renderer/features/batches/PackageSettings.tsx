import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { PeriodSettings } from '../../../core/contract/batches';
import type { MethodOutput } from '../../../core/contract/methods';
import type { Letterhead } from '../../../core/contract/packages';
import type { ExportTemplate } from '../../../core/domain/templates/schema';
import { api, errorMessage } from '../../api';
import { PERIOD_KIND_LABELS } from './labels';
import { TemplateEditor } from './TemplateEditor';

type TemplateList = MethodOutput<'packages.templates'>;

const LETTERHEAD_FIELDS: [keyof Letterhead, string][] = [
  ['instansi', 'Instansi (baris pertama kop)'],
  ['dinas', 'Dinas'],
  ['alamat', 'Alamat'],
  ['telepon', 'Telepon / surel'],
  ['kota', 'Kota penandatanganan'],
  ['kepalaJabatan', 'Jabatan penanda tangan'],
  ['kepalaNama', 'Nama penanda tangan'],
  ['kepalaNip', 'NIP penanda tangan'],
];

/** Administrator settings of Penetapan: period and cut-off, the letterhead of the PDFs, and the export templates. */
export function PackageSettings({ onError }: { onError: (message: string) => void }) {
  const [period, setPeriod] = useState<PeriodSettings | null>(null);
  const [letterhead, setLetterhead] = useState<Letterhead | null>(null);
  const [templates, setTemplates] = useState<TemplateList | null>(null);
  const [editing, setEditing] = useState<ExportTemplate | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const fail = useCallback((e: unknown) => onError(errorMessage(e)), [onError]);

  const loadTemplates = useCallback(() => { api.call('packages.templates', {}).then(setTemplates, fail); }, [fail]);
  useEffect(() => {
    api.call('batches.settings', {}).then(({ isDefault: _d, ...s }) => setPeriod(s), fail);
    api.call('packages.letterhead', {}).then(({ isDefault: _d, ...l }) => setLetterhead(l), fail);
    loadTemplates();
  }, [fail, loadTemplates]);

  const savePeriod = (event: FormEvent) => {
    event.preventDefault();
    if (period) api.call('batches.setSettings', { settings: period }).then(() => setSaved('Periode penetapan tersimpan.'), fail);
  };
  const saveLetterhead = (event: FormEvent) => {
    event.preventDefault();
    if (letterhead) api.call('packages.setLetterhead', { letterhead }).then(() => setSaved('Kop surat tersimpan.'), fail);
  };
  const copy = (template: ExportTemplate) => setEditing({ ...template, id: `${template.id}-kantor`.slice(0, 63), name: `${template.name} (salinan kantor)` });
  const remove = (id: string) => {
    if (window.confirm(`Hapus templat kantor "${id}"?`)) api.call('packages.deleteTemplate', { id }).then(setTemplates, fail);
  };

  return (
    <section className="card package-settings" aria-label="Pengaturan paket">
      <h2>Pengaturan penetapan dan paket</h2>
      {saved && <p role="status" className="saved">{saved}</p>}
      {period && (
        <form className="inline-form" aria-label="Periode penetapan" onSubmit={savePeriod}>
          <label className="field"><span>Periode</span>
            <select value={period.kind} onChange={(e) => setPeriod({ ...period, kind: e.target.value as PeriodSettings['kind'] })}>
              {Object.entries(PERIOD_KIND_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </label>
          <label className="field"><span>Tanggal batas (1–28)</span>
            <input type="number" min={1} max={28} value={period.cutoffDay} onChange={(e) => setPeriod({ ...period, cutoffDay: Number(e.target.value) })} />
          </label>
          <button type="submit">Simpan periode</button>
        </form>
      )}
      {letterhead && (
        <form className="letterhead-form" aria-label="Kop surat" onSubmit={saveLetterhead}>
          <h3>Kop surat berita acara dan rekap</h3>
          {LETTERHEAD_FIELDS.map(([key, label]) => (
            <label key={key} className="field"><span>{label}</span><input value={letterhead[key]} onChange={(e) => setLetterhead({ ...letterhead, [key]: e.target.value })} /></label>
          ))}
          <button type="submit">Simpan kop surat</button>
        </form>
      )}
      <h3>Templat ekspor</h3>
      {templates && (
        <table className="batches-table" aria-label="Templat ekspor">
          <thead><tr><th>Templat</th><th>Kosakata</th><th /></tr></thead>
          <tbody>
            {templates.templates.map(({ template, shipped }) => (
              <tr key={template.id}>
                <td>{template.name}<div className="muted small mono">{template.id}{shipped ? ' · bawaan' : ' · salinan kantor'}</div></td>
                <td>{template.vocabulary === 'dtks' ? 'DTKS (PBDT/BDT)' : 'DTSEN (Regsosek 2022-K)'}</td>
                <td className="row-buttons">
                  <button type="button" onClick={() => copy(template)}>Salin</button>
                  {!shipped && <button type="button" onClick={() => setEditing(template)}>Ubah</button>}
                  {!shipped && <button type="button" onClick={() => remove(template.id)}>Hapus</button>}
                </td>
              </tr>
            ))}
            {templates.broken.map((b, i) => (
              <tr key={`broken-${i}`} className="blocking"><td>{b.name ?? b.id ?? 'Templat tanpa nama'}</td><td colSpan={2}>{b.problems.join(' ')}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <TemplateEditor key={editing.id} template={editing} onError={onError} onCancel={() => setEditing(null)}
          onSaved={() => { setEditing(null); setSaved('Templat tersimpan.'); loadTemplates(); }} />
      )}
    </section>
  );
}
