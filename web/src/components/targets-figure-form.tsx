/**
 * @module web/components/targets-figure-form
 * The statistics bureau enters or corrects a year's heated-area figures (1309号 七(一): "市统计局
 * 负责将新能源供热开发利用情况纳入本市能源统计系统"): the new-energy heated area and all heated
 * area in m², as exact decimals, and the source. A correction replaces the year; both are audited.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { heatingApi } from '../lib/heating-api.ts';
import { AirField } from './air-field.tsx';
import { ErrorMessage } from './error-message.tsx';

const AREA = /^\d{1,13}(\.\d{1,6})?$/;

export function TargetsFigureForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [year, setYear] = useState('');
  const [area, setArea] = useState('');
  const [total, setTotal] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!/^\d{4}$/.test(year)) next.year = t('hb.figure.badYear');
    if (!AREA.test(area)) next.area = t('hb.figure.badArea');
    if (!AREA.test(total)) next.total = t('hb.figure.badArea');
    setProblems(next);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    setError(null);
    setSaved(null);
    heatingApi
      .setFigure(Number(year), {
        newEnergyAreaM2: area,
        totalAreaM2: total,
        ...(note.trim() ? { note: note.trim() } : {}),
      })
      .then(
        (f) => {
          setBusy(false);
          setSaved(f.year);
          onSaved();
        },
        (err: unknown) => {
          setBusy(false);
          setError(err);
        },
      );
  };

  return (
    <form className="card hb-figure-form" onSubmit={submit} noValidate aria-labelledby="hb-figure-title">
      <h3 id="hb-figure-title">{t('hb.figure.title')}</h3>
      <p className="muted small">{t('hb.figure.lead')}</p>
      <div className="facts-grid">
        <AirField label={t('hb.figure.year')} problem={problems.year}>
          {(a) => (
            <input
              {...a}
              name="year"
              inputMode="numeric"
              value={year}
              onChange={(e) => setYear(e.target.value)}
            />
          )}
        </AirField>
        <AirField label={t('hb.figure.newEnergyArea')} problem={problems.area}>
          {(a) => (
            <input
              {...a}
              name="newEnergyAreaM2"
              inputMode="decimal"
              value={area}
              onChange={(e) => setArea(e.target.value)}
            />
          )}
        </AirField>
        <AirField label={t('hb.figure.totalArea')} problem={problems.total}>
          {(a) => (
            <input
              {...a}
              name="totalAreaM2"
              inputMode="decimal"
              value={total}
              onChange={(e) => setTotal(e.target.value)}
            />
          )}
        </AirField>
        <AirField label={t('hb.figure.note')}>
          {(a) => <input {...a} name="note" value={note} onChange={(e) => setNote(e.target.value)} />}
        </AirField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('hb.figure.saving') : t('hb.figure.submit')}
        </button>
      </div>
      {saved !== null ? (
        <p className="alert air-alert-ok" role="status">
          {t('hb.figure.saved', { year: saved })}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
