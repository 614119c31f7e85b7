/**
 * @module web/pages/rule-page
 * One computable rule (`/rules/<policy-id>/<rule>`): what it implements and where, its validity,
 * the facts form, and the decision the API returns.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Decision, type PolicyDetail, type RuleDetail } from '../api.ts';
import { NoApplicationBadge } from '../components/badges.tsx';
import { CitationView } from '../components/citation-view.tsx';
import { DecisionView } from '../components/decision-view.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { EvaluateForm } from '../components/evaluate-form.tsx';
import { Loading } from '../components/loading.tsx';
import { ValidityRange } from '../components/validity-range.tsx';
import { useAsOf } from '../hooks/use-as-of.ts';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { pathsByClause } from '../lib/clauses.ts';

function RuleMeta({ rule, policy }: { rule: RuleDetail; policy: PolicyDetail | undefined }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  return (
    <dl className="meta-list card">
      <div>
        <dt>{t('rule.ruleId')}</dt>
        <dd>
          <code>{rule.id}</code>
        </dd>
      </div>
      <div>
        <dt>{t('rule.policy')}</dt>
        <dd>
          <Link to={`/policies/${encodeURIComponent(rule.policyId)}`}>
            {policy ? `${policy.number} ${pick(policy.title)}` : rule.policyId}
          </Link>
        </dd>
      </div>
      <div>
        <dt>{t('rule.validity')}</dt>
        <dd>
          <ValidityRange validity={rule.validity} />
        </dd>
      </div>
      <div>
        <dt>{t('rule.noApplication')}</dt>
        <dd>
          {rule.noApplication ? (
            <>
              <NoApplicationBadge /> {t('rule.noApplicationYes')}
            </>
          ) : (
            t('rule.noApplicationNo')
          )}
        </dd>
      </div>
      {rule.department ? (
        <div>
          <dt>{t('rule.department')}</dt>
          <dd>{rule.departmentName ? pick(rule.departmentName) : rule.department}</dd>
        </div>
      ) : null}
    </dl>
  );
}

export function RuleView({ rule, policy }: { rule: RuleDetail; policy: PolicyDetail | undefined }) {
  const { t } = useTranslation();
  const { pick, lang } = useBilingual();
  const { asOf, explicit, today } = useAsOf();
  const [decision, setDecision] = useState<Decision | null>(null);
  const paths = useMemo(() => (policy ? pathsByClause(policy.outline) : undefined), [policy]);
  return (
    <>
      <title>{`${pick(rule.title)} · ${t('app.name')} ${t('app.nameLatin')}`}</title>
      <header className="page-head">
        <h1>{pick(rule.title)}</h1>
        {lang === 'en' ? (
          <p className="title-secondary" lang="zh-CN">
            {rule.title.zh}
          </p>
        ) : null}
      </header>
      <div className="rule-layout">
        <div className="rule-info">
          <RuleMeta rule={rule} policy={policy} />
          <section className="card" aria-labelledby="citations-title">
            <h2 id="citations-title" className="section-title">
              {t('rule.citations')}
            </h2>
            {rule.citations.map((c) => (
              <CitationView key={`${c.policyId}|${c.clause}|${c.quote}`} citation={c} paths={paths} />
            ))}
          </section>
        </div>
        <div className="rule-work">
          <EvaluateForm
            rule={rule}
            initialAsOf={explicit ? asOf : undefined}
            today={today}
            onDecision={setDecision}
          />
          {decision ? <DecisionView decision={decision} paths={paths} /> : null}
        </div>
      </div>
    </>
  );
}

export function RulePage() {
  const ruleId = useParams()['*'] ?? '';
  const policyId = ruleId.split('/')[0] ?? '';
  const rule = useAsync((signal) => api.rule(ruleId, signal), [ruleId]);
  // The policy gives the rule's document title and maps citations to clause anchors.
  const policy = useAsync((signal) => api.policy(policyId, undefined, signal), [policyId]);
  if (rule.error) return <ErrorMessage error={rule.error} onRetry={rule.reload} />;
  if (!rule.data || (rule.loading && rule.data.id !== ruleId)) return <Loading />;
  return <RuleView key={rule.data.id} rule={rule.data} policy={policy.data} />;
}
