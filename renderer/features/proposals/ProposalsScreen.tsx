import { useCallback, useEffect, useState } from 'react';
import type { WorkspaceInfo } from '../../../core/contract';
import type { Proposal, ProposalStatus } from '../../../core/contract/proposals';
import { api, errorMessage } from '../../api';
import { ErrorAlert } from '../families/ErrorAlert';
import { WorkspaceHeader, type WorkspaceView } from '../families/WorkspaceHeader';
import { EvidenceSettings } from './EvidenceSettings';
import { NewFamilyDialog } from './NewFamilyDialog';
import { ProposalDetailPanel } from './ProposalDetail';
import { STATUS_LABELS, TYPE_LABELS } from '../../../core/domain/proposal-labels';
import './proposals.css';

interface Props {
  workspace: WorkspaceInfo;
  onNavigate: (view: WorkspaceView) => void;
  onClosed: () => void;
}

type Counts = { desaCode: string; desaName: string; status: ProposalStatus; count: number }[];

/** Usulan: the inbox per role (counts per desa and status), the filtered list, bulk verification and the detail. */
export function ProposalsScreen({ workspace, onNavigate, onClosed }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const [status, setStatus] = useState<ProposalStatus | ''>('');
  const [desaCode, setDesaCode] = useState('');
  const [rows, setRows] = useState<Proposal[]>([]);
  const [counts, setCounts] = useState<Counts>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [checked, setChecked] = useState<Set<number>>(new Set());
  const [bulkReason, setBulkReason] = useState('');
  const [newFamily, setNewFamily] = useState(false);
  const [settings, setSettings] = useState(false);

  const load = useCallback(() => {
    api.call('proposals.list', { status: status || undefined, desaCode: desaCode || undefined }).then((result) => {
      setRows(result.rows);
      setCounts(result.counts);
      setChecked(new Set());
    }, (e: unknown) => setError(errorMessage(e)));
  }, [status, desaCode]);
  useEffect(load, [load]);
  useEffect(() => {
    api.call('auth.status', {}).then((s) => setRole(s.user?.role ?? null), (e: unknown) => setError(errorMessage(e)));
  }, []);

  const desas = [...new Map(counts.map((c) => [c.desaCode, c.desaName])).entries()];
  const statuses = [...new Set(counts.map((c) => c.status))];
  const bulk = (decision: 'accept' | 'return' | 'reject') => {
    const items = rows.filter((r) => checked.has(r.id)).map((r) => ({ id: r.id, expectedVersion: r.version }));
    api.call('proposals.verifyMany', { items, decision, reason: bulkReason || undefined }).then(load, (e: unknown) => setError(errorMessage(e)));
  };

  return (
    <div className="main-screen">
      <WorkspaceHeader workspace={workspace} view="proposals" onNavigate={onNavigate} onClosed={onClosed} onError={setError} />
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <main className="proposals-body">
        <section className="proposals-inbox" aria-label="Kotak masuk usulan">
          <table className="proposals-counts" aria-label="Usulan per desa dan status">
            <thead>
              <tr><th>Desa</th>{statuses.map((s) => <th key={s}>{STATUS_LABELS[s]}</th>)}</tr>
            </thead>
            <tbody>
              {desas.map(([code, name]) => (
                <tr key={code}>
                  <th><button type="button" className="link" onClick={() => setDesaCode(code)}>{name}</button></th>
                  {statuses.map((s) => {
                    const n = counts.find((c) => c.desaCode === code && c.status === s)?.count ?? 0;
                    return <td key={s}>{n ? <button type="button" className="link" onClick={() => { setDesaCode(code); setStatus(s); }}>{n}</button> : ''}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="proposals-filters">
            <label>Status <select value={status} onChange={(e) => setStatus(e.target.value as ProposalStatus | '')}>
              <option value="">Semua</option>
              {Object.entries(STATUS_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select></label>
            <label>Desa <select value={desaCode} onChange={(e) => setDesaCode(e.target.value)}>
              <option value="">Semua</option>
              {desas.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
            </select></label>
            {role === 'operator_desa' && <button type="button" onClick={() => setNewFamily(true)}>Usulan keluarga baru</button>}
            {role === 'admin' && <button type="button" aria-pressed={settings} onClick={() => setSettings(!settings)}>Pengaturan usulan</button>}
          </div>
          {role === 'verifikator' && checked.size > 0 && (
            <div className="proposals-bulk">
              <input aria-label="Alasan untuk semua usulan terpilih" placeholder="Alasan (wajib untuk tolak/kembalikan)" value={bulkReason} onChange={(e) => setBulkReason(e.target.value)} />
              <button type="button" onClick={() => bulk('accept')}>Verifikasi {checked.size} usulan</button>
              <button type="button" onClick={() => bulk('return')}>Kembalikan</button>
              <button type="button" onClick={() => bulk('reject')}>Tolak</button>
            </div>
          )}
          <table className="proposals-list" aria-label="Daftar usulan">
            <thead><tr><th /><th>No.</th><th>Jenis</th><th>Status</th><th>Desa</th><th>Keluarga / anggota</th><th>Periode</th></tr></thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id} aria-selected={selected === p.id} onClick={() => setSelected(p.id)}>
                  <td onClick={(e) => e.stopPropagation()}>
                    <input type="checkbox" aria-label={`Pilih usulan #${p.id}`} checked={checked.has(p.id)} onChange={(e) => {
                      const next = new Set(checked);
                      if (e.target.checked) next.add(p.id);
                      else next.delete(p.id);
                      setChecked(next);
                    }} />
                  </td>
                  <td>#{p.id}</td>
                  <td>{TYPE_LABELS[p.type]}</td>
                  <td><span className={`proposal-status status-${p.status}`}>{STATUS_LABELS[p.status]}</span></td>
                  <td>{p.desaName}</td>
                  <td>{p.memberName ?? p.headName ?? '—'}{p.noKk ? ` (KK ${p.noKk})` : ''}</td>
                  <td>{p.period}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted">Tidak ada usulan untuk saringan ini.</p>}
        </section>
        {settings && <EvidenceSettings onError={setError} />}
        {newFamily && (
          <NewFamilyDialog kabupatenCode={workspace.kabupatenCode} onCancel={() => setNewFamily(false)} onError={setError}
            onCreated={(id) => { setNewFamily(false); setSelected(id); load(); }} />
        )}
        {selected !== null && <ProposalDetailPanel key={selected} id={selected} role={role} onChanged={load} onError={setError} />}
      </main>
    </div>
  );
}
