import { useState, type FormEvent } from 'react';
import { api, fileDialogs } from '../../api';
import { t } from '../../i18n';
import { RegionSelect } from './RegionSelect';
import type { RunOpen } from './StartScreen';
import { PROVINCES, useRegions } from './useRegions';

interface Props {
  run: RunOpen;
  busy: boolean;
  onError: (message: string) => void;
}

export function CreateWorkspaceForm({ run, busy, onError }: Props) {
  const [name, setName] = useState('');
  const [province, setProvince] = useState('');
  const [kabupaten, setKabupaten] = useState('');
  const provinces = useRegions(PROVINCES, onError);
  const kabupatens = useRegions(province || null, onError);

  const chooseProvince = (code: string) => {
    setProvince(code);
    setKabupaten('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      // In the desktop shell the user picks where the file goes; the web server uses its data folder.
      const path = fileDialogs ? await fileDialogs.pickWorkspaceToSave(name.trim()) : undefined;
      if (path === null) return null;
      return api.call('workspace.create', { name: name.trim(), kabupatenCode: kabupaten, ...(path ? { path } : {}) });
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
        <RegionSelect
          label={t('start.create.province')}
          placeholder={t('start.create.choose')}
          regions={provinces}
          value={province}
          onChange={chooseProvince}
          required
        />
        <RegionSelect
          label={t('start.create.kabupaten')}
          placeholder={t('start.create.choose')}
          regions={kabupatens}
          value={kabupaten}
          onChange={setKabupaten}
          required
        />
        <div>
          <button type="submit" className="primary" disabled={busy || !name.trim() || !kabupaten}>
            {t('start.create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
