import type { RegionRef } from '../../../core/contract';

interface Props {
  label: string;
  placeholder: string;
  regions: RegionRef[];
  value: string;
  onChange: (code: string) => void;
  required?: boolean;
}

export function RegionSelect({ label, placeholder, regions, value, onChange, required }: Props) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} disabled={regions.length === 0} required={required}>
        <option value="">{placeholder}</option>
        {regions.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </select>
    </label>
  );
}
