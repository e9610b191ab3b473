import { t } from '../../i18n';

interface Props {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onFillDown: () => void;
}

/** The edit commands, also on the keyboard: Ctrl+Z, Ctrl+Y, Ctrl+D, Ctrl+V. */
export function EditBar({ canUndo, canRedo, onUndo, onRedo, onFillDown }: Props) {
  return (
    <div className="edit-bar" role="toolbar" aria-label={t('edit.toolbar')}>
      <button type="button" disabled={!canUndo} onClick={onUndo} title="Ctrl+Z">{t('edit.undo')}</button>
      <button type="button" disabled={!canRedo} onClick={onRedo} title="Ctrl+Y">{t('edit.redo')}</button>
      <button type="button" onClick={onFillDown} title="Ctrl+D">{t('edit.fillDown')}</button>
      <span className="hint">{t('edit.hint')}</span>
    </div>
  );
}
