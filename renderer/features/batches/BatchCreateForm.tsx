import { useEffect, useState, type FormEvent } from 'react';
import type { BatchInfo } from '../../../core/contract/batches';
import type { PeriodSettings } from '../../../core/contract/batches';
import { api, errorMessage } from '../../api';
import { PERIOD_KIND_LABELS } from './labels';

interface Props {
  kabupatenCode: string;
  /** Frozen batches a correction batch may replace. */
  frozen: BatchInfo[];
  onCreated: (id: number) => void;
  onError: (message: string) => void;
}

type Region = { code: string; name: string };

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** A new draft batch: period (monthly or six-monthly), cut-off, whole kabupaten or chosen kecamatan. */
export function BatchCreateForm({ kabupatenCode, frozen, onCreated, onError }: Props) {
  const [settings, setSettings] = useState<PeriodSettings | null>(null);
  const [kind, setKind] = useState<PeriodSettings['kind']>('bulanan');
  const [month, setMonth] = useState(thisMonth());
  const [half, setHalf] = useState(new Date().getMonth() < 6 ? 'S1' : 'S2');
  const [cutoff, setCutoff] = useState('');
  const [name, setName] = useState('');
  const [wholeKabupaten, setWholeKabupaten] = useState(true);
  const [kecamatan, setKecamatan] = useState<Region[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [replaces, setReplaces] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.call('batches.settings', {}).then((s) => { setSettings(s); setKind(s.kind); }, (e: unknown) => onError(errorMessage(e)));
    api.call('regions.children', { code: kabupatenCode }).then(setKecamatan, (e: unknown) => onError(errorMessage(e)));
  }, [kabupatenCode, onError]);

  const period = kind === 'bulanan' ? month : `${month.slice(0, 4)}-${half}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    api.call('batches.create', {
      period,
      periodKind: kind,
      cutoffDate: cutoff || undefined,
      kecamatanCodes: wholeKabupaten ? null : [...chosen],
      name: name.trim() || undefined,
      replacesBatchId: replaces ? Number(replaces) : undefined,
    }).then((detail) => onCreated(detail.batch.id), (e: unknown) => onError(errorMessage(e))).finally(() => setBusy(false));
  };
  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    setChosen(next);
  };

  return (
    <form className="card batch-form" aria-label="Batch baru" onSubmit={submit}>
      <h2>Batch penetapan baru</h2>
      <p className="hint">
        Batch berisi usulan berstatus Disahkan dalam wilayahnya yang disahkan sampai tanggal batas dan belum masuk batch lain.
        {settings && ` Tanggal batas bawaan: tanggal ${settings.cutoffDay} bulan terakhir periode.`}
      </p>
      <div className="form-row">
        <label className="field"><span>Jenis periode</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as PeriodSettings['kind'])}>
            {Object.entries(PERIOD_KIND_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        {kind === 'bulanan' ? (
          <label className="field"><span>Periode (bulan)</span><input type="month" value={month} required onChange={(e) => setMonth(e.target.value)} /></label>
        ) : (
          <>
            <label className="field"><span>Tahun</span><input type="number" min={2015} max={2100} value={month.slice(0, 4)} onChange={(e) => setMonth(`${e.target.value}-01`)} /></label>
            <label className="field"><span>Semester</span>
              <select value={half} onChange={(e) => setHalf(e.target.value)}><option value="S1">Semester 1 (Jan–Jun)</option><option value="S2">Semester 2 (Jul–Des)</option></select>
            </label>
          </>
        )}
        <label className="field"><span>Tanggal batas (opsional)</span><input type="date" value={cutoff} onChange={(e) => setCutoff(e.target.value)} /></label>
      </div>
      <label className="field"><span>Nama batch (opsional)</span><input value={name} maxLength={120} placeholder={`Penetapan ${period}`} onChange={(e) => setName(e.target.value)} /></label>
      <fieldset className="batch-scope">
        <legend>Wilayah</legend>
        <label><input type="radio" checked={wholeKabupaten} onChange={() => setWholeKabupaten(true)} /> Seluruh kabupaten/kota</label>
        <label><input type="radio" checked={!wholeKabupaten} onChange={() => setWholeKabupaten(false)} /> Kecamatan terpilih</label>
        {!wholeKabupaten && (
          <div className="batch-kecamatan" role="group" aria-label="Kecamatan">
            {kecamatan.map((k) => (
              <label key={k.code}><input type="checkbox" checked={chosen.has(k.code)} onChange={(e) => toggle(k.code, e.target.checked)} /> {k.name}</label>
            ))}
          </div>
        )}
      </fieldset>
      {frozen.length > 0 && (
        <label className="field"><span>Koreksi atas batch (opsional)</span>
          <select value={replaces} onChange={(e) => setReplaces(e.target.value)}>
            <option value="">— bukan koreksi —</option>
            {frozen.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
        </label>
      )}
      <button type="submit" disabled={busy || (!wholeKabupaten && chosen.size === 0)}>Buat batch</button>
    </form>
  );
}
