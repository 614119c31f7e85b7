/**
 * @module web/components/work-relief-training
 * A project's training ("培训+上岗", 1336号 三(三)) with the form that records a course and who
 * attended, and its maintenance jobs after completion (零工变长工): a job given to someone who did
 * not work on the project records why.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wrApi } from '../lib/work-relief-api.ts';
import type { WrMaintenanceJob, WrRosterLine, WrTraining } from '../lib/work-relief-types.ts';
import { AirField } from './air-field.tsx';
import { ActionForm } from './work-relief-action-form.tsx';

export function WrTrainings({
  projectId,
  trainings,
  roster,
  canWrite,
  today,
  onChange,
}: {
  projectId: number;
  trainings: readonly WrTraining[];
  roster: readonly WrRosterLine[];
  canWrite: boolean;
  today: string;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const [f, setF] = useState({
    title: '',
    kind: 'safety',
    heldOn: today,
    hours: '4',
    beforeJob: '',
    trainer: '',
  });
  const [who, setWho] = useState<number[]>([]);
  return (
    <>
      {trainings.length === 0 ? (
        <p className="empty">{t('workRelief.project.trainingsEmpty')}</p>
      ) : (
        <ul className="plain-list">
          {trainings.map((x) => (
            <li key={x.id}>
              <strong>{x.title}</strong> · {t(`workRelief.trainingKinds.${x.kind}`, { defaultValue: x.kind })}{' '}
              · {x.heldOn} · {t('workRelief.project.hoursValue', { hours: x.hours })} ·{' '}
              {t('workRelief.project.beforeJobValue', { job: x.beforeJob })}
              <span className="muted small" style={{ display: 'block' }}>
                {t('workRelief.project.attendeesValue', {
                  count: x.attendees.length,
                  names: x.attendees.map((a) => a.name).join('、'),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canWrite && roster.length > 0 ? (
        <details>
          <summary>{t('workRelief.project.recordTraining')}</summary>
          <ActionForm
            submitLabel={t('workRelief.project.recordTraining')}
            send={() =>
              wrApi.recordTraining(projectId, { ...f, hours: Number(f.hours), workerIds: who }).then(onChange)
            }
          >
            {(['title', 'beforeJob', 'trainer', 'hours'] as const).map((k) => (
              <AirField key={k} label={t(`workRelief.training.${k}`)}>
                {(a) => (
                  <input
                    {...a}
                    name={`training-${k}`}
                    value={f[k]}
                    onChange={(e) => setF({ ...f, [k]: e.target.value })}
                  />
                )}
              </AirField>
            ))}
            <AirField label={t('workRelief.training.kind')}>
              {(a) => (
                <select
                  {...a}
                  name="training-kind"
                  value={f.kind}
                  onChange={(e) => setF({ ...f, kind: e.target.value })}
                >
                  {['safety', 'skills', 'skills_safety'].map((k) => (
                    <option key={k} value={k}>
                      {t(`workRelief.trainingKinds.${k}`, { defaultValue: k })}
                    </option>
                  ))}
                </select>
              )}
            </AirField>
            <AirField label={t('workRelief.training.heldOn')}>
              {(a) => (
                <input
                  {...a}
                  type="date"
                  name="training-heldOn"
                  value={f.heldOn}
                  max={today}
                  onChange={(e) => setF({ ...f, heldOn: e.target.value })}
                />
              )}
            </AirField>
            <fieldset className="field">
              <legend>{t('workRelief.training.attendees')}</legend>
              {roster.map((l) => (
                <label key={l.worker.id} className="field-inline">
                  <input
                    type="checkbox"
                    name={`attendee-${l.worker.id}`}
                    checked={who.includes(l.worker.id)}
                    onChange={(e) =>
                      setWho(e.target.checked ? [...who, l.worker.id] : who.filter((x) => x !== l.worker.id))
                    }
                  />
                  {l.worker.name}
                </label>
              ))}
            </fieldset>
          </ActionForm>
        </details>
      ) : null}
    </>
  );
}

export function WrJobs({
  projectId,
  jobs,
  roster,
  canWrite,
  today,
  onChange,
}: {
  projectId: number;
  jobs: readonly WrMaintenanceJob[];
  roster: readonly WrRosterLine[];
  canWrite: boolean;
  today: string;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [startsOn, setStartsOn] = useState(today);
  const [workerId, setWorkerId] = useState('');
  return (
    <>
      {jobs.length === 0 ? (
        <p className="empty">{t('workRelief.project.jobsEmpty')}</p>
      ) : (
        <ul className="plain-list">
          {jobs.map((j) => (
            <li key={j.id}>
              <strong>{j.title}</strong> · {j.startsOn} · {j.workerName ?? t('workRelief.project.vacant')}{' '}
              {j.workerId !== null ? (
                <span className="muted small">
                  {j.fromProject
                    ? t('workRelief.project.fromProject')
                    : t('workRelief.project.outsider', { reason: j.outsiderReason ?? '' })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <details>
          <summary>{t('workRelief.project.recordJob')}</summary>
          <ActionForm
            submitLabel={t('workRelief.project.recordJob')}
            send={() =>
              wrApi
                .recordJob(projectId, {
                  title,
                  startsOn,
                  ...(workerId ? { workerId: Number(workerId) } : {}),
                })
                .then(onChange)
            }
          >
            <AirField label={t('workRelief.project.jobTitle')}>
              {(a) => (
                <input {...a} name="job-title" value={title} onChange={(e) => setTitle(e.target.value)} />
              )}
            </AirField>
            <AirField label={t('workRelief.project.startsOn')}>
              {(a) => (
                <input
                  {...a}
                  type="date"
                  name="job-startsOn"
                  value={startsOn}
                  onChange={(e) => setStartsOn(e.target.value)}
                />
              )}
            </AirField>
            <AirField label={t('workRelief.project.jobWorker')} hint={t('workRelief.project.jobWorkerHint')}>
              {(a) => (
                <select
                  {...a}
                  name="job-worker"
                  value={workerId}
                  onChange={(e) => setWorkerId(e.target.value)}
                >
                  <option value="">{t('workRelief.project.vacant')}</option>
                  {roster.map((l) => (
                    <option key={l.worker.id} value={String(l.worker.id)}>
                      {l.worker.name}
                    </option>
                  ))}
                </select>
              )}
            </AirField>
          </ActionForm>
        </details>
      ) : null}
    </>
  );
}
