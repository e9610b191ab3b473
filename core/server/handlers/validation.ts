import type { BackendContext } from '../context';
import type { Handlers } from '../router';
import { acknowledgeFinding, exportFindings, listDuplicates, listFindings, runFullValidation, validationSummary } from '../validation';

type ValidationHandlers = Pick<
  Handlers<BackendContext>,
  'validation.run' | 'validation.summary' | 'validation.findings' | 'validation.duplicates' | 'validation.acknowledge' | 'validation.export'
>;

const LABEL = 'Pemeriksaan data';

export const validationHandlers: ValidationHandlers = {
  'validation.run': async (_input, ctx) => {
    const { db } = ctx.requireWorkspace();
    return ctx.jobs.run('validation', LABEL, (job) =>
      runFullValidation(db, {
        userId: ctx.user.id,
        signal: job.controller.signal,
        onProgress: (done, total) => ctx.emit('job.progress', { job: job.id, label: LABEL, done, total }),
      }),
    );
  },
  'validation.summary': (_input, ctx) => {
    const summary = validationSummary(ctx.requireWorkspace().db);
    const scope = ctx.desaScope();
    return scope ? { ...summary, regions: summary.regions.filter((region) => scope.includes(region.desaCode)) } : summary;
  },
  'validation.findings': (input, ctx) => listFindings(ctx.requireWorkspace().db, { ...input, desaIn: ctx.desaScope() }),
  'validation.duplicates': (input, ctx) => listDuplicates(ctx.requireWorkspace().db, input.startRow, input.endRow),
  'validation.acknowledge': (input, ctx) => ({ acknowledged: acknowledgeFinding(ctx.requireWorkspace().db, input.findingId, input.reason, ctx.user.id) }),
  'validation.export': async (input, ctx) => {
    const { db } = ctx.requireWorkspace();
    const rows = await exportFindings(db, input.path, input.desaCode);
    return { path: input.path, rows };
  },
};
