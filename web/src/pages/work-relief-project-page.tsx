/**
 * @module web/pages/work-relief-project-page
 * `/work-relief/projects/:id`: one project — what the plan says of it (domain, stages, post-disaster,
 * owner and contractor, investment, wage budget and rate, documents), its roster, its training
 * and maintenance jobs, and the checks' findings on it, each with its clause.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { Money } from '../components/green-money.tsx';
import { Loading } from '../components/loading.tsx';
import { WrFindings } from '../components/work-relief-findings.tsx';
import { WrRoster } from '../components/work-relief-project-parts.tsx';
import { WrGate, WrHead, wrAccess, wrRefused } from '../components/work-relief-subnav.tsx';
import { WrJobs, WrTrainings } from '../components/work-relief-training.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { wrApi } from '../lib/work-relief-api.ts';
import type { WrProject } from '../lib/work-relief-types.ts';

function Facts({ p }: { p: WrProject }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const yes = (b: boolean) => (b ? t('workRelief.common.yes') : t('workRelief.common.no'));
  const rows: [string, ReactNode][] = [
    [t('workRelief.common.district'), pick(p.districtName)],
    [t('workRelief.common.year'), p.year],
    [t('workRelief.projects.domain'), t(`workRelief.domains.${p.domain}`, { defaultValue: p.domain })],
    [
      t('workRelief.projects.stages'),
      p.stages.map((s) => t(`workRelief.stages.${s}`, { defaultValue: s })).join('；'),
    ],
    [t('workRelief.projects.postDisaster'), yes(p.postDisaster)],
    [t('workRelief.projects.status'), t(`workRelief.statuses.${p.status}`, { defaultValue: p.status })],
    [t('workRelief.projects.ownerUnit'), p.ownerUnit],
    [t('workRelief.projects.contractor'), p.contractor ?? '—'],
    [t('workRelief.projects.totalInvestment'), <Money key="i" amount={p.totalInvestment} />],
    [t('workRelief.projects.wageBudget'), <Money key="b" amount={p.wageBudget} />],
    [t('workRelief.projects.dailyRate'), <Money key="r" amount={p.dailyRate} />],
    [t('workRelief.projects.payDay'), t('workRelief.project.payDayValue', { day: p.payDay })],
    [t('workRelief.projects.startOn'), `${p.startOn ?? '—'} – ${p.endOn ?? ''}`],
    [
      t('workRelief.projects.approvalDocRef'),
      `${p.approvalDocRef ?? '—'}（${t('workRelief.project.states')}：${yes(p.approvalStatesWorkRelief)}）`,
    ],
    [
      t('workRelief.projects.fundingDocRef'),
      p.governmentFunded
        ? `${p.fundingDocRef ?? '—'}（${t('workRelief.project.states')}：${yes(p.fundingStatesWorkRelief)}）`
        : t('workRelief.project.noGovernmentFunds'),
    ],
  ];
  return (
    <dl className="green-facts-list">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function WorkReliefProjectPage() {
  const { t } = useTranslation();
  const { user, today } = useApp();
  const id = Number(useParams().id);
  const project = useAsync((signal) => wrApi.project(id, signal), [id, user?.id]);
  const roster = useAsync((signal) => wrApi.roster(id, signal), [id, user?.id]);
  const trainings = useAsync((signal) => wrApi.trainings(id, signal), [id, user?.id]);
  const jobs = useAsync((signal) => wrApi.jobs(id, signal), [id, user?.id]);
  const checks = useAsync((signal) => wrApi.checks({ projectId: id }, signal), [id, user?.id]);
  const p = project.data;
  const head = (
    <WrHead
      title={p ? `${p.code} ${p.name}` : t('workRelief.project.title')}
      lead={t('workRelief.project.lead')}
    />
  );
  if (user === undefined || !wrAccess(user).read || wrRefused(project.error))
    return (
      <div className="wr-page">
        {head}
        <WrGate user={user} error={project.error} />
      </div>
    );
  const canWrite = wrAccess(user).write;
  const reload = () => {
    roster.reload();
    trainings.reload();
    jobs.reload();
    checks.reload();
  };
  const rosterLines = roster.data?.roster ?? [];
  return (
    <div className="wr-page">
      {head}
      <p>
        <Link to="/work-relief">{t('workRelief.project.back')}</Link> ·{' '}
        <Link to={`/work-relief/attendance?project=${id}`}>{t('workRelief.nav.attendance')}</Link> ·{' '}
        <Link to={`/work-relief/ledger?project=${id}`}>{t('workRelief.nav.ledger')}</Link>
      </p>
      {project.error ? <ErrorMessage error={project.error} onRetry={project.reload} /> : null}
      {p ? (
        <>
          <section className="card" aria-labelledby="wr-facts">
            <h2 id="wr-facts" className="section-title">
              {t('workRelief.project.facts')}
            </h2>
            <Facts p={p} />
          </section>
          <section className="card" aria-labelledby="wr-roster">
            <h2 id="wr-roster" className="section-title">
              {t('workRelief.project.roster', { count: rosterLines.length })}
            </h2>
            <WrRoster
              projectId={id}
              roster={rosterLines}
              canWrite={canWrite}
              today={today}
              onChange={reload}
            />
          </section>
          <section className="card" aria-labelledby="wr-trainings">
            <h2 id="wr-trainings" className="section-title">
              {t('workRelief.project.trainings')}
            </h2>
            <WrTrainings
              projectId={id}
              trainings={trainings.data?.trainings ?? []}
              roster={rosterLines}
              canWrite={canWrite}
              today={today}
              onChange={reload}
            />
          </section>
          <section className="card" aria-labelledby="wr-jobs">
            <h2 id="wr-jobs" className="section-title">
              {t('workRelief.project.jobs')}
            </h2>
            <WrJobs
              projectId={id}
              jobs={jobs.data?.jobs ?? []}
              roster={rosterLines}
              canWrite={canWrite}
              today={today}
              onChange={reload}
            />
          </section>
          <section className="card" aria-labelledby="wr-checks">
            <h2 id="wr-checks" className="section-title">
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
        </>
      ) : project.error ? null : (
        <Loading />
      )}
    </div>
  );
}
