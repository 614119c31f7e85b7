/**
 * @module web/pages/not-found-page
 * Any path the router does not know.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <title>{`${t('notFound.title')} · ${t('app.name')} ${t('app.nameLatin')}`}</title>
      <p className="not-found-code" aria-hidden="true">
        404
      </p>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link className="button button-primary" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
