/**
 * @module web/pages/policy-page
 * One policy: its particulars, its rules, an outline, and its text clause by clause. A URL
 * fragment (`#<encoded clause path>`, or the citation form) scrolls to and highlights that clause.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api, type ClauseNode, type PolicyDetail } from '../api.ts';
import { AsOfPicker } from '../components/as-of-picker.tsx';
import { StatusBadge } from '../components/badges.tsx';
import { ClauseOutline } from '../components/clause-outline.tsx';
import { ClauseSection } from '../components/clause-section.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { Loading } from '../components/loading.tsx';
import { PolicyMeta } from '../components/policy-meta.tsx';
import { PolicyRules } from '../components/policy-rules.tsx';
import { useAsOf } from '../hooks/use-as-of.ts';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { clauseAnchor, findClause, fragmentText } from '../lib/clauses.ts';

/** Builds the "copy citation" text of a clause of this policy. */
function useCitation(policy: PolicyDetail): (node: ClauseNode) => string {
  const { t } = useTranslation();
  const { lang, pick } = useBilingual();
  return (node) => {
    const url = `${window.location.origin}/policies/${encodeURIComponent(policy.id)}#${clauseAnchor(node.path)}`;
    return t('policy.citation', {
      title: pick(policy.title),
      number: lang === 'en' ? policy.numberEn : policy.number,
      clause: node.clause,
      url,
    });
  };
}

export function PolicyView({
  policy,
  asOf,
  target,
}: {
  policy: PolicyDetail;
  asOf: string;
  target: string | undefined;
}) {
  const { t } = useTranslation();
  const { lang, pick } = useBilingual();
  const { explicit, today, setAsOf } = useAsOf();
  const citation = useCitation(policy);
  return (
    <>
      <title>{`${policy.number} · ${t('app.name')} ${t('app.nameLatin')}`}</title>
      <p className="breadcrumb">
        <Link to={{ pathname: '/', search: explicit ? `?asOf=${asOf}` : '' }}>← {t('policy.back')}</Link>
      </p>
      <header className="page-head policy-head">
        <p className="policy-number" lang="zh-CN">
          {policy.number} <StatusBadge status={policy.status} />
        </p>
        <h1>{pick(policy.title)}</h1>
        {lang === 'en' ? (
          <p className="title-secondary" lang="zh-CN">
            {policy.title.zh}
          </p>
        ) : null}
        <p className="lead">{pick(policy.summary)}</p>
        <AsOfPicker value={asOf} today={today} onChange={setAsOf} />
      </header>
      <div className="policy-layout">
        <aside className="policy-aside">
          <ClauseOutline outline={policy.outline} current={target} />
        </aside>
        <div className="policy-main">
          <PolicyMeta policy={policy} asOf={asOf} />
          <PolicyRules rules={policy.rules} search={explicit ? `?asOf=${asOf}` : ''} />
          <section className="document" aria-labelledby="policy-text-title">
            <h2 id="policy-text-title" className="section-title">
              {t('policy.text')}
            </h2>
            {policy.outline.map((n) => (
              <ClauseSection key={n.path} node={n} depth={1} target={target} citation={citation} />
            ))}
          </section>
        </div>
      </div>
    </>
  );
}

export function PolicyPage() {
  const { id = '' } = useParams();
  const { hash, key } = useLocation();
  const { asOf } = useAsOf();
  const { data, error, loading, reload } = useAsync((signal) => api.policy(id, asOf, signal), [id, asOf]);
  const target = data ? findClause(data.outline, fragmentText(hash))?.path : undefined;

  // Scroll to the clause the fragment names once the text is there, and on every navigation to it
  // (`key` changes even when the same link is followed twice).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the trigger, not an input.
  useEffect(() => {
    if (!target) return;
    const el = document.getElementById(clauseAnchor(target));
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [target, key]);

  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading && !data) return <Loading />;
  if (!data) return null;
  return <PolicyView policy={data} asOf={asOf} target={target} />;
}
