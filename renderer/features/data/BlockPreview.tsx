import { fieldByKey } from '../../../core/domain/catalogue';
import { formatFieldValue } from '../../../core/domain/field-input';
import { formatNumber, t } from '../../i18n';
import type { PendingBlock } from './useBlockEdits';

interface Props {
  block: PendingBlock;
  accepted: number;
  onApply: () => void;
  onCancel: () => void;
}

const SHOWN = 300;

/** The cells a paste or fill-down would change, each checked by the backend, before anything is written. */
export function BlockPreview({ block, accepted, onApply, onCancel }: Props) {
  const invalid = block.outcomes.filter((outcome) => !outcome.ok).length;
  const label = (colId: string) => fieldByKey(colId)?.label ?? colId;
  const shown = (colId: string, value: string | number | null) => {
    const field = fieldByKey(colId);
    return field ? formatFieldValue(field, value, field.versions[field.versions.length - 1]!) : String(value ?? '');
  };
  return (
    <div className="dialog-backdrop" role="presentation">
      <section className="dialog block-preview" role="dialog" aria-modal="true" aria-labelledby="block-preview-title">
        <h2 id="block-preview-title">{t(block.action === 'paste' ? 'edit.preview.paste' : 'edit.preview.fill')}</h2>
        <p>
          {t('edit.preview.summary', { cells: formatNumber(block.cells.length), accepted: formatNumber(accepted), invalid: formatNumber(invalid) })}
          {block.skipped.length > 0 && ` ${t('edit.preview.skipped', { columns: block.skipped.map(label).join(', ') })}`}
        </p>
        <div className="block-preview-table">
          <table>
            <thead>
              <tr><th>{t('edit.preview.row')}</th><th>{t('edit.preview.column')}</th><th>{t('edit.preview.old')}</th><th>{t('edit.preview.new')}</th><th>{t('edit.preview.check')}</th></tr>
            </thead>
            <tbody>
              {block.cells.slice(0, SHOWN).map((cell, index) => {
                const outcome = block.outcomes[index];
                const cls = !outcome?.ok ? 'invalid' : outcome.changed ? 'changed' : 'same';
                return (
                  <tr key={`${cell.rowIndex}:${cell.colId}`} className={cls}>
                    <td>{cell.rowIndex + 1}</td>
                    <td>{label(cell.colId)}</td>
                    <td>{shown(cell.colId, outcome?.oldValue ?? null)}</td>
                    <td>{outcome?.ok ? shown(cell.colId, outcome.newValue) : (cell.change.value ?? '')}</td>
                    <td>{!outcome?.ok ? outcome?.message : outcome.changed ? t('edit.preview.ok') : t('edit.preview.same')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {block.cells.length > SHOWN && <p className="hint">{t('edit.preview.more', { count: formatNumber(block.cells.length - SHOWN) })}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>{t('edit.preview.cancel')}</button>
          <button type="button" className="primary" disabled={accepted === 0} onClick={onApply}>{t('edit.preview.apply', { count: formatNumber(accepted) })}</button>
        </div>
      </section>
    </div>
  );
}
