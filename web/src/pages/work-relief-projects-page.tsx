/**
 * @module web/pages/work-relief-projects-page
 * `/work-relief?year=`: the districts' annual work-relief plans and project lists (1336号 三(一)):
 * each plan with its document and its projects (domain, post-disaster flag, status, wage budget),
 * each project linking to its page; a district officer lists a new project here.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { ExportLink } from '../components/export-link.tsx';
import { Money } from '../components/green-money.tsx';
import { Loading } from '../components/loading.tsx';
import { WrProjectForm } from '../components/work-relief-project-form.tsx';
import { WrGate, WrHead, wrAccess, wrRefused } from '../components/work-relief-subnav.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { wrApi } from '../lib/work-relief-api.ts';
import type { WrPlan } from '../lib/work-relief-types.ts';

function PlanCard({ plan }: { plan: WrPlan }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const id = `wr-plan-${plan.district}-${plan.year}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {t('workRelief.projects.planHeading', { district: pick(plan.districtName), year: plan.year })}
      </h2>
      <p className="muted">
        {plan.title
          ? t('workRelief.projects.planDoc', { title: plan.title, ref: plan.documentRef ?? '—' })
          : t('workRelief.projects.planNone')}
      </p>
      <div className="air-table-wrap">
        <table className="air-table wr-projects">
          <thead>
            <tr>
              <th scope="col">{t('workRelief.projects.code')}</th>
              <th scope="col">{t('workRelief.projects.name')}</th>
              <th scope="col">{t('workRelief.projects.domain')}</th>
              <th scope="col">{t('workRelief.projects.status')}</th>
              <th scope="col">{t('workRelief.projects.wageBudget')}</th>
              <th scope="col">{t('workRelief.projects.dailyRate')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.projects.map((p) => (
              <tr key={p.id}>
                <td>{p.code}</td>
                <th scope="row">
                  <Link to={`/work-relief/projects/${p.id}`}>{p.name}</Link>
                  {p.postDisaster ? (
                    <span className="badge badge-outcome-needs_review">
                      {' '}
                      {t('workRelief.projects.postDisasterBadge')}
                    </span>
                  ) : null}
                </th>
                <td>{t(`workRelief.domains.${p.domain}`, { defaultValue: p.domain })}</td>
                <td>{t(`workRelief.statuses.${p.status}`, { defaultValue: p.status })}</td>
                <td className="num">
                  <Money amount={p.wageBudget} />
                </td>
                <td className="num">
                  <Money amount={p.dailyRate} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function WorkReliefProjectsPage() {
  const { t } = useTranslation();
  const { user, today } = useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const y = Number(params.get('year'));
  const year = Number.isInteger(y) && y >= 2023 ? y : Number(today.slice(0, 4));
  const plans = useAsync((signal) => wrApi.plans(year, signal), [year, user?.id]);
  const head = <WrHead title={t('workRelief.projects.title')} lead={t('workRelief.projects.lead')} />;
  if (user === undefined || !wrAccess(user).read || wrRefused(plans.error))
    return (
      <div className="wr-page">
        {head}
        <WrGate user={user} error={plans.error} />
      </div>
    );
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
        <ExportLink path="/work-relief/projects/export.xlsx" filters={{ year }} />
      </div>
      {plans.error ? <ErrorMessage error={plans.error} onRetry={plans.reload} /> : null}
      {plans.data ? (
        plans.data.plans.length === 0 ? (
          <p className="empty">{t('workRelief.projects.empty')}</p>
        ) : (
          plans.data.plans.map((p) => <PlanCard key={`${p.district}-${p.year}`} plan={p} />)
        )
      ) : (
        <Loading />
      )}
      {wrAccess(user).write ? (
        <details className="card">
          <summary className="section-title">{t('workRelief.projects.createTitle')}</summary>
          <WrProjectForm year={year} onCreated={(p) => navigate(`/work-relief/projects/${p.id}`)} />
        </details>
      ) : null}
    </div>
  );
}
