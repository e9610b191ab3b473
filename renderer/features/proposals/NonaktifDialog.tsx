import { useState } from 'react';
import type { Card, MemberCard } from '../../../core/contract/family-ops';
import { NONAKTIF_REASONS, type NonaktifReason } from '../../../core/contract/proposals';
import { api } from '../../api';
import { t } from '../../i18n';
import { Dialog } from '../family-editor/Dialog';
import { REASON_LABELS } from '../../../core/domain/proposal-labels';

interface Props {
  card: Card;
  /** The selected member; without one the proposal concerns the whole family. */
  member: MemberCard | null;
  onCancel: () => void;
  onStale: () => void;
  /** The draft was created: a message naming it. */
  onCreated: (message: string) => void;
}

/** Usulkan nonaktif: a draft proposal of the desa (the data changes only once it is approved). */
export function NonaktifDialog({ card, member, onCancel, onStale, onCreated }: Props) {
  const [reason, setReason] = useState<NonaktifReason>(member ? 'meninggal' : 'mampu');
  const [date, setDate] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [note, setNote] = useState('');
  const run = async () => {
    const other = duplicateOf.trim() ? Number(duplicateOf) : undefined;
    const created = await api.call('proposals.create', {
      type: 'nonaktif', familyId: card.family.id, memberId: member?.id, reason, date: date || undefined, note: note || undefined,
      ...(reason === 'ganda' ? (member ? { duplicateOfMemberId: other } : { duplicateOfFamilyId: other }) : {}),
    });
    onCreated(t('proposal.nonaktif.created', { id: created.proposal.id }));
  };
  const who = member ? `anggota ${String(member.values.nama ?? '')}` : 'seluruh keluarga';
  return (
    <Dialog title={`Usulkan nonaktif: ${who}`} submitLabel="Buat usulan" run={run} onCancel={onCancel} onStale={onStale}>
      <label>Alasan
        <select value={reason} onChange={(e) => setReason(e.target.value as NonaktifReason)}>
          {NONAKTIF_REASONS.map((r) => <option key={r} value={r}>{REASON_LABELS[r]}</option>)}
        </select>
      </label>
      {reason === 'ganda' && (
        <label>ID data {member ? 'anggota' : 'keluarga'} lain yang ganda
          <input inputMode="numeric" value={duplicateOf} onChange={(e) => setDuplicateOf(e.target.value)} />
        </label>
      )}
      <label>Tanggal kejadian (dd/mm/yyyy)
        <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="mis. 17/08/2025" />
      </label>
      <label>Catatan
        <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
      </label>
    </Dialog>
  );
}
