/**
 * @module web/components/work-relief-findings
 * The checks' findings (1336号 五(一)): each a rule that was not met (红) or needs an officer (黄),
 * naming the project and what was checked (a worker shown by name and masked ID, a month, a
 * payment), the reasons in the interface language, and the clause it rests on, quoted.
 */
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import type { WrFinding } from '../lib/work-relief-types.ts';

export function WrFindings({ findings }: { findings: readonly WrFinding[] }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  if (findings.length === 0) return <p className="empty">{t('workRelief.checks.none')}</p>;
  return (
    <ul className="plain-list wr-findings">
      {findings.map((f) => (
        <li
          key={`${f.ruleId}-${f.projectId}-${f.subject.kind}-${f.subject.id}-${f.subject.period ?? ''}`}
          className="card"
          data-rule={f.ruleId}
        >
          <p>
            <span className={`badge badge-outcome-${f.outcome}`}>
              {t(`workRelief.outcomes.${f.outcome}`)}
            </span>{' '}
            <strong>{pick(f.title)}</strong>
          </p>
          <p className="muted small">
            {f.projectCode} · {f.subject.label}
            {f.subject.period ? ` · ${f.subject.period}` : ''}
          </p>
          <ul>
            {f.reasons.map((r) => (
              <li key={r.zh}>{pick(r)}</li>
            ))}
          </ul>
          <details>
            <summary>{t('workRelief.checks.clause')}</summary>
            {f.citations.map((c) => (
              <blockquote key={`${c.clause}-${c.quote}`} lang="zh-CN">
                {t('workRelief.checks.quote', { clause: c.clause, quote: c.quote })}
              </blockquote>
            ))}
          </details>
        </li>
      ))}
    </ul>
  );
}
