/**
 * @module web/pages/heating-project-page
 * `/heating/projects/:id`: one new-energy heating project — what it is and who runs it, the
 * post-evaluation of a heating season chosen from those its readings cover (项目后评价, 1309号
 * 五(四)), and the check of its recorded design against 一(三), 三 and 五(二).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApp } from '../app-context.tsx';
import { DecisionView } from '../components/decision-view.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { HeatingReportView } from '../components/heating-report-view.tsx';
import { HbGate, HbHead, hbAccess } from '../components/heating-subnav.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { type HeatingProject, heatingApi, seasonOf } from '../lib/heating-api.ts';

/** The seasons the project's readings touch, newest first (at least the one around `today`). */
function seasonsOf(p: HeatingProject, today: string): string[] {
  const first = Number(seasonOf(p.readings.first ?? today).slice(0, 4));
  const last = Number(seasonOf(p.readings.last ?? today).slice(0, 4));
  const out: string[] = [];
  for (let y = last; y >= first; y--) out.push(`${y}-${y + 1}`);
  return out;
}

function ProjectFacts({ p }: { p: HeatingProject }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const rows: [string, string][] = [
    [t('hb.heating.technology'), pick(p.technologyLabel)],
    [t('hb.heating.operator'), p.enterpriseName ?? t('hb.heating.public')],
    [t('hb.heating.area'), p.heatedAreaM2 ? `${p.heatedAreaM2} m²` : '—'],
    [t('hb.heating.commissioned'), p.commissionedOn ?? '—'],
    [t('hb.heating.readings'), String(p.readings.count)],
  ];
  return (
    <dl className="meta-list card">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function DesignCheck({ p }: { p: HeatingProject }) {
  const { t } = useTranslation();
  const { today } = useApp();
  const check = useAsync((signal) => heatingApi.designCheck(p.id, today, signal), [p.id, today]);
  return (
    <section className="card hb-design" aria-labelledby="hb-design-title">
      <h2 id="hb-design-title" className="section-title">
        {t('hb.design.title')}
      </h2>
      <p className="muted">{t('hb.design.lead', { date: today })}</p>
      {check.error ? <ErrorMessage error={check.error} onRetry={check.reload} /> : null}
      {check.data ? <DecisionView decision={check.data.decision} /> : check.error ? null : <Loading />}
    </section>
  );
}

function Project({ id }: { id: number }) {
  const { t } = useTranslation();
  const { today } = useApp();
  const seasonId = useId();
  const project = useAsync((signal) => heatingApi.project(id, signal), [id]);
  const [chosen, setChosen] = useState<string | null>(null);
  const seasons = project.data ? seasonsOf(project.data, today) : [];
  const season = chosen ?? seasons[0] ?? seasonOf(today);
  const report = useAsync((signal) => heatingApi.report(id, season, signal), [id, season]);
  if (project.error) return <ErrorMessage error={project.error} onRetry={project.reload} />;
  if (!project.data) return <Loading />;
  const p = project.data;
  return (
    <>
      <HbHead title={`${p.code} ${p.name}`} lead={t('hb.project.lead')} />
      <ProjectFacts p={p} />
      <div className="card hb-season">
        <label htmlFor={seasonId}>{t('hb.project.season')}</label>
        <select id={seasonId} name="season" value={season} onChange={(e) => setChosen(e.target.value)}>
          {seasons.map((s) => (
            <option key={s} value={s}>
              {t('hb.project.seasonOption', { season: s })}
            </option>
          ))}
        </select>
        <p className="hint">{t('hb.project.seasonHint')}</p>
      </div>
      {report.error ? <ErrorMessage error={report.error} onRetry={report.reload} /> : null}
      {report.data && !report.loading ? (
        <HeatingReportView report={report.data} />
      ) : report.error ? null : (
        <Loading />
      )}
      {p.design ? <DesignCheck p={p} /> : <p className="muted">{t('hb.design.none')}</p>}
    </>
  );
}

export function HeatingProjectPage() {
  const { t } = useTranslation();
  const { user } = useApp();
  const id = Number(useParams().id);
  if (user === undefined) return <Loading />;
  if (!hbAccess(user).projects)
    return (
      <div className="hb-page">
        <HbHead title={t('hb.heating.title')} lead={t('hb.heating.lead')} />
        <HbGate user={user} />
      </div>
    );
  return (
    <div className="hb-page">
      <Project id={id} />
    </div>
  );
}
