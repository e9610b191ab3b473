import { useState } from 'react';
import { ApiError } from '../../../core/contract';
import { HEAD_RELATIONSHIP } from '../../../core/domain/member-presence';
import { NEW_FAMILY_VERSION } from '../../../core/domain/proposals';
import { api } from '../../api';
import { useSession } from '../accounts/session';
import { Dialog } from '../family-editor/Dialog';
import { RegionSelect } from '../workspace/RegionSelect';
import { useRegions } from '../workspace/useRegions';
import '../family-editor/family-editor.css';
import { DraftFields, FAMILY_KEYS, filled, NoteInput, type DraftValues } from './DraftFields';
import { MemberFieldsets } from './MemberFieldsets';

interface Props {
  kabupatenCode: string;
  onCancel: () => void;
  /** The draft was created: its id. */
  onCreated: (id: number) => void;
  onError: (message: string) => void;
}

const head = (): DraftValues => ({ hubunganKeluarga: String(HEAD_RELATIONSHIP) });

/** Usulan keluarga baru: the desa, No KK and address, the head and the other members; the family exists once approved. */
export function NewFamilyDialog({ kabupatenCode, onCancel, onCreated, onError }: Props) {
  const user = useSession()?.user;
  const assigned = user?.role === 'operator_desa' ? user.desaCodes : null;
  const [kecamatanCode, setKecamatanCode] = useState(assigned?.length === 1 ? assigned[0]!.slice(0, 8) : '');
  const [desaCode, setDesaCode] = useState(assigned?.length === 1 ? assigned[0]! : '');
  const kecamatans = useRegions(kabupatenCode, onError).filter((r) => !assigned || assigned.some((code) => code.startsWith(`${r.code}.`)));
  const desas = useRegions(kecamatanCode || null, onError).filter((r) => !assigned || assigned.includes(r.code));
  const [family, setFamily] = useState<DraftValues>({});
  const [members, setMembers] = useState<DraftValues[]>([head()]);
  const [note, setNote] = useState('');

  const run = async () => {
    if (!desaCode) throw new ApiError('INVALID_INPUT', 'Pilih desa untuk keluarga baru.');
    const created = await api.call('proposals.create', { type: 'baru', desaCode, family: filled(family), members: members.map(filled), note: note || undefined });
    onCreated(created.proposal.id);
  };
  return (
    <Dialog title="Usulan keluarga baru" submitLabel="Buat usulan" run={run} onCancel={onCancel} onStale={onCancel}>
      <div className="proposal-form">
        <RegionSelect label="Kecamatan" placeholder="— pilih —" regions={kecamatans} value={kecamatanCode} onChange={(code) => { setKecamatanCode(code); setDesaCode(''); }} required />
        <RegionSelect label="Desa" placeholder="— pilih —" regions={desas} value={desaCode} onChange={setDesaCode} required />
        <DraftFields keys={FAMILY_KEYS} version={NEW_FAMILY_VERSION} values={family} onChange={setFamily} />
        <MemberFieldsets version={NEW_FAMILY_VERSION} members={members} onChange={setMembers} headFirst />
        <NoteInput value={note} onChange={setNote} />
      </div>
    </Dialog>
  );
}
