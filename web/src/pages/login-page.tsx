/**
 * @module web/pages/login-page
 * Username and password → POST /api/v1/auth/login; the API's error is shown in the interface
 * language. On success, back to where the user came from.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Location, useLocation, useNavigate } from 'react-router';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from '../components/error-message.tsx';

/** Where to go after login: the page that sent the user here, never back to /login. */
function returnTo(state: unknown): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || from.pathname === '/login') return '/';
  return `${from.pathname}${from.search}${from.hash}`;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const ids = { user: useId(), password: useId() };
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    login(username.trim(), password).then(
      () => navigate(returnTo(location.state), { replace: true }),
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };

  return (
    <div className="login">
      <title>{`${t('auth.loginTitle')} · ${t('app.name')} ${t('app.nameLatin')}`}</title>
      <form className="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t('auth.loginTitle')}</h1>
        <p className="muted">{t('auth.loginIntro')}</p>
        <div className="field">
          <label htmlFor={ids.user}>{t('auth.username')}</label>
          <input
            id={ids.user}
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>{t('auth.password')}</label>
          <input
            id={ids.password}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? t('auth.submitting') : t('auth.submit')}
        </button>
      </form>
    </div>
  );
}
