import { useState } from 'react';
import { t } from '../../i18n';
import type { RunOpen } from '../workspace/StartScreen';
import { CreatePracticeForm } from './CreatePracticeForm';
import { OpenPackForm } from './OpenPackForm';

/** The start screen's entry "Latihan (Bimtek)": the trainer makes a practice workspace, a participant opens a pack. */
export function TrainingCard({ run, busy, onError }: { run: RunOpen; busy: boolean; onError: (message: string) => void }) {
  const [form, setForm] = useState<'create' | 'open' | null>(null);
  const back = (
    <button type="button" className="link-button" onClick={() => setForm(null)}>
      {t('training.start.back')}
    </button>
  );
  if (form === 'create') return <CreatePracticeForm run={run} busy={busy} onError={onError} footer={back} />;
  if (form === 'open') return <OpenPackForm run={run} busy={busy} footer={back} />;
  return (
    <section className="card training-card">
      <h2>{t('training.start.title')}</h2>
      <p className="hint">{t('training.start.hint')}</p>
      <div className="training-actions">
        <button type="button" onClick={() => setForm('open')} disabled={busy}>
          {t('training.start.open')}
        </button>
        <button type="button" onClick={() => setForm('create')} disabled={busy}>
          {t('training.start.create')}
        </button>
      </div>
    </section>
  );
}
