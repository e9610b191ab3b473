import { useState } from 'react';
import type { Card, MemberCard } from '../../../core/contract/family-ops';
import { api } from '../../api';
import { t } from '../../i18n';
import { Dialog } from '../family-editor/Dialog';
import { DraftFields, filled, MEMBER_KEYS, NoteInput, type DraftValues } from './DraftFields';

interface Props {
  card: Card;
  onCancel: () => void;
  onStale: () => void;
  /** The draft was created: a message naming it. */
  onCreated: (message: string) => void;
}

/** Usulkan anggota baru: a draft usulan baru for one new member of this family; it joins the family once approved. */
export function NewMemberProposalDialog({ card, onCreated, ...rest }: Props) {
  const [values, setValues] = useState<DraftValues>({});
  const [note, setNote] = useState('');
  const run = async () => {
    const created = await api.call('proposals.create', { type: 'baru', familyId: card.family.id, members: [filled(values)], note: note || undefined });
    onCreated(t('proposal.baru.created', { id: created.proposal.id }));
  };
  return (
    <Dialog title="Usulkan anggota baru" submitLabel="Buat usulan" run={run} {...rest}>
      <DraftFields keys={MEMBER_KEYS} version={card.family.questionnaireVersion} values={values} onChange={setValues} />
      <NoteInput value={note} onChange={setNote} />
      <p className="hint">Anggota masuk ke keluarga setelah usulan disahkan. Lengkapi buktinya di layar Usulan.</p>
    </Dialog>
  );
}

/** Usulkan reaktivasi: the member who is no longer present, or the whole nonaktif family, becomes active again once approved. */
export function ReaktivasiDialog({ card, member, onCreated, ...rest }: Props & { member: MemberCard | null }) {
  const [note, setNote] = useState('');
  const run = async () => {
    const created = await api.call('proposals.create', { type: 'reaktivasi', familyId: card.family.id, memberId: member?.id, note: note || undefined });
    onCreated(t('proposal.reaktivasi.created', { id: created.proposal.id }));
  };
  const who = member ? `anggota ${String(member.values.nama ?? '')}` : 'seluruh keluarga';
  return (
    <Dialog title={`Usulkan reaktivasi: ${who}`} submitLabel="Buat usulan" run={run} {...rest}>
      <NoteInput value={note} onChange={setNote} />
    </Dialog>
  );
}
