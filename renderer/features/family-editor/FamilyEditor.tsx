import { useCallback, useState } from 'react';
import type { Finding } from '../../../core/contract';
import { AuditHistory } from '../families/AuditHistory';
import { FindingsPanel } from '../validation/FindingsPanel';
import { AddMemberDialog } from './AddMemberDialog';
import { CardForm } from './CardForm';
import { ChangeHeadDialog, MergeDialog, MoveDialog, PresenceDialog } from './MemberDialogs';
import { MemberList } from './MemberList';
import { headMember, presentMember, type OperationOutput } from './members';
import { SplitFamilyDialog } from './SplitFamilyDialog';
import { useFamilyCard } from './useFamilyCard';
import { NonaktifDialog } from '../proposals/NonaktifDialog';
import { NewMemberProposalDialog, ReaktivasiDialog } from '../proposals/FamilyProposalDialogs';
import { can, useSession } from '../accounts/session';
import './family-editor.css';

interface Props {
  familyId: number;
  /** Bumped when the family was changed elsewhere (the grid): the card is read again. */
  outsideEdits: number;
  /** Findings of this family (null while loading). */
  findings: Finding[] | null;
  /** After every save or operation: the screen reloads the grid row and the findings. */
  onChanged: () => void;
  onClose: () => void;
  onError: (message: string) => void;
  /** Information that is not an error: an edit or a nonaktif that became a proposal. */
  onNotice: (message: string) => void;
}

type Tab = 'members' | 'family' | 'findings' | 'history';
type Operation = 'add' | 'head' | 'presence' | 'move' | 'split' | 'merge' | 'nonaktif' | 'newMember' | 'reaktivasi';

const TABS: [Tab, string][] = [['members', 'Anggota keluarga'], ['family', 'Kartu keluarga'], ['findings', 'Temuan'], ['history', 'Riwayat perubahan']];

/** The open family: its members with the operations of the domain, its card, its findings and its history. */
export function FamilyEditor({ familyId, outsideEdits, findings, onChanged, onClose, onError, onNotice }: Props) {
  const { card, setCard, reload } = useFamilyCard(familyId, outsideEdits, onError);
  const [tab, setTab] = useState<Tab>('members');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [operation, setOperation] = useState<Operation | null>(null);
  const role = useSession()?.user.role;

  const saved = useCallback(() => {
    reload();
    onChanged();
  }, [reload, onChanged]);
  const done = useCallback(
    (result: OperationOutput) => {
      setCard(result.card);
      setOperation(null);
      if (result.createdId !== null && result.card.members.some((m) => m.id === result.createdId)) setSelectedId(result.createdId);
      onChanged();
    },
    [setCard, onChanged],
  );
  if (!card) return <section className="member-panel fe-panel" aria-busy="true" aria-label="Editor keluarga" />;

  const selected = card.members.find((m) => m.id === selectedId) ?? null;
  const head = card.members.find(headMember);
  const open = findings?.filter((f) => !f.acknowledged).length ?? 0;
  const dialog = { card, onDone: done, onCancel: () => setOperation(null), onStale: saved };
  const needsMember = selected === null;
  const inactive = selected ? !presentMember(selected) : card.family.values.statusData === 'nonaktif';
  const proposal = { card, onCancel: dialog.onCancel, onStale: saved, onCreated: (message: string) => { setOperation(null); onNotice(message); } };

  return (
    <section className="member-panel fe-panel" aria-label="Editor keluarga">
      <header className="panel-header">
        <h2>Keluarga</h2>
        <span className="panel-subtitle">
          No KK <span className="mono">{String(card.family.values.noKk)}</span> · {head ? String(head.values.nama) : 'tanpa kepala keluarga'} · {card.family.desaName},{' '}
          {card.family.kecamatanName} · {card.family.memberCount} anggota
        </span>
        <button type="button" className="link" onClick={onClose} aria-label="Tutup editor keluarga">×</button>
      </header>
      <div className="fe-tabs" role="tablist" aria-label="Bagian editor keluarga">
        {TABS.map(([name, label]) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
            {name === 'findings' ? `${label} (${open})` : label}
          </button>
        ))}
      </div>
      <div className="fe-body" role="tabpanel">
        {tab === 'members' && (
          <div className="fe-members-tab">
            <div className="toolbar fe-operations" aria-label="Perintah anggota">
              {role && can.operateFamily(role) && (
                <>
                  <button type="button" onClick={() => setOperation('add')}>Tambah anggota</button>
                  <button type="button" onClick={() => setOperation('head')}>Ganti kepala keluarga</button>
                  <button type="button" disabled={needsMember} onClick={() => setOperation('presence')}>Ubah keberadaan</button>
                  <button type="button" disabled={needsMember} onClick={() => setOperation('move')}>Pindahkan ke KK lain</button>
                  <button type="button" onClick={() => setOperation('split')}>Pecah KK</button>
                  <button type="button" disabled={needsMember} onClick={() => setOperation('merge')}>Gabungkan data ganda</button>
                </>
              )}
              {role && can.propose(role) && (
                <>
                  <button type="button" onClick={() => setOperation('newMember')}>Usulkan anggota baru</button>
                  <button type="button" onClick={() => setOperation('nonaktif')}>Usulkan nonaktif</button>
                  <button type="button" disabled={!inactive} title="Untuk anggota yang tidak lagi tinggal bersama keluarga, atau keluarga nonaktif" onClick={() => setOperation('reaktivasi')}>Usulkan reaktivasi</button>
                </>
              )}
              {needsMember && <span className="hint">Pilih anggota untuk perintah per anggota.</span>}
            </div>
            <MemberList members={card.members} selectedId={selectedId} onSelect={setSelectedId} />
            {selected && <CardForm key={selected.id} card={card} entity="member" record={selected} findings={findings} onSaved={saved} onError={onError} onNotice={onNotice} />}
          </div>
        )}
        {tab === 'family' && <CardForm card={card} entity="family" record={card.family} findings={findings} onSaved={saved} onError={onError} onNotice={onNotice} />}
        {tab === 'findings' && <FindingsPanel findings={findings} live={null} onChanged={onChanged} onError={onError} />}
        {tab === 'history' && (
          <AuditHistory
            familyId={card.family.id}
            familyVersion={card.family.version}
            member={selected && { id: selected.id, version: selected.version, name: String(selected.values.nama ?? '') }}
            questionnaireVersion={card.family.questionnaireVersion}
          />
        )}
      </div>
      {operation === 'add' && <AddMemberDialog {...dialog} />}
      {operation === 'head' && <ChangeHeadDialog {...dialog} />}
      {operation === 'split' && <SplitFamilyDialog {...dialog} />}
      {operation === 'presence' && selected && <PresenceDialog {...dialog} member={selected} />}
      {operation === 'move' && selected && <MoveDialog {...dialog} member={selected} />}
      {operation === 'merge' && selected && <MergeDialog {...dialog} member={selected} />}
      {operation === 'nonaktif' && <NonaktifDialog {...proposal} member={selected} />}
      {operation === 'newMember' && <NewMemberProposalDialog {...proposal} />}
      {operation === 'reaktivasi' && <ReaktivasiDialog {...proposal} member={selected} />}
    </section>
  );
}
