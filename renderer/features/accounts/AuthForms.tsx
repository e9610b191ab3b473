import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, type SessionUserInfo } from '../../../core/contract';
import { api, errorMessage } from '../../api';
import { t } from '../../i18n';

interface FormProps {
  title: string;
  hint: string;
  submit: string;
  notice?: string | null;
  onSubmit: () => Promise<void>;
  footer?: ReactNode;
  children: ReactNode;
}

/** One centred card with a form; errors of the submit are shown above the fields. */
function AuthCard({ title, hint, submit, notice, onSubmit, footer, children }: FormProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card auth-card" aria-label={title}>
      <h2>{title}</h2>
      <p className="hint">{hint}</p>
      {notice && <p className="notice" role="status">{notice}</p>}
      {error && <p role="alert" className="alert">{error}</p>}
      <form className="stack-form" onSubmit={send}>
        {children}
        <button type="submit" className="primary" disabled={busy}>{submit}</button>
      </form>
      {footer}
    </section>
  );
}

function Field({ label, value, onChange, type = 'text', autoComplete }: { label: string; value: string; onChange: (value: string) => void; type?: string; autoComplete?: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input type={type} value={value} autoComplete={autoComplete} required onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

export function SetupForm({ onDone }: { onDone: (username: string) => void }) {
  const [username, setUsername] = useState('admin');
  const [displayName, setDisplayName] = useState('Administrator');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const submit = async () => {
    if (password !== repeat) throw new ApiError('INVALID_INPUT', t('auth.passwordMismatch'));
    onDone((await api.call('auth.setup', { username, displayName, password })).username);
  };
  return (
    <AuthCard title={t('auth.setup.title')} hint={t('auth.setup.hint')} submit={t('auth.submitSetup')} onSubmit={submit}>
      <Field label={t('auth.username')} value={username} onChange={setUsername} autoComplete="username" />
      <Field label={t('auth.displayName')} value={displayName} onChange={setDisplayName} />
      <Field label={t('auth.password')} value={password} onChange={setPassword} type="password" autoComplete="new-password" />
      <Field label={t('auth.passwordRepeat')} value={repeat} onChange={setRepeat} type="password" autoComplete="new-password" />
    </AuthCard>
  );
}

export function LoginForm({ notice, onLoggedIn, footer }: { notice: string | null; onLoggedIn: (user: SessionUserInfo) => void; footer?: ReactNode }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  return (
    <AuthCard title={t('auth.login.title')} hint={t('auth.login.hint')} submit={t('auth.submitLogin')} notice={notice} footer={footer}
      onSubmit={async () => onLoggedIn(await api.call('auth.login', { username, password }))}>
      <Field label={t('auth.username')} value={username} onChange={setUsername} autoComplete="username" />
      <Field label={t('auth.password')} value={password} onChange={setPassword} type="password" autoComplete="current-password" />
    </AuthCard>
  );
}

export function ChangePasswordForm({ onChanged, footer }: { onChanged: (user: SessionUserInfo) => void; footer?: ReactNode }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const submit = async () => {
    if (next !== repeat) throw new ApiError('INVALID_INPUT', t('auth.passwordMismatch'));
    onChanged(await api.call('auth.changePassword', { currentPassword: current, newPassword: next }));
  };
  return (
    <AuthCard title={t('auth.change.title')} hint={t('auth.change.hint')} submit={t('auth.change.submit')} onSubmit={submit} footer={footer}>
      <Field label={t('auth.change.current')} value={current} onChange={setCurrent} type="password" autoComplete="current-password" />
      <Field label={t('auth.change.new')} value={next} onChange={setNext} type="password" autoComplete="new-password" />
      <Field label={t('auth.passwordRepeat')} value={repeat} onChange={setRepeat} type="password" autoComplete="new-password" />
    </AuthCard>
  );
}

export function UnlockForm({ user, onUnlocked, footer }: { user: SessionUserInfo; onUnlocked: (user: SessionUserInfo) => void; footer: ReactNode }) {
  const [password, setPassword] = useState('');
  return (
    <AuthCard title={t('auth.lock.title')} hint={t('auth.lock.hint', { name: user.name })} submit={t('auth.lock.submit')} footer={footer}
      onSubmit={async () => onUnlocked(await api.call('auth.unlock', { password }))}>
      <Field label={t('auth.password')} value={password} onChange={setPassword} type="password" autoComplete="current-password" />
    </AuthCard>
  );
}
