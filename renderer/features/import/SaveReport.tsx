import { useState, type FormEvent } from 'react';
import { api, fileDialogs } from '../../api';
import { formatNumber, t } from '../../i18n';
import { useSaveToFile, withExtension } from '../shared/useSaveToFile';

type Format = 'xlsx' | 'csv';

interface Props {
  fileName: string;
  onError: (message: string) => void;
}

/** The error list of the last run as a workbook or CSV: via the save dialog, or a path in web mode. */
export function SaveReport({ fileName, onError }: Props) {
  const [format, setFormat] = useState<Format>('xlsx');
  const [path, setPath] = useState('');
  const { busy, saved, save: saveTo } = useSaveToFile(onError);
  const save = (target: string | null | undefined) =>
    saveTo(target, async (file) => {
      const result = await api.call('import.saveReport', { path: file, format });
      return t('import.report.saved', { path: result.path, rows: formatNumber(result.rows) });
    });
  const pickAndSave = async () => {
    const base = fileName.replace(/\.[^.]+$/, '');
    await save(await fileDialogs?.pickSavePath(t('import.report.defaultName', { file: base }), format));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(withExtension(path, format));
  };

  const formatSelect = (
    <label className="field">
      <span>{t('import.report.format')}</span>
      <select value={format} onChange={(e) => setFormat(e.target.value as Format)}>
        <option value="xlsx">Excel (.xlsx)</option>
        <option value="csv">CSV (.csv)</option>
      </select>
    </label>
  );

  return (
    <div className="save-report">
      {fileDialogs ? (
        <div className="inline-form">
          {formatSelect}
          <button type="button" onClick={() => void pickAndSave()} disabled={busy}>
            {t('import.report.saveAs')}
          </button>
        </div>
      ) : (
        <form className="inline-form" onSubmit={submit}>
          {formatSelect}
          <label className="field grow">
            <span>{t('import.report.pathLabel')}</span>
            <input className="mono" value={path} onChange={(e) => setPath(e.target.value)} required />
          </label>
          <button type="submit" disabled={busy || path.trim() === ''}>
            {t('import.report.save')}
          </button>
        </form>
      )}
      {saved && (
        <p className="saved" role="status">
          {saved}
        </p>
      )}
    </div>
  );
}
