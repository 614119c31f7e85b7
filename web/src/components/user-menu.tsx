/**
 * @module web/components/user-menu
 * The header's session corner: the user's name and role with a logout button, or a login link.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useApp } from '../app-context.tsx';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { useErrorText } from './error-message.tsx';

export function UserMenu() {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const { user, logout } = useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (user === undefined) return <div className="user-menu" />;
  if (user === null) {
    if (location.pathname === '/login') return <div className="user-menu" />;
    return (
      <div className="user-menu">
        <Link className="button button-small button-light" to="/login" state={{ from: location }}>
          {t('auth.login')}
        </Link>
      </div>
    );
  }
  const onLogout = () => {
    setBusy(true);
    setError(null);
    logout().then(
      () => {
        setBusy(false);
        navigate('/');
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return (
    <div className="user-menu">
      <span className="user-name">
        {t('auth.signedInAs', {
          name: pick(user.displayName) || user.username,
          role: t(`roles.${user.role}`),
        })}
      </span>
      <button type="button" className="button button-small button-light" disabled={busy} onClick={onLogout}>
        {busy ? t('auth.loggingOut') : t('auth.logout')}
      </button>
      {error ? (
        <span className="user-error" role="alert">
          {errorText(error)}
        </span>
      ) : null}
    </div>
  );
}
