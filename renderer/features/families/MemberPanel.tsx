import { useCallback, useEffect, useState } from 'react';
import type { FamilyRow, MemberRow } from '../../../core/contract';
import { api, errorMessage } from '../../api';
import { t } from '../../i18n';
import { AuditHistory } from './AuditHistory';
import { MembersGrid } from './MembersGrid';

interface Props {
  family: FamilyRow;
  onClose: () => void;
  onError: (message: string) => void;
}

/** Members of the open family (keyed by family id, so it remounts per family) and their history. */
export function MemberPanel({ family, onClose, onError }: Props) {
  const [members, setMembers] = useState<MemberRow[] | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [revision, setRevision] = useState(0);

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

  const memberSaved = useCallback((row: MemberRow) => setMembers((list) => list?.map((m) => (m.id === row.id ? row : m)) ?? null), []);
  const reload = useCallback(() => setRevision((n) => n + 1), []);
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
        <MembersGrid members={members} onSelect={setSelectedId} onSaved={memberSaved} onError={onError} onStale={reload} />
        <AuditHistory family={family} member={selected} />
      </div>
    </section>
  );
}
