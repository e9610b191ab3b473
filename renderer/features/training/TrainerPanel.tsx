import { useState, type FormEvent } from 'react';
import type { WorkspaceInfo } from '../../../core/contract';
import type { TrainingStatus } from '../../../core/contract/training';
import { fieldByKey } from '../../../core/domain/catalogue';
import { api, fileDialogs } from '../../api';
import { formatNumber, t } from '../../i18n';
import { useBusyAction } from '../shared/useBusyAction';
import { withExtension } from '../shared/useSaveToFile';

interface Props {
  status: TrainingStatus;
  onError: (message: string) => void;
  onReset: (workspace: WorkspaceInfo) => void;
}

/** The trainer's tools: export the pack for the participants' laptops, reset to the start, the answer key. */
export function TrainerPanel({ status, onError, onReset }: Props) {
  const [path, setPath] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, run } = useBusyAction(onError);

  const act = (action: () => Promise<string | null>) => {
    setNotice(null);
    return run(action, setNotice);
  };
  const exportTo = (target: string | null | undefined) =>
    target
      ? act(async () => {
          const result = await api.call('training.exportPack', { path: target });
          return t('training.trainer.exported', { path: result.path, size: formatNumber(Math.ceil(result.bytes / 1024)) });
        })
      : Promise.resolve();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void exportTo(withExtension(path, 'zip'));
  };
  const reset = () => {
    if (!window.confirm(t('training.trainer.resetConfirm'))) return;
    void act(async () => {
      onReset(await api.call('training.reset', {}));
      return t('training.trainer.resetDone');
    });
  };

  return (
    <section className="card trainer-panel" aria-label={t('training.trainer.title')}>
      <h2>{t('training.trainer.title')}</h2>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {status.score > 0 && <p className="hint">{t('training.trainer.exportWarning', { score: status.score })}</p>}
      {fileDialogs ? (
        <button
          type="button"
          disabled={busy}
          onClick={() => void fileDialogs?.pickSavePath(`paket-latihan-${status.focusDesa.name.toLowerCase()}`, 'zip').then(exportTo)}
        >
          {t('training.trainer.export')}
        </button>
      ) : (
        <form className="inline-form" onSubmit={submit}>
          <label className="field grow">
            <span>{t('training.trainer.exportPath')}</span>
            <input className="mono" value={path} onChange={(e) => setPath(e.target.value)} required />
          </label>
          <button type="submit" disabled={busy || path.trim() === ''}>
            {t('training.trainer.exportSubmit')}
          </button>
        </form>
      )}
      <div className="training-actions">
        <button type="button" className="danger" disabled={busy || !status.canReset} onClick={reset}>
          {t('training.trainer.reset')}
        </button>
      </div>
      {!status.canReset && <p className="hint">{t('training.trainer.noReset')}</p>}
      {status.answerKey && (
        <>
          <h3>{t('training.answers.title')}</h3>
          <table className="training-table">
            <thead>
              <tr>
                <th>{t('training.answers.problem')}</th>
                <th>{t('training.answers.who')}</th>
                <th>{t('training.answers.correct')}</th>
              </tr>
            </thead>
            <tbody>
              {status.answerKey.map((answer, i) => (
                <tr key={`${answer.problem}-${i}`}>
                  <td>{answer.label}</td>
                  <td>{answer.who}</td>
                  <td className="mono">
                    {Object.entries(answer.correct)
                      .map(([key, value]) => `${fieldByKey(key)?.label ?? key}: ${value}`)
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
