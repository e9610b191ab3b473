import { t } from '../../i18n';
import './notice.css';

/** An informational message (not an error): what an action led to, e.g. an edit that became a proposal. */
export function NoticeBar({ message, onOpenProposals, onDismiss }: { message: string | null; onOpenProposals?: () => void; onDismiss: () => void }) {
  if (!message) return null;
  return (
    <div role="status" className="notice-bar">
      <span>{message}</span>
      {onOpenProposals && (
        <button type="button" className="notice-action" onClick={onOpenProposals}>
          {t('notice.openProposals')}
        </button>
      )}
      <button type="button" className="link" onClick={onDismiss} aria-label={t('common.close')}>
        ×
      </button>
    </div>
  );
}
