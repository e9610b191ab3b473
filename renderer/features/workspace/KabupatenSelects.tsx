import { useState } from 'react';
import { t } from '../../i18n';
import { RegionSelect } from './RegionSelect';
import { PROVINCES, useRegions } from './useRegions';

/** Provinsi then kabupaten/kota: a new province clears the kabupaten (and what the caller hangs below it). */
export function useKabupatenChoice(onError: (message: string) => void, onChange?: () => void) {
  const [province, setProvince] = useState('');
  const [kabupaten, setKabupatenCode] = useState('');
  const provinces = useRegions(PROVINCES, onError);
  const kabupatens = useRegions(province || null, onError);
  const chooseProvince = (code: string) => {
    setProvince(code);
    setKabupatenCode('');
    onChange?.();
  };
  const chooseKabupaten = (code: string) => {
    setKabupatenCode(code);
    onChange?.();
  };
  return { province, kabupaten, provinces, kabupatens, chooseProvince, chooseKabupaten };
}

export function KabupatenSelects({ choice }: { choice: ReturnType<typeof useKabupatenChoice> }) {
  return (
    <>
      <RegionSelect label={t('start.create.province')} placeholder={t('start.create.choose')} regions={choice.provinces} value={choice.province} onChange={choice.chooseProvince} required />
      <RegionSelect label={t('start.create.kabupaten')} placeholder={t('start.create.choose')} regions={choice.kabupatens} value={choice.kabupaten} onChange={choice.chooseKabupaten} required />
    </>
  );
}
