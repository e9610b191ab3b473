import { useState } from 'react';
import type { Card, MemberCard } from '../../../core/contract/family-ops';
import { HEAD_RELATIONSHIP } from '../../../core/domain/member-presence';
import { ApiError } from '../../../core/contract';
import { api } from '../../api';
import { CodeSelect } from './CodeSelect';
import { Dialog } from './Dialog';
import { headMember, memberLabel, presentMember, todayText, type OperationOutput } from './members';

interface Common {
  card: Card;
  onDone: (result: OperationOutput) => void;
  onCancel: () => void;
  onStale: () => void;
}

const ref = (m: MemberCard) => ({ id: m.id, version: m.version });

/** Ganti kepala keluarga: a present member becomes head, the previous head gets another relationship. */
export function ChangeHeadDialog({ card, onDone, ...rest }: Common) {
  const candidates = card.members.filter((m) => presentMember(m) && !headMember(m));
  const previous = card.members.find(headMember);
  const [headId, setHeadId] = useState<number | null>(candidates[0]?.id ?? null);
  const [relationship, setRelationship] = useState<number | null>(2);
  const run = async () => {
    const head = candidates.find((m) => m.id === headId);
    if (!head) throw new ApiError('INVALID_INPUT', 'Pilih kepala keluarga baru.');
    onDone(await api.call('members.changeHead', {
      familyId: card.family.id, familyVersion: card.family.version, newHead: ref(head), previousHeadRelationship: previous ? (relationship ?? undefined) : undefined,
    }));
  };
  return (
    <Dialog title="Ganti kepala keluarga" submitLabel="Ganti kepala keluarga" run={run} {...rest}>
      <label className="fe-input">
        Kepala keluarga baru
        <select value={headId ?? ''} onChange={(event) => setHeadId(Number(event.target.value))} required>
          {candidates.map((m) => <option key={m.id} value={m.id}>{memberLabel(m)}</option>)}
        </select>
      </label>
      {previous && (
        <CodeSelect fieldKey="hubunganKeluarga" version={previous.questionnaireVersion} label={`Hubungan baru untuk ${String(previous.values.nama)}`}
          value={relationship} onChange={setRelationship} exclude={[HEAD_RELATIONSHIP]} />
      )}
    </Dialog>
  );
}

/** Meninggal, pindah, tidak ditemukan (or back to present), with date and reason. */
export function PresenceDialog({ card, member, onDone, ...rest }: Common & { member: MemberCard }) {
  const [presence, setPresence] = useState<number | null>(2);
  const [date, setDate] = useState(todayText());
  const [reason, setReason] = useState('');
  const run = async () => onDone(await api.call('members.setPresence', { member: ref(member), presence: presence ?? 0, date, reason }));
  return (
    <Dialog title={`Ubah keberadaan: ${String(member.values.nama)}`} submitLabel="Simpan keberadaan" run={run} {...rest}>
      {headMember(member) && card.members.filter(presentMember).length > 1 && (
        <p className="hint">Anggota ini kepala keluarga; setelah itu tunjuk kepala keluarga baru dengan “Ganti kepala keluarga”.</p>
      )}
      <CodeSelect fieldKey="keberadaan" version={member.questionnaireVersion} label="Keberadaan" value={presence} onChange={setPresence} />
      <label className="fe-input">
        Tanggal (dd/mm/yyyy)
        <input value={date} onChange={(event) => setDate(event.target.value)} placeholder="dd/mm/yyyy" required />
      </label>
      <label className="fe-input">
        Alasan / dasar (mis. surat keterangan kematian)
        <input value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} />
      </label>
    </Dialog>
  );
}

/** Pindah KK: the member joins the family with the No KK given. */
export function MoveDialog({ member, onDone, ...rest }: Common & { member: MemberCard }) {
  const [noKk, setNoKk] = useState('');
  const [relationship, setRelationship] = useState<number | null>(null);
  const run = async () => onDone(await api.call('members.move', { member: ref(member), targetNoKk: noKk, relationship: relationship ?? 0 }));
  return (
    <Dialog title={`Pindahkan ke KK lain: ${String(member.values.nama)}`} submitLabel="Pindahkan" run={run} {...rest}>
      <label className="fe-input">
        No KK tujuan
        <input value={noKk} onChange={(event) => setNoKk(event.target.value.trim())} inputMode="numeric" maxLength={16} required />
      </label>
      <CodeSelect fieldKey="hubunganKeluarga" version={member.questionnaireVersion} label="Hubungan dengan kepala keluarga tujuan" value={relationship} onChange={setRelationship} />
    </Dialog>
  );
}

/** Gabung data ganda: the chosen member is the duplicate of another record of the family, which is kept. */
export function MergeDialog({ card, member, onDone, ...rest }: Common & { member: MemberCard }) {
  const others = card.members.filter((m) => m.id !== member.id && m.duplicateOfId === null);
  const [keepId, setKeepId] = useState<number | null>(others[0]?.id ?? null);
  const run = async () => {
    const keep = others.find((m) => m.id === keepId);
    if (!keep) throw new ApiError('INVALID_INPUT', 'Pilih data yang dipertahankan.');
    onDone(await api.call('members.merge', { keep: ref(keep), duplicate: ref(member) }));
  };
  return (
    <Dialog title={`Gabungkan data ganda: ${String(member.values.nama)}`} submitLabel="Gabungkan" run={run} {...rest}>
      <p className="hint">Data ini ditandai sebagai data ganda dan tidak lagi dihitung sebagai anggota; tidak ada data yang dihapus.</p>
      <label className="fe-input">
        Data yang dipertahankan
        <select value={keepId ?? ''} onChange={(event) => setKeepId(Number(event.target.value))} required>
          {others.map((m) => <option key={m.id} value={m.id}>{`${memberLabel(m)} · NIK ${String(m.values.nik)}`}</option>)}
        </select>
      </label>
    </Dialog>
  );
}
