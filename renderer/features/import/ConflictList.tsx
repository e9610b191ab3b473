import { useState } from 'react';
import type { ImportConflict } from '../../../core/contract';
import { api, errorMessage } from '../../api';
import { t } from '../../i18n';
import type { QuestionnaireVersion } from '../../../core/domain/catalogue';
import { entityLabel, fieldValueText } from './labels';

type Decision = 'file' | 'local' | 'earlier';

interface Props {
  conflicts: ImportConflict[];
  version: QuestionnaireVersion;
  onError: (message: string) => void;
}

/** Fields edited locally since the last import that the file would change: the user decides each one. */
export function ConflictList({ conflicts, version, onError }: Props) {
  const [decided, setDecided] = useState<Record<number, Decision>>({});
  const [busy, setBusy] = useState<number | null>(null);

  const resolve = async (conflict: ImportConflict, take: 'file' | 'local') => {
    setBusy(conflict.id);
    try {
      const { resolved } = await api.call('import.resolveConflict', { conflictId: conflict.id, take });
      setDecided((all) => ({ ...all, [conflict.id]: resolved ? take : 'earlier' }));
    } catch (caught) {
      onError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="conflicts" aria-label={t('import.conflicts.title', { count: conflicts.length })}>
      <h3>{t('import.conflicts.title', { count: conflicts.length })}</h3>
      <p className="hint">{t('import.conflicts.hint')}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('import.conflicts.record')}</th>
            <th>{t('import.conflicts.field')}</th>
            <th>{t('import.conflicts.local')}</th>
            <th>{t('import.conflicts.file')}</th>
            <th>{t('import.conflicts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => (
            <tr key={conflict.id}>
              <td className="nowrap">{entityLabel(conflict.entity)}: {conflict.record}</td>
              <td>{conflict.label}</td>
              <td className={decided[conflict.id] === 'file' ? 'old-value' : undefined}>{fieldValueText(conflict.field, conflict.localValue, version)}</td>
              <td className={decided[conflict.id] === 'local' ? 'old-value' : undefined}>{fieldValueText(conflict.field, conflict.fileValue, version)}</td>
              <td className="nowrap">
                <Actions decision={decided[conflict.id]} disabled={busy !== null} onTake={(take) => void resolve(conflict, take)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Actions({ decision, disabled, onTake }: { decision: Decision | undefined; disabled: boolean; onTake: (take: 'file' | 'local') => void }) {
  if (decision === 'file') return <span className="decided">{t('import.conflicts.tookFile')}</span>;
  if (decision === 'local') return <span className="decided">{t('import.conflicts.keptLocal')}</span>;
  if (decision === 'earlier') return <span className="decided">{t('import.conflicts.alreadyResolved')}</span>;
  return (
    <span className="button-row">
      <button type="button" onClick={() => onTake('file')} disabled={disabled}>
        {t('import.conflicts.takeFile')}
      </button>
      <button type="button" onClick={() => onTake('local')} disabled={disabled}>
        {t('import.conflicts.keepLocal')}
      </button>
    </span>
  );
}
