import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { QuestionnaireVersion } from '../../domain/catalogue';
import { ApiError } from '../../contract/errors';
import type { ImportSummary } from '../../contract/import';
import { suspendSecondaryStructures } from '../../../db/queries/bulk-load';
import type { Workspace } from '../services/workspace-file';
import { ImportWriter, type RowResult } from './import-writer';
import { headerProblems, layoutName, planSheet, sortPlans, type ColumnMapping, type RowProblem, type SheetPlan } from './plan';
import { auditImport, createdSince, findPreset, largestIds, recordImport, saveConflicts, savePreset } from './history';
import { sha256OfFile } from './file-hash';
import { parseInWorker } from './parse-in-worker';
import { FileReadError, ReadAbortedError, openTable, type OpenedTable } from './readers';
import { RegionResolver } from './region-resolver';
import { boundColumns, familyTextSlots, type RowValues } from './rows';
import { recheckFamilies } from '../validation/runner';

export interface ImportRequest {
  path: string;
  skipErrors: boolean;
  presetName?: string;
  savePresetAs?: string;
  /** Hand-made mapping per sheet: header text → field key (null = ignore the column). */
  mapping?: Record<string, ColumnMapping>;
  version?: QuestionnaireVersion;
  encoding?: 'utf-8' | 'windows-1252';
}

export interface ImportHooks {
  userId: number;
  signal: AbortSignal;
  onProgress(rows: number, total: number | null, rowsPerSecond: number): void;
}

const MAX_REPORTED_ERRORS = 10_000;
const PROGRESS_EVERY = 2_000;

/** Reads a file's sheets and maps their headers: the wizard's preview and the first step of an import. */
export async function planFile(workspace: Workspace, table: OpenedTable, request: Pick<ImportRequest, 'presetName' | 'mapping' | 'version'>) {
  const plans: SheetPlan[] = [];
  const problems: RowProblem[] = [];
  let presetName: string | null = null;
  for (const sheet of table.sheets) {
    const header = await firstRow(table, sheet.name);
    if (!header) continue;
    const preset = findPreset(workspace.db, request.presetName, header.cells.map((cell) => cell?.text.trim() ?? ''));
    if (preset) presetName = preset.name;
    const manual = request.mapping?.[sheet.name];
    const plan = planSheet(header, manual ?? preset?.mapping[sheet.name] ?? preset?.mapping['*'], request.version, manual ? 'manual' : 'preset');
    plans.push(plan);
    if (plan.role) problems.push(...headerProblems(plan), ...missingColumns(plan));
  }
  if (request.presetName && !presetName) throw new ApiError('NOT_FOUND', `Preset pemetaan "${request.presetName}" tidak ada di workspace ini.`);
  const used = sortPlans(plans);
  if (used.length === 0) {
    problems.push({ sheet: table.sheets[0]?.name ?? '', row: 1, column: '-', value: '', message: 'Tidak ada kolom yang dikenali sebagai data DTKS/DTSEN (misalnya NIK, Nomor KK, Nama). Periksa baris judul kolom atau petakan kolom secara manual.' });
  }
  return { plans, used, problems, presetName, layout: layoutName(used) };
}

