import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../api';
import { t } from '../../i18n';

interface Props {
  findingId: number;
  onDone: () => void;
  onCancel: () => void;
  onError: (message: string) => void;
}

const MIN_REASON = 5;

/** "Terima dengan alasan": a warning that is right after all stays accepted, with who and why. */
export function AcknowledgeForm({ findingId, onDone, onCancel, onError }: Props) {
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const tooShort = reason.trim().length < MIN_REASON;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooShort) return;
    setSaving(true);
    api.call('validation.acknowledge', { findingId, reason: reason.trim() }).then(onDone, (error: unknown) => {
      setSaving(false);
      onError(errorMessage(error));
    });
  };

  return (
    <form className="ack-form" onSubmit={submit}>
      <label className="field grow">
        <span>{t('val.findings.reason')}</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoFocus />
      </label>
      <button type="submit" className="primary" disabled={tooShort || saving}>
        {t('val.findings.save')}
      </button>
      <button type="button" onClick={onCancel} disabled={saving}>
        {t('val.findings.cancel')}
      </button>
      {tooShort && reason.length > 0 && <span className="ack-short">{t('val.findings.reasonShort')}</span>}
    </form>
  );
}
