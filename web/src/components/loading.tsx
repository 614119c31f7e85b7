/**
 * @module web/components/loading
 * The "loading" line shown while a page waits for the API.
 */
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
