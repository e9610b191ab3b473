import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventMap, ImportPreview, ImportSummary, MethodInput } from '../../../core/contract';
import { api, errorMessage } from '../../api';

export type Step = 'file' | 'mapping' | 'running' | 'result';
export type Progress = EventMap['job.progress'];
type PreviewRequest = Pick<MethodInput<'import.preview'>, 'presetName' | 'mapping' | 'version'>;
export type Version = NonNullable<PreviewRequest['version']>;
export type Mapping = NonNullable<PreviewRequest['mapping']>;

export interface RunOptions {
  skipErrors: boolean;
  savePreset: boolean;
  presetName: string;
}

const DEFAULT_OPTIONS: RunOptions = { skipErrors: false, savePreset: false, presetName: '' };

type Column = ImportPreview['sheets'][number]['columns'][number];
type Recognised = Record<string, Record<string, Pick<Column, 'fieldKey' | 'how'>>>;

/**
 * How each column was recognised before any hand-made change. A mapping sent back makes every column
 * "manual" (and a preset's columns too), so the origin is remembered from the preview without one.
 */
function recognised(preview: ImportPreview): Recognised {
  const how = (column: Column) => (preview.presetName && column.how === 'manual' ? 'preset' : column.how);
  return Object.fromEntries(
    preview.sheets.map((sheet) => [sheet.sheet, Object.fromEntries(sheet.columns.map((c) => [c.header, { fieldKey: c.fieldKey, how: how(c) }]))]),
  );
}

/** Every header of every sheet with its current field: the backend takes a mapping as a whole. */
function fullMapping(preview: ImportPreview): Mapping {
  const mapping: Mapping = {};
  for (const sheet of preview.sheets) {
    mapping[sheet.sheet] = Object.fromEntries(sheet.columns.filter((c) => c.header).map((c) => [c.header, c.fieldKey]));
  }
  return mapping;
}

/** The import wizard: file → preview and mapping → run with progress → result. */
export function useImportWizard(onApplied: () => Promise<void>) {
  const [step, setStep] = useState<Step>('file');
  const [path, setPath] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [request, setRequest] = useState<PreviewRequest>({});
  const [origin, setOrigin] = useState<Recognised>({});
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  // Kept here, not in the mapping step: a refused run goes back there with the options as they were.
  const [options, setOptions] = useState<RunOptions>(DEFAULT_OPTIONS);
  // Only the newest preview may land: a quick second remap must not be overwritten by the first.
  const latest = useRef(0);

  // Subscribed while mounted: the event stream must be connected before an import starts.
  useEffect(() => api.on('job.progress', (event) => event.job.startsWith('import') && setProgress(event)), []);

  const load = useCallback(async (filePath: string, next: PreviewRequest) => {
    const mine = ++latest.current;
    setLoading(true);
    setError(null);
    try {
      const result = await api.call('import.preview', { path: filePath, ...next });
      if (mine !== latest.current) return;
      setPath(filePath);
      setRequest(next);
      setPreview(result);
      if (!next.mapping) setOrigin(recognised(result));
      setStep('mapping');
    } catch (caught) {
      if (mine === latest.current) setError(errorMessage(caught));
    } finally {
      if (mine === latest.current) setLoading(false);
    }
  }, []);

  const choose = (filePath: string) => load(filePath, {});
  const choosePreset = (presetName: string) => load(path, { version: request.version, presetName: presetName || undefined });
  const chooseVersion = (version: Version) => load(path, { ...request, version });
  const remap = (sheet: string, header: string, fieldKey: string | null) => {
    if (!preview) return;
    const mapping = fullMapping(preview);
    mapping[sheet] = { ...mapping[sheet], [header]: fieldKey };
    void load(path, { ...request, mapping });
  };

  /** Leaving a sheet out maps none of its columns; taking it back restores what was recognised. */
  const includeSheet = (sheet: string, include: boolean) => {
    if (!preview) return;
    const mapping = fullMapping(preview);
    const columns = preview.sheets.find((candidate) => candidate.sheet === sheet)?.columns ?? [];
    mapping[sheet] = Object.fromEntries(columns.filter((c) => c.header).map((c) => [c.header, include ? (origin[sheet]?.[c.header]?.fieldKey ?? null) : null]));
    void load(path, { ...request, mapping });
  };

  const howOf = (sheet: string, column: Column) => {
    const first = origin[sheet]?.[column.header];
    if (first && first.fieldKey === column.fieldKey) return first.how;
    return column.fieldKey ? 'manual' : null;
  };

  const run = async () => {
    setError(null);
    setProgress(null);
    setCancelling(false);
    setStep('running');
    try {
      const result = await api.call('import.run', {
        path,
        skipErrors: options.skipErrors,
        ...request,
        ...(options.savePreset && options.presetName.trim() ? { savePresetAs: options.presetName.trim() } : {}),
      });
      setSummary(result);
      setStep('result');
      if (result.applied) onApplied().catch((caught: unknown) => setError(errorMessage(caught)));
    } catch (caught) {
      // Cancelled, busy or unreadable: nothing changed, so the user is back where they started the run.
      setError(errorMessage(caught));
      setStep('mapping');
    }
  };

  const cancel = () => {
    setCancelling(true);
    api.call('jobs.cancel', progress ? { job: progress.job } : {}).catch((caught: unknown) => setError(errorMessage(caught)));
  };

  const backToMapping = () => {
    setError(null);
    setStep('mapping');
  };
  const restart = () => {
    setError(null);
    setSummary(null);
    setPreview(null);
    setOptions(DEFAULT_OPTIONS);
    setStep('file');
  };

  return {
    step,
    path,
    preview,
    request,
    loading,
    error,
    progress,
    cancelling,
    summary,
    options,
    setOptions,
    howOf,
    choose,
    choosePreset,
    chooseVersion,
    remap,
    includeSheet,
    run,
    cancel,
    backToMapping,
    restart,
    dismissError: () => setError(null),
  };
}

export type Wizard = ReturnType<typeof useImportWizard>;
