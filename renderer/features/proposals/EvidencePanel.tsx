import { useEffect, useState } from 'react';
import { EVIDENCE_KINDS, type EvidenceKind, type ProposalDetail } from '../../../core/contract/proposals';
import { api, errorMessage } from '../../api';
import { KIND_LABELS } from '../../../core/domain/proposal-labels';

interface Props {
  detail: ProposalDetail;
  canUpload: boolean;
  onChanged: () => void;
  onError: (message: string) => void;
}

const DESA_KINDS: readonly EvidenceKind[] = ['ba_musdes', 'ba_muskel', 'sptjm'];

/**
 * Required documents, uploaded files and a viewer. The web mode has no file dialog, so a file is
 * named by its path on this computer (like the import); the backend checks its real type and size.
 */
export function EvidencePanel({ detail, canUpload, onChanged, onError }: Props) {
  const p = detail.proposal;
  const [kind, setKind] = useState<EvidenceKind>(detail.requirements.find((r) => !r.satisfied)?.kinds[0] ?? 'lainnya');
  const [path, setPath] = useState('');
  const [viewing, setViewing] = useState<{ id: number; url: string; mime: string; fileName: string } | null>(null);
  useEffect(() => () => {
    if (viewing?.url.startsWith('blob:')) URL.revokeObjectURL(viewing.url);
  }, [viewing]);

  const upload = () => {
    const target = DESA_KINDS.includes(kind) ? { desaCode: p.desaCode, period: p.period } : { proposalId: p.id };
    api.call('evidence.upload', { ...target, kind, path: path.trim() }).then(() => {
      setPath('');
      onChanged();
    }, (e: unknown) => onError(errorMessage(e)));
  };
  const view = (id: number) =>
    api.call('evidence.get', { id }).then((file) => {
      // Images as data: URLs (allowed by the CSP's img-src); a PDF needs a blob: frame (frame-src blob:).
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      const url = file.mime === 'application/pdf' ? URL.createObjectURL(new Blob([bytes], { type: file.mime })) : `data:${file.mime};base64,${file.contentBase64}`;
      setViewing({ id, url, mime: file.mime, fileName: file.fileName });
    }, (e: unknown) => onError(errorMessage(e)));
  const remove = (id: number) => api.call('evidence.delete', { id }).then(onChanged, (e: unknown) => onError(errorMessage(e)));

  return (
    <div className="proposal-evidence">
      <h3>Bukti</h3>
      <ul className="evidence-requirements">
        {detail.requirements.map((r) => (
          <li key={r.label} className={r.satisfied ? 'ok' : 'missing'}>{r.satisfied ? '✓' : '✗'} {r.label}</li>
        ))}
      </ul>
      <ul className="evidence-files">
        {detail.evidence.map((e) => (
          <li key={e.id}>
            <button type="button" className="link" onClick={() => void view(e.id)}>{KIND_LABELS[e.kind]}: {e.fileName}</button>
            <span className="muted"> · {(e.size / 1024).toLocaleString('id-ID', { maximumFractionDigits: 0 })} KB · {e.uploadedByName}</span>
            {canUpload && e.proposalId !== null && <button type="button" className="link" onClick={() => void remove(e.id)}>Hapus</button>}
          </li>
        ))}
      </ul>
      {canUpload && (
        <div className="evidence-upload">
          <select aria-label="Jenis bukti" value={kind} onChange={(e) => setKind(e.target.value as EvidenceKind)}>
            {EVIDENCE_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
          </select>
          <input aria-label="Lokasi berkas bukti" placeholder="Lokasi berkas di komputer ini (PDF, JPG, PNG; maks. 10 MB)" value={path} onChange={(e) => setPath(e.target.value)} />
          <button type="button" disabled={!path.trim()} onClick={upload}>Unggah</button>
        </div>
      )}
      {viewing && (
        <figure className="evidence-viewer" aria-label={`Pratinjau ${viewing.fileName}`}>
          <figcaption>{viewing.fileName} <button type="button" className="link" onClick={() => setViewing(null)}>Tutup</button></figcaption>
          {viewing.mime === 'application/pdf' ? <iframe title={viewing.fileName} src={viewing.url} /> : <img alt={viewing.fileName} src={viewing.url} />}
        </figure>
      )}
    </div>
  );
}
