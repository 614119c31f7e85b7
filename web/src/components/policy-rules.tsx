/**
 * @module web/components/policy-rules
 * The computable rules of one policy, each linking to its calculator.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type PolicyRuleRef, rulePath } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { NoApplicationBadge } from './badges.tsx';
import { ValidityRange } from './validity-range.tsx';

export function PolicyRules({ rules, search }: { rules: readonly PolicyRuleRef[]; search: string }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  return (
    <section className="card policy-rules" aria-labelledby="policy-rules-title">
      <h2 id="policy-rules-title" className="section-title">
        {t('policy.rules')}
      </h2>
      {rules.length === 0 ? (
        <p className="empty">{t('policy.rulesEmpty')}</p>
      ) : (
        <ul className="rule-list">
          {rules.map((r) => (
            <li key={r.id}>
              <Link to={{ pathname: `/rules/${rulePath(r.id)}`, search }}>{pick(r.title)}</Link>
              <span className="rule-list-meta">
                <code>{r.id}</code>
                <ValidityRange validity={r.validity} />
                {r.noApplication ? <NoApplicationBadge /> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
