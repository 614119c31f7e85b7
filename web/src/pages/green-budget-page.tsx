/**
 * @module web/pages/green-budget-page
 * `/green/budget`, for officials: what the fund has committed (applications under way, runs
 * awaiting approval), approved, paid and clawed back, by year, bureau and item, with totals; a
 * bar chart per bureau or per item; and the Excel export. Year and grouping live in the URL
 * (`?year=2024&by=item`).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, api, type Bilingual } from '../api.ts';
import { useApp } from '../app-context.tsx';
import { ErrorMessage, useErrorText } from '../components/error-message.tsx';
import { GreenBudgetChart } from '../components/green-budget-chart.tsx';
import { Money } from '../components/green-money.tsx';
import { GreenHead, greenAccess } from '../components/green-subnav.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { budgetXlsxUrl, greenApi } from '../lib/green-api.ts';
import { type BudgetGrouping, budgetYears, groupBudget } from '../lib/green-budget.ts';
import type { Budget } from '../lib/green-types.ts';

function BudgetTable({
  budget,
  departmentName,
}: {
  budget: Budget;
  departmentName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  if (budget.lines.length === 0) return <p className="empty">{t('green.budget.empty')}</p>;
  return (
    <div className="air-table-wrap">
      <table className="air-table green-table green-budget-table">
        <thead>
          <tr>
            <th scope="col">{t('green.budget.year')}</th>
            <th scope="col">{t('green.budget.department')}</th>
            <th scope="col">{t('green.budget.item')}</th>
            <th scope="col">{t('green.budget.committed')}</th>
            <th scope="col">{t('green.budget.approved')}</th>
            <th scope="col">{t('green.budget.paid')}</th>
            <th scope="col">{t('green.budget.clawedBack')}</th>
            <th scope="col">{t('green.budget.count')}</th>
          </tr>
        </thead>
        <tbody>
          {budget.lines.map((l) => (
            <tr key={`${l.year}-${l.department}-${l.ruleId}`}>
              <td className="num">{l.year}</td>
              <td>{departmentName(l.department)}</td>
              <th scope="row">{t('green.calc.itemHeading', { n: l.item, title: pick(l.title) })}</th>
              <td className="num">
                <Money amount={l.committed} />
              </td>
              <td className="num">
                <Money amount={l.approved} />
              </td>
              <td className="num">
                <Money amount={l.paid} />
              </td>
              <td className="num">
                <Money amount={l.clawedBack} />
              </td>
              <td className="num">{l.count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="green-total-row">
            <th scope="row" colSpan={3}>
              {t('green.budget.total')}
            </th>
            <td className="num">
              <Money amount={budget.totals.committed} />
            </td>
            <td className="num">
              <Money amount={budget.totals.approved} />
            </td>
            <td className="num">
              <Money amount={budget.totals.paid} />
            </td>
            <td className="num">
              <Money amount={budget.totals.clawedBack} />
            </td>
            <td className="num">{budget.totals.count}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function GreenBudgetPage() {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const { user, today } = useApp();
  const errorText = useErrorText();
  const access = greenAccess(user);
  const [params, setParams] = useSearchParams();
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam > 1900 ? yearParam : null;
  const by: BudgetGrouping = params.get('by') === 'item' ? 'item' : 'department';
  const all = useAsync((signal) => greenApi.budget(null, signal), [user?.id]);
  const chosen = useAsync(
    (signal) => (year === null ? Promise.resolve(null) : greenApi.budget(year, signal)),
    [year, user?.id],
  );
  const budget = year === null ? all.data : (chosen.data ?? undefined);
  const error = all.error ?? chosen.error;
  const depts = useAsync((signal) => api.departments(signal), []);
  const departments = useMemo(
    () => new Map<string, Bilingual>((depts.data?.departments ?? []).map((d) => [d.code, d.name])),
    [depts.data],
  );
  const departmentName = (code: string) => pick(departments.get(code)) || code;
  const years = budgetYears(all.data?.lines ?? [], Number(today.slice(0, 4)), year);
  const groups = useMemo(() => groupBudget(budget?.lines ?? [], by), [budget, by]);
  const titles = new Map((budget?.lines ?? []).map((l) => [l.ruleId, l.title] as const));
  const set = (name: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  const head = <GreenHead title={t('green.budget.title')} lead={t('green.budget.lead')} />;
  if (user === undefined)
    return (
      <div className="green-page">
        {head}
        <Loading />
      </div>
    );
  if (!access.budget || (error instanceof ApiError && (error.status === 403 || error.status === 401))) {
    return (
      <div className="green-page">
        {head}
        <div className="alert alert-warning" role="alert">
          <p className="alert-title">{t('green.noAccess')}</p>
          {error ? <p>{errorText(error)}</p> : null}
        </div>
      </div>
    );
  }
  return (
    <div className="green-page green-budget">
      {head}
      <div className="card green-budget-tools">
        <label>
          {t('green.budget.yearFilter')}
          <select
            name="year"
            value={year === null ? '' : String(year)}
            onChange={(e) => set('year', e.target.value)}
          >
            <option value="">{t('green.budget.allYears')}</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('green.budget.groupBy')}
          <select name="by" value={by} onChange={(e) => set('by', e.target.value === 'item' ? 'item' : null)}>
            <option value="department">{t('green.budget.byDepartment')}</option>
            <option value="item">{t('green.budget.byItem')}</option>
          </select>
        </label>
        <a className="button button-secondary" href={budgetXlsxUrl(year)} download>
          {t('green.budget.export')}
        </a>
      </div>
      {error ? <ErrorMessage error={error} onRetry={year === null ? all.reload : chosen.reload} /> : null}
      {budget ? (
        <>
          <section className="card" aria-labelledby="green-budget-totals">
            <h2 id="green-budget-totals" className="section-title">
              {year === null ? t('green.budget.totalsAll') : t('green.budget.totalsYear', { year })}
            </h2>
            <dl className="green-budget-totals">
              {(['committed', 'approved', 'paid', 'clawedBack'] as const).map((k) => (
                <div key={k}>
                  <dt>{t(`green.budget.${k}`)}</dt>
                  <dd>
                    <Money amount={budget.totals[k]} />
                  </dd>
                </div>
              ))}
            </dl>
            {groups.length > 0 ? (
              <GreenBudgetChart
                groups={groups}
                label={(g) =>
                  by === 'department'
                    ? departmentName(g.key)
                    : t('green.calc.itemHeading', { n: g.item ?? 0, title: pick(titles.get(g.key)) })
                }
              />
            ) : null}
          </section>
          <section className="card" aria-labelledby="green-budget-lines">
            <h2 id="green-budget-lines" className="section-title">
              {t('green.budget.lines')}
            </h2>
            <BudgetTable budget={budget} departmentName={departmentName} />
          </section>
        </>
      ) : error ? null : (
        <Loading />
      )}
    </div>
  );
}
