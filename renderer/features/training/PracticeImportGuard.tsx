import { useEffect, useState, type FormEvent } from 'react';
import type { ImportCheck } from '../../../core/contract/training';
import { api, errorMessage } from '../../api';
import { formatNumber, t } from '../../i18n';

/**
 * Before an import into a practice workspace: a file whose NIKs look real is named as such, and the import
 * waits until the trainer allows it with the pelatih account (the backend refuses it until then).
 */
export function PracticeImportGuard({ path }: { path: string }) {
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [username, setUsername] = useState('pelatih');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.call('training.checkImport', { path }).then(
      (result) => live && setCheck(result),
      (caught: unknown) => live && setError(errorMessage(caught)),
    );
    return () => {
      live = false;
    };
  }, [path]);

  if (!check || check.realLooking === 0)
    return error ? (
      <p className="alert practice-guard" role="alert">
        {error}
      </p>
    ) : null;
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api.call('training.confirmImport', { path, username, password });
      setPassword('');
      setCheck(await api.call('training.checkImport', { path }));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  return (
    <section className="practice-guard" role="alert" aria-label={t('training.guard.title')}>
      <h3>{t('training.guard.title')}</h3>
      <p>{t('training.guard.text', { count: formatNumber(check.realLooking), rows: check.rows.join(', ') })}</p>
      {!check.confirmed && <p className="hint">{t('training.guard.ask')}</p>}
      {check.confirmed ? (
        <p className="notice">{t('training.guard.confirmed')}</p>
      ) : (
        <form className="inline-form" onSubmit={confirm}>
          <label className="field">
            <span>{t('training.guard.username')}</span>
            <input value={username} onChange={(e) => setUsername(e.target.value)} required />
          </label>
          <label className="field">
            <span>{t('training.guard.password')}</span>
            <input type="password" value={password} autoComplete="off" onChange={(e) => setPassword(e.target.value)} required />
          </label>
          <button type="submit">{t('training.guard.confirm')}</button>
        </form>
      )}
      {error && <p className="alert">{error}</p>}
    </section>
  );
}
