import { useState, type FormEvent } from 'react';
import { fileDialogs } from '../../api';
import { t } from '../../i18n';

interface Props {
  initialPath: string;
  loading: boolean;
  onChoose: (path: string) => void;
}

/** The native dialog in the desktop shell; a path field where there are no dialogs (web mode). */
export function ChooseFileStep({ initialPath, loading, onChoose }: Props) {
  const [path, setPath] = useState(initialPath);

  const pick = async () => {
    const chosen = await fileDialogs?.pickFileToImport();
    if (chosen) onChoose(chosen);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(path.trim());
  };

  return (
    <section className="card import-card">
      <h2>{t('import.file.title')}</h2>
      <p className="hint">{t('import.file.hint')}</p>
      {fileDialogs ? (
        <button type="button" className="primary" onClick={pick} disabled={loading}>
          {t('import.file.pick')}
        </button>
      ) : (
        <form className="inline-form" onSubmit={submit}>
          <label className="field grow">
            <span>{t('import.file.pathLabel')}</span>
            <input className="mono" value={path} onChange={(e) => setPath(e.target.value)} required />
          </label>
          <button type="submit" className="primary" disabled={loading || path.trim() === ''}>
            {t('import.file.submit')}
          </button>
        </form>
      )}
      {loading && (
        <p className="hint" role="status">
          {t('import.file.reading')}
        </p>
      )}
    </section>
  );
}
