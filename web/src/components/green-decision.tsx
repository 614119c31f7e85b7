/**
 * @module web/components/green-decision
 * A decision of a 31号 item as the green pages show it, quieter than the rule page's decision
 * view (which takes the focus): every condition checked (✓ ✗ ?) with its clause, and the
 * computation step by step, folded; and, for an application, the outcome and amount above them.
 */
import { useTranslation } from 'react-i18next';
import type { Decision } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { OutcomeBadge } from './badges.tsx';
import { CitationView } from './citation-view.tsx';
import { ReasonItem } from './decision-view.tsx';
import { Money } from './green-money.tsx';

/** The conditions (open by default) and the computation steps (folded). */
export function DecisionReasons({ decision, open = true }: { decision: Decision; open?: boolean }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const passed = decision.reasons.filter((r) => r.passed === true).length;
  return (
    <>
      {decision.reasons.length > 0 ? (
        <details className="green-reasons" open={open}>
          <summary>{t('green.calc.reasons', { passed, total: decision.reasons.length })}</summary>
          <ul className="reasons">
            {decision.reasons.map((r, i) => (
              // Reasons have no id; the list is replaced whole with each decision.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <ReasonItem key={`${r.code}-${i}`} reason={r} showCode={false} />
            ))}
          </ul>
        </details>
      ) : null}
      {decision.trace.length > 0 ? (
        <details className="green-trace">
          <summary>{t('green.calc.trace')}</summary>
          <ol className="trace">
            {decision.trace.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: ordered steps, replaced whole
              <li key={`${s.code}-${i}`} className="trace-step">
                <p>{pick(s.message) || s.code}</p>
                {s.citation ? <CitationView citation={s.citation} compact /> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </>
  );
}

/** An application's latest decision: outcome, amount, conditions, computation. */
export function GreenDecisionCard({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  return (
    <section className="card green-decision" aria-labelledby="green-decision-title">
      <h3 id="green-decision-title" className="section-title">
        {t('decision.title')}
      </h3>
      <div className={`decision-head decision-${decision.outcome}`}>
        <div>
          <span className="muted">{t('decision.outcome')}</span> <OutcomeBadge outcome={decision.outcome} />
        </div>
        <p className="amount">
          <span className="amount-label">{t('decision.amount')}</span>
          {decision.amount !== null ? (
            <Money amount={decision.amount} className="amount-value" />
          ) : (
            t('decision.amountNone')
          )}
        </p>
        <p className="muted small">{t('decision.asOfValue', { date: decision.asOf })}</p>
      </div>
      <DecisionReasons decision={decision} />
    </section>
  );
}
