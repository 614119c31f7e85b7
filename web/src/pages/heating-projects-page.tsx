/**
 * @module web/pages/heating-projects-page
 * `/heating`: the new-energy heating projects the user may see (the supervising department's, or
 * the operator's own) with their readings, a link to each project's post-evaluation, and the
 * readings import (1309号 五(四)).
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { ExportLink } from '../components/export-link.tsx';
import { HeatingReadingsImport } from '../components/heating-readings-import.tsx';
import { HbGate, HbHead, hbAccess } from '../components/heating-subnav.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { heatingApi } from '../lib/heating-api.ts';

function ProjectList() {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const { user } = useApp();
  const list = useAsync((signal) => heatingApi.projects(signal), []);
  const canImport = user?.role !== 'reviewer';
  if (list.error) return <ErrorMessage error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  return (
    <>
      <section className="card" aria-labelledby="hb-projects">
        <h2 id="hb-projects" className="section-title">
          {t('hb.heating.listTitle', { count: list.data.projects.length })}
        </h2>
        <ExportLink path="/heating/projects/export.xlsx" />
        {list.data.projects.length === 0 ? (
          <p className="empty">{t('hb.heating.empty')}</p>
        ) : (
          <div className="air-table-wrap">
            <table className="air-table hb-projects">
              <thead>
                <tr>
                  <th scope="col">{t('hb.heating.code')}</th>
                  <th scope="col">{t('hb.heating.name')}</th>
                  <th scope="col">{t('hb.heating.technology')}</th>
                  <th scope="col">{t('hb.heating.operator')}</th>
                  <th scope="col">{t('hb.heating.readings')}</th>
                  <th scope="col">{t('hb.heating.lastReading')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.projects.map((p) => (
                  <tr key={p.id} data-project={p.code}>
                    <th scope="row">
                      <Link to={`/heating/projects/${p.id}`}>{p.code}</Link>
                    </th>
                    <td>{p.name}</td>
                    <td>{pick(p.technologyLabel)}</td>
                    <td>{p.enterpriseName ?? t('hb.heating.public')}</td>
                    <td className="num">{p.readings.count}</td>
                    <td>{p.readings.last ? p.readings.last.slice(0, 10) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {canImport ? <HeatingReadingsImport onImported={list.reload} /> : null}
    </>
  );
}

export function HeatingProjectsPage() {
  const { t } = useTranslation();
  const { user } = useApp();
  return (
    <div className="hb-page">
      <HbHead title={t('hb.heating.title')} lead={t('hb.heating.lead')} />
      {user === undefined ? <Loading /> : hbAccess(user).projects ? <ProjectList /> : <HbGate user={user} />}
    </div>
  );
}
