import type { ImportPreview } from '../../../core/contract';
import type { QuestionnaireVersion } from '../../../core/domain/catalogue';
import { t } from '../../i18n';
import { FieldPicker } from './FieldPicker';
import { howLabel, roleLabel } from './labels';

type Sheet = ImportPreview['sheets'][number];
type Column = Sheet['columns'][number];

interface Props {
  sheet: Sheet;
  version: QuestionnaireVersion;
  disabled: boolean;
  howOf: (column: Column) => string | null;
  onRemap: (header: string, fieldKey: string | null) => void;
  onInclude: (include: boolean) => void;
}

/** One sheet of the file: each column, what it is mapped to, and how its first rows would be read. */
export function SheetMapping({ sheet, version, disabled, howOf, onRemap, onInclude }: Props) {
  const mapped = sheet.columns.filter((column) => column.fieldKey).length;
  return (
    <section className="sheet-mapping" aria-label={t('import.sheet.title', { sheet: sheet.sheet })}>
      <header className="sheet-heading">
        <h3>{t('import.sheet.title', { sheet: sheet.sheet })}</h3>
        <span className="hint">{t('import.sheet.meta', { role: roleLabel(sheet.role), row: sheet.headerRow, mapped, total: sheet.columns.length })}</span>
        <label className="sheet-include">
          <input type="checkbox" checked={mapped > 0} disabled={disabled} onChange={(e) => onInclude(e.target.checked)} />
          {t('import.sheet.include')}
        </label>
      </header>
      {!sheet.role && <p className="notice">{t('import.sheet.unused')}</p>}
      <table className="data-table mapping-table">
        <thead>
          <tr>
            <th className="col-letter">{t('import.col.letter')}</th>
            <th className="col-header">{t('import.col.header')}</th>
            <th className="col-field">{t('import.col.field')}</th>
            <th>{t('import.col.samples')}</th>
            <th>{t('import.col.parsed')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.columns.map((column) => (
            <tr key={column.index} className={column.fieldKey ? undefined : 'unmapped'}>
              <td className="col-letter mono">{column.letter}</td>
              <td className="col-header">{column.header || <span className="hint">{t('import.col.noHeader')}</span>}</td>
              <td className="col-field">
                <FieldPicker
                  value={column.fieldKey}
                  version={version}
                  label={t('import.picker.label', { letter: column.letter })}
                  disabled={disabled || !column.header}
                  onChange={(fieldKey) => onRemap(column.header, fieldKey)}
                />
                {column.fieldKey && <span className="how">{howLabel(howOf(column))}</span>}
              </td>
              <td>
                <Values values={column.samples} />
              </td>
              <td>{column.fieldKey && <Values values={column.parsed.map((p) => p.text)} errors={column.parsed.map((p) => !p.ok)} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Values({ values, errors }: { values: string[]; errors?: boolean[] }) {
  return (
    <ul className="values">
      {values.map((value, i) => (
        <li key={i} className={errors?.[i] ? 'value error' : value ? 'value' : 'value empty'}>
          {value || '–'}
        </li>
      ))}
    </ul>
  );
}
