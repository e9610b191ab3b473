import type { CustomCellEditorProps } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import type { CatalogueField } from '../../core/domain/catalogue';
import { formatFieldValue } from '../../core/domain/field-input';
import type { GridRow } from './catalogueColumns';
import { fieldFeedback } from './fieldFeedback';

type Props = CustomCellEditorProps<GridRow, string | number | null> & { field: CatalogueField };

/**
 * Text, number, date and ID cells. The text is what the user types (dates as dd/mm/yyyy, IDs as
 * text); the backend parses it with the same rules, and the feedback below shows the result first.
 */
export function TextCellEditor({ field, value, initialValue, onValueChange, data, eventKey }: Props) {
  const version = data.questionnaireVersion;
  const [text, setText] = useState(() =>
    eventKey && eventKey.length === 1 ? eventKey : formatFieldValue(field, initialValue ?? null, version),
  );
  const feedback = useMemo(() => fieldFeedback(field, text, version), [field, text, version]);
  return (
    <div className="cell-editor">
      <input
        className={`cell-editor-input ${feedback.level}`}
        value={text}
        autoFocus
        onFocus={(event) => event.target.select()}
        aria-invalid={feedback.level === 'error'}
        inputMode={field.type === 'id' || field.type === 'integer' ? 'numeric' : undefined}
        placeholder={field.type === 'date' ? 'dd/mm/yyyy' : undefined}
        onChange={(event) => {
          setText(event.target.value);
          onValueChange(event.target.value);
        }}
        data-value={String(value ?? '')}
      />
      {feedback.lines.length > 0 && (
        <div className={`cell-editor-feedback ${feedback.level}`} role="status">
          {feedback.lines.map((line) => <div key={line}>{line}</div>)}
        </div>
      )}
    </div>
  );
}
