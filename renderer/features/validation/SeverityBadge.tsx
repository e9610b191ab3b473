import { t } from '../../i18n';

export function SeverityBadge({ severity }: { severity: 'error' | 'warning' }) {
  return <span className={`severity-badge severity-${severity}`}>{t(severity === 'error' ? 'val.severity.error' : 'val.severity.warning')}</span>;
}
