import { useEffect, useState } from 'react';
import type { GridScope, GridViewName } from '../../../core/contract';
import { STATUS_KELUARGA } from '../../../core/domain/codes';
import { formatNumber, t } from '../../i18n';
import { useSession } from '../accounts/session';
import { RegionSelect } from '../workspace/RegionSelect';
import { useRegions } from '../workspace/useRegions';

interface Props {
  view: GridViewName;
  kabupatenCode: string;
  scope: GridScope;
  onScope: (scope: GridScope) => void;
  rowCount: number | null;
  onError: (message: string) => void;
}

const SEARCH_DELAY_MS = 250;

/** Quick search (remount with a new key when the scope is replaced from outside), region cascade, status and findings filters; they combine, and the row count follows. */
export function ScopeBar({ view, kabupatenCode, scope, onScope, rowCount, onError }: Props) {
  // An operator desa is offered only their desa (and its kecamatan); the backend narrows the rows anyway.
  const user = useSession()?.user;
  const assigned = user?.role === 'operator_desa' ? user.desaCodes : null;
  const kecamatans = useRegions(kabupatenCode, onError).filter((region) => !assigned || assigned.some((code) => code.startsWith(`${region.code}.`)));
  const desas = useRegions(scope.kecamatanCode || null, onError).filter((region) => !assigned || assigned.includes(region.code));
  const [search, setSearch] = useState(scope.search ?? '');
  useEffect(() => {
    if ((scope.search ?? '') === search.trim()) return;
    const timer = setTimeout(() => onScope({ ...scope, search: search.trim() || undefined }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [onScope, scope, search]);
  const set = (patch: Partial<GridScope>) => onScope({ ...scope, ...patch });

  return (
    <div className="toolbar scope-bar">
      <input
        type="search"
        className="quick-search"
        aria-label={t('grid.search.label')}
        placeholder={t('grid.search.placeholder')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <RegionSelect label={t('filter.kecamatan')} placeholder={t('filter.all')} regions={kecamatans} value={scope.kecamatanCode ?? ''}
        onChange={(code) => set({ kecamatanCode: code || undefined, desaCode: undefined })} />
      <RegionSelect label={t('filter.desa')} placeholder={t('filter.all')} regions={desas} value={scope.desaCode ?? ''}
        onChange={(code) => set({ desaCode: code || undefined })} />
      <label>
        {t('grid.status')}{' '}
        <select value={scope.status ?? ''} onChange={(event) => set({ status: event.target.value || undefined })}>
          <option value="">{t('filter.all')}</option>
          {STATUS_KELUARGA.map((status) => <option key={status.code} value={status.code}>{status.label}</option>)}
        </select>
      </label>
      <label>
        {t('grid.findings')}{' '}
        <select value={scope.findingSeverity ?? ''} onChange={(event) => set({ findingSeverity: (event.target.value || undefined) as GridScope['findingSeverity'] })}>
          <option value="">{t('filter.all')}</option>
          <option value="error">{t('grid.findings.error')}</option>
          <option value="warning">{t('grid.findings.warning')}</option>
          <option value="any">{t('grid.findings.any')}</option>
        </select>
      </label>
      <output className="row-count" aria-live="polite">
        {rowCount === null ? t('common.loading') : t(view === 'anggota' ? 'grid.count.members' : 'filter.count', { count: formatNumber(rowCount) })}
      </output>
    </div>
  );
}
