import { useEffect, useState } from 'react';
import type { ImportHistoryEntry } from '../../../core/contract';
import { api, errorMessage } from '../../api';
import { formatDateTime, formatNumber, t } from '../../i18n';

/** Every import saved to this workspace, newest first (refused and cancelled runs leave no trace). */
export function ImportHistory({ onError }: { onError: (message: string) => void }) {
  const [entries, setEntries] = useState<ImportHistoryEntry[] | null>(null);

  useEffect(() => {
    let live = true;
    api.call('import.history', {}).then(
      (list) => live && setEntries(list),
      (error: unknown) => live && onError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [onError]);

  return (
    <section className="card import-card import-history" aria-label={t('import.history.title')}>
      <h2>{t('import.history.title')}</h2>
      <p className="hint">{t('import.history.hint')}</p>
      {entries === null && <p className="hint">{t('common.loading')}</p>}
      {entries?.length === 0 && <p className="hint">{t('import.history.empty')}</p>}
      {entries && entries.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('import.history.at')}</th>
              <th>{t('import.history.user')}</th>
              <th>{t('import.history.file')}</th>
              <th>{t('import.history.sha')}</th>
              <th>{t('import.history.layout')}</th>
              <th className="num">{t('import.result.new')}</th>
              <th className="num">{t('import.result.updated')}</th>
              <th className="num">{t('import.result.unchanged')}</th>
              <th className="num">{t('import.result.rejected')}</th>
              <th className="num">{t('import.history.conflicts')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="nowrap">{formatDateTime(entry.startedAt)}</td>
                <td>{entry.userName}</td>
                <td className="mono">{entry.fileName}</td>
                <td className="mono" title={entry.sha256}>
                  {entry.sha256.slice(0, 12)}
                </td>
                <td>{entry.layout}</td>
                {[entry.new, entry.updated, entry.unchanged, entry.rejected, entry.conflicts].map((count, i) => (
                  <td key={i} className="num">
                    {formatNumber(count)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
