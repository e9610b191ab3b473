import { codesOf, fieldByKey, type QuestionnaireVersion } from '../../../core/domain/catalogue';

interface Props {
  /** Catalogue key of a code field (hubunganKeluarga, keberadaan, jenisKelamin). */
  fieldKey: string;
  version: QuestionnaireVersion;
  label: string;
  value: number | null;
  onChange: (code: number) => void;
  exclude?: readonly number[];
}

/** A labelled select over one code list of the record's questionnaire version. */
export function CodeSelect({ fieldKey, version, label, value, onChange, exclude = [] }: Props) {
  const field = fieldByKey(fieldKey);
  const options = field ? codesOf(field, version).filter((o) => !exclude.includes(o.code)) : [];
  return (
    <label className="fe-input">
      {label}
      <select value={value ?? ''} onChange={(event) => onChange(Number(event.target.value))} required>
        <option value="" disabled>— pilih —</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>{`${o.code}. ${o.label}`}</option>
        ))}
      </select>
    </label>
  );
}
