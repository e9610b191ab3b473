import { useState, type FormEvent } from 'react';
import { api, fileDialogs } from '../../api';
import { t } from '../../i18n';
import { KabupatenSelects, useKabupatenChoice } from './KabupatenSelects';
import type { RunOpen } from './StartScreen';

interface Props {
  run: RunOpen;
  busy: boolean;
  onError: (message: string) => void;
}

export function CreateWorkspaceForm({ run, busy, onError }: Props) {
  const [name, setName] = useState('');
  const region = useKabupatenChoice(onError);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      // In the desktop shell the user picks where the file goes; the web server uses its data folder.
      const path = fileDialogs ? await fileDialogs.pickWorkspaceToSave(name.trim()) : undefined;
      if (path === null) return null;
      return api.call('workspace.create', { name: name.trim(), kabupatenCode: region.kabupaten, ...(path ? { path } : {}) });
    });
  };

  return (
    <section className="card">
      <h2>{t('start.create.title')}</h2>
      <form className="stack-form" onSubmit={submit}>
        <label className="field">
          <span>{t('start.create.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
        </label>
        <KabupatenSelects choice={region} />
        <div>
          <button type="submit" className="primary" disabled={busy || !name.trim() || !region.kabupaten}>
            {t('start.create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
