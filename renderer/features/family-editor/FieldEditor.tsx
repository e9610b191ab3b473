import { useState } from 'react';
import { codesOf, type CatalogueField, type QuestionnaireVersion } from '../../../core/domain/catalogue';
import { formatFieldValue, parseFieldInput } from '../../../core/domain/field-input';
import type { RuleFinding } from '../../../core/domain/rules';
import { fieldFeedback } from '../../grid/fieldFeedback';

type Value = string | number | null;

interface Props {
  idPrefix: string;
  field: CatalogueField;
  version: QuestionnaireVersion;
  value: Value;
  readOnly: boolean;
  /** Stored findings of the verification on this field (severity and message). */
  findings: readonly { severity: 'error' | 'warning'; message: string }[];
  /** The rules on the value being typed. */
  check: (value: Value) => RuleFinding[];
  /** Saves; false when the save was refused (the typed value stays). */
  onCommit: (raw: string | null) => Promise<boolean>;
}

const INPUT_MODE: Partial<Record<CatalogueField['type'], 'numeric' | 'decimal'>> = { id: 'numeric', integer: 'numeric', decimal: 'decimal' };

/**
 * One card field with the editor its type needs: a searchable code list, Ya/Tidak, a dd/mm/yyyy date, NIK/No KK as
 * text (with what the number says), numbers. While typing it shows whether the value can be read and what the rules
 * say; an unreadable value is never sent, a value the rules flag can be saved: the user decides. Enter or leaving
 * the field saves, Escape restores the stored value.
 */
export function FieldEditor({ idPrefix, field, version, value, readOnly, findings, check, onCommit }: Props) {
  const stored = formatFieldValue(field, value, version);
  /** What the user typed; null shows the stored value. */
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const text = draft ?? stored;
  const dirty = text !== stored;
  const feedback = dirty ? fieldFeedback(field, text, version) : null;
  const parsed = dirty && feedback?.level !== 'error' ? parseFieldInput(field, text, version) : null;
  const rules = parsed?.ok ? check(parsed.value) : [];
  const messages = dirty ? [...(feedback?.lines ?? []).map((line) => ({ severity: feedback!.level, message: line })), ...rules] : findings;
  const level = messages.some((m) => m.severity === 'error') ? 'error' : messages.some((m) => m.severity === 'warning') ? 'warning' : 'ok';
  const id = `${idPrefix}-${field.key}`;

  const commit = async (raw = text) => {
    if (raw === stored) return setDraft(null);
    if (fieldFeedback(field, raw, version).level === 'error') return;
    setBusy(true);
    try {
      if (await onCommit(raw.trim() === '' ? null : raw)) setDraft(null);
    } finally {
      setBusy(false);
    }
  };
  const keys = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter') void commit();
    if (event.key === 'Escape') setDraft(null);
  };

  return (
    <div className={`fe-field fe-${level}`} data-field={field.key}>
      <label htmlFor={id} title={field.hint}>
        {field.label}
        {field.question && <span className="fe-question">{field.question}</span>}
      </label>
      {field.type === 'yesno' && !readOnly ? (
        <select id={id} value={text} disabled={busy} onChange={(event) => { setDraft(event.target.value); void commit(event.target.value); }}>
          <option value="">—</option>
          <option value="Ya">Ya</option>
          <option value="Tidak">Tidak</option>
        </select>
      ) : (
        <input
          id={id}
          value={text}
          readOnly={readOnly}
          disabled={busy}
          inputMode={INPUT_MODE[field.type]}
          placeholder={readOnly ? '' : field.type === 'date' ? 'dd/mm/yyyy' : field.type === 'code' ? 'Ketik kode atau nama…' : ''}
          list={field.type === 'code' && !readOnly ? `${id}-codes` : undefined}
          aria-invalid={level === 'error'}
          aria-describedby={messages.length ? `${id}-msg` : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => void commit()}
          onKeyDown={keys}
        />
      )}
      {field.type === 'code' && !readOnly && (
        <datalist id={`${id}-codes`}>
          {codesOf(field, version).map((option) => (
            <option key={option.code} value={`${option.code}. ${option.label}`} />
          ))}
        </datalist>
      )}
      {messages.length > 0 && (
        <ul id={`${id}-msg`} className="fe-messages">
          {messages.map((m, i) => (
            <li key={i} className={`fe-msg-${m.severity}`}>{m.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
