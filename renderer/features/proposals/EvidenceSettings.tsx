import { useEffect, useState } from 'react';
import { EVIDENCE_RULE_KEYS, proposalEvidenceKindSchema, type EvidenceRuleKey, type EvidenceRules, type NonaktifReason } from '../../../core/contract/proposals';
import { KIND_LABELS, REASON_LABELS, TYPE_LABELS } from '../../../core/domain/proposal-labels';
import { api, errorMessage } from '../../api';

/** The documents of one proposal (those of the desa are always required). */
const KINDS = proposalEvidenceKindSchema.options;
type Kind = (typeof KINDS)[number];
/** Per key and document: not needed, required on its own, or one of the alternatives of the key. */
type Mark = '' | 'wajib' | 'salah_satu';
type Marks = Partial<Record<EvidenceRuleKey, Partial<Record<Kind, Mark>>>>;

function keyLabel(key: EvidenceRuleKey): string {
  return key.startsWith('nonaktif:') ? `Nonaktif: ${REASON_LABELS[key.slice(9) as NonaktifReason]}` : TYPE_LABELS[key as 'baru'];
}

function toMarks(rules: EvidenceRules): Marks {
  const marks: Marks = {};
  for (const key of EVIDENCE_RULE_KEYS) {
    for (const requirement of rules[key] ?? []) {
      for (const kind of requirement) marks[key] = { ...marks[key], [kind]: requirement.length === 1 ? 'wajib' : 'salah_satu' };
    }
  }
  return marks;
}

function toRules(marks: Marks): EvidenceRules {
  const rules: EvidenceRules = {};
  for (const key of EVIDENCE_RULE_KEYS) {
    const of = (mark: Mark) => KINDS.filter((k) => marks[key]?.[k] === mark);
    const requirements = of('wajib').map((k) => [k]);
    if (of('salah_satu').length) requirements.push(of('salah_satu'));
    if (requirements.length) rules[key] = requirements;
  }
  return rules;
}

/** Pengaturan usulan (admin): the documents each proposal type and nonaktif reason needs (usulan.buktiWajib). */
export function EvidenceSettings({ onError }: { onError: (message: string) => void }) {
  const [marks, setMarks] = useState<Marks | null>(null);
  const [isDefault, setIsDefault] = useState(true);
  const [saved, setSaved] = useState(false);
  const show = (setting: { rules: EvidenceRules; isDefault: boolean }) => {
    setMarks(toMarks(setting.rules));
    setIsDefault(setting.isDefault);
  };
  useEffect(() => {
    api.call('proposals.evidenceRules', {}).then(show, (e: unknown) => onError(errorMessage(e)));
  }, [onError]);
  if (!marks) return null;
  const save = (rules: EvidenceRules | null) =>
    api.call('proposals.setEvidenceRules', { rules }).then((setting) => { show(setting); setSaved(true); }, (e: unknown) => onError(errorMessage(e)));
  const mark = (key: EvidenceRuleKey, kind: Kind, value: Mark) => {
    setMarks({ ...marks, [key]: { ...marks[key], [kind]: value } });
    setSaved(false);
  };

  return (
    <section className="evidence-settings" aria-label="Pengaturan usulan">
      <h2>Dokumen wajib per jenis usulan {isDefault && <span className="muted">(bawaan aplikasi)</span>}</h2>
      <p className="muted">“Wajib”: dokumen itu harus ada. “Salah satu”: cukup satu dari dokumen bertanda ini. Berita Acara/SPTJM desa selalu wajib.</p>
      <table className="proposal-diff">
        <thead><tr><th>Usulan</th>{KINDS.map((k) => <th key={k}>{KIND_LABELS[k]}</th>)}</tr></thead>
        <tbody>
          {EVIDENCE_RULE_KEYS.map((key) => (
            <tr key={key}>
              <th>{keyLabel(key)}</th>
              {KINDS.map((kind) => (
                <td key={kind}>
                  <select aria-label={`${keyLabel(key)}: ${KIND_LABELS[kind]}`} value={marks[key]?.[kind] ?? ''} onChange={(e) => mark(key, kind, e.target.value as Mark)}>
                    <option value="">—</option>
                    <option value="wajib">Wajib</option>
                    <option value="salah_satu">Salah satu</option>
                  </select>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="proposal-actions">
        <button type="button" className="primary" onClick={() => void save(toRules(marks))}>Simpan pengaturan</button>
        <button type="button" disabled={isDefault} onClick={() => void save(null)}>Kembalikan ke bawaan</button>
        {saved && <span role="status">Pengaturan disimpan.</span>}
      </div>
    </section>
  );
}
