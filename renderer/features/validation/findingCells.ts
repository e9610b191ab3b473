import { ModuleRegistry, RenderApiModule, type CellClassParams, type CellClassRules } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useEffect, useState, type RefObject } from 'react';
import type { Finding } from '../../../core/contract';
import { catalogueKeyOf } from '../../../core/domain/field-names';

// refreshCells re-evaluates the highlight when the findings change (registered here, next to its only use).
ModuleRegistry.registerModules([RenderApiModule]);

/** Severity per "entityId:field", the grid context from which the cell class rules read. */
export interface FindingContext {
  flagged: ReadonlyMap<string, 'error' | 'warning'>;
  /** The grid's context is initial-only, so one object lives as long as the grid and its map is swapped. */
  update(flagged: ReadonlyMap<string, 'error' | 'warning'>): void;
}

export function createFindingContext(): FindingContext {
  const context: FindingContext = {
    flagged: new Map(),
    update(flagged) {
      context.flagged = flagged;
    },
  };
  return context;
}

export function flaggedCells(findings: readonly Pick<Finding, 'entity' | 'entityId' | 'field' | 'severity' | 'acknowledged'>[], entity: Finding['entity']): Map<string, 'error' | 'warning'> {
  const flagged = new Map<string, 'error' | 'warning'>();
  for (const finding of findings) {
    if (finding.entity !== entity || !finding.field || finding.acknowledged) continue;
    const key = `${finding.entityId}:${finding.field}`;
    if (flagged.get(key) !== 'error') flagged.set(key, finding.severity);
  }
  return flagged;
}

export function catalogueFlaggedCells(findings: Parameters<typeof flaggedCells>[0], entity: Finding['entity']): Map<string, 'error' | 'warning'> {
  const flagged = new Map<string, 'error' | 'warning'>();
  for (const [key, level] of flaggedCells(findings, entity)) {
    const [id, field = ''] = key.split(':');
    flagged.set(`${id}:${catalogueKeyOf(field)}`, level);
  }
  return flagged;
}

function severity<T extends { id: number }>(params: CellClassParams<T>): 'error' | 'warning' | undefined {
  const context = params.context as FindingContext | undefined;
  const field = params.colDef.field as string | undefined;
  if (!context || !params.data || !field) return undefined;
  return context.flagged.get(`${params.data.id}:${field}`);
}

/** Functions, not string expressions: the CSP forbids eval. The grid's context is a FindingContext. */
export function findingCellClassRules<T extends { id: number }>(): CellClassRules<T> {
  return {
    'cell-finding-error': (params) => severity(params) === 'error',
    'cell-finding-warning': (params) => severity(params) === 'warning',
  };
}

/** The grid's finding context, kept current and repainted whenever the flagged cells change. */
export function useFindingContext<T>(grid: RefObject<AgGridReact<T> | null>, flagged: ReadonlyMap<string, 'error' | 'warning'>): FindingContext {
  const context = useState(createFindingContext)[0];
  useEffect(() => {
    context.update(flagged);
    grid.current?.api?.refreshCells({ force: true });
  }, [context, flagged, grid]);
  return context;
}
