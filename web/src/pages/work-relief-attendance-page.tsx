/**
 * @module web/pages/work-relief-attendance-page
 * `/work-relief/attendance?project=&period=`: a site clerk's daily attendance (1336号 三(二)
 * 日常考勤) — the month's grid for a project, saved in one batch (all or nothing); the month's sheet
 * to fill in offline and import back, with every rejected row shown.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { ExportLink } from '../components/export-link.tsx';
import { Loading } from '../components/loading.tsx';
import { WrGridTable } from '../components/work-relief-grid.tsx';
import { WrImport } from '../components/work-relief-import.tsx';
import { useProjectMonth, WrProjectMonth } from '../components/work-relief-pickers.tsx';
import { WrGate, WrHead, wrAccess, wrRefused } from '../components/work-relief-subnav.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { wrApi, wrLinks } from '../lib/work-relief-api.ts';
import { type Edits, entriesOf } from '../lib/work-relief-grid.ts';

export function WorkReliefAttendancePage() {
  const { t } = useTranslation();
  const { user, today } = useApp();
  const projects = useAsync((signal) => wrApi.projects(signal), [user?.id]);
  const { projectId, period, setProject, setPeriod } = useProjectMonth(projects.data?.projects, today);
  const grid = useAsync(
    (signal) => (projectId === null ? Promise.resolve(null) : wrApi.grid(projectId, period, signal)),
    [projectId, period, user?.id],
  );
  const [edits, setEdits] = useState<Edits>(new Map());
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  // A different project or month starts with no edits.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on the key only
  useEffect(() => {
    setEdits(new Map());
    setSaved(null);
  }, [projectId, period]);
  const head = <WrHead title={t('workRelief.attendance.title')} lead={t('workRelief.attendance.lead')} />;
  const gate = <WrGate user={user} error={projects.error} />;
  if (user === undefined || !wrAccess(user).read || wrRefused(projects.error))
    return (
      <div className="wr-page">
        {head}
        {gate}
      </div>
    );
  const canWrite = wrAccess(user).write;
  const save = () => {
    if (projectId === null || edits.size === 0) return;
    setSaving(true);
    setError(null);
    wrApi.saveAttendance(projectId, entriesOf(edits)).then(
      (r) => {
        setSaving(false);
        setSaved(r.saved);
        setEdits(new Map());
        grid.reload();
      },
      (err: unknown) => {
        setSaving(false);
        setError(err);
      },
    );
  };
  return (
    <div className="wr-page">
      {head}
      {projects.error ? <ErrorMessage error={projects.error} onRetry={projects.reload} /> : null}
      {projects.data ? (
        projects.data.projects.length === 0 ? (
          <p className="empty">{t('workRelief.projects.empty')}</p>
        ) : (
          <WrProjectMonth
            projects={projects.data.projects}
            projectId={projectId}
            period={period}
            onProject={setProject}
            onPeriod={setPeriod}
          />
        )
      ) : projects.error ? null : (
        <Loading />
      )}
      {grid.error ? <ErrorMessage error={grid.error} onRetry={grid.reload} /> : null}
      {grid.data ? (
        <section className="card" aria-labelledby="wr-grid-title">
          <h2 id="wr-grid-title" className="section-title">
            {t('workRelief.attendance.gridTitle', { period })}
          </h2>
          <p className="muted small">
            {canWrite ? t('workRelief.attendance.keys') : t('workRelief.attendance.readOnly')}
          </p>
          <ExportLink
            path={`/work-relief/projects/${grid.data.projectId}/attendance.xlsx`}
            filters={{ period }}
          />
          <WrGridTable grid={grid.data} edits={edits} onEdits={setEdits} canWrite={canWrite} />
          {canWrite ? (
            <div className="form-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={saving || edits.size === 0}
                onClick={save}
              >
                {saving
                  ? t('workRelief.common.saving')
                  : t('workRelief.attendance.save', { count: edits.size })}
              </button>
              {edits.size > 0 ? (
                <button type="button" className="button button-secondary" onClick={() => setEdits(new Map())}>
                  {t('workRelief.attendance.discard')}
                </button>
              ) : null}
            </div>
          ) : null}
          {saved !== null ? (
            <p className="alert air-alert-ok" role="status">
              {t('workRelief.attendance.saved', { count: saved })}
            </p>
          ) : null}
          {error ? <ErrorMessage error={error} /> : null}
        </section>
      ) : grid.loading && projectId !== null ? (
        <Loading />
      ) : null}
      {canWrite && projectId !== null ? (
        <WrImport
          title={t('workRelief.attendance.importTitle')}
          lead={t('workRelief.attendance.importLead')}
          templateHref={wrLinks.attendanceTemplate(projectId, period)}
          summary={(r) => t('workRelief.attendance.imported', { rows: r.rows ?? 0, cells: r.cells ?? 0 })}
          send={(bytes, type) => wrApi.importAttendance(projectId, bytes, type)}
          onImported={grid.reload}
        />
      ) : null}
    </div>
  );
}
