/**
 * @module web/pages/work-relief-review-page
 * `/work-relief/review?year=&district=`: the annual review (1336号 五(二) 年度总结评估) — by district
 * and by project: workers, person-days, wages paid and their share of the investment, arrears,
 * training, the priority groups' share, maintenance jobs kept for the project's workers, the
 * findings; a chart of budget, paid and arrears; the checks' findings; the Excel export. A district
 * sees its own; the municipal bureaus all.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { Money } from '../components/green-money.tsx';
import { Loading } from '../components/loading.tsx';
import { WrChart } from '../components/work-relief-chart.tsx';
import { WrFindings } from '../components/work-relief-findings.tsx';
import { WrGate, WrHead, wrAccess, wrRefused } from '../components/work-relief-subnav.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { wrApi, wrLinks } from '../lib/work-relief-api.ts';
import type { WrFigures } from '../lib/work-relief-types.ts';

const COLUMNS = [
  'workers',
  'personDays',
  'wagesPaid',
  'investmentShare',
  'budgetShare',
  'arrears',
  'priorityShare',
  'ruralShare',
  'trainedWorkers',
  'maintenanceFromProject',
  'findings',
  'reviews',
] as const;
const MONEY: readonly string[] = ['wagesPaid', 'arrears'];

function FigureCells({ f }: { f: WrFigures }) {
  return (
    <>
      {COLUMNS.map((c) => (
        <td key={c} className="num">
          {MONEY.includes(c) ? (
            <Money amount={f[c] as string} />
          ) : c === 'maintenanceFromProject' ? (
            `${f.maintenanceFromProject}/${f.maintenanceJobs}`
          ) : (
            String(f[c])
          )}
        </td>
      ))}
    </>
  );
}

function Head({ first }: { first: string }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {COLUMNS.map((c) => (
          <th key={c} scope="col">
            {t(`workRelief.review.${c}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function WorkReliefReviewPage() {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const { user, today } = useApp();
  const [params, setParams] = useSearchParams();
  const y = Number(params.get('year'));
  const year = Number.isInteger(y) && y >= 2023 ? y : Number(today.slice(0, 4));
  const district = params.get('district') ?? '';
  const review = useAsync((signal) => wrApi.review(year, district, signal), [year, district, user?.id]);
  const checks = useAsync((signal) => wrApi.checks({ year }, signal), [year, user?.id]);
  const head = <WrHead title={t('workRelief.review.title')} lead={t('workRelief.review.lead')} />;
  if (user === undefined || !wrAccess(user).read || wrRefused(review.error))
    return (
      <div className="wr-page">
        {head}
        <WrGate user={user} error={review.error} />
      </div>
    );
  const r = review.data;
  return (
    <div className="wr-page">
      {head}
      <div className="card green-budget-tools">
        <label>
          {t('workRelief.common.year')}
          <input
            type="number"
            name="year"
            min={2023}
            max={2100}
            value={year}
            onChange={(e) => setParams({ year: e.target.value }, { replace: true, preventScrollReset: true })}
          />
        </label>
        <a className="button button-secondary" href={wrLinks.review(year, district)} download>
          {t('workRelief.review.export')}
        </a>
      </div>
      {review.error ? <ErrorMessage error={review.error} onRetry={review.reload} /> : null}
      {r ? (
        <>
          <section className="card" aria-labelledby="wr-review-districts">
            <h2 id="wr-review-districts" className="section-title">
              {t('workRelief.review.districts', { year: r.year, asOf: r.asOf })}
            </h2>
            {r.districts.length === 0 ? (
              <p className="empty">{t('workRelief.review.empty')}</p>
            ) : (
              <>
                <div className="air-table-wrap">
                  <table className="air-table wr-review">
                    <Head first={t('workRelief.common.district')} />
                    <tbody>
                      {r.districts.map((d) => (
                        <tr key={d.district}>
                          <th scope="row" style={{ minWidth: '8rem' }}>
                            {pick(d.districtName)}
                          </th>
                          <FigureCells f={d} />
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr className="green-total-row">
                        <th scope="row">{t('workRelief.review.total')}</th>
                        <FigureCells f={r.totals} />
                      </tr>
                    </tfoot>
                  </table>
                </div>
                <WrChart
                  groups={r.districts.map((d) => ({
                    key: d.district,
                    label: pick(d.districtName),
                    wageBudget: d.wageBudget,
                    wagesPaid: d.wagesPaid,
                    arrears: d.arrears,
                  }))}
                />
              </>
            )}
          </section>
          <section className="card" aria-labelledby="wr-review-projects">
            <h2 id="wr-review-projects" className="section-title">
              {t('workRelief.review.projects')}
            </h2>
            <div className="air-table-wrap">
              <table className="air-table wr-review-projects">
                <Head first={t('workRelief.common.project')} />
                <tbody>
                  {r.projects.map((p) => (
                    <tr key={p.id}>
                      <th scope="row" style={{ minWidth: '12rem' }}>
                        {p.code} {p.name}
                        {p.postDisaster ? (
                          <span className="badge badge-outcome-needs_review">
                            {' '}
                            {t('workRelief.projects.postDisasterBadge')}
                          </span>
                        ) : null}
                      </th>
                      <FigureCells f={p} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <WrChart
              groups={r.projects.map((p) => ({
                key: String(p.id),
                label: p.code,
                wageBudget: p.wageBudget,
                wagesPaid: p.wagesPaid,
                arrears: p.arrears,
              }))}
            />
          </section>
        </>
      ) : review.error ? null : (
        <Loading />
      )}
      <section className="card" aria-labelledby="wr-review-findings">
        <h2 id="wr-review-findings" className="section-title">
          {t('workRelief.checks.title', { asOf: checks.data?.asOf ?? today })}
        </h2>
        {checks.error ? (
          <ErrorMessage error={checks.error} />
        ) : checks.data ? (
          <WrFindings findings={checks.data.findings} />
        ) : (
          <Loading />
        )}
      </section>
    </div>
  );
}
