import type { CustomCellEditorProps } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import { codesOf, type CatalogueField } from '../../core/domain/catalogue';
import type { GridRow } from './catalogueColumns';

type Props = CustomCellEditorProps<GridRow, string | number | null> & { field: CatalogueField };

/** A code list with a search box: type part of a label or a code, Enter or click picks it. */
export function CodeCellEditor({ field, value, onValueChange, data, stopEditing }: Props) {
  const options = useMemo(() => {
    if (field.type === 'yesno') return [{ code: 1, label: 'Ya' }, { code: 0, label: 'Tidak' }];
    return codesOf(field, data.questionnaireVersion);
  }, [field, data.questionnaireVersion]);
  const [query, setQuery] = useState('');
  const shown = options.filter((option) => `${option.code}. ${option.label}`.toLowerCase().includes(query.toLowerCase()));
  const pick = (code: number) => {
    // Yes/no cells are sent as their label so the field's own Ya/Tidak coding applies.
    onValueChange(field.type === 'yesno' ? (code === 1 ? 'Ya' : 'Tidak') : code);
    setTimeout(() => stopEditing(), 0);
  };
  return (
    <div className="cell-editor code-editor">
      <input
        className="cell-editor-input"
        autoFocus
        placeholder="Cari kode atau nama..."
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && shown[0]) pick(shown[0].code);
        }}
      />
      <ul role="listbox" aria-label={field.label}>
        {shown.map((option) => (
          <li key={option.code} role="option" aria-selected={Number(value) === option.code} onMouseDown={() => pick(option.code)}>
            {option.code}. {option.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
