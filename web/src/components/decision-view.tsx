/**
 * @module web/components/decision-view
 * A rule's decision: outcome and amount, every condition checked (✓ met, ✗ not met, ? cannot
 * tell) with its clause, the computation step by step, and the interpretation decisions applied.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, Reason, TraceStep } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { groupYuan } from '../lib/money.ts';
import { OutcomeBadge } from './badges.tsx';
import { CitationView } from './citation-view.tsx';
import { KeyValues } from './key-values.tsx';
import { useValidityText } from './validity-range.tsx';

type Paths = ReadonlyMap<string, string> | undefined;

/** One condition: ✓ passed, ✗ failed or ? undecided, its message and citation (also used by the vehicle check). */
export function ReasonItem({
  reason,
  paths,
  showCode = true,
  compact = true,
}: {
  reason: Pick<Reason, 'code' | 'passed' | 'message'> & { readonly citation?: Reason['citation'] | null };
  paths?: Paths;
  showCode?: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const [mark, word, cls] =
    reason.passed === true
      ? ['✓', t('decision.passed'), 'passed']
      : reason.passed === false
        ? ['✗', t('decision.failed'), 'failed']
        : ['?', t('decision.unknown'), 'unknown'];
  return (
    <li className={`reason reason-${cls}`}>
      <span className="reason-mark" aria-hidden="true">
        {mark}
      </span>
      <div className="reason-body">
        <p>
          <span className="visually-hidden">{t('decision.reasonState', { state: word })}</span>
          {pick(reason.message) || reason.code}
        </p>
        {showCode ? (
          <p className="reason-code">
            <code>{reason.code}</code>
          </p>
        ) : null}
        {reason.citation ? <CitationView citation={reason.citation} paths={paths} compact={compact} /> : null}
      </div>
    </li>
  );
}

function TraceItem({ step, paths }: { step: TraceStep; paths: Paths }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  return (
    <li className="trace-step">
      <p>{pick(step.message) || step.code}</p>
      <details>
        <summary>
          <code>{step.code}</code>
        </summary>
        <dl className="trace-parts">
          <div>
            <dt>{t('decision.inputs')}</dt>
            <dd>
              <KeyValues value={step.inputs} />
            </dd>
          </div>
          <div>
            <dt>{t('decision.parameters')}</dt>
            <dd>
              <KeyValues value={step.parameters} />
            </dd>
          </div>
          <div>
            <dt>{t('decision.result')}</dt>
            <dd>
              <KeyValues value={step.result} />
            </dd>
          </div>
        </dl>
        {step.citation ? <CitationView citation={step.citation} paths={paths} compact /> : null}
      </details>
    </li>
  );
}

function Amount({ amount }: { amount: string | null }) {
  const { t } = useTranslation();
  if (amount === null) return <p className="amount amount-none">{t('decision.amountNone')}</p>;
  return (
    <p className="amount">
      <span className="amount-label">{t('decision.amount')}</span>
      <span className="amount-value">{t('money.yuan', { amount: groupYuan(amount) })}</span>
    </p>
  );
}

export function DecisionView({ decision, paths }: { decision: Decision; paths?: Paths }) {
  const { t } = useTranslation();
  const validityText = useValidityText();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new decision takes the focus, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (!decision) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [decision]);
  return (
    <section className="card decision" aria-labelledby="decision-title">
      <h2 id="decision-title" className="section-title" ref={heading} tabIndex={-1}>
        {t('decision.title')}
      </h2>
      <div className={`decision-head decision-${decision.outcome}`}>
        <div>
          <span className="muted">{t('decision.outcome')}</span> <OutcomeBadge outcome={decision.outcome} />
        </div>
        <Amount amount={decision.amount} />
        <p className="muted small">{t('decision.asOfValue', { date: decision.asOf })}</p>
      </div>
      {decision.outcome === 'not_in_force' && decision.status && decision.validity ? (
        <p className="alert alert-warning">
          {t('decision.notInForce', {
            date: decision.asOf,
            status: t(`status.${decision.status}`),
            validity: validityText(decision.validity),
          })}
        </p>
      ) : null}
      {decision.reasons.length > 0 ? (
        <>
          <h3>{t('decision.reasons')}</h3>
          <ul className="reasons">
            {decision.reasons.map((r, i) => (
              // Reasons have no id and a code may repeat; the list is replaced whole, never reordered.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <ReasonItem key={`${r.code}-${i}`} reason={r} paths={paths} />
            ))}
          </ul>
        </>
      ) : null}
      {decision.trace.length > 0 ? (
        <>
          <h3>{t('decision.trace')}</h3>
          <ol className="trace">
            {decision.trace.map((s, i) => (
              // Steps are ordered and replaced whole with each decision.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <TraceItem key={`${s.code}-${i}`} step={s} paths={paths} />
            ))}
          </ol>
        </>
      ) : null}
      {decision.interpretations.length > 0 ? (
        <>
          <h3>{t('decision.interpretations')}</h3>
          <ul className="tag-list">
            {decision.interpretations.map((id) => (
              <li key={id}>
                <code>{id}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
