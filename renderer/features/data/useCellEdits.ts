import { useCallback, useRef, useState } from 'react';
import type { CellChange, CellOutcome, RecordValues } from '../../../core/contract';
import { fieldByKey } from '../../../core/domain/catalogue';
import { formatFieldValue } from '../../../core/domain/field-input';
import { api, errorMessage, isVersionConflict } from '../../api';
import { t } from '../../i18n';

type Action = 'update' | 'paste' | 'fill-down' | 'undo' | 'redo';

interface Step {
  cells: { entity: CellChange['entity']; id: number; field: string; before: string | null; after: string | null }[];
  /** Record versions right after the step: undoing it is refused if someone changed them since. */
  versions: Map<string, number>;
}

const recordKey = (entity: string, id: number) => `${entity}:${id}`;

/** Stored values back to text the field parser accepts again (labels, dd/mm/yyyy, Ya/Tidak). */
function asInput(field: string, value: CellOutcome['oldValue'], record: RecordValues | undefined): string | null {
  const def = fieldByKey(field);
  if (!def || value === null) return value === null ? null : String(value);
  return formatFieldValue(def, value, record?.questionnaireVersion ?? def.versions[0]!) || null;
}

/**
 * Every edit of the grid goes through here: one cell, a paste, a fill-down, an undo or a redo is
 * one edits.apply call (one transaction, audited). Undo and redo are such edits too, at the
 * versions the previous step left, so they never silently overwrite someone else's change.
 */
export function useCellEdits(onApplied: () => void, onError: (message: string) => void, onNotice: (message: string) => void) {
  const undoStack = useRef<Step[]>([]);
  const redoStack = useRef<Step[]>([]);
  const [counts, setCounts] = useState({ undo: 0, redo: 0 });
  const sync = () => setCounts({ undo: undoStack.current.length, redo: redoStack.current.length });

  const run = useCallback(
    async (changes: CellChange[], action: Action): Promise<Step | null> => {
      try {
        const result = await api.call('edits.apply', { changes, action });
        const records = new Map(result.records.map((r) => [recordKey(r.entity, r.id), r]));
        const cells = changes.flatMap((change, index) => {
          const outcome = result.cells[index];
          if (!outcome?.ok || !outcome.changed) return [];
          const record = records.get(recordKey(change.entity, change.id));
          return [{ entity: change.entity, id: change.id, field: change.field, before: asInput(change.field, outcome.oldValue, record), after: asInput(change.field, outcome.newValue, record) }];
        });
        onApplied();
        // An operator desa's edit went into a perbaikan proposal: the data waits for approval.
        if (result.proposal) onNotice(result.proposal.message);
        return { cells, versions: new Map([...records].map(([key, r]) => [key, r.version])) };
      } catch (error) {
        onError(isVersionConflict(error) ? `${errorMessage(error)} ${t('edit.reloaded')}` : errorMessage(error));
        if (isVersionConflict(error)) onApplied();
        return null;
      }
    },
    [onApplied, onError, onNotice],
  );

  const apply = useCallback(
    async (changes: CellChange[], action: 'update' | 'paste' | 'fill-down') => {
      const step = await run(changes, action);
      if (step && step.cells.length) {
        undoStack.current.push(step);
        redoStack.current = [];
        sync();
      }
      return step !== null;
    },
    [run],
  );

  const replay = useCallback(
    async (from: 'undo' | 'redo') => {
      const [source, target] = from === 'undo' ? [undoStack, redoStack] : [redoStack, undoStack];
      const step = source.current[source.current.length - 1];
      if (!step) return;
      const changes = step.cells.map((cell) => ({
        entity: cell.entity, id: cell.id, field: cell.field, value: from === 'undo' ? cell.before : cell.after,
        expectedVersion: step.versions.get(recordKey(cell.entity, cell.id)),
      }));
      const done = await run(changes, from);
      source.current.pop();
      if (done) target.current.push({ cells: step.cells, versions: done.versions });
      sync();
    },
    [run],
  );

  return { apply, undo: () => replay('undo'), redo: () => replay('redo'), canUndo: counts.undo > 0, canRedo: counts.redo > 0 };
}
