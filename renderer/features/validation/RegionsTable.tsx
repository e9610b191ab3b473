import type { ValidationSummary } from '../../../core/contract';
import { formatNumber, t } from '../../i18n';

type RegionRow = ValidationSummary['regions'][number];

/** The kecamatan/desa chosen on the Validasi screen: narrows rule clicks and the export. */
export interface RegionScope {
  kecamatanCode?: string;
  desaCode?: string;
  desaName?: string;
}

interface Props {
  regions: RegionRow[];
  scope: RegionScope;
  onScope: (scope: RegionScope) => void;
}

/** Open counts per kecamatan → desa; clicking a desa scopes the screen to it. */
export function RegionsTable({ regions, scope, onScope }: Props) {
  const kecamatans = [...new Map(regions.map((r) => [r.kecamatanCode, r.kecamatanName])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'id'));
  const shown = kecamatans.filter(([code]) => !scope.kecamatanCode || code === scope.kecamatanCode);

  return (
    <section className="card regions-card" aria-label={t('val.regions.title')}>
      <h2>{t('val.regions.title')}</h2>
      <div className="inline-form regions-filter">
        <label className="field grow">
          <span>{t('val.regions.kecamatan')}</span>
          <select value={scope.kecamatanCode ?? ''} onChange={(e) => onScope(e.target.value ? { kecamatanCode: e.target.value } : {})}>
            <option value="">{t('filter.all')}</option>
            {kecamatans.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {scope.desaCode && (
          <button type="button" onClick={() => onScope({ kecamatanCode: scope.kecamatanCode })}>
            {t('val.regions.clear')}
          </button>
        )}
      </div>
      {regions.length === 0 ? (
        <p className="hint">{t('val.regions.empty')}</p>
      ) : (
        <div className="regions-scroll">
          <table className="data-table regions-table">
            <thead>
              <tr>
                <th>{t('val.regions.desa')}</th>
                <th className="num">{t('val.regions.errors')}</th>
                <th className="num">{t('val.regions.warnings')}</th>
              </tr>
            </thead>
            {shown.map(([code, name]) => {
              const desas = regions.filter((r) => r.kecamatanCode === code);
              const sum = (key: 'errors' | 'warnings') => formatNumber(desas.reduce((total, r) => total + r[key], 0));
              return (
                <tbody key={code}>
                  <tr className="group-row">
                    <th>{name}</th>
                    <th className="num">{sum('errors')}</th>
                    <th className="num">{sum('warnings')}</th>
                  </tr>
                  {desas.map((desa) => (
                    <tr key={desa.desaCode} data-desa={desa.desaCode} aria-selected={scope.desaCode === desa.desaCode}>
                      <td>
                        <button
                          type="button"
                          className="rule-link"
                          title={t('val.regions.choose')}
                          onClick={() => onScope({ kecamatanCode: desa.kecamatanCode, desaCode: desa.desaCode, desaName: desa.desaName })}
                        >
                          {desa.desaName}
                        </button>
                      </td>
                      <td className="num">{formatNumber(desa.errors)}</td>
                      <td className="num">{formatNumber(desa.warnings)}</td>
                    </tr>
                  ))}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
    </section>
  );
}
