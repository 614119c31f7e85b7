/**
 * @module web/components/error-message
 * Shows an API error in the interface language (`messageZh` in Chinese, `message` in English),
 * with its code, the field it names, a login link for 401 and an optional retry button.
 */
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError, CLIENT_ERROR_CODES } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';

type ClientCode = (typeof CLIENT_ERROR_CODES)[number];

function isClientCode(code: string): code is ClientCode {
  return (CLIENT_ERROR_CODES as readonly string[]).includes(code);
}

/** The wording of an error in the current language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const { lang } = useBilingual();
  return (error) => {
    if (error instanceof ApiError) {
      if (isClientCode(error.code)) return t(`errors.${error.code}`);
      const text = lang === 'en' ? error.message || error.messageZh : error.messageZh || error.message;
      return text || error.code;
    }
    return error instanceof Error ? error.message : String(error);
  };
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const text = useErrorText()(error);
  const apiError = error instanceof ApiError ? error : null;
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{t('common.errorTitle')}</p>
      <p>{text}</p>
      {apiError?.field ? <p className="muted">{t('errors.field', { field: apiError.field })}</p> : null}
      {apiError && !isClientCode(apiError.code) ? <p className="error-code">{apiError.code}</p> : null}
      {apiError?.status === 401 ? (
        <p>
          <Link to="/login" state={{ from: location }}>
            {t('auth.goToLogin')}
          </Link>
        </p>
      ) : null}
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
