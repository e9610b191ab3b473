import { PRACTICE_PASSWORD, type TrainingStatus } from '../../../core/contract/training';
import { api, errorMessage } from '../../api';
import { t } from '../../i18n';

/** The exercise files beside the workspace and the accounts to practise with. */
export function TrainingFiles({ status, onError, onWritten }: { status: TrainingStatus; onError: (message: string) => void; onWritten: () => void }) {
  const writeAll = async () => {
    try {
      for (const file of status.files) await api.call('training.saveFile', { name: file.name });
      onWritten();
    } catch (caught) {
      onError(errorMessage(caught));
    }
  };
  return (
    <>
      <section className="card">
        <h2>{t('training.files.title')}</h2>
        <p className="hint">{t('training.files.hint')}</p>
        <ul className="training-files">
          {status.files.map((file) => (
            <li key={file.name}>
              <strong>{file.name}</strong> — {file.description}
              <div className="mono">{file.path ?? t('training.files.missing')}</div>
            </li>
          ))}
        </ul>
        <div className="training-actions">
          <button type="button" onClick={() => void writeAll()}>
            {t('training.files.write')}
          </button>
        </div>
      </section>
      <section className="card">
        <h2>{t('training.accounts.title')}</h2>
        <table className="training-table">
          <tbody>
            {status.accounts.map((account) => (
              <tr key={account.username}>
                <td className="mono">{account.username}</td>
                <td>{account.displayName}</td>
                <td className="mono">{account.sharedPassword ? PRACTICE_PASSWORD : t('training.accounts.trainer')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
