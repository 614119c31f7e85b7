/**
 * @module web/pages/policy-library-page
 * The home page: the seven policies with their status on the as-of date. Typing filters the
 * cards at once; submitting asks the server (`?q=`), which may also match the documents' text.
 * Query, filters and date live in the URL so a view can be shared.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../api.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { ExportLink } from '../components/export-link.tsx';
import { Loading } from '../components/loading.tsx';
import { PolicyCard } from '../components/policy-card.tsx';
import { PolicyFilters } from '../components/policy-filters.tsx';
import { useAsOf } from '../hooks/use-as-of.ts';
import { useAsync } from '../hooks/use-async.ts';
import { filterPolicies, parseIssuer, parseStatus } from '../lib/policy-filter.ts';

export function PolicyLibraryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { asOf, explicit, today, setAsOf } = useAsOf();
  const q = params.get('q') ?? '';
  const status = parseStatus(params.get('status'));
  const issuer = parseIssuer(params.get('issuer'));
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const { data, error, loading, reload } = useAsync((signal) => api.policies({ asOf, q }, signal), [asOf, q]);

  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  // The server already matched `q` (perhaps in the body text); filter locally only once edited.
  const localText = text.trim() === q ? '' : text;
  const shown = data ? filterPolicies(data.policies, { text: localText, status, issuer }) : [];
  const linkSearch = explicit ? `?asOf=${asOf}` : '';

  return (
    <>
      <title>{`${t('library.title')} · ${t('app.name')} ${t('app.nameLatin')}`}</title>
      <div className="page-head">
        <h1>{t('library.title')}</h1>
        <p className="lead">{t('library.intro')}</p>
      </div>
      <PolicyFilters
        text={text}
        onText={setText}
        onSearch={(s) => {
          setText(s);
          setParam('q', s || null);
        }}
        status={status}
        onStatus={(s) => setParam('status', s)}
        issuer={issuer}
        onIssuer={(i) => setParam('issuer', i)}
        asOf={asOf}
        today={today}
        onAsOf={setAsOf}
      />
      {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading /> : null}
      {data ? (
        <section aria-busy={loading} className="results">
          <p className="results-count" aria-live="polite">
            {q ? <span>{t('library.serverResults', { q })} · </span> : null}
            {t('library.count', { count: shown.length })}
          </p>
          <ExportLink path="/policies/export.xlsx" filters={{ asOf, q, status }} />
          {shown.length === 0 ? (
            <p className="empty">{t('library.noResults')}</p>
          ) : (
            <div className="card-grid">
              {shown.map((p) => (
                <PolicyCard key={p.id} policy={p} search={linkSearch} />
              ))}
            </div>
          )}
        </section>
      ) : null}
    </>
  );
}
