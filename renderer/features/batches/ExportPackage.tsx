import { useEffect, useState, type FormEvent } from 'react';
import type { BatchInfo } from '../../../core/contract/batches';
import type { MethodOutput } from '../../../core/contract/methods';
import { api, errorMessage, fileDialogs } from '../../api';
import { formatNumber } from '../../i18n';
import { withExtension } from '../shared/useSaveToFile';
import { shortHash } from './labels';

type Templates = MethodOutput<'packages.templates'>['templates'];
type Result = MethodOutput<'packages.export'>;
type Progress = { done: number; total: number; label: string };

/** Export of a frozen batch as one zip package, in a chosen template, as a background job with progress. */
export function ExportPackage({ batch, onError }: { batch: BatchInfo; onError: (message: string) => void }) {
  const [templates, setTemplates] = useState<Templates>([]);
  const [templateId, setTemplateId] = useState('');
  const [withEvidence, setWithEvidence] = useState(false);
  const [path, setPath] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  useEffect(() => {
    api.call('packages.templates', {}).then((list) => {
      setTemplates(list.templates);
      setTemplateId((current) => current || (list.templates[0]?.template.id ?? ''));
    }, (e: unknown) => onError(errorMessage(e)));
    return api.on('job.progress', (p) => setProgress((current) => (current ? { done: p.done, total: p.total, label: p.label } : current)));
  }, [onError]);

  const fileName = `paket-${batch.period}-batch-${batch.id}`;
  const exportTo = async (target: string | null | undefined) => {
    if (!target) return;
    setResult(null);
    setProgress({ done: 0, total: 0, label: '' });
    try {
      setResult(await api.call('packages.export', { batchId: batch.id, path: target, templateId: templateId || undefined, withEvidence }));
    } catch (e) {
      onError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void exportTo(withExtension(path, 'zip'));
  };

  return (
    <section className="export-package" aria-label="Ekspor paket">
      <h3>Ekspor paket SIKS-NG</h3>
      <form className="inline-form" onSubmit={submit}>
        <label className="field"><span>Templat</span>
          <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
            {templates.map(({ template, shipped }) => <option key={template.id} value={template.id}>{template.name}{shipped ? '' : ' (salinan kantor)'}</option>)}
          </select>
        </label>
        <label className="check"><input type="checkbox" checked={withEvidence} onChange={(e) => setWithEvidence(e.target.checked)} /> Sertakan berkas bukti</label>
        {fileDialogs ? (
          <button type="button" disabled={progress !== null} onClick={() => void fileDialogs?.pickSavePath(fileName, 'zip').then(exportTo)}>Ekspor paket…</button>
        ) : (
          <>
            <label className="field grow"><span>Simpan ke (path berkas .zip)</span><input className="mono" value={path} required placeholder={`/home/operator/${fileName}.zip`} onChange={(e) => setPath(e.target.value)} /></label>
            <button type="submit" disabled={progress !== null || path.trim() === ''}>Ekspor paket</button>
          </>
        )}
      </form>
      {progress && (
        <div className="export-progress">
          {progress.total > 0 ? <progress max={progress.total} value={progress.done} /> : <progress />}
          <p role="status" className="small">{progress.total > 0 ? `${progress.label} ${formatNumber(progress.done)} dari ${formatNumber(progress.total)}` : 'Menyiapkan paket…'}</p>
        </div>
      )}
      {result && (
        <p role="status" className="saved">
          Paket tersimpan: <span className="mono">{result.path}</span> · {formatNumber(result.files)} berkas · {formatNumber(result.proposals)} usulan ·
          SHA-256 <span className="mono" title={result.sha256}>{shortHash(result.sha256)}</span> · {formatNumber(Math.round(result.ms))} ms
        </p>
      )}
    </section>
  );
}
