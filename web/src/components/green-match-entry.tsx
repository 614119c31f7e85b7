/**
 * @module web/components/green-match-entry
 * One item of a project as the calculator decided it (a 31号 item, or a 32号 article or 1309号 六
 * award): its place after 从高从优不重复 (and, when
 * superseded, which item or policy won), its outcome and amount in 元 and 万元, what is still
 * missing to qualify (the conditions not met or undecided, each with its clause quoted), every
 * condition checked, and the computation step by step.
 */
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { policyNumberOf } from '../lib/green-candidates.ts';
import type { MatchEntry, ProjectMatch } from '../lib/green-types.ts';
import { NoApplicationBadge, OutcomeBadge } from './badges.tsx';
import { ReasonItem } from './decision-view.tsx';
import { MatchStatusBadge } from './green-badges.tsx';
import { DecisionReasons } from './green-decision.tsx';
import { Money } from './green-money.tsx';
import { useValidityText } from './validity-range.tsx';

/** "第1项 …" for a 31号 item, "京技管发〔2023〕32号 第一条 …" for another policy's award. */
export function useEntryTitle(): (entry: MatchEntry) => string {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  return (e) =>
    e.item > 0
      ? t('green.calc.itemHeading', { n: e.item, title: pick(e.title) })
      : t('hb.calc.otherHeading', {
          number: policyNumberOf(e.ruleId),
          clause: e.decision.citations[0]?.clause ?? '',
          title: pick(e.title),
        });
}

/** The title of a rule id among a project's entries, else the id. */
function useEntryName(project: ProjectMatch): (ruleId: string) => string {
  const title = useEntryTitle();
  return (ruleId) => {
    const e = project.entries.find((x) => x.ruleId === ruleId);
    return e ? title(e) : ruleId;
  };
}

export function MatchEntryView({
  entry,
  project,
  departmentName,
}: {
  entry: MatchEntry;
  project: ProjectMatch;
  departmentName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const validityText = useValidityText();
  const name = useEntryName(project);
  const title = useEntryTitle();
  const d = entry.decision;
  const missing = d.reasons.filter((r) => r.passed !== true);
  const headingId = `green-entry-${project.id}-${entry.ruleId}`.replace(/[^\w-]/g, '_');
  const awarded = entry.status === 'winner' || entry.status === 'superseded';
  const other =
    entry.supersededBy !== undefined && !project.entries.some((e) => e.ruleId === entry.supersededBy);
  return (
    <article
      className={`green-entry green-entry-${entry.status}`}
      data-item={entry.item > 0 ? entry.item : entry.ruleId}
      aria-labelledby={headingId}
    >
      <header className="green-entry-head">
        <h4 id={headingId}>{title(entry)}</h4>
        <div className="green-entry-badges">
          <MatchStatusBadge status={entry.status} />
          <OutcomeBadge outcome={d.outcome} />
          {entry.noApplication ? <NoApplicationBadge /> : null}
        </div>
        <p className="green-entry-amount">
          {d.amount !== null ? (
            <Money amount={d.amount} />
          ) : (
            <span className="muted">{t('decision.amountNone')}</span>
          )}
        </p>
        {entry.department ? (
          <p className="muted small green-entry-dept">
            {t('green.calc.department', { name: departmentName(entry.department) })}
          </p>
        ) : null}
      </header>
      {entry.status === 'winner' ? (
        <p className="green-note green-note-winner">{t('green.calc.winnerNote')}</p>
      ) : null}
      {entry.status === 'superseded' && entry.supersededBy !== undefined ? (
        <p className="green-note green-note-superseded">
          {other
            ? t('green.calc.supersededByOther', { policy: entry.supersededBy })
            : t('green.calc.supersededBy', { title: name(entry.supersededBy) })}
        </p>
      ) : null}
      {entry.status === 'pending' ? (
        <p className="green-note green-note-pending">{t('green.calc.pendingNote')}</p>
      ) : null}
      {entry.noApplication && awarded ? (
        <p className="muted small">{t('green.calc.noApplicationNote')}</p>
      ) : null}
      {d.outcome === 'not_in_force' && d.status && d.validity ? (
        <p className="alert alert-warning">
          {t('decision.notInForce', {
            date: d.asOf,
            status: t(`status.${d.status}`),
            validity: validityText(d.validity),
          })}
        </p>
      ) : null}
      {!awarded && missing.length > 0 ? (
        <div className="green-missing">
          <h5>{t('green.calc.missing')}</h5>
          <ul className="reasons">
            {missing.map((r, i) => (
              // Reasons have no id; the list is replaced whole with each result.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <ReasonItem key={`${r.code}-${i}`} reason={r} showCode={false} compact={false} />
            ))}
          </ul>
        </div>
      ) : null}
      <DecisionReasons decision={d} />
    </article>
  );
}
