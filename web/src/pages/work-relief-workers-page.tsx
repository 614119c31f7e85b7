/**
 * @module web/pages/work-relief-workers-page
 * `/work-relief/workers`: the real-name register (1336号 三(二)) — the district's workers and those
 * on its projects, identifiers masked, searchable by name; registering one; importing many from
 * Excel or CSV (optionally straight onto a project's roster), with every rejected row shown.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { ExportLink } from '../components/export-link.tsx';
import { Loading } from '../components/loading.tsx';
import { WrImport } from '../components/work-relief-import.tsx';
import { WrGate, WrHead, wrAccess, wrRefused } from '../components/work-relief-subnav.tsx';
import { WrWorkerForm } from '../components/work-relief-worker-form.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { wrApi, wrLinks } from '../lib/work-relief-api.ts';
import type { WrWorker } from '../lib/work-relief-types.ts';

function WorkerTable({ workers }: { workers: readonly WrWorker[] }) {
  const { t } = useTranslation();
  if (workers.length === 0) return <p className="empty">{t('workRelief.workers.empty')}</p>;
  return (
    <div className="air-table-wrap">
      <table className="air-table wr-workers">
        <thead>
          <tr>
            <th scope="col">{t('workRelief.workers.name')}</th>
            <th scope="col">{t('workRelief.workers.residentId')}</th>
            <th scope="col">{t('workRelief.workers.village')}</th>
            <th scope="col">{t('workRelief.workers.team')}</th>
            <th scope="col">{t('workRelief.workers.priorityGroups')}</th>
            <th scope="col">{t('workRelief.workers.bankCard')}</th>
          </tr>
        </thead>
        <tbody>
          {workers.map((w) => (
            <tr key={w.id}>
              <th scope="row">
                {w.name}
                {w.beijingRural ? null : (
                  <span className="badge badge-outcome-needs_review">
                    {' '}
                    {t('workRelief.workers.notRural')}
                  </span>
                )}
              </th>
              <td>{w.residentId}</td>
              <td>
                {w.town ? `${w.town} ` : ''}
                {w.village}
              </td>
              <td>{w.team ?? w.collective ?? '—'}</td>
              <td>
                {w.priorityGroups
                  .map((g) => t(`workRelief.priorityGroups.${g}`, { defaultValue: g }))
                  .join('；') || '—'}
              </td>
              <td>{w.bankCard}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WorkReliefWorkersPage() {
  const { t } = useTranslation();
  const { user } = useApp();
  const [q, setQ] = useState('');
  const workers = useAsync((signal) => wrApi.workers(q, signal), [q, user?.id]);
  const projects = useAsync((signal) => wrApi.projects(signal), [user?.id]);
  const [projectId, setProjectId] = useState<number | null>(null);
  const head = <WrHead title={t('workRelief.workers.title')} lead={t('workRelief.workers.lead')} />;
  if (user === undefined || !wrAccess(user).read || wrRefused(workers.error))
    return (
      <div className="wr-page">
        {head}
        <WrGate user={user} error={workers.error} />
      </div>
    );
  const canWrite = wrAccess(user).write;
  return (
    <div className="wr-page">
      {head}
      <section className="card" aria-labelledby="wr-workers-list">
        <h2 id="wr-workers-list" className="section-title">
          {t('workRelief.workers.list', { count: workers.data?.workers.length ?? 0 })}
        </h2>
        <label className="field">
          {t('workRelief.workers.search')}
          <input type="search" name="q" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <ExportLink path="/work-relief/workers/export.xlsx" filters={{ q }} />
        {workers.error ? (
          <ErrorMessage error={workers.error} onRetry={workers.reload} />
        ) : workers.data ? (
          <WorkerTable workers={workers.data.workers} />
        ) : (
          <Loading />
        )}
      </section>
      {canWrite ? (
        <>
          <details className="card">
            <summary className="section-title">{t('workRelief.workers.registerTitle')}</summary>
            <WrWorkerForm onRegistered={workers.reload} />
          </details>
          <WrImport
            title={t('workRelief.workers.importTitle')}
            lead={t('workRelief.workers.importLead')}
            templateHref={wrLinks.workerTemplate}
            summary={(r) =>
              t('workRelief.workers.imported', { registered: r.registered ?? 0, enrolled: r.enrolled ?? 0 })
            }
            send={(bytes, type) => wrApi.importWorkers(bytes, type, projectId)}
            onImported={workers.reload}
          >
            <label className="field">
              {t('workRelief.workers.importProject')}
              <select
                name="importProject"
                value={projectId === null ? '' : String(projectId)}
                onChange={(e) => setProjectId(e.target.value ? Number(e.target.value) : null)}
              >
                <option value="">{t('workRelief.workers.noProject')}</option>
                {(projects.data?.projects ?? []).map((p) => (
                  <option key={p.id} value={String(p.id)}>
                    {p.code} {p.name}
                  </option>
                ))}
              </select>
            </label>
          </WrImport>
        </>
      ) : null}
    </div>
  );
}
