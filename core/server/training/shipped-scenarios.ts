import { z } from 'zod';
import { ApiError } from '../../contract/errors';
import { PRACTICE_PROBLEMS, scenarioSchema, type PracticeProblem, type Scenario } from '../../contract/training';
import bersihkanDesa from './scenarios/bersihkan-desa.json' with { type: 'json' };
import gabungDataGanda from './scenarios/gabung-data-ganda.json' with { type: 'json' };
import imporBerkasDesa from './scenarios/impor-berkas-desa.json' with { type: 'json' };
import nonaktifMeninggal from './scenarios/nonaktif-meninggal.json' with { type: 'json' };
import penetapanBatch from './scenarios/penetapan-batch.json' with { type: 'json' };
import usulanTanpaBukti from './scenarios/usulan-tanpa-bukti.json' with { type: 'json' };

/** The shipped exercise scenarios, in the order a Bimtek usually takes them. Parsed once, so a broken file fails at start. */
export const SHIPPED_SCENARIOS: readonly Scenario[] = z
  .array(scenarioSchema)
  .parse([imporBerkasDesa, bersihkanDesa, gabungDataGanda, nonaktifMeninggal, usulanTanpaBukti, penetapanBatch]);

export function shippedScenarios(ids: readonly string[]): Scenario[] {
  return ids.map((id) => {
    const scenario = SHIPPED_SCENARIOS.find((s) => s.id === id);
    if (!scenario) throw new ApiError('INVALID_INPUT', `Skenario latihan "${id}" tidak dikenal.`, { field: 'scenarioIds' });
    return scenario;
  });
}

/** The problems to plant: what the scenarios need plus the trainer's extra choice, in catalogue order. */
export function problemsFor(scenarios: readonly Scenario[], extra: readonly PracticeProblem[]): PracticeProblem[] {
  const wanted = new Set<PracticeProblem>([...extra, ...scenarios.flatMap((s) => s.needs)]);
  return PRACTICE_PROBLEMS.filter((problem) => wanted.has(problem));
}
