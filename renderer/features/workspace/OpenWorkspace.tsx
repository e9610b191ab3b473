import { useState, type FormEvent } from 'react';
import { api, fileDialogs } from '../../api';
import { t } from '../../i18n';
import type { RunOpen } from './StartScreen';

/** The native dialog in the desktop shell; a path field where there are no dialogs (web mode). */
export function OpenWorkspace({ run, busy }: { run: RunOpen; busy: boolean }) {
  const [path, setPath] = useState('');

  if (fileDialogs) {
    const dialogs = fileDialogs;
    const pick = () =>
      run(async () => {
        const chosen = await dialogs.pickWorkspaceToOpen();
        return chosen ? api.call('workspace.open', { path: chosen }) : null;
      });
    return (
      <section className="card">
        <h2>{t('start.open.title')}</h2>
        <button type="button" onClick={pick} disabled={busy}>
          {t('start.open.button')}
        </button>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api.call('workspace.open', { path: path.trim() }));
  };
  return (
    <section className="card">
      <h2>{t('start.open.title')}</h2>
      <form className="inline-form" onSubmit={submit}>
        <label className="field grow">
          <span>{t('start.open.pathLabel')}</span>
          <input className="mono" value={path} onChange={(e) => setPath(e.target.value)} required />
        </label>
        <button type="submit" disabled={busy || path.trim() === ''}>
          {t('start.open.submit')}
        </button>
      </form>
    </section>
  );
}
