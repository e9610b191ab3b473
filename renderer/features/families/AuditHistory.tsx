import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../core/contract';
import type { QuestionnaireVersion } from '../../../core/domain/catalogue';
import { api } from '../../api';
import { formatDateTime, t } from '../../i18n';
import { auditActionLabel, auditFieldLabel, auditValue, newestFirst } from './auditFormat';

interface Props {
  familyId: number;
  /** Any change of these reloads the history. */
  familyVersion: number;
  member: { id: number; version: number; name: string } | null;
  questionnaireVersion: QuestionnaireVersion;
}

/** Changes to the open family and the selected member, newest first; reloads when either version moves. */
export function AuditHistory({ familyId, familyVersion, member, questionnaireVersion }: Props) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const memberId = member?.id;

  useEffect(() => {
    let live = true;
    const requests = [api.call('audit.list', { entity: 'family', entityId: familyId })];
    if (memberId) requests.push(api.call('audit.list', { entity: 'member', entityId: memberId }));
    Promise.all(requests).then(
      (lists) => live && setEntries(lists.flat().sort(newestFirst)),
      () => live && setEntries([]),
    );
    return () => {
      live = false;
    };
  }, [familyId, familyVersion, memberId, member?.version]);

  const subject = (entry: AuditEntry) => (entry.entity === 'member' && member ? t('audit.member', { name: member.name }) : t('audit.family'));

  return (
    <section className="audit" aria-label={t('audit.title')}>
      <h3>{t('audit.title')}</h3>
      {entries?.length === 0 && <p className="hint">{t('audit.empty')}</p>}
      {entries && entries.length > 0 && (
        <table className="audit-table">
          <thead>
            <tr>
              <th>{t('audit.at')}</th>
              <th>{t('audit.user')}</th>
              <th>Perintah</th>
              <th>{t('audit.subject')}</th>
              <th>{t('audit.field')}</th>
              <th>{t('audit.change')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.entity}:${entry.id}`}>
                <td className="nowrap">{formatDateTime(entry.at)}</td>
                <td>{entry.userName}</td>
                <td>{entry.importFile ? `Impor ${entry.importFile}` : auditActionLabel(entry.action)}</td>
                <td>{subject(entry)}</td>
                <td>{auditFieldLabel(entry)}</td>
                <td>
                  <span className="old-value">{auditValue(entry.field, entry.oldValue, questionnaireVersion)}</span> →{' '}
                  <span className="new-value">{auditValue(entry.field, entry.newValue, questionnaireVersion)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
