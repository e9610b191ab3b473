import { useState, type ReactNode } from 'react';
import { errorMessage, isVersionConflict } from '../../api';

interface Props {
  title: string;
  submitLabel: string;
  children: ReactNode;
  /** Runs the operation; a refusal is shown in the dialog, which stays open. */
  run: () => Promise<void>;
  onCancel: () => void;
  /** The family changed meanwhile: the editor reloads it. */
  onStale: () => void;
}

/** A modal form for one family operation: nothing changes until the user confirms, and a refusal keeps the input. */
export function Dialog({ title, submitLabel, children, run, onCancel, onStale }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (failure) {
      setError(errorMessage(failure));
      if (isVersionConflict(failure)) onStale();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="fe-backdrop">
      <form className="fe-dialog" role="dialog" aria-modal="true" aria-label={title} onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
        <h3>{title}</h3>
        {children}
        {error && <p className="fe-dialog-error" role="alert">{error}</p>}
        <div className="fe-dialog-buttons">
          <button type="submit" className="primary" disabled={busy}>{submitLabel}</button>
          <button type="button" onClick={onCancel}>Batal</button>
        </div>
      </form>
    </div>
  );
}
