/**
 * @module web/components/green-notices
 * The enterprise's notices from the fund (approval, payment, requests for material, clawback,
 * grants without application), newest first.
 */
import { useTranslation } from 'react-i18next';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { formatShanghai } from '../lib/air-time.ts';
import { greenApi } from '../lib/green-api.ts';
import { ErrorMessage } from './error-message.tsx';
import { Loading } from './loading.tsx';

export function GreenNotices({ version }: { version: number }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const notices = useAsync((signal) => greenApi.notices(signal), [version]);
  return (
    <section className="card green-notices" aria-labelledby="green-notices-title">
      <h2 id="green-notices-title" className="section-title">
        {t('green.notices.title')}
      </h2>
      {notices.error ? <ErrorMessage error={notices.error} onRetry={notices.reload} /> : null}
      {notices.data ? (
        notices.data.notices.length === 0 ? (
          <p className="empty">{t('green.notices.empty')}</p>
        ) : (
          <ul className="plain-list green-notice-list">
            {notices.data.notices.map((n) => (
              <li key={n.id}>
                <p>
                  <strong>{pick(n.title)}</strong>{' '}
                  <span className="muted small">{formatShanghai(n.createdAt)}</span>
                </p>
                <p>{pick(n.body)}</p>
              </li>
            ))}
          </ul>
        )
      ) : notices.error ? null : (
        <Loading />
      )}
    </section>
  );
}
