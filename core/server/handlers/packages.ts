import { basename } from 'node:path';
import { ApiError } from '../../contract/errors';
import type { BackendContext } from '../context';
import type { Handlers } from '../router';
import { auditBatch } from '../batches/audit';
import { exportPackage } from '../packages/package-export';
import { deleteTemplate, findTemplate, letterhead, listTemplates, saveTemplate, setLetterhead } from '../packages/package-settings';
import { workspaceSource } from '../packages/package-source';
import { verifyPackage } from '../packages/package-verify';

type PackageHandlers = Pick<
  Handlers<BackendContext>,
  'packages.templates' | 'packages.saveTemplate' | 'packages.deleteTemplate' | 'packages.export' | 'packages.verify' | 'packages.letterhead' | 'packages.setLetterhead'
>;

const kabupatenName = (ctx: BackendContext) => {
  const code = ctx.requireWorkspace().kabupatenCode;
  return ctx.regions.byCode.get(code)?.name ?? code;
};

/** Stipulation packages; roles in permissions.ts, the work in core/server/packages/. */
export const packageHandlers: PackageHandlers = {
  'packages.templates': (_input, ctx) => listTemplates(ctx.requireWorkspace().db),
  'packages.saveTemplate': (input, ctx) => saveTemplate(ctx.requireWorkspace().db, ctx.user, input.template),
  'packages.deleteTemplate': (input, ctx) => deleteTemplate(ctx.requireWorkspace().db, ctx.user, input.id),

  'packages.export': async (input, ctx) => {
    const workspace = ctx.requireWorkspace();
    const template = findTemplate(workspace.db, input.templateId);
    const source = workspaceSource(workspace.db, input.batchId);
    const { isDefault, ...kop } = letterhead(workspace.db, kabupatenName(ctx));
    void isDefault;
    const label = `Ekspor paket ${source.header.name}`;
    const result = await ctx.jobs.run('export', label, (job) =>
      exportPackage(source, {
        path: input.path,
        template,
        letterhead: kop,
        latihan: workspace.isPractice,
        appVersion: ctx.options.appVersion,
        exportedBy: ctx.user.name,
        exportedAt: input.exportedAt ?? source.header.frozenAt,
        withEvidence: input.withEvidence,
        signal: job.controller.signal,
        onProgress: (done, total) => ctx.emit('job.progress', { job: job.id, label, done, total }),
      }),
    );
    // The real moment and the package's own hash live in the audit chain; the manifest states exportedAt.
    auditBatch(workspace.db, ctx.user, input.batchId, 'batch-export', 'paket', null,
      JSON.stringify({ file: basename(result.path), sha256: result.sha256, templateId: template.id, withEvidence: input.withEvidence, exportedAt: new Date().toISOString() }));
    return { path: result.path, sha256: result.sha256, size: result.size, files: result.files, proposals: result.proposals, ms: result.ms };
  },

  'packages.verify': async (input, ctx) => {
    const workspace = ctx.requireWorkspace();
    if ((input.path === undefined) === (input.contentBase64 === undefined)) {
      throw new ApiError('INVALID_INPUT', 'Sebutkan berkas paket: jalur berkas atau isi berkas (base64), salah satu saja.', { field: 'path' });
    }
    const source = input.path !== undefined ? { path: input.path } : { bytes: Buffer.from(input.contentBase64!, 'base64') };
    return ctx.jobs.run('verify', `Periksa paket ${input.fileName ?? basename(input.path ?? 'paket.zip')}`, () =>
      verifyPackage(source, { allowPractice: workspace.isPractice, workspace: { db: workspace.db, kabupatenCode: workspace.kabupatenCode } }),
    );
  },

  'packages.letterhead': (_input, ctx) => letterhead(ctx.requireWorkspace().db, kabupatenName(ctx)),
  'packages.setLetterhead': (input, ctx) => setLetterhead(ctx.requireWorkspace().db, ctx.user, input.letterhead, kabupatenName(ctx)),
};
