import { useEffect, useState, type FormEvent } from 'react';
import type { Account, ChainVerificationResult, WorkspaceInfo } from '../../../core/contract';
import { api, errorMessage, fileDialogs } from '../../api';
import { formatDateTime, formatNumber, t } from '../../i18n';
import { ErrorAlert } from '../families/ErrorAlert';
import { WorkspaceHeader, type WorkspaceView } from '../families/WorkspaceHeader';
import { useSaveToFile, withExtension } from '../shared/useSaveToFile';
import { can, useSession } from './session';

interface Props {
  workspace: WorkspaceInfo;
  onNavigate: (view: WorkspaceView) => void;
  onClosed: () => void;
}

/** Audit: verify the hash chain of the audit trail; export it as xlsx by user, period and desa. */
export function AuditScreen({ workspace, onNavigate, onClosed }: Props) {
  const role = useSession()?.user.role;
  const [error, setError] = useState<string | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [result, setResult] = useState<ChainVerificationResult | null>(null);
  const [users, setUsers] = useState<Account[]>([]);
  const [filter, setFilter] = useState({ userId: '', from: '', to: '', desaCode: '', path: '' });
  const { busy, saved, save } = useSaveToFile(setError);

  useEffect(() => {
    if (role && can.manageUsers(role)) api.call('users.list', {}).then(setUsers, () => setUsers([]));
  }, [role]);

  const verify = async () => {
    setVerifying(true);
    setError(null);
    try {
      setResult(await api.call('audit.verify', {}));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setVerifying(false);
    }
  };
  const exportTo = (target: string | null | undefined) =>
    save(target, async (path) => {
      const written = await api.call('audit.export', {
        path,
        ...(filter.userId ? { userId: Number(filter.userId) } : {}),
        ...(filter.from ? { from: filter.from } : {}),
        ...(filter.to ? { to: filter.to } : {}),
        ...(filter.desaCode.trim() ? { desaCode: filter.desaCode.trim() } : {}),
      });
      return t('chain.export.done', { rows: formatNumber(written.rows), path: written.path });
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await exportTo(fileDialogs ? await fileDialogs.pickSavePath('riwayat-perubahan', 'xlsx') : withExtension(filter.path, 'xlsx'));
  };
  const set = (key: keyof typeof filter) => (event: { target: { value: string } }) => setFilter({ ...filter, [key]: event.target.value });

  return (
    <div className="main-screen">
      <WorkspaceHeader workspace={workspace} view="audit" onNavigate={onNavigate} onClosed={onClosed} onError={setError} />
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <div className="accounts-screen">
        <section className="card grow" aria-label={t('chain.title')}>
          <h2>{t('chain.title')}</h2>
          <p className="hint">{t('chain.verifyHint')}</p>
          <button type="button" className="primary" onClick={() => void verify()} disabled={verifying}>{t('chain.verify')}</button>
          {result && (
            <p role="status" className={result.ok ? 'notice' : 'alert'}>
              {result.ok || !result.firstBroken
                ? t('chain.verifyOk', { entries: formatNumber(result.entries) })
                : t('chain.verifyBroken', { id: result.firstBroken.id, at: formatDateTime(result.firstBroken.at) })}
            </p>
          )}
        </section>
        <section className="card grow" aria-label={t('chain.export.title')}>
          <h2>{t('chain.export.title')}</h2>
          <form className="stack-form" onSubmit={(event) => void submit(event)}>
            {users.length > 0 && (
              <label className="field">
                <span>{t('chain.export.user')}</span>
                <select value={filter.userId} onChange={set('userId')}>
                  <option value="">{t('chain.export.allUsers')}</option>
                  {users.map((user) => <option key={user.id} value={user.id}>{user.displayName} ({user.username})</option>)}
                </select>
              </label>
            )}
            <label className="field"><span>{t('chain.export.from')}</span><input type="date" value={filter.from} onChange={set('from')} /></label>
            <label className="field"><span>{t('chain.export.to')}</span><input type="date" value={filter.to} onChange={set('to')} /></label>
            <label className="field"><span>{t('chain.export.desa')}</span><input className="mono" value={filter.desaCode} placeholder="33.28.01.2001" onChange={set('desaCode')} /></label>
            {!fileDialogs && (
              <label className="field"><span>{t('chain.export.path')}</span><input className="mono" value={filter.path} required placeholder="riwayat-perubahan.xlsx" onChange={set('path')} /></label>
            )}
            <button type="submit" disabled={busy}>{t('chain.export.submit')}</button>
          </form>
          {saved && <p className="saved" role="status">{saved}</p>}
        </section>
      </div>
    </div>
  );
}
