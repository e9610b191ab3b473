import { useState } from 'react';
import type { Card, MemberCard } from '../../../core/contract/family-ops';
import { NONAKTIF_REASONS, type NonaktifReason } from '../../../core/contract/proposals';
import { ApiError } from '../../../core/contract/errors';
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

/** The other record of a ganda proposal, by the number people know (NIK or No KK), among the records the user may see. */
async function findDuplicate(number: string, isMember: boolean, self: number): Promise<number> {
  const what = isMember ? 'NIK' : 'No KK';
  if (!/^\d{16}$/.test(number)) throw new ApiError('INVALID_INPUT', `Isi ${what} data lain yang ganda (16 digit).`);
  const key = isMember ? 'nik' : 'noKk';
  const { rows } = await api.call('grid.block', { view: isMember ? 'anggota' : 'keluarga', columns: [key], startRow: 0, endRow: 5, scope: { search: number } });
  // The same NIK on both records is the usual ganda: the record being proposed is not the other one.
  const found = rows.filter((row) => row[key] === number && row.id !== self);
  if (found.length !== 1) throw new ApiError('NOT_FOUND', `${what} ${number} ${found.length ? 'dipakai lebih dari satu data' : 'tidak ditemukan di wilayah Anda'}; sebutkan di catatan.`);
  return Number(found[0]!.id);
}

/** Usulkan nonaktif: a draft proposal of the desa (the data changes only once it is approved). */
export function NonaktifDialog({ card, member, onCancel, onStale, onCreated }: Props) {
  const [reason, setReason] = useState<NonaktifReason>(member ? 'meninggal' : 'mampu');
  const [date, setDate] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [note, setNote] = useState('');
  const run = async () => {
    const other = reason === 'ganda' ? await findDuplicate(duplicateOf.trim(), member !== null, member?.id ?? card.family.id) : undefined;
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
        <label>{member ? 'NIK anggota lain yang ganda' : 'No KK keluarga lain yang ganda'}
          <input inputMode="numeric" className="mono" value={duplicateOf} onChange={(e) => setDuplicateOf(e.target.value)} />
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
