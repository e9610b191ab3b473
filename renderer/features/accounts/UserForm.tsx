import { useState, type FormEvent } from 'react';
import { ROLES, type Role, type WorkspaceInfo } from '../../../core/contract';
import { api, errorMessage } from '../../api';
import { t } from '../../i18n';
import { useRegions } from '../workspace/useRegions';
import { roleLabel } from './session';

interface Props {
  workspace: WorkspaceInfo;
  onCreated: (username: string) => void;
  onError: (message: string) => void;
}

/** New account: role, the desa of an operator desa (chosen per kecamatan), and an initial password. */
export function UserForm({ workspace, onCreated, onError }: Props) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('operator_desa');
  const [kecamatan, setKecamatan] = useState('');
  const [desa, setDesa] = useState('');
  const [desaCodes, setDesaCodes] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const kecamatans = useRegions(workspace.kabupatenCode, onError);
  const desas = useRegions(kecamatan || null, onError);

  const addDesa = () => {
    if (desa && !desaCodes.includes(desa)) setDesaCodes([...desaCodes, desa].sort());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const created = await api.call('users.create', { username, displayName, role, desaCodes: role === 'operator_desa' ? desaCodes : [], password });
      setUsername('');
      setDisplayName('');
      setPassword('');
      setDesaCodes([]);
      onCreated(created.username);
    } catch (caught) {
      onError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-label={t('users.create.title')}>
      <h2>{t('users.create.title')}</h2>
      <form className="stack-form" onSubmit={submit}>
        <label className="field">
          <span>{t('auth.username')}</span>
          <input value={username} required onChange={(event) => setUsername(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('auth.displayName')}</span>
          <input value={displayName} required onChange={(event) => setDisplayName(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('users.role')}</span>
          <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => <option key={option} value={option}>{roleLabel(option)}</option>)}
          </select>
        </label>
        {role === 'operator_desa' && (
          <fieldset className="stack-form">
            <label className="field">
              <span>{t('users.kecamatan')}</span>
              <select value={kecamatan} onChange={(event) => (setKecamatan(event.target.value), setDesa(''))}>
                <option value="">{t('start.create.choose')}</option>
                {kecamatans.map((region) => <option key={region.code} value={region.code}>{region.name}</option>)}
              </select>
            </label>
            <div className="inline-form">
              <label className="field grow">
                <span>{t('users.desa')}</span>
                <select value={desa} onChange={(event) => setDesa(event.target.value)}>
                  <option value="">{t('start.create.choose')}</option>
                  {desas.map((region) => <option key={region.code} value={region.code}>{region.name}</option>)}
                </select>
              </label>
              <button type="button" onClick={addDesa} disabled={!desa}>{t('users.addDesa')}</button>
            </div>
            <div className="desa-chips">
              {desaCodes.length === 0 && <span className="hint">{t('users.noDesa')}</span>}
              {desaCodes.map((code) => (
                <button key={code} type="button" aria-label={t('users.removeDesa', { code })} onClick={() => setDesaCodes(desaCodes.filter((c) => c !== code))}>
                  {desas.find((region) => region.code === code)?.name ?? code} ✕
                </button>
              ))}
            </div>
          </fieldset>
        )}
        <label className="field">
          <span>{t('users.initialPassword')}</span>
          <input type="password" value={password} required minLength={8} autoComplete="new-password" onChange={(event) => setPassword(event.target.value)} />
        </label>
        <p className="hint">{t('users.initialHint')}</p>
        <button type="submit" className="primary" disabled={busy}>{t('users.create.submit')}</button>
      </form>
    </section>
  );
}
