/**
 * @module web/components/work-relief-project-parts
 * A project's roster (用工名册, 1336号 三(四)) with the form that puts a registered worker on it (by
 * resident ID, which the server looks up by its keyed hash). Training and maintenance jobs are in
 * `work-relief-training.tsx`.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wrApi } from '../lib/work-relief-api.ts';
import type { WrRosterLine } from '../lib/work-relief-types.ts';
import { AirField } from './air-field.tsx';
import { ActionForm } from './work-relief-action-form.tsx';

export function WrRoster({
  projectId,
  roster,
  canWrite,
  today,
  onChange,
}: {
  projectId: number;
  roster: readonly WrRosterLine[];
  canWrite: boolean;
  today: string;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const [residentId, setResidentId] = useState('');
  const [post, setPost] = useState('');
  const [keyPost, setKeyPost] = useState(false);
  const [joinedOn, setJoinedOn] = useState(today);
  return (
    <>
      {roster.length === 0 ? (
        <p className="empty">{t('workRelief.project.rosterEmpty')}</p>
      ) : (
        <div className="air-table-wrap">
          <table className="air-table wr-roster">
            <thead>
              <tr>
                <th scope="col">{t('workRelief.workers.name')}</th>
                <th scope="col">{t('workRelief.workers.residentId')}</th>
                <th scope="col">{t('workRelief.workers.village')}</th>
                <th scope="col">{t('workRelief.project.post')}</th>
                <th scope="col">{t('workRelief.projects.dailyRate')}</th>
                <th scope="col">{t('workRelief.project.joinedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {roster.map((l) => (
                <tr key={l.enrolmentId}>
                  <th scope="row">{l.worker.name}</th>
                  <td>{l.worker.residentId}</td>
                  <td>{l.worker.village}</td>
                  <td>
                    {l.post}
                    {l.keyPost ? ` · ${t('workRelief.common.keyPost')}` : ''}
                  </td>
                  <td className="num">{l.dailyRate}</td>
                  <td>
                    {l.joinedOn}
                    {l.leftOn ? ` – ${l.leftOn}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite ? (
        <details>
          <summary>{t('workRelief.project.enrol')}</summary>
          <ActionForm
            submitLabel={t('workRelief.project.enrol')}
            send={() =>
              wrApi.enrol(projectId, { residentId, post, keyPost, joinedOn }).then(() => {
                setResidentId('');
                onChange();
              })
            }
          >
            <AirField label={t('workRelief.workers.residentId')} hint={t('workRelief.project.enrolHint')}>
              {(a) => (
                <input
                  {...a}
                  name="residentId"
                  autoComplete="off"
                  value={residentId}
                  onChange={(e) => setResidentId(e.target.value)}
                />
              )}
            </AirField>
            <AirField label={t('workRelief.project.post')}>
              {(a) => <input {...a} name="post" value={post} onChange={(e) => setPost(e.target.value)} />}
            </AirField>
            <label className="field-inline">
              <input
                type="checkbox"
                name="keyPost"
                checked={keyPost}
                onChange={(e) => setKeyPost(e.target.checked)}
              />
              {t('workRelief.common.keyPost')}
            </label>
            <AirField label={t('workRelief.project.joinedOn')}>
              {(a) => (
                <input
                  {...a}
                  type="date"
                  name="joinedOn"
                  value={joinedOn}
                  max={today}
                  onChange={(e) => setJoinedOn(e.target.value)}
                />
              )}
            </AirField>
          </ActionForm>
        </details>
      ) : null}
    </>
  );
}
