import { useCallback, useEffect, useState } from 'react';
import type { ProposalDetail } from '../../../core/contract/proposals';
import { api, errorMessage } from '../../api';
import { NoteInput } from './DraftFields';
import { EditBaruDialog } from './EditBaruDialog';
import { EvidencePanel } from './EvidencePanel';
import { ProposalHistory } from './ProposalHistory';
import { REASON_LABELS, STATUS_LABELS, TYPE_LABELS } from '../../../core/domain/proposal-labels';

interface Props {
  id: number;
  role: string | null;
  onChanged: () => void;
  onError: (message: string) => void;
}

/** One proposal: the diff (current / proposed / last import), its documents, history, and the actions of the role. */
export function ProposalDetailPanel({ id, role, onChanged, onError }: Props) {
  const [detail, setDetail] = useState<ProposalDetail | null>(null);
  const [reason, setReason] = useState('');
  const [editing, setEditing] = useState(false);
  const load = useCallback(() => {
    api.call('proposals.get', { id }).then(setDetail, (e: unknown) => onError(errorMessage(e)));
  }, [id, onError]);
  useEffect(load, [load]);
  if (!detail) return null;
  const p = detail.proposal;
  const ref = { id: p.id, expectedVersion: p.version };
  const run = (call: Promise<ProposalDetail>) =>
    call.then((next) => {
      setDetail(next);
      setReason('');
      onChanged();
    }, (e: unknown) => onError(errorMessage(e)));
  const editable = p.status === 'draft' || p.status === 'dikembalikan';

  return (
    <section className="proposal-detail" aria-label={`Usulan #${p.id}`}>
      <h2>
        Usulan #{p.id}: {TYPE_LABELS[p.type]}{p.reason ? ` (${REASON_LABELS[p.reason]})` : ''} <span className={`proposal-status status-${p.status}`}>{STATUS_LABELS[p.status]}</span>
      </h2>
      <p className="muted">
        {p.desaName} · periode {p.period} · dibuat oleh {p.createdByName}
        {p.memberName ? ` · anggota ${p.memberName}` : ''}{p.noKk ? ` · KK ${p.noKk}` : ''}
      </p>
      {p.decisionReason && <p className="proposal-decision" role="note">Alasan keputusan: {p.decisionReason}</p>}
      {detail.duplicateOf && <p className="proposal-duplicate">Data ganda dengan: <strong>{detail.duplicateOf}</strong></p>}
      {role === 'operator_desa' && editable ? <NoteEditor key={p.version} note={p.note} onSave={(note) => run(api.call('proposals.update', { ...ref, note }))} /> : p.note && <p>Catatan: {p.note}</p>}
      <table className="proposal-diff" aria-label="Perubahan yang diusulkan">
        <thead><tr><th>Isian</th><th>Nilai sekarang</th><th>Nilai usulan</th><th>Nilai impor terakhir</th></tr></thead>
        <tbody>
          {detail.diff.map((d, i) => (
            <tr key={i}>
              <th>{d.label}{d.entity === 'member' && d.entityId === null ? ' (anggota baru)' : ''}</th>
              <td>{d.current || '—'}</td>
              <td className="proposed">{d.proposed || '—'}</td>
              <td>{d.lastImport ?? 'tidak pernah diimpor'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {detail.blockingFindings.length > 0 && (
        <div className="proposal-findings" role="alert">
          <strong>Kesalahan verifikasi yang menghalangi:</strong>
          <ul>{detail.blockingFindings.map((f, i) => <li key={i}>{f}</li>)}</ul>
        </div>
      )}
      <EvidencePanel detail={detail} canUpload={role === 'operator_desa' && editable} onChanged={load} onError={onError} />
      <div className="proposal-actions">
        {role === 'operator_desa' && editable && detail.baru && <button type="button" onClick={() => setEditing(true)}>Ubah data usulan</button>}
        {role === 'operator_desa' && editable && <button type="button" className="primary" onClick={() => run(api.call('proposals.submit', ref))}>Ajukan</button>}
        {role === 'verifikator' && p.status === 'diajukan' && (
          <>
            <input aria-label="Alasan keputusan" placeholder="Alasan (wajib untuk tolak/kembalikan)" value={reason} onChange={(e) => setReason(e.target.value)} />
            <button type="button" className="primary" onClick={() => run(api.call('proposals.verify', { ...ref, decision: 'accept' }))}>Verifikasi</button>
            <button type="button" onClick={() => run(api.call('proposals.verify', { ...ref, decision: 'return', reason }))}>Kembalikan</button>
            <button type="button" onClick={() => run(api.call('proposals.verify', { ...ref, decision: 'reject', reason }))}>Tolak</button>
          </>
        )}
        {role === 'kepala_opd' && p.status === 'diverifikasi' && <button type="button" className="primary" onClick={() => run(api.call('proposals.approve', ref))}>Sahkan</button>}
      </div>
      <ProposalHistory history={detail.history} />
      {editing && detail.baru && (
        <EditBaruDialog detail={detail} baru={detail.baru} onCancel={() => setEditing(false)} onStale={load}
          onSaved={(next) => { setEditing(false); setDetail(next); onChanged(); }} />
      )}
    </section>
  );
}

/** The desa's note of a draft or returned proposal, changed and saved (a returned one usually says what was corrected). */
function NoteEditor({ note, onSave }: { note: string | null; onSave: (note: string) => void }) {
  const [text, setText] = useState(note ?? '');
  return (
    <div className="proposal-note">
      <NoteInput value={text} onChange={setText} />
      <button type="button" disabled={text === (note ?? '')} onClick={() => onSave(text)}>Simpan catatan</button>
    </div>
  );
}
