import { useCallback, useEffect, useState } from 'react';
import type { WorkspaceInfo } from '../../../core/contract';
import type { BatchInfo } from '../../../core/contract/batches';
import { api, errorMessage } from '../../api';
import { formatDateTime, formatNumber } from '../../i18n';
import { useSession } from '../accounts/session';
import { ErrorAlert } from '../families/ErrorAlert';
import { WorkspaceHeader, type WorkspaceView } from '../families/WorkspaceHeader';
import { BatchCreateForm } from './BatchCreateForm';
import { BatchDetail } from './BatchDetail';
import { PackageSettings } from './PackageSettings';
import { VerifyPackage } from './VerifyPackage';
import { BATCH_STATUS_LABELS } from './labels';
import './batches.css';

interface Props {
  workspace: WorkspaceInfo;
  onNavigate: (view: WorkspaceView) => void;
  onClosed: () => void;
}

type Pane = { kind: 'batch'; id: number } | { kind: 'create' } | { kind: 'verify' } | { kind: 'settings' } | null;

/** Penetapan: the batches of approved proposals, their check, freeze and package export, and package verification. */
export function BatchesScreen({ workspace, onNavigate, onClosed }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [batches, setBatches] = useState<BatchInfo[]>([]);
  const [pane, setPane] = useState<Pane>(null);
  const role = useSession()?.user.role;

  const load = useCallback(() => {
    api.call('batches.list', {}).then(setBatches, (e: unknown) => setError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);

  const selectedId = pane?.kind === 'batch' ? pane.id : null;
  const paneButton = (kind: 'create' | 'verify' | 'settings', label: string) => (
    <button type="button" aria-pressed={pane?.kind === kind} onClick={() => setPane(pane?.kind === kind ? null : { kind })}>{label}</button>
  );

  return (
    <div className="main-screen">
      <WorkspaceHeader workspace={workspace} view="batches" onNavigate={onNavigate} onClosed={onClosed} onError={setError} />
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <main className="batches-body">
        <section className="batches-list" aria-label="Daftar batch penetapan">
          <div className="batches-actions">
            {paneButton('create', 'Batch baru')}
            {paneButton('verify', 'Periksa paket')}
            {role === 'admin' && paneButton('settings', 'Pengaturan paket')}
          </div>
          <table className="batches-table" aria-label="Batch penetapan">
            <thead><tr><th>Batch</th><th>Periode</th><th>Status</th><th>Usulan</th></tr></thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id} aria-selected={selectedId === b.id} onClick={() => setPane({ kind: 'batch', id: b.id })}>
                  <td><button type="button" className="link">{b.name}</button><div className="muted small">{formatDateTime(b.createdAt)}</div></td>
                  <td>{b.period}</td>
                  <td><span className={`batch-status batch-${b.status}`}>{BATCH_STATUS_LABELS[b.status]}</span></td>
                  <td className="num">{formatNumber(b.itemCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {batches.length === 0 && <p className="muted">Belum ada batch. Buat batch baru untuk usulan yang sudah disahkan.</p>}
        </section>
        <section className="batches-pane">
          {pane?.kind === 'create' && (
            <BatchCreateForm kabupatenCode={workspace.kabupatenCode} frozen={batches.filter((b) => b.status === 'dibekukan')} onError={setError}
              onCreated={(id) => { load(); setPane({ kind: 'batch', id }); }} />
          )}
          {pane?.kind === 'batch' && <BatchDetail key={pane.id} id={pane.id} role={role ?? null} onChanged={load} onDeleted={() => { load(); setPane(null); }} onError={setError} />}
          {pane?.kind === 'verify' && <VerifyPackage onError={setError} />}
          {pane?.kind === 'settings' && <PackageSettings onError={setError} />}
          {pane === null && <p className="muted batches-hint">Pilih batch di kiri, buat batch baru, atau periksa keutuhan sebuah paket.</p>}
        </section>
      </main>
    </div>
  );
}
