/**
 * @module web/pages/air-aqi-page
 * `/air/aqi`, public: the AQI of a set of concentrations. The date of the data chooses the edition
 * of HJ 633 and with the report (daily or real-time) the inputs offered; only filled inputs are
 * sent, as decimal text, and a key the API refuses is marked with its explanation.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api } from '../api.ts';
import { useApp } from '../app-context.tsx';
import { AirAqiResult, useIndicatorNames } from '../components/air-aqi-result.tsx';
import { AirField } from '../components/air-field.tsx';
import { ErrorMessage, useErrorText } from '../components/error-message.tsx';
import { aqiBody, editionFor, indicatorsFor, unitOf } from '../lib/air-aqi.ts';
import type { AqiMode, AqiResult } from '../lib/air-types.ts';
import { isCalendarDate } from '../lib/dates.ts';

const MODES: readonly AqiMode[] = ['daily', 'hourly'];
const STANDARD = { '2012': 'HJ 633-2012', '2026': 'HJ 633-2026' } as const;

export function AirAqiPage() {
  const { t } = useTranslation();
  const { today } = useApp();
  const names = useIndicatorNames();
  const errorText = useErrorText();
  const [chosenDate, setChosenDate] = useState<string | null>(null);
  const [mode, setMode] = useState<AqiMode>('daily');
  const [values, setValues] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<readonly string[]>([]);
  const [empty, setEmpty] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<AqiResult | null>(null);
  const [busy, setBusy] = useState(false);
  const date = chosenDate ?? today;
  const keys = indicatorsFor(date, mode);
  const apiField = error instanceof ApiError ? error.field : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { body, invalid: bad } = aqiBody(keys, values);
    setInvalid(bad);
    setError(null);
    const none = Object.keys(body).length === 0 && bad.length === 0;
    setEmpty(none);
    if (bad.length > 0 || none) return;
    setBusy(true);
    api.air.aqi(date, mode, body).then(
      (r) => {
        setBusy(false);
        setResult(r);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
        setResult(null);
      },
    );
  };

  const clear = () => {
    setValues({});
    setInvalid([]);
    setEmpty(false);
    setError(null);
    setResult(null);
  };

  const problemOf = (k: string): string | null => {
    if (invalid.includes(k)) return t('air.aqi.invalidNumber');
    return apiField === k ? errorText(error) : null;
  };

  return (
    <div className="air-page">
      <title>{`${t('air.aqi.title')} · ${t('app.name')} ${t('app.nameLatin')}`}</title>
      <p className="air-back">
        <Link to="/air">← {t('air.alert.title')}</Link>
      </p>
      <header className="page-head">
        <h1>{t('air.aqi.title')}</h1>
        <p className="lead">{t('air.aqi.lead')}</p>
      </header>
      <div className="air-two">
        <form className="card air-form" onSubmit={submit} noValidate aria-labelledby="aqi-form-title">
          <h2 id="aqi-form-title" className="visually-hidden">
            {t('air.aqi.title')}
          </h2>
          <div className="air-form-grid">
            <AirField label={t('air.aqi.date')} problem={apiField === 'date' ? errorText(error) : null}>
              {(a) => (
                <input
                  {...a}
                  type="date"
                  value={date}
                  onChange={(e) => {
                    if (isCalendarDate(e.target.value)) setChosenDate(e.target.value);
                  }}
                />
              )}
            </AirField>
            <fieldset className="air-radios">
              <legend>{t('air.aqi.mode')}</legend>
              {MODES.map((m) => (
                <label key={m} className="air-check">
                  <input
                    type="radio"
                    name="mode"
                    value={m}
                    checked={mode === m}
                    onChange={() => setMode(m)}
                  />
                  <span>{t(`air.aqi.${m}`)}</span>
                </label>
              ))}
            </fieldset>
          </div>
          <p className="air-edition">{t('air.aqi.edition', { standard: STANDARD[editionFor(date)] })}</p>
          <h3>{t('air.aqi.inputs')}</h3>
          <p className="muted small">{t('air.aqi.inputsHint')}</p>
          <div className="air-form-grid">
            {keys.map((k) => (
              <AirField key={k} label={names.full(k)} problem={problemOf(k)}>
                {(a) => (
                  <div className="input-with-unit">
                    <input
                      {...a}
                      name={k}
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      value={values[k] ?? ''}
                      onChange={(e) => {
                        const v = e.target.value;
                        setValues((prev) => ({ ...prev, [k]: v }));
                        setInvalid((prev) => prev.filter((x) => x !== k));
                        setEmpty(false);
                      }}
                    />
                    <span className="unit">{unitOf(k)}</span>
                  </div>
                )}
              </AirField>
            ))}
          </div>
          {empty ? <p className="field-error">{t('air.aqi.noValues')}</p> : null}
          <div className="form-actions">
            <button type="submit" className="button button-primary air-submit" disabled={busy}>
              {busy ? t('air.aqi.calculating') : t('air.aqi.calculate')}
            </button>
            <button type="button" className="button button-secondary" onClick={clear}>
              {t('air.aqi.reset')}
            </button>
          </div>
        </form>
        <div>
          {error ? <ErrorMessage error={error} /> : null}
          {result ? <AirAqiResult result={result} /> : null}
        </div>
      </div>
    </div>
  );
}
