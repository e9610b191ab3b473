import { useEffect, useState } from 'react';
import type { ValidationSummary } from '../../../core/contract';
import { api, errorMessage } from '../../api';
import type { RegionScope } from './RegionsTable';

type RuleRow = ValidationSummary['rules'][number];
type Counts = Record<string, Pick<RuleRow, 'errors' | 'warnings' | 'acknowledged'>>;

/** A desa's findings are few: one request, counted per rule here, so the rules table can show that desa's counts. */
const DESA_LIMIT = 100_000;

/** The summary's rules, with counts for the chosen desa when there is one. */
export function useScopedRules(summary: ValidationSummary | null, scope: RegionScope, onError: (message: string) => void): RuleRow[] {
  const [loaded, setLoaded] = useState<{ key: string; counts: Counts } | null>(null);
  const desaCode = scope.desaCode;
  const key = `${desaCode ?? ''}|${summary?.lastRun?.at ?? ''}|${summary?.errors ?? 0}|${summary?.warnings ?? 0}|${summary?.acknowledged ?? 0}`;

  useEffect(() => {
    if (!desaCode) return;
    let live = true;
    api.call('validation.findings', { desaCode, includeAcknowledged: true, startRow: 0, endRow: DESA_LIMIT }).then(
      ({ rows }) => {
        const counts: Counts = {};
        for (const finding of rows) {
          const count = (counts[finding.ruleId] ??= { errors: 0, warnings: 0, acknowledged: 0 });
          if (finding.acknowledged) count.acknowledged++;
          else if (finding.severity === 'error') count.errors++;
          else count.warnings++;
        }
        if (live) setLoaded({ key, counts });
      },
      (error: unknown) => live && onError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [desaCode, key, onError]);

  const rules = summary?.rules ?? [];
  if (!desaCode) return rules;
  const counts = loaded?.key === key ? loaded.counts : {};
  return rules.map((rule) => ({ ...rule, errors: 0, warnings: 0, acknowledged: 0, ...counts[rule.id] }));
}