/** Imports one file in one transaction: applied completely, or (refused, cancelled, crashed) not at all. */
export async function runImport(workspace: Workspace, request: ImportRequest, hooks: ImportHooks): Promise<ImportSummary> {
  const started = performance.now();
  const fileName = basename(request.path);
  if (!existsSync(request.path)) throw new ApiError('NOT_FOUND', `Berkas "${fileName}" tidak ditemukan.`);
  const { db } = workspace;
  try {
    const { planned, format, notices, encoding, total } = await planAndClose(workspace, request);
    const summary: ImportSummary = {
      importId: null, applied: false, fileName, sha256: '', format, layout: planned.layout, presetName: planned.presetName,
      version: planned.used[0]?.version ?? request.version ?? 'REGSOSEK2022K', notices,
      sheets: planned.used.map((plan) => ({ sheet: plan.sheet, role: plan.role ?? 'members', rows: 0 })),
      new: 0, updated: 0, unchanged: 0, rejected: 0, conflicts: [], errors: [], errorCount: 0, ms: 0,
    };
    const fail = (problem: RowProblem) => {
      summary.errorCount++;
      if (summary.errors.length < MAX_REPORTED_ERRORS) summary.errors.push(problem);
    };
    planned.problems.forEach(fail);
    if (summary.errorCount > 0) {
      summary.sha256 = await sha256OfFile(request.path);
      return finish(summary, started);
    }

    const now = new Date().toISOString();
    db.exec('BEGIN IMMEDIATE');
    try {
      const auditMark = (db.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number) ?? 0;
      const importId = recordImport(db, { now, userId: hooks.userId, fileName, sha256: '', format, layout: planned.layout, presetName: planned.presetName, version: summary.version });
      const before = largestIds(db);
      const startedEmpty = db.prepare('SELECT NOT EXISTS (SELECT 1 FROM families)').pluck().get() === 1;
      const restoreBulk = startedEmpty ? suspendSecondaryStructures(db) : null;
      const writer = new ImportWriter({ db, importId, userId: hooks.userId, auditMark, now, version: summary.version, regions: new RegionResolver(db, workspace.kabupatenCode), startedEmpty });
      const sheets = planned.used.map((plan) => ({
        plan, apply: writer.sheet(plan, fileName), numericWidth: boundColumns(plan).filter((column) => column.numeric).length,
        familySlots: familyTextSlots(plan), previous: null as RowValues | null,
      }));
      let done = 0;
      let headerBroken = false;
      for await (const message of parseInWorker({ file: request.path, encoding, plans: planned.used }, hooks.signal)) {
        if (message.kind === 'done') summary.sha256 = message.sha256;
        else if (message.kind === 'sheet-end') {
          const { plan } = sheets[message.sheet]!;
          for (const merged of message.merged) {
            if (merged.firstRow <= plan.headerRow && merged.lastRow >= plan.headerRow) {
              fail({ sheet: plan.sheet, row: plan.headerRow, column: merged.ref, value: '', message: `Sel judul kolom ${merged.ref} digabung (merge). Pisahkan sel judul agar setiap kolom punya judul sendiri.` });
              headerBroken = true;
            }
          }
        } else {
          const { batch } = message;
          const sheet = sheets[batch.sheet]!;
          const { plan, apply, numericWidth, familySlots } = sheet;
          let rejected = 0;
          for (let at = 0; at < batch.texts.length; at++) {
            let result: RowResult;
            if (batch.rejected[rejected]?.at === at) result = { ok: false, problems: batch.rejected[rejected++]!.problems };
            else {
              const values: RowValues = batch.texts[at]!;
              for (let k = at * numericWidth, end = k + numericWidth; k < end; k++) values.push(Number.isNaN(batch.numbers[k]) ? null : batch.numbers[k]!);
              if (batch.repeatsFamily[at]) for (const slot of familySlots) values[slot] = sheet.previous![slot]!;
              sheet.previous = values;
              result = apply(values);
            }
            if (result.ok) summary[result.outcome]++;
            else {
              summary.rejected++;
              for (const problem of result.problems) fail({ sheet: plan.sheet, row: batch.rowNumbers[at]!, ...problem });
            }
            summary.sheets[batch.sheet]!.rows++;
            if (++done % PROGRESS_EVERY === 0) {
              if (hooks.signal.aborted) throw new ReadAbortedError(request.path);
              hooks.onProgress(done, total, done / ((performance.now() - started) / 1000));
            }
          }
        }
      }
      // A broken header makes every mapping doubtful: refused even when rows with errors may be skipped.
      if (summary.errorCount > 0 && (!request.skipErrors || headerBroken)) {
        db.exec('ROLLBACK');
        return finish(summary, started);
      }
      writer.flush();
      restoreBulk?.();
      writer.refreshFamilySummaries();
      recheckFamilies(db, writer.touchedFamilies);
      summary.conflicts = saveConflicts(db, importId, writer.conflicts);
      db.prepare(`UPDATE imports SET finished_at = ?, sha256 = ?, new_count = ?, updated_count = ?, unchanged_count = ?, rejected_count = ?, conflict_count = ? WHERE id = ?`)
        .run(new Date().toISOString(), summary.sha256, summary.new, summary.updated, summary.unchanged, summary.rejected, summary.conflicts.length, importId);
      auditImport(db, { importId, userId: hooks.userId, now, fileName, sha256: summary.sha256, counts: summary, created: createdSince(db, before) });
      if (request.savePresetAs) savePreset(db, request.savePresetAs, planned.used, now);
      db.exec('COMMIT');
      summary.importId = importId;
      summary.applied = true;
      hooks.onProgress(done, done, done / ((performance.now() - started) / 1000));
      return finish(summary, started);
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  } catch (error) {
    if (error instanceof ReadAbortedError || hooks.signal.aborted) throw new ApiError('CANCELLED', `Impor "${fileName}" dibatalkan. Workspace tidak diubah.`);
    if (error instanceof FileReadError) throw new ApiError('IMPORT_REJECTED', error.message, { file: fileName, sheet: error.sheet, row: error.row, column: error.column, value: error.value });
    throw error;
  }
}

/** The wizard's mapping step again; the file is closed before its rows are read in the parser thread. */
async function planAndClose(workspace: Workspace, request: ImportRequest) {
  const table = await openTable(request.path, { encoding: request.encoding });
  try {
    const planned = await planFile(workspace, table, request);
    const total = table.sheets.reduce((sum, sheet) => sum + (sheet.rowCountHint ?? 0), 0) || null;
    return { planned, total, format: table.format, notices: table.notices, encoding: table.encoding as ImportRequest['encoding'] };
  } finally {
    await table.close();
  }
}

const REQUIRED: Record<string, { key: string; label: string }[]> = {
  members: [{ key: 'nik', label: 'NIK' }, { key: 'nama', label: 'Nama' }, { key: 'noKk', label: 'Nomor KK' }],
  families: [{ key: 'noKk', label: 'Nomor KK' }],
  households: [{ key: 'idDtks', label: 'ID DTKS (IDBDT)' }],
  desil: [{ key: 'desil', label: 'Desil' }],
};

function missingColumns(plan: SheetPlan): RowProblem[] {
  const keys = new Set(plan.columns.map((column) => column.fieldKey));
  return (REQUIRED[plan.role ?? ''] ?? [])
    .filter((required) => !keys.has(required.key))
    .map((required) => ({ sheet: plan.sheet, row: plan.headerRow, column: '-', value: '', message: `Kolom wajib "${required.label}" tidak ditemukan di lembar "${plan.sheet}".` }));
}

async function firstRow(table: OpenedTable, sheet: string) {
  for await (const row of table.rows(sheet)) return row;
  return null;
}

function finish(summary: ImportSummary, started: number): ImportSummary {
  summary.ms = Math.round(performance.now() - started);
  return summary;
}
