/**
 * @module web/pages/buildings-projects-page
 * `/buildings`: the building projects under 30号 (every one for officials, an enterprise's own):
 * code, name, what it counts as towards the targets of 四, area, completion, and the link to its
 * stage-gate checklist.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { ExportLink } from '../components/export-link.tsx';
import { HbGate, HbHead, hbAccess } from '../components/heating-subnav.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { buildingsApi } from '../lib/buildings-api.ts';

function ProjectList() {
  const { t } = useTranslation();
  const list = useAsync((signal) => buildingsApi.projects(signal), []);
  if (list.error) return <ErrorMessage error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  const projects = list.data.projects;
  return (
    <section className="card" aria-labelledby="hb-buildings">
      <h2 id="hb-buildings" className="section-title">
        {t('hb.buildings.listTitle', { count: projects.length })}
      </h2>
      <ExportLink path="/buildings/projects/export.xlsx" />
      {projects.length === 0 ? (
        <p className="empty">{t('hb.buildings.empty')}</p>
      ) : (
        <div className="air-table-wrap">
          <table className="air-table hb-buildings">
            <thead>
              <tr>
                <th scope="col">{t('hb.buildings.code')}</th>
                <th scope="col">{t('hb.buildings.name')}</th>
                <th scope="col">{t('hb.buildings.kind')}</th>
                <th scope="col">{t('hb.buildings.area')}</th>
                <th scope="col">{t('hb.buildings.approved')}</th>
                <th scope="col">{t('hb.buildings.completed')}</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.id} data-project={p.code}>
                  <th scope="row">
                    <Link to={`/buildings/projects/${p.id}`}>{p.code}</Link>
                  </th>
                  <td>{p.name}</td>
                  <td>{t(`hb.kinds.${p.targetKind}`)}</td>
                  <td className="num">{p.areaSqm}</td>
                  <td>{String(p.facts.approvalDate ?? '—')}</td>
                  <td>{p.completedOn ?? t('hb.buildings.planned')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function BuildingsProjectsPage() {
  const { t } = useTranslation();
  const { user } = useApp();
  return (
    <div className="hb-page">
      <HbHead title={t('hb.buildings.title')} lead={t('hb.buildings.lead')} />
      {user === undefined ? <Loading /> : hbAccess(user).projects ? <ProjectList /> : <HbGate user={user} />}
    </div>
  );
}
