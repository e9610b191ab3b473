import { useState, type FormEvent } from 'react';
import type { VerifyResult } from '../../../core/contract/packages';
import { api, fileDialogs } from '../../api';
import { useBusyAction } from '../shared/useBusyAction';
import { formatDateTime, formatNumber } from '../../i18n';
import { shortHash } from './labels';

/** Opens a package zip and checks its manifest, the SHA-256 of every file and the batch hash; tampering is named per file. */
export function VerifyPackage({ onError }: { onError: (message: string) => void }) {
  const [path, setPath] = useState('');
  const [result, setResult] = useState<VerifyResult | null>(null);
  const { busy, run } = useBusyAction(onError);

  const verify = (input: { path: string }) => {
    setResult(null);
    return run(() => api.call('packages.verify', input), setResult);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void verify({ path: path.trim() });
  };
  const manifest = result?.manifest;

  return (
    <section className="card verify-package" aria-label="Periksa paket">
      <h2>Periksa keutuhan paket</h2>
      <p className="hint">Memeriksa manifest, SHA-256 setiap berkas, dan hash isi batch. Perubahan satu bait pun akan terlihat.</p>
      {fileDialogs ? (
        <button type="button" disabled={busy} onClick={() => void fileDialogs?.pickPackageToOpen().then((p) => (p ? verify({ path: p }) : undefined))}>Pilih paket…</button>
      ) : (
        <form className="inline-form" onSubmit={submit}>
          <label className="field grow"><span>Path paket (.zip)</span><input className="mono" value={path} required onChange={(e) => setPath(e.target.value)} /></label>
          <button type="submit" disabled={busy || path.trim() === ''}>Periksa</button>
        </form>
      )}
      {busy && <p role="status">Memeriksa paket…</p>}
      {result && (
        <div className="verify-result">
          <p role="status" className={result.ok ? 'check-verdict ok' : 'check-verdict blocked'}>
            {result.ok ? 'Paket utuh: semua berkas dan hash isi cocok.' : `Paket TIDAK utuh: ${formatNumber(result.problems.length)} masalah.`}
          </p>
          {manifest && (
            <dl className="batch-facts">
              <dt>Batch</dt><dd>{manifest.batch.name} (#{manifest.batch.id}), periode {manifest.batch.period}{manifest.latihan ? ' — PAKET LATIHAN' : ''}</dd>
              <dt>Kabupaten/kota</dt><dd>{manifest.kabupaten.name} ({manifest.kabupaten.code})</dd>
              <dt>Dibekukan</dt><dd>{manifest.batch.frozenBy}, {formatDateTime(manifest.batch.frozenAt)}</dd>
              <dt>Diekspor</dt><dd>{manifest.exportedBy}, {formatDateTime(manifest.exportedAt)}</dd>
              <dt>Hash isi</dt><dd className="mono" title={manifest.batch.contentHash}>{shortHash(manifest.batch.contentHash)}</dd>
              <dt>Usulan</dt><dd>{formatNumber(manifest.counts.proposals)} dalam {formatNumber(manifest.files.length)} berkas</dd>
              <dt>Pemeriksaan</dt><dd>{result.contentHashRecomputed ? 'hash isi dihitung ulang dari paket' : 'hash isi tidak dapat dihitung ulang'}{result.comparedWithWorkspace ? '; dibandingkan dengan batch di workspace ini' : ''}</dd>
            </dl>
          )}
          {result.problems.length > 0 && (
            <table className="check-problems" aria-label="Masalah paket">
              <thead><tr><th>Berkas</th><th>Masalah</th><th>Seharusnya</th><th>Ternyata</th></tr></thead>
              <tbody>
                {result.problems.map((p, i) => (
                  <tr key={i} className="blocking"><td className="mono">{p.file ?? '(paket)'}</td><td>{p.message}</td><td className="mono">{p.expected ?? ''}</td><td className="mono">{p.actual ?? ''}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
