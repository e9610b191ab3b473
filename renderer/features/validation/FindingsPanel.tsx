import { useState } from 'react';
import type { Finding } from '../../../core/contract';
import { ruleById } from '../../../core/domain/rules';
import type { RuleFinding } from '../../../core/domain/rules/types';
import { formatDateTime, t } from '../../i18n';
import { AcknowledgeForm } from './AcknowledgeForm';
import { SeverityBadge } from './SeverityBadge';
import './findings.css';

/** Rule findings for the field just edited, computed in the renderer before the save. */
export interface LiveCheck {
  memberName: string;
  findings: RuleFinding[];
}

interface Props {
  findings: Finding[] | null;
  live: LiveCheck | null;
  onChanged: () => void;
  onError: (message: string) => void;
}

/** The open family's findings above its members: message, explanation and hint, and acceptance of warnings. */
export function FindingsPanel({ findings, live, onChanged, onError }: Props) {
  const open = findings?.filter((finding) => !finding.acknowledged).length ?? 0;
  if (!findings) return null;
  return (
    <section className="findings" aria-label={t('val.findings.title', { count: open })}>
      {live && live.findings.length > 0 && (
        <div className="live-check" role="status">
          <strong>{t('val.live.title')}</strong>
          {live.findings.map((finding) => (
            <span key={finding.ruleId} className="live-item">
              <SeverityBadge severity={finding.severity} /> {live.memberName}: {finding.message}
            </span>
          ))}
        </div>
      )}
      {findings.length === 0 ? (
        <p className="findings-none">{t('val.findings.none')}</p>
      ) : (
        <>
          <h3>{t('val.findings.title', { count: open })}</h3>
          <ul className="finding-list">
            {findings.map((finding) => (
              <FindingItem key={finding.id} finding={finding} onChanged={onChanged} onError={onError} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function FindingItem({ finding, onChanged, onError }: { finding: Finding; onChanged: () => void; onError: (message: string) => void }) {
  const [expanded, setExpanded] = useState(false);
  const [accepting, setAccepting] = useState(false);
  const rule = ruleById(finding.ruleId);
  const subject = finding.entity === 'member' ? finding.name : t('val.findings.family');

  return (
    <li className={`finding${finding.acknowledged ? ' finding-acknowledged' : ''}`}>
      <div className="finding-line">
        <SeverityBadge severity={finding.severity} />
        <span className="finding-subject">{subject}</span>
        <span className="finding-message">{finding.message}</span>
        {rule && (
          <button type="button" className="text-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {t('val.findings.more')}
          </button>
        )}
        {finding.severity === 'warning' && !finding.acknowledged && !accepting && (
          <button type="button" className="text-button" onClick={() => setAccepting(true)}>
            {t('val.findings.accept')}
          </button>
        )}
      </div>
      {finding.acknowledged && (
        <p className="finding-ack">
          {t('val.findings.acknowledged', { reason: finding.acknowledged.reason, user: finding.acknowledged.userName, at: formatDateTime(finding.acknowledged.at) })}
        </p>
      )}
      {expanded && rule && (
        <div className="finding-details">
          <p>{t('val.rules.explanation', { text: rule.explanation })}</p>
          <p>{t('val.rules.hint', { text: rule.hint })}</p>
        </div>
      )}
      {accepting && (
        <AcknowledgeForm
          findingId={finding.id}
          onDone={() => {
            setAccepting(false);
            onChanged();
          }}
          onCancel={() => setAccepting(false)}
          onError={onError}
        />
      )}
    </li>
  );
}
