import { fieldByKey, type QuestionnaireVersion } from '../../../core/domain/catalogue';
import { fieldFeedback } from '../../grid/fieldFeedback';
import { CodeSelect } from '../family-editor/CodeSelect';

/** The key fields of a proposed member, in form order. */
export const MEMBER_KEYS = ['nama', 'nik', 'jenisKelamin', 'tempatLahir', 'tanggalLahir', 'hubunganKeluarga'] as const;
/** The fields of a proposed new family (its members follow). */
export const FAMILY_KEYS = ['noKk', 'alamat'] as const;

export type DraftValues = Record<string, string>;

interface Props {
  keys: readonly string[];
  version: QuestionnaireVersion;
  values: DraftValues;
  onChange: (values: DraftValues) => void;
  /** Prefix of the inputs' labels, to tell several members apart ("Anggota 2"). */
  prefix?: string;
}

/**
 * Catalogue fields of a record that does not exist yet: code lists as selects, the rest as text with what the
 * value says while typing (the same feedback as the family editor). Nothing is saved here; the proposal is.
 */
export function DraftFields({ keys, version, values, onChange, prefix = '' }: Props) {
  const set = (key: string, value: string) => onChange({ ...values, [key]: value });
  return (
    <>
      {keys.map((key) => {
        const field = fieldByKey(key)!;
        const label = `${prefix}${field.label}`;
        if (field.type === 'code') {
          const value = values[key] ? Number(values[key]) : null;
          return <CodeSelect key={key} fieldKey={key} version={version} label={label} value={value} onChange={(code) => set(key, String(code))} />;
        }
        const text = values[key] ?? '';
        const feedback = text ? fieldFeedback(field, text, version) : null;
        return (
          <div key={key}>
            <label className="fe-input">
              {label}{field.type === 'date' ? ' (dd/mm/yyyy)' : ''}
              <input value={text} onChange={(e) => set(key, e.target.value)} inputMode={field.type === 'id' ? 'numeric' : undefined}
                placeholder={field.type === 'date' ? 'dd/mm/yyyy' : ''} aria-invalid={feedback?.level === 'error'} />
            </label>
            {feedback && feedback.lines.length > 0 && (
              <ul className="fe-messages">{feedback.lines.map((line) => <li key={line} className={`fe-msg-${feedback.level}`}>{line}</li>)}</ul>
            )}
          </div>
        );
      })}
    </>
  );
}

/** The filled fields only, as the proposal sends them (an empty field is not proposed). */
export function filled(values: DraftValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
}

export function NoteInput({ value, onChange }: { value: string; onChange: (note: string) => void }) {
  return (
    <label className="fe-input">Catatan
      <textarea value={value} onChange={(e) => onChange(e.target.value)} maxLength={1000} />
    </label>
  );
}
