/**
 * @module web/components/work-relief-project-form
 * A district lists a project in its annual plan (1336号 三(一)): its number and name, the domain
 * (一(二)), the stages that use work relief (一(三)), whether it is post-disaster reconstruction, owner
 * and contractor, investment, wage budget and daily rate (三(四)), dates and status, and whether the
 * approval and funding documents state the work-relief requirement (四, 五(一)). The server checks
 * every field and names the one at fault.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { wrApi } from '../lib/work-relief-api.ts';
import type { WrProject } from '../lib/work-relief-types.ts';
import { AirField } from './air-field.tsx';
import { ErrorMessage, useErrorText } from './error-message.tsx';

export const DOMAINS = [
  'rural_living',
  'transport',
  'water',
  'culture_tourism',
  'forestry',
  'other',
] as const;
export const STAGES = ['manual_labour', 'service_support', 'maintenance'] as const;
export const STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;

type Form = Record<string, string | boolean | string[]>;
const EMPTY: Form = {
  code: '',
  name: '',
  year: '',
  domain: 'rural_living',
  stages: ['manual_labour'],
  postDisaster: false,
  location: '',
  ownerUnit: '',
  contractor: '',
  totalInvestment: '',
  wageBudget: '',
  dailyRate: '',
  payDay: '15',
  startOn: '',
  endOn: '',
  status: 'planned',
  approvalDocRef: '',
  approvalStatesWorkRelief: false,
  governmentFunded: true,
  fundingDocRef: '',
  fundingStatesWorkRelief: false,
};
const TEXT_FIELDS = [
  'code',
  'name',
  'year',
  'location',
  'ownerUnit',
  'contractor',
  'totalInvestment',
  'wageBudget',
  'dailyRate',
  'payDay',
  'approvalDocRef',
  'fundingDocRef',
] as const;
const DATE_FIELDS = ['startOn', 'endOn'] as const;
const FLAGS = [
  'postDisaster',
  'approvalStatesWorkRelief',
  'governmentFunded',
  'fundingStatesWorkRelief',
] as const;

export function WrProjectForm({ year, onCreated }: { year: number; onCreated: (p: WrProject) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [f, setF] = useState<Form>({ ...EMPTY, year: String(year) });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (k: string, v: string | boolean | string[]) => setF((prev) => ({ ...prev, [k]: v }));
  const problem = (k: string) => (error instanceof ApiError && error.field === k ? errorText(error) : null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== ''));
    wrApi.createProject(body).then(
      (p) => {
        setBusy(false);
        setF({ ...EMPTY, year: String(year) });
        onCreated(p);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  const stages = f.stages as string[];
  return (
    <form onSubmit={submit} noValidate className="wr-project-form">
      <div className="green-facts-list">
        {TEXT_FIELDS.map((k) => (
          <AirField key={k} label={t(`workRelief.projects.${k}`)} problem={problem(k)}>
            {(a) => <input {...a} name={k} value={f[k] as string} onChange={(e) => set(k, e.target.value)} />}
          </AirField>
        ))}
        {DATE_FIELDS.map((k) => (
          <AirField key={k} label={t(`workRelief.projects.${k}`)} problem={problem(k)}>
            {(a) => (
              <input
                {...a}
                type="date"
                name={k}
                value={f[k] as string}
                onChange={(e) => set(k, e.target.value)}
              />
            )}
          </AirField>
        ))}
        <AirField label={t('workRelief.projects.domain')} problem={problem('domain')}>
          {(a) => (
            <select
              {...a}
              name="domain"
              value={f.domain as string}
              onChange={(e) => set('domain', e.target.value)}
            >
              {DOMAINS.map((d) => (
                <option key={d} value={d}>
                  {t(`workRelief.domains.${d}`)}
                </option>
              ))}
            </select>
          )}
        </AirField>
        <AirField label={t('workRelief.projects.status')} problem={problem('status')}>
          {(a) => (
            <select
              {...a}
              name="status"
              value={f.status as string}
              onChange={(e) => set('status', e.target.value)}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`workRelief.statuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </AirField>
      </div>
      <fieldset className="field">
        <legend>{t('workRelief.projects.stages')}</legend>
        {STAGES.map((s) => (
          <label key={s} className="field-inline">
            <input
              type="checkbox"
              name={`stage-${s}`}
              checked={stages.includes(s)}
              onChange={(e) =>
                set('stages', e.target.checked ? [...stages, s] : stages.filter((x) => x !== s))
              }
            />
            {t(`workRelief.stages.${s}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t('workRelief.projects.flags')}</legend>
        {FLAGS.map((k) => (
          <label key={k} className="field-inline">
            <input
              type="checkbox"
              name={k}
              checked={f[k] as boolean}
              onChange={(e) => set(k, e.target.checked)}
            />
            {t(`workRelief.projects.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('workRelief.common.saving') : t('workRelief.projects.create')}
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
