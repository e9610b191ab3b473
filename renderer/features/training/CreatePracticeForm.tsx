import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { PRACTICE_PROBLEMS, type PracticeProblem } from '../../../core/contract/training';
import { PROBLEM_LABELS } from '../../../core/domain/training-labels';
import { api, errorMessage, fileDialogs } from '../../api';
import { t } from '../../i18n';
import { RegionSelect } from '../workspace/RegionSelect';
import type { RunOpen } from '../workspace/StartScreen';
import { useRegions } from '../workspace/useRegions';
import { KabupatenSelects, useKabupatenChoice } from '../workspace/KabupatenSelects';

type ScenarioChoice = { id: string; title: string; needs: PracticeProblem[] };

/** The trainer's form: region, size, scenarios, extra problems and the trainer's password. */
export function CreatePracticeForm({ run, busy, onError, footer }: { run: RunOpen; busy: boolean; onError: (message: string) => void; footer: ReactNode }) {
  const [name, setName] = useState('');
  const [kecamatan, setKecamatan] = useState('');
  const region = useKabupatenChoice(onError, () => setKecamatan(''));
  const [families, setFamilies] = useState(400);
  const [scenarios, setScenarios] = useState<ScenarioChoice[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [extra, setExtra] = useState<Set<PracticeProblem>>(new Set());
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const kecamatans = useRegions(region.kabupaten || null, onError);

  useEffect(() => {
    api.call('training.catalog', {}).then(
      ({ scenarios: list }) => {
        setScenarios(list);
        setChosen(new Set(list.map((s) => s.id)));
      },
      (error: unknown) => onError(errorMessage(error)),
    );
  }, [onError]);

  const needed = new Set(scenarios.filter((s) => chosen.has(s.id)).flatMap((s) => s.needs));
  const toggle = <T,>(set: Set<T>, value: T) => {
    const next = new Set(set);
    if (!next.delete(value)) next.add(value);
    return next;
  };
  const mismatch = repeat !== '' && password !== repeat;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const path = fileDialogs ? await fileDialogs.pickWorkspaceToSave(name.trim()) : undefined;
      if (path === null) return null;
      return api.call('training.create', {
        name: name.trim(),
        kabupatenCode: region.kabupaten,
        kecamatanCode: kecamatan,
        families,
        seed: 1,
        scenarioIds: scenarios.filter((s) => chosen.has(s.id)).map((s) => s.id),
        problems: [...extra],
        trainerPassword: password,
        ...(path ? { path } : {}),
      });
    });
  };

  return (
    <section className="card" aria-label={t('training.create.title')}>
      <h2>{t('training.create.title')}</h2>
      <form className="stack-form" onSubmit={submit}>
        <label className="field">
          <span>{t('training.create.name')}</span>
          <input value={name} placeholder={t('training.create.namePlaceholder')} onChange={(e) => setName(e.target.value)} maxLength={120} required />
        </label>
        <KabupatenSelects choice={region} />
        <RegionSelect
          label={t('training.create.kecamatan')}
          placeholder={t('start.create.choose')}
          regions={kecamatans}
          value={kecamatan}
          onChange={setKecamatan}
          required
        />
        <label className="field">
          <span>{t('training.create.families')}</span>
          <input type="number" min={300} max={5000} step={50} value={families} onChange={(e) => setFamilies(Number(e.target.value))} required />
        </label>
        <fieldset className="check-list">
          <legend>{t('training.create.scenarios')}</legend>
          {scenarios.map((s) => (
            <label key={s.id}>
              <input type="checkbox" checked={chosen.has(s.id)} onChange={() => setChosen(toggle(chosen, s.id))} /> {s.title.replace(/\{\w+\}/g, '…')}
            </label>
          ))}
        </fieldset>
        <fieldset className="check-list">
          <legend>{t('training.create.problems')}</legend>
          <p className="hint">{t('training.create.problemsHint')}</p>
          {PRACTICE_PROBLEMS.map((problem) => (
            <label key={problem}>
              <input
                type="checkbox"
                checked={needed.has(problem) || extra.has(problem)}
                disabled={needed.has(problem)}
                onChange={() => setExtra(toggle(extra, problem))}
              />{' '}
              {PROBLEM_LABELS[problem]}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('training.create.password')}</span>
          <input type="password" value={password} minLength={8} autoComplete="new-password" onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <label className="field">
          <span>{t('training.create.repeat')}</span>
          <input type="password" value={repeat} autoComplete="new-password" onChange={(e) => setRepeat(e.target.value)} required />
        </label>
        {mismatch && (
          <p className="alert" role="alert">
            {t('training.create.mismatch')}
          </p>
        )}
        <div>
          <button
            type="submit"
            className="primary"
            disabled={busy || !name.trim() || !kecamatan || chosen.size === 0 || password.length < 8 || password !== repeat}
          >
            {t('training.create.submit')}
          </button>
        </div>
      </form>
      {footer}
    </section>
  );
}
