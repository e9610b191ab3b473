import { useState } from 'react';
import { t } from '../../i18n';

interface Props {
  names: string[];
  onApply: (name: string) => void;
  onSave: (name: string) => void;
  onDelete: (name: string) => void;
}

/** Named views: columns, filters, sort and scope under a name, per user. */
export function SavedViews({ names, onApply, onSave, onDelete }: Props) {
  const [current, setCurrent] = useState('');
  const [naming, setNaming] = useState<string | null>(null);
  return (
    <div className="saved-views">
      <label>
        {t('grid.views.label')}{' '}
        <select
          value={current}
          onChange={(event) => {
            setCurrent(event.target.value);
            if (event.target.value) onApply(event.target.value);
          }}
        >
          <option value="">{t('grid.views.none')}</option>
          {names.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      </label>
      {current && <button type="button" className="link" onClick={() => { onDelete(current); setCurrent(''); }}>{t('grid.views.delete')}</button>}
      {naming === null ? (
        <button type="button" onClick={() => setNaming(current)}>{t('grid.views.save')}</button>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!naming.trim()) return;
            onSave(naming.trim());
            setCurrent(naming.trim());
            setNaming(null);
          }}
        >
          <input aria-label={t('grid.views.name')} placeholder={t('grid.views.name')} value={naming} autoFocus onChange={(event) => setNaming(event.target.value)} />
          <button type="submit" className="primary">{t('grid.views.saveConfirm')}</button>
          <button type="button" className="link" onClick={() => setNaming(null)}>{t('common.cancel')}</button>
        </form>
      )}
    </div>
  );
}
