/**
 * @module web/components/air-forecast-helper
 * "Propose from the forecast": a first day and the daily AQI forecast → the level the plan calls
 * for (二(一)), with the run of days that set it, the response, command and duty. A proposal
 * can fill in the order form; the order itself stays the municipal one.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { parseDailyAqi } from '../lib/air-command.ts';
import { isAlertLevel } from '../lib/air-levels.ts';
import { nextDay } from '../lib/air-time.ts';
import type { AlertLevelSuggestion } from '../lib/air-types.ts';
import type { IssueDraft } from './air-alert-forms.tsx';
import { AirField, useApiFieldProblem } from './air-field.tsx';
import { ErrorMessage } from './error-message.tsx';

/** The API names `dailyAqi[3]`; the form has one field for the whole list. */
const toFormField = (f: string | null) => (f?.startsWith('dailyAqi') ? 'dailyAqi' : f);

export function AirForecastHelper({ today, onUse }: { today: string; onUse: (draft: IssueDraft) => void }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const [start, setStart] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [listProblem, setListProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [answer, setAnswer] = useState<AlertLevelSuggestion | null>(null);
  const apiProblem = useApiFieldProblem(error, toFormField);
  const first = start ?? today;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseDailyAqi(text);
    if (!parsed.ok) {
      setListProblem(
        parsed.index === null
          ? t('air.command.forecastEmpty')
          : t('air.command.forecastBad', { n: parsed.index + 1 }),
      );
      return;
    }
    setListProblem(null);
    setBusy(true);
    setError(null);
    api.air.alertLevel({ start: first, dailyAqi: parsed.values }).then(
      (r) => {
        setBusy(false);
        setAnswer(r);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
        setAnswer(null);
      },
    );
  };

  const run = answer?.reason?.run;
  const use = () => {
    if (!answer || !isAlertLevel(answer.level) || !run) return;
    onUse({
      level: answer.level,
      startsAt: `${run.from}T00:00`,
      endsAt: `${nextDay(run.to)}T00:00`,
      note: t('air.command.forecastNote', { from: run.from, to: run.to, values: run.values.join(', ') }),
    });
  };

  return (
    <form className="card air-form" onSubmit={submit} noValidate aria-labelledby="forecast-title">
      <h2 id="forecast-title" className="section-title">
        {t('air.command.forecastTitle')}
      </h2>
      <p className="muted small">{t('air.command.forecastLead')}</p>
      <div className="air-form-grid">
        <AirField label={t('air.command.forecastStart')} problem={apiProblem('start')}>
          {(a) => (
            <input {...a} type="date" value={first} onChange={(e) => setStart(e.target.value || null)} />
          )}
        </AirField>
        <AirField
          label={t('air.command.forecastAqi')}
          hint={t('air.command.forecastAqiHint')}
          problem={listProblem ?? apiProblem('dailyAqi')}
        >
          {(a) => (
            <input
              {...a}
              inputMode="numeric"
              autoComplete="off"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setListProblem(null);
              }}
            />
          )}
        </AirField>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={busy}>
          {busy ? t('air.command.proposing') : t('air.command.propose')}
        </button>
      </div>
      {answer ? (
        <div className="air-suggestion" role="status">
          {isAlertLevel(answer.level) ? (
            <>
              <p className="air-suggestion-level">
                {t('air.command.suggestion', { level: t(`air.levels.${answer.level}`) })}
                {answer.response ? ` · ${t(`air.response.${answer.response}`)}` : null}
              </p>
              {run ? (
                <p>
                  {t('air.command.run', {
                    from: run.from,
                    to: run.to,
                    days: run.days,
                    values: run.values.join(', '),
                  })}
                  {answer.reason?.description
                    ? t('air.command.runWhy', { why: pick(answer.reason.description) })
                    : null}
                </p>
              ) : null}
              {answer.command ? (
                <p>
                  <strong>{t('air.command.commandBy')}</strong> {pick(answer.command)}
                </p>
              ) : null}
              {answer.duty ? (
                <p>
                  <strong>{t('air.command.duty')}</strong> {pick(answer.duty)}
                </p>
              ) : null}
              <button type="button" className="button button-primary button-small" onClick={use}>
                {t('air.command.useSuggestion')}
              </button>
            </>
          ) : (
            <p>{t('air.command.suggestionNone')}</p>
          )}
        </div>
      ) : null}
    </form>
  );
}
