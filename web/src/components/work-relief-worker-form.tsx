/**
 * @module web/components/work-relief-worker-form
 * Registering a worker by real name (1336号 三(二)): name, resident ID, village and collective, the
 * collective-organised team (一(一)), whether a rural labourer of Beijing, the priority groups, and
 * the bank card wages go to (三(四)). The numbers go to the server once and come back masked; a
 * duplicate person, a wrong check character or a short card number is refused naming the field; a
 * card failing Luhn is registered with a warning.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { wrApi } from '../lib/work-relief-api.ts';
import type { WrIssue, WrWorker } from '../lib/work-relief-types.ts';
import { AirField } from './air-field.tsx';
import { ErrorMessage, useErrorText } from './error-message.tsx';

const GROUPS = ['disaster_relief', 'limited_income', 'unable_to_work_away'] as const;
const TEXT = [
  'name',
  'residentId',
  'town',
  'village',
  'collective',
  'team',
  'bankCard',
  'bankName',
  'phone',
] as const;
const EMPTY = Object.fromEntries(TEXT.map((k) => [k, ''])) as Record<(typeof TEXT)[number], string>;

export function WrWorkerForm({ onRegistered }: { onRegistered: (w: WrWorker) => void }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const errorText = useErrorText();
  const [f, setF] = useState(EMPTY);
  const [rural, setRural] = useState(true);
  const [groups, setGroups] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ worker: WrWorker; warnings: WrIssue[] } | null>(null);
  const problem = (k: string) => (error instanceof ApiError && error.field === k ? errorText(error) : null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    const body = {
      ...Object.fromEntries(Object.entries(f).filter(([, v]) => v.trim() !== '')),
      beijingRural: rural,
      priorityGroups: groups,
    };
    wrApi.registerWorker(body).then(
      (r) => {
        setBusy(false);
        setDone(r);
        setF(EMPTY);
        setGroups([]);
        onRegistered(r.worker);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="wr-worker-form">
      <div className="green-facts-list">
        {TEXT.map((k) => (
          <AirField key={k} label={t(`workRelief.workers.${k}`)} problem={problem(k)}>
            {(a) => (
              <input
                {...a}
                name={k}
                value={f[k]}
                autoComplete="off"
                {...(k === 'residentId' || k === 'bankCard' || k === 'phone'
                  ? { inputMode: k === 'residentId' ? 'text' : 'numeric' }
                  : {})}
                onChange={(e) => setF({ ...f, [k]: e.target.value })}
              />
            )}
          </AirField>
        ))}
      </div>
      <label className="field-inline">
        <input
          type="checkbox"
          name="beijingRural"
          checked={rural}
          onChange={(e) => setRural(e.target.checked)}
        />
        {t('workRelief.workers.beijingRural')}
      </label>
      <fieldset className="field">
        <legend>{t('workRelief.workers.priorityGroups')}</legend>
        {GROUPS.map((g) => (
          <label key={g} className="field-inline">
            <input
              type="checkbox"
              name={`group-${g}`}
              checked={groups.includes(g)}
              onChange={(e) => setGroups(e.target.checked ? [...groups, g] : groups.filter((x) => x !== g))}
            />
            {t(`workRelief.priorityGroups.${g}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('workRelief.common.saving') : t('workRelief.workers.register')}
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {done ? (
        <div className="alert air-alert-ok" role="status">
          <p>{t('workRelief.workers.registered', { name: done.worker.name, id: done.worker.residentId })}</p>
          {done.warnings.map((w) => (
            <p key={w.code}>{t('workRelief.workers.warning', { message: pick(w.message) })}</p>
          ))}
        </div>
      ) : null}
    </form>
  );
}
