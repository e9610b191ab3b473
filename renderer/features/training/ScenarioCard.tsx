import type { ScenarioStatus } from '../../../core/contract/training';
import { t } from '../../i18n';
import { roleLabel } from '../accounts/session';

/** One scenario: what to do, and the checklist the app ticks as the goals are met. */
export function ScenarioCard({ scenario }: { scenario: ScenarioStatus }) {
  const complete = scenario.score === scenario.maxScore;
  return (
    <section className="card scenario-card" aria-label={scenario.title}>
      <header>
        <h3>{scenario.title}</h3>
        <span className={complete ? 'scenario-score complete' : 'scenario-score'}>
          {t('training.scenario.score', { score: scenario.score, max: scenario.maxScore })}
        </span>
      </header>
      <p className="hint">
        {scenario.summary} · {t('training.scenario.roles', { roles: scenario.roles.map(roleLabel).join(', ') })}
      </p>
      <details>
        <summary>{t('training.scenario.steps')}</summary>
        <ol>
          {scenario.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>
      <ul className="checklist" aria-label={t('training.scenario.goals')}>
        {scenario.goals.map((goal) => (
          <li key={goal.id} data-met={goal.met}>
            <span className="tick" aria-label={goal.met ? t('training.goal.met') : t('training.goal.open')}>
              ✓
            </span>
            <span>{goal.text}</span>
            <span className="points">{goal.points}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
