import { formatNumber, t } from '../../i18n';
import { RegionSelect } from '../workspace/RegionSelect';
import { useRegions } from '../workspace/useRegions';

interface Props {
  kabupatenCode: string;
  kecamatanCode: string;
  desaCode: string;
  onKecamatan: (code: string) => void;
  onDesa: (code: string) => void;
  rowCount: number | null;
  onError: (message: string) => void;
}

export function RegionFilter({ kabupatenCode, kecamatanCode, desaCode, onKecamatan, onDesa, rowCount, onError }: Props) {
  const kecamatans = useRegions(kabupatenCode, onError);
  const desas = useRegions(kecamatanCode || null, onError);

  return (
    <div className="toolbar">
      <RegionSelect label={t('filter.kecamatan')} placeholder={t('filter.all')} regions={kecamatans} value={kecamatanCode} onChange={onKecamatan} />
      <RegionSelect label={t('filter.desa')} placeholder={t('filter.all')} regions={desas} value={desaCode} onChange={onDesa} />
      <output className="row-count" aria-live="polite">
        {rowCount === null ? t('common.loading') : t('filter.count', { count: formatNumber(rowCount) })}
      </output>
    </div>
  );
}
