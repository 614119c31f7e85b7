/**
 * @module web/components/air-alert-forms
 * The command centre's orders: record a municipal alert order (times entered in Beijing time and
 * sent with +08:00), raise or lower the alert in force, and lift it (asked twice). Each checks
 * what it can first and marks the field an API error names.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ALERT_LEVELS } from '../lib/air-levels.ts';
import { localToShanghaiIso } from '../lib/air-time.ts';
import type { Alert, AlertLevel } from '../lib/air-types.ts';
import { AirField, useApiFieldProblem } from './air-field.tsx';
import { ErrorMessage } from './error-message.tsx';

/** What the forecast helper puts into the order form. */
export interface IssueDraft {
  readonly level: AlertLevel;
  /** `datetime-local` values, Beijing time. */
  readonly startsAt: string;
  readonly endsAt: string;
  readonly note: string;
}

/** Called with the alert the API answers and the success line to show. */
export type Done = (alert: Alert, message: string) => void;

type Problems = Partial<Record<'number' | 'level' | 'startsAt' | 'endsAt', string>>;

/** Sends a mutation, keeping busy and error; on success hands the alert and a line to say. */
function useSubmit(onDone: Done) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = (call: () => Promise<Alert>, text: (a: Alert) => string) => {
    setBusy(true);
    setError(null);
    call().then(
      (a) => {
        setBusy(false);
        onDone(a, text(a));
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return { busy, error, send };
}

function LevelSelect({
  value,
  onChange,
  attrs,
}: {
  value: string;
  onChange: (v: string) => void;
  attrs: object;
}) {
  const { t } = useTranslation();
  return (
    <select {...attrs} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('air.command.chooseLevel')}</option>
      {ALERT_LEVELS.map((l) => (
        <option key={l} value={l}>
          {t(`air.levels.${l}`)}
        </option>
      ))}
    </select>
  );
}

export function IssueAlertForm({
  draft,
  hasActive,
  onDone,
}: {
  draft: IssueDraft | null;
  hasActive: boolean;
  onDone: Done;
}) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [level, setLevel] = useState<string>(draft?.level ?? '');
  const [startsAt, setStartsAt] = useState(draft?.startsAt ?? '');
  const [endsAt, setEndsAt] = useState(draft?.endsAt ?? '');
  const [note, setNote] = useState(draft?.note ?? '');
  const [problems, setProblems] = useState<Problems>({});
  const { busy, error, send } = useSubmit(onDone);
  const apiProblem = useApiFieldProblem(error);
  const problem = (k: keyof Problems) => problems[k] ?? apiProblem(k);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const start = localToShanghaiIso(startsAt);
    const end = endsAt.trim() ? localToShanghaiIso(endsAt) : undefined;
    const p: Problems = {};
    if (!number.trim()) p.number = t('rule.missing');
    if (!level) p.level = t('air.command.chooseLevel');
    if (!start) p.startsAt = t('air.command.invalidTime');
    if (end === null) p.endsAt = t('air.command.invalidTime');
    else if (end && start && Date.parse(end) <= Date.parse(start)) p.endsAt = t('air.command.endBeforeStart');
    setProblems(p);
    if (Object.keys(p).length > 0 || !start) return;
    const n = number.trim();
    const body = {
      number: n,
      level: level as AlertLevel,
      startsAt: start,
      ...(end ? { endsAt: end } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    send(
      () => api.air.issue(body),
      (a) => t('air.command.issued', { number: a.number || n }),
    );
  };

  return (
    <form
      className="card air-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="issue-title"
      id="air-issue-form"
    >
      <h2 id="issue-title" className="section-title" tabIndex={-1}>
        {t('air.command.issueTitle')}
      </h2>
      {hasActive ? <p className="alert alert-warning">{t('air.command.issueHint')}</p> : null}
      <div className="air-form-grid">
        <AirField label={t('air.command.number')} problem={problem('number')}>
          {(a) => <input {...a} aria-required value={number} onChange={(e) => setNumber(e.target.value)} />}
        </AirField>
        <AirField label={t('air.command.level')} problem={problem('level')}>
          {(a) => <LevelSelect attrs={{ ...a, 'aria-required': true }} value={level} onChange={setLevel} />}
        </AirField>
        <AirField label={t('air.command.startsAt')} problem={problem('startsAt')}>
          {(a) => (
            <input
              {...a}
              type="datetime-local"
              required
              value={startsAt}
              onChange={(e) => setStartsAt(e.target.value)}
            />
          )}
        </AirField>
        <AirField label={t('air.command.endsAt')} problem={problem('endsAt')}>
          {(a) => (
            <input {...a} type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} />
          )}
        </AirField>
      </div>
      <AirField label={`${t('air.command.note')}${t('air.command.optional')}`} problem={apiProblem('note')}>
        {(a) => (
          <textarea
            {...a}
            className="air-note"
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </AirField>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('air.command.issuing') : t('air.command.issueSubmit')}
        </button>
      </div>
    </form>
  );
}

/** The order number and note, both optional, shared by the change and lift forms. */
function NumberAndNote({
  number,
  note,
  setNumber,
  setNote,
  error,
}: {
  number: string;
  note: string;
  setNumber: (v: string) => void;
  setNote: (v: string) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const apiProblem = useApiFieldProblem(error);
  return (
    <>
      <AirField
        label={`${t('air.command.number')}${t('air.command.optional')}`}
        problem={apiProblem('number')}
      >
        {(a) => <input {...a} value={number} onChange={(e) => setNumber(e.target.value)} />}
      </AirField>
      <AirField label={`${t('air.command.note')}${t('air.command.optional')}`} problem={apiProblem('note')}>
        {(a) => (
          <textarea
            {...a}
            className="air-note"
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </AirField>
    </>
  );
}

const optional = (number: string, note: string) => ({
  ...(number.trim() ? { number: number.trim() } : {}),
  ...(note.trim() ? { note: note.trim() } : {}),
});

export function ChangeAlertForm({ alert, onDone }: { alert: Alert; onDone: Done }) {
  const { t } = useTranslation();
  const [level, setLevel] = useState('');
  const [number, setNumber] = useState('');
  const [note, setNote] = useState('');
  const [levelProblem, setLevelProblem] = useState<string | null>(null);
  const { busy, error, send } = useSubmit(onDone);
  const apiProblem = useApiFieldProblem(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad = !level
      ? t('air.command.chooseLevel')
      : level === alert.level
        ? t('air.command.sameLevel')
        : null;
    setLevelProblem(bad);
    if (bad) return;
    const body = { level: level as AlertLevel, ...optional(number, note) };
    send(
      () => api.air.change(alert.id, body),
      () => t('air.command.changed'),
    );
  };
  return (
    <form className="card air-form" onSubmit={submit} noValidate aria-labelledby="change-title">
      <h2 id="change-title" className="section-title">
        {t('air.command.changeTitle')}
      </h2>
      <AirField label={t('air.command.level')} problem={levelProblem ?? apiProblem('level')}>
        {(a) => <LevelSelect attrs={{ ...a, 'aria-required': true }} value={level} onChange={setLevel} />}
      </AirField>
      <NumberAndNote number={number} note={note} setNumber={setNumber} setNote={setNote} error={error} />
      {error ? <ErrorMessage error={error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('air.command.changing') : t('air.command.changeSubmit')}
        </button>
      </div>
    </form>
  );
}

export function LiftAlertForm({ alert, onDone }: { alert: Alert; onDone: Done }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const { busy, error, send } = useSubmit(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    send(
      () => api.air.lift(alert.id, optional(number, note)),
      () => t('air.command.liftDone'),
    );
  };
  return (
    <form className="card air-form" onSubmit={submit} noValidate aria-labelledby="lift-title">
      <h2 id="lift-title" className="section-title">
        {t('air.command.liftTitle')}
      </h2>
      <NumberAndNote number={number} note={note} setNumber={setNumber} setNote={setNote} error={error} />
      {error ? <ErrorMessage error={error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary air-danger" disabled={busy}>
          {busy
            ? t('air.command.lifting')
            : confirming
              ? t('air.command.liftConfirm')
              : t('air.command.liftSubmit')}
        </button>
        {confirming ? (
          <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
            {t('air.command.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
