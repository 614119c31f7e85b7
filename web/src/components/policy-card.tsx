/**
 * @module web/components/policy-card
 * One policy in the library: number, title, issuers, dates, validity, status and rule count.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PolicySummary } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { StatusBadge } from './badges.tsx';
import { ValidityRange } from './validity-range.tsx';

export function PolicyCard({ policy, search }: { policy: PolicySummary; search: string }) {
  const { t } = useTranslation();
  const { lang, pick } = useBilingual();
  const issuers = policy.issuers.map(pick).join(t('common.listSeparator'));
  const headingId = `policy-${policy.id}`;
  return (
    <article className="card policy-card" aria-labelledby={headingId}>
      <div className="card-top">
        <span className="policy-number" lang="zh-CN">
          {policy.number}
        </span>
        <StatusBadge status={policy.status} />
      </div>
      <h2 id={headingId} className="card-title">
        <Link to={{ pathname: `/policies/${encodeURIComponent(policy.id)}`, search }}>
          {pick(policy.title)}
        </Link>
      </h2>
      {lang === 'en' ? (
        <p className="title-secondary" lang="zh-CN">
          {policy.title.zh}
        </p>
      ) : null}
      <p className="card-summary">{pick(policy.summary)}</p>
      <dl className="meta-grid">
        <div>
          <dt>{t('library.issuers')}</dt>
          <dd>{issuers}</dd>
        </div>
        <div>
          <dt>{t('library.signedOn')}</dt>
          <dd>{policy.signedOn}</dd>
        </div>
        <div>
          <dt>{t('library.validity')}</dt>
          <dd>
            <ValidityRange validity={policy.validity} />
          </dd>
        </div>
      </dl>
      <div className="card-bottom">
        <span className="rule-count">{t('library.ruleCount', { count: policy.ruleCount })}</span>
        <Link
          className="card-more"
          to={{ pathname: `/policies/${encodeURIComponent(policy.id)}`, search }}
          aria-describedby={headingId}
        >
          {t('library.open')}
        </Link>
      </div>
    </article>
  );
}
