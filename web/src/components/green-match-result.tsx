/**
 * @module web/components/green-match-result
 * The calculator's answer: the total the enterprise may receive, the non-duplication principle
 * it was reached by (第二章 二（三）, quoted), then per project the winner and every item's
 * decision, and the items not asked about.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type RuleSummary, rulePath } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import type { MatchResult, ProjectMatch } from '../lib/green-types.ts';
import { itemOf } from '../lib/green-types.ts';
import { NoApplicationBadge } from './badges.tsx';
import { CitationView } from './citation-view.tsx';
import { MatchEntryView, useEntryTitle } from './green-match-entry.tsx';
import { Money } from './green-money.tsx';

function ProjectResult({
  project,
  departmentName,
}: {
  project: ProjectMatch;
  departmentName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const entryTitle = useEntryTitle();
  const winner = project.entries.find((e) => e.ruleId === project.winner);
  const headingId = `green-project-${project.id}`.replace(/[^\w-]/g, '_');
  return (
    <section className="card green-project-result" data-project={project.id} aria-labelledby={headingId}>
      <h3 id={headingId} className="section-title">
        {t('green.calc.projectResult', { id: project.id })}
        {project.name ? ` · ${project.name}` : ''}
      </h3>
      <div className="green-project-summary">
        {winner ? (
          <p>
            {t('green.calc.winner', { title: entryTitle(winner) })}{' '}
            <Money amount={project.amount} className="green-project-amount" />
          </p>
        ) : project.winner ? (
          <p>{t('green.calc.winnerOther', { policy: project.winner })}</p>
        ) : (
          <p>{t('green.calc.noWinner')}</p>
        )}
      </div>
      {project.entries.map((e) => (
        <MatchEntryView key={e.ruleId} entry={e} project={project} departmentName={departmentName} />
      ))}
    </section>
  );
}

export function GreenMatchResult({
  result,
  items,
  departmentName,
}: {
  result: MatchResult;
  items: readonly RuleSummary[];
  departmentName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new result takes the focus, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (!result) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [result]);
  return (
    <div className="green-result">
      <section className="card green-total-card" aria-labelledby="green-result-title">
        <h2 id="green-result-title" className="section-title" ref={heading} tabIndex={-1}>
          {t('green.calc.result')}
        </h2>
        <p className="green-total">
          <span className="amount-label">{t('green.calc.total')}</span>
          <Money amount={result.total} className="green-total-value" />
        </p>
        <p className="muted small">{t('green.calc.asOfValue', { date: result.asOf })}</p>
        <p className="small">{t('green.calc.principle')}</p>
        <CitationView citation={result.citation} />
      </section>
      {result.projects.map((p) => (
        <ProjectResult key={p.id} project={p} departmentName={departmentName} />
      ))}
      {result.notConsidered.length > 0 ? (
        <details className="card green-not-considered">
          <summary>{t('green.calc.notConsidered', { count: result.notConsidered.length })}</summary>
          <p className="muted small">{t('green.calc.notConsideredHint')}</p>
          <ul className="plain-list green-item-list">
            {result.notConsidered.map((n) => {
              const s = items.find((r) => itemOf(r.id) === n.item);
              return (
                <li key={n.ruleId}>
                  <Link to={`/rules/${rulePath(n.ruleId)}`}>
                    {t('green.calc.itemHeading', { n: n.item, title: pick(n.title) })}
                  </Link>
                  {s?.noApplication ? (
                    <>
                      {' '}
                      <NoApplicationBadge />
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
