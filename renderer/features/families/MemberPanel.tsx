import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FamilyRow, Finding, MemberRow } from '../../../core/contract';
import type { MemberEditableField } from '../../../core/domain/fields';
import { api, errorMessage } from '../../api';
import { t } from '../../i18n';
import { flaggedCells } from '../validation/findingCells';
import { FindingsPanel, type LiveCheck } from '../validation/FindingsPanel';
import { liveCheckMember } from '../validation/liveCheck';
import { AuditHistory } from './AuditHistory';
import { MembersGrid } from './MembersGrid';

interface Props {
  family: FamilyRow;
  /** Findings of this family (null while loading); reloaded through onFindingsChanged. */
  findings: Finding[] | null;
  onFindingsChanged: () => void;
  onClose: () => void;
  onError: (message: string) => void;
}

/** Findings, members of the open family (keyed by family id, so it remounts per family) and their history. */
export function MemberPanel({ family, findings, onFindingsChanged, onClose, onError }: Props) {
  const [members, setMembers] = useState<MemberRow[] | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [revision, setRevision] = useState(0);
  const [live, setLive] = useState<LiveCheck | null>(null);

  useEffect(() => {
    let live = true;
    api.call('families.get', { id: family.id }).then(
      (result) => live && setMembers(result.members),
      (error: unknown) => live && onError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [family.id, revision, onError]);

  // The backend re-checks the family on each save, so its findings are fetched again afterwards.
  const memberSaved = useCallback(
    (row: MemberRow) => {
      setMembers((list) => list?.map((m) => (m.id === row.id ? row : m)) ?? null);
      onFindingsChanged();
    },
    [onFindingsChanged],
  );
  const kabupatenCode = family.kecamatanCode.slice(0, 5);
  const edited = useCallback(
    (member: MemberRow, field: MemberEditableField) => {
      setLive({ memberName: member.name, findings: liveCheckMember(member, kabupatenCode, field) });
    },
    [kabupatenCode],
  );
  const reload = useCallback(() => setRevision((n) => n + 1), []);
  const flagged = useMemo(() => flaggedCells(findings ?? [], 'member'), [findings]);
  const selected = members?.find((m) => m.id === selectedId) ?? null;

  return (
    <section className="member-panel" aria-label={t('members.title')}>
      <header className="panel-header">
        <h2>{t('members.title')}</h2>
        <span className="panel-subtitle">{t('members.family', { noKk: family.noKk, head: family.headName })}</span>
        <button type="button" className="link" onClick={onClose} aria-label={t('members.close')}>
          ×
        </button>
      </header>
      <div className="panel-body">
        <FindingsPanel findings={findings} live={live} onChanged={onFindingsChanged} onError={onError} />
        <MembersGrid members={members} flagged={flagged} onSelect={setSelectedId} onEdited={edited} onSaved={memberSaved} onError={onError} onStale={reload} />
        <AuditHistory family={family} member={selected} />
      </div>
    </section>
  );
}
