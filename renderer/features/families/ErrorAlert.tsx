import { t } from '../../i18n';

export function ErrorAlert({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  if (!message) return null;
  return (
    <div role="alert" className="alert alert-bar">
      <span>{message}</span>
      <button type="button" className="link" onClick={onDismiss} aria-label={t('common.close')}>
        ×
      </button>
    </div>
  );
}
