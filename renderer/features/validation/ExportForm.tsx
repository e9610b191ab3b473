import { useState, type FormEvent } from 'react';
import { api, fileDialogs } from '../../api';
import { formatNumber, t } from '../../i18n';
import { useSaveToFile, withExtension } from '../shared/useSaveToFile';
import type { RegionScope } from './RegionsTable';

interface Props {
  scope: RegionScope;
  onError: (message: string) => void;
}

/** "Ekspor xlsx per desa": the open findings as a workbook for the desa operators; via the save dialog, or a path in web mode. */
export function ExportForm({ scope, onError }: Props) {
  const [path, setPath] = useState('');
  const { busy, saved, save: saveTo } = useSaveToFile(onError);
  const save = (target: string | null | undefined) =>
    saveTo(target, async (file) => {
      const result = await api.call('validation.export', { path: file, desaCode: scope.desaCode });
      return t('val.export.saved', { path: result.path, rows: formatNumber(result.rows) });
    });
  const defaultName = [t('val.export.defaultName'), scope.desaName].filter(Boolean).join('-').toLowerCase().replace(/\s+/g, '-');
  const pickAndSave = async () => save(await fileDialogs?.pickSavePath(defaultName, 'xlsx'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(withExtension(path, 'xlsx'));
  };

  return (
    <section className="card export-card" aria-label={t('val.export.title')}>
      <h2>{t('val.export.title')}</h2>
      <p className="hint">{scope.desaName ? t('val.export.scope', { desa: scope.desaName }) : t('val.export.all')}</p>
      {fileDialogs ? (
        <button type="button" onClick={() => void pickAndSave()} disabled={busy}>
          {t('val.export.saveAs')}
        </button>
      ) : (
        <form className="inline-form" onSubmit={submit}>
          <label className="field grow">
            <span>{t('val.export.pathLabel')}</span>
            <input className="mono" value={path} onChange={(e) => setPath(e.target.value)} placeholder={`${defaultName}.xlsx`} required />
          </label>
          <button type="submit" disabled={busy || path.trim() === ''}>
            {t('val.export.save')}
          </button>
        </form>
      )}
      {saved && (
        <p className="saved" role="status">
          {saved}
        </p>
      )}
    </section>
  );
}
