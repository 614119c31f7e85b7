/**
 * @module web/components/policy-meta
 * A policy's particulars: number, titles in both languages, issuers, dates, validity and its
 * note, what it repeals, and its status on the as-of date.
 */
import { useTranslation } from 'react-i18next';
import type { PolicyDetail } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { StatusBadge } from './badges.tsx';
import { ValidityRange } from './validity-range.tsx';

export function PolicyMeta({ policy, asOf }: { policy: PolicyDetail; asOf: string }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  return (
    <section className="card policy-meta" aria-labelledby="policy-meta-title">
      <h2 id="policy-meta-title" className="section-title">
        {t('policy.metadata')}
      </h2>
      <dl className="meta-list">
        <div>
          <dt>{t('policy.statusAsOf', { date: asOf })}</dt>
          <dd>
            <StatusBadge status={policy.status} />
          </dd>
        </div>
        <div>
          <dt>{t('policy.number')}</dt>
          <dd lang="zh-CN">{policy.number}</dd>
        </div>
        <div>
          <dt>{t('policy.numberEn')}</dt>
          <dd lang="en">{policy.numberEn}</dd>
        </div>
        <div>
          <dt>{t('policy.titleZh')}</dt>
          <dd lang="zh-CN">{policy.title.zh}</dd>
        </div>
        <div>
          <dt>{t('policy.titleEn')}</dt>
          <dd lang="en">{policy.title.en}</dd>
        </div>
        {policy.measureTitle ? (
          <div>
            <dt>{t('policy.measureTitle')}</dt>
            <dd>
              <span lang="zh-CN">{policy.measureTitle.zh}</span>
              {policy.measureTitle.en ? (
                <span className="title-secondary" lang="en">
                  {policy.measureTitle.en}
                </span>
              ) : null}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('policy.issuers')}</dt>
          <dd>{policy.issuers.map(pick).join(t('common.listSeparator'))}</dd>
        </div>
        <div>
          <dt>{t('policy.signedOn')}</dt>
          <dd>{policy.signedOn}</dd>
        </div>
        <div>
          <dt>{t('policy.gazettePage')}</dt>
          <dd>{t('policy.gazettePageValue', { page: policy.gazettePage })}</dd>
        </div>
        <div>
          <dt>{t('policy.validity')}</dt>
          <dd>
            <ValidityRange validity={policy.validity} />
          </dd>
        </div>
        {pick(policy.validityNote) ? (
          <div>
            <dt>{t('policy.validityNote')}</dt>
            <dd>{pick(policy.validityNote)}</dd>
          </div>
        ) : null}
        {policy.repealedOn ? (
          <div>
            <dt>{t('policy.repealedOn')}</dt>
            <dd>{policy.repealedOn}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('policy.repeals')}</dt>
          <dd>
            {policy.repeals.length === 0 ? (
              t('common.none')
            ) : (
              <ul className="plain-list" lang="zh-CN">
                {policy.repeals.map((r) => (
                  <li key={r.number}>{r.title ? `《${r.title}》（${r.number}）` : r.number}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
