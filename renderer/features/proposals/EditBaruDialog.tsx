import { useState } from 'react';
import type { BaruForm, ProposalDetail } from '../../../core/contract/proposals';
import { api } from '../../api';
import { Dialog } from '../family-editor/Dialog';
import '../family-editor/family-editor.css';
import { DraftFields, FAMILY_KEYS, filled, type DraftValues } from './DraftFields';
import { MemberFieldsets } from './MemberFieldsets';

interface Props {
  detail: ProposalDetail;
  baru: BaruForm;
  onSaved: (detail: ProposalDetail) => void;
  onCancel: () => void;
  onStale: () => void;
}

/** Ubah data usulan: the family and members of a draft or returned usulan baru, corrected and saved as a whole. */
export function EditBaruDialog({ detail, baru, onSaved, ...rest }: Props) {
  const [family, setFamily] = useState<DraftValues | null>(baru.family);
  const [members, setMembers] = useState<DraftValues[]>(baru.members);
  const run = async () => {
    const { id, version } = detail.proposal;
    onSaved(await api.call('proposals.update', { id, expectedVersion: version, family: family ? filled(family) : undefined, members: members.map(filled) }));
  };
  return (
    <Dialog title="Ubah data usulan" submitLabel="Simpan perubahan" run={run} {...rest}>
      <div className="proposal-form">
        {family && <DraftFields keys={FAMILY_KEYS} version={baru.questionnaireVersion} values={family} onChange={setFamily} />}
        <MemberFieldsets version={baru.questionnaireVersion} members={members} onChange={setMembers} headFirst={family !== null} />
      </div>
    </Dialog>
  );
}
