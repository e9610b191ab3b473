import { ApiError } from '../../contract/errors';
import type { ValidationRunResult } from '../../contract/validation';
import type { Sqlite } from '../../../db/open';
import { ruleContext } from './facts';
import { computeAll, openCountsByRule, replaceAll } from './runner';

export { recheckFamilies } from './runner';
export { acknowledgeFinding, listDuplicates, listFindings, validationSummary } from './queries';
export { exportFindings } from './export';

export interface ValidationHooks {
  userId: number;
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
}

/**
 * The full run: reads every family once (yielding to the event loop every 10,000 families so that
 * it can be cancelled), then replaces all findings and records the run in one transaction.
 */
export async function runFullValidation(db: Sqlite, hooks: ValidationHooks): Promise<ValidationRunResult> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const total = db.prepare('SELECT count(*) FROM families').pluck().get() as number;
  const pass = computeAll(db, ruleContext(db));
  let step = pass.next();
  while (!step.done) {
    hooks.onProgress(step.value, total);
    await new Promise((resolve) => setImmediate(resolve));
    if (hooks.signal.aborted) {
      pass.return(undefined as never);
      throw new ApiError('CANCELLED', 'Pemeriksaan data dibatalkan. Hasil pemeriksaan sebelumnya tidak berubah.');
    }
    step = pass.next();
  }
  const result = step.value;
  const ms = db.transaction(() => replaceAll(db, result, { startedAt, userId: hooks.userId, started })).immediate();
  hooks.onProgress(total, total);
  const rules = openCountsByRule(db);
  const sum = (key: 'errors' | 'warnings') => Object.values(rules).reduce((n, r) => n + r[key], 0);
  return { ms, errors: sum('errors'), warnings: sum('warnings'), rules, duplicates: result.pairs };
}
