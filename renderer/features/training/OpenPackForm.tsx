import { useState, type FormEvent, type ReactNode } from 'react';
import { api, fileDialogs } from '../../api';
import { t } from '../../i18n';
import type { RunOpen } from '../workspace/StartScreen';

/** A participant opens the trainer's pack: the desktop picks the .zip with a dialog, the web mode takes its path. */
export function OpenPackForm({ run, busy, footer }: { run: RunOpen; busy: boolean; footer: ReactNode }) {
  const [path, setPath] = useState('');
  const open = (packPath: string) => run(() => api.call('training.createFromPack', { packPath }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void open(path.trim());
  };
  return (
    <section className="card" aria-label={t('training.open.title')}>
      <h2>{t('training.open.title')}</h2>
      <p className="hint">{t('training.open.hint')}</p>
      {fileDialogs ? (
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void fileDialogs?.pickPackageToOpen().then((chosen) => (chosen ? open(chosen) : undefined))}
        >
          {t('training.open.pick')}
        </button>
      ) : (
        <form className="inline-form" onSubmit={submit}>
          <label className="field grow">
            <span>{t('training.open.pathLabel')}</span>
            <input className="mono" value={path} onChange={(e) => setPath(e.target.value)} required />
          </label>
          <button type="submit" className="primary" disabled={busy || path.trim() === ''}>
            {t('training.open.submit')}
          </button>
        </form>
      )}
      {footer}
    </section>
  );
}
