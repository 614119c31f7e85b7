/**
 * @module web/components/heating-rule-check
 * A compliance check run on a design or a project in the browser: the rule's clauses quoted, its
 * facts form (with its worked examples) and the decision with every reason — used for the heating
 * design check (1309号 一(三), 三, 五(二)) and the green-building requirement (30号 四).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Decision } from '../api.ts';
import { useAsOf } from '../hooks/use-as-of.ts';
import { useAsync } from '../hooks/use-async.ts';
import { pathsByClause } from '../lib/clauses.ts';
import { CitationView } from './citation-view.tsx';
import { DecisionView } from './decision-view.tsx';
import { ErrorMessage } from './error-message.tsx';
import { EvaluateForm } from './evaluate-form.tsx';
import { Loading } from './loading.tsx';

export function HbRuleCheck({ ruleId }: { ruleId: string }) {
  const { t } = useTranslation();
  const { asOf, explicit, today } = useAsOf();
  const policyId = ruleId.split('/')[0] ?? '';
  const rule = useAsync((signal) => api.rule(ruleId, signal), [ruleId]);
  const policy = useAsync((signal) => api.policy(policyId, undefined, signal), [policyId]);
  const paths = useMemo(() => (policy.data ? pathsByClause(policy.data.outline) : undefined), [policy.data]);
  const [decision, setDecision] = useState<Decision | null>(null);
  if (rule.error) return <ErrorMessage error={rule.error} onRetry={rule.reload} />;
  if (!rule.data) return <Loading />;
  return (
    <div className="rule-layout hb-check">
      <div className="rule-info">
        <section className="card" aria-labelledby="hb-citations">
          <h2 id="hb-citations" className="section-title">
            {t('rule.citations')}
          </h2>
          {rule.data.citations.map((c) => (
            <CitationView key={`${c.clause}|${c.quote}`} citation={c} paths={paths} />
          ))}
        </section>
      </div>
      <div className="rule-work">
        <EvaluateForm
          rule={rule.data}
          initialAsOf={explicit ? asOf : undefined}
          today={today}
          onDecision={setDecision}
        />
        {decision ? <DecisionView decision={decision} paths={paths} /> : null}
      </div>
    </div>
  );
}
