import type { ApiClient } from '../../core/contract';
import { SHIPPED_SCENARIOS } from '../../core/server/training/shipped-scenarios';
import type { Answer, TrainingStatus } from '../../core/contract/training';
import { startTestBackend, type TestBackend } from './backend';

export const TRAINER_PASSWORD = 'Pelatih-bimtek-1';
export const PRACTICE_KECAMATAN = '33.28.05';

/** A practice workspace with every shipped scenario, made as a trainer would (the backend waits for logins). */
export async function startPracticeWorld(dir: string, options: { families?: number; seed?: number; scenarioIds?: string[] } = {}): Promise<{ app: TestBackend; api: ApiClient }> {
  const app = startTestBackend(dir, 50, { login: true });
  await app.api.call('training.create', {
    name: 'Bimtek Pagerbarang', kabupatenCode: '33.28', kecamatanCode: PRACTICE_KECAMATAN, families: options.families ?? 400, seed: options.seed ?? 1,
    scenarioIds: options.scenarioIds ?? SHIPPED_SCENARIOS.map((s) => s.id), trainerPassword: TRAINER_PASSWORD,
  });
  return { app, api: app.api };
}

/** Back to the trainer's account (the answer key is only theirs). */
export async function asTrainer(api: ApiClient): Promise<void> {
  await api.call('auth.logout', {});
  await api.call('auth.login', { username: 'pelatih', password: TRAINER_PASSWORD });
}

export async function answersFor(api: ApiClient, problem: string): Promise<Answer[]> {
  await asTrainer(api);
  const status = await api.call('training.status', {});
  return (status.answerKey ?? []).filter((a) => a.problem === problem);
}

export function goal(status: TrainingStatus, scenarioId: string, goalId: string): boolean {
  const found = status.scenarios.find((s) => s.id === scenarioId)?.goals.find((g) => g.id === goalId);
  if (!found) throw new Error(`no goal ${scenarioId}/${goalId}`);
  return found.met;
}
