import { basename } from 'node:path';
import { ApiError } from '../../contract/errors';
import type { ImportPreview } from '../../contract/import';
import { fieldByKey } from '../../domain/catalogue';
import { parseFieldValue } from '../../domain/values';
import type { BackendContext } from '../context';
import { importBpsCrosswalk } from '../import/bps-crosswalk';
import { resolveConflict } from '../import/conflicts';
import { listImports, listPresets, openConflicts } from '../import/history';
import { FileReadError, openTable, type OpenedTable, type ReadRow } from '../import/readers';
import { writeErrorReport } from '../import/report';
import { planFile, runImport } from '../import/run-import';
import { refuseUnconfirmedRealData } from '../training/import-guard';
import type { SheetPlan } from '../import/plan';
import type { Handlers } from '../router';

type ImportHandlers = Pick<
  Handlers<BackendContext>,
  'import.preview' | 'import.run' | 'import.saveReport' | 'import.history' | 'import.presets' | 'import.conflicts' | 'import.resolveConflict' | 'jobs.cancel' | 'regions.importBpsCodes'
>;

const SAMPLE_ROWS = 5;

export const importHandlers: ImportHandlers = {
  'import.preview': async (input, ctx) => {
    const workspace = ctx.requireWorkspace();
    const table = await openForImport(input.path, input.encoding);
    try {
      const planned = await planFile(workspace, table, input);
      const sheets: ImportPreview['sheets'] = [];
      for (const plan of planned.plans) sheets.push({ sheet: plan.sheet, role: plan.role, version: plan.version, headerRow: plan.headerRow, columns: await previewColumns(table, plan) });
      return { fileName: basename(input.path), format: table.format, notices: table.notices, layout: planned.layout, presetName: planned.presetName, presets: listPresets(workspace.db), problems: planned.problems, sheets };
    } finally {
      await table.close();
    }
  },

  'import.run': async (input, ctx) => {
    const workspace = ctx.requireWorkspace();
    const label = `Impor ${basename(input.path)}`;
    // The job is taken before anything is awaited, so no other call reads the workspace while the file is checked and applied.
    const summary = await ctx.jobs.run('import', label, async (job) => {
      await refuseUnconfirmedRealData(workspace, input);
      return runImport(workspace, input, {
        userId: ctx.user.id,
        signal: job.controller.signal,
        onProgress: (done, total, rowsPerSecond) =>
          ctx.emit('job.progress', { job: job.id, label, done, total: total ?? done, rowsPerSecond: Math.round(rowsPerSecond) }),
      });
    });
    ctx.lastImport = summary;
    return summary;
  },

  'import.saveReport': async (input, ctx) => {
    ctx.requireWorkspace();
    const lastSummary = ctx.lastImport;
    if (!lastSummary) throw new ApiError('NOT_FOUND', 'Belum ada hasil impor yang dapat disimpan sebagai laporan.');
    await writeErrorReport(input.path, input.format, lastSummary.errors);
    return { path: input.path, rows: lastSummary.errors.length };
  },

  'import.history': (_input, ctx) => listImports(ctx.requireWorkspace().db),
  'import.presets': (_input, ctx) => listPresets(ctx.requireWorkspace().db),
  'import.conflicts': (input, ctx) => openConflicts(ctx.requireWorkspace().db, input.importId),
  'import.resolveConflict': (input, ctx) => ({ resolved: resolveConflict(ctx.requireWorkspace().db, input.conflictId, input.take, ctx.user.id) }),
  'jobs.cancel': (input, ctx) => ({ cancelled: ctx.jobs.cancel(input.job) }),
  'regions.importBpsCodes': (input, ctx) => importBpsCrosswalk(ctx.requireWorkspace().db, input.path, ctx.user.id),
};

async function openForImport(path: string, encoding?: 'utf-8' | 'windows-1252'): Promise<OpenedTable> {
  try {
    return await openTable(path, { encoding });
  } catch (error) {
    if (error instanceof FileReadError) throw new ApiError('IMPORT_REJECTED', error.message, { file: basename(path) });
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ApiError('NOT_FOUND', `Berkas "${basename(path)}" tidak ditemukan.`);
    throw error;
  }
}

/** The first rows under the header, raw and as the import would read them. */
async function previewColumns(table: OpenedTable, plan: SheetPlan): Promise<ImportPreview['sheets'][number]['columns']> {
  const rows: ReadRow[] = [];
  for await (const row of table.rows(plan.sheet)) {
    if (row.rowNumber <= plan.headerRow) continue;
    rows.push(row);
    if (rows.length >= SAMPLE_ROWS) break;
  }
  return plan.columns.map((column) => {
    const field = column.fieldKey ? fieldByKey(column.fieldKey) : undefined;
    const cells = rows.map((row) => row.cells[column.index] ?? null);
    return {
      ...column,
      samples: cells.map((cell) => cell?.text ?? ''),
      parsed: cells.map((cell) => {
        if (!field) return { ok: true, text: '' };
        if (cell?.formula) return { ok: false, text: 'Sel berisi rumus' };
        const result = parseFieldValue(field, plan.version, cell?.text ?? null, { fromNumericCell: Boolean(cell?.numeric) });
        return result.ok ? { ok: true, text: result.value === null ? '' : String(result.value) } : { ok: false, text: result.message };
      }),
    };
  });
}
