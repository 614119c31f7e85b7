/**
 * @module web/components/air-aqi-result
 * An AQI answer: the index in its level's colour with the category, the primary (and, under
 * HJ 633-2012, exceeding) pollutants by name, the sub-index table, health effects and advice,
 * the notes of the computation and the edition of HJ 633 applied.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { AQI_KEYS, averaging, noteParams, pollutantSymbol, unitOf } from '../lib/air-aqi.ts';
import { cssRgb, textOn } from '../lib/air-levels.ts';
import type { AqiKey, AqiResult } from '../lib/air-types.ts';

/** `(key) => "PM2.5 24小时平均"`, and a short form naming the averaging time only for O₃. */
export function useIndicatorNames(): { full: (k: AqiKey) => string; short: (k: AqiKey) => string } {
  const { t } = useTranslation();
  const avg = (k: AqiKey) => t(`air.aqi.avg${averaging(k)}`);
  return {
    full: (k) => `${pollutantSymbol(k)} ${avg(k)}`,
    short: (k) => (k.startsWith('o3_') ? `${pollutantSymbol(k)} ${avg(k)}` : pollutantSymbol(k)),
  };
}

/** The note codes the API sends (`aqi.<code>`), each worded in `air.aqi.notesList`. */
const NOTE_CODES = [
  'input_rounded',
  'pm_1h_daily_breakpoints',
  'above_limit_uses_other',
  'above_limit_fixed_iaqi',
  'fallback_unused',
  'indicators_missing',
  'publish_as_na',
] as const;

/** Every placeholder the note messages use; a missing parameter reads as empty. */
type NoteParams = Record<
  | 'indicator'
  | 'value'
  | 'rounded'
  | 'limit'
  | 'instead'
  | 'standard'
  | 'footnote'
  | 'iaqi'
  | 'for'
  | 'missing'
  | 'aqi',
  string
>;

function Notes({ notes }: { notes: AqiResult['notes'] }) {
  const { t } = useTranslation();
  const names = useIndicatorNames();
  if (notes.length === 0) return null;
  const sep = t('common.listSeparator');
  return (
    <>
      <h3>{t('air.aqi.notes')}</h3>
      <ul className="air-notes">
        {notes.map((n, i) => {
          const code = NOTE_CODES.find((c) => `aqi.${c}` === n.code);
          const params = noteParams(n.params, names.full, sep) as NoteParams;
          // A note the shell has no wording for still shows its code and parameters.
          const text = code
            ? t(`air.aqi.notesList.${code}`, params)
            : `${n.code} ${JSON.stringify(n.params)}`;
          // biome-ignore lint/suspicious/noArrayIndexKey: notes are replaced whole with each answer
          return <li key={`${n.code}-${i}`}>{text}</li>;
        })}
      </ul>
    </>
  );
}

export function AirAqiResult({ result }: { result: AqiResult }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const names = useIndicatorNames();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!result) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [result]);
  const sep = t('common.listSeparator');
  const keys = AQI_KEYS.filter((k) => result.iaqi[k] !== undefined);
  const rgb = result.color.rgb;
  return (
    <section className="card air-result" aria-labelledby="aqi-result-title">
      <h2 id="aqi-result-title" className="section-title" ref={heading} tabIndex={-1}>
        {t('air.aqi.result')}
      </h2>
      <div className="air-aqi-head" style={{ backgroundColor: cssRgb(rgb), color: textOn(rgb) }}>
        <p className="air-aqi-value">
          <span className="air-aqi-label">AQI</span> {result.aqi}
        </p>
        <p className="air-aqi-category">
          {pick(result.category)} · {t('air.aqi.level', { level: result.level })} · {pick(result.color.name)}
        </p>
      </div>
      <dl className="meta-list">
        <div>
          <dt>{t('air.aqi.primary')}</dt>
          <dd>
            {result.primary.length > 0 ? result.primary.map(names.short).join(sep) : t('air.aqi.primaryNone')}
          </dd>
        </div>
        {result.exceeding && result.exceeding.length > 0 ? (
          <div>
            <dt>{t('air.aqi.exceeding')}</dt>
            <dd>{result.exceeding.map(names.short).join(sep)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('air.aqi.healthEffects')}</dt>
          <dd>{pick(result.healthEffects)}</dd>
        </div>
        <div>
          <dt>{t('air.aqi.advice')}</dt>
          <dd>{pick(result.advice)}</dd>
        </div>
        {result.sensitiveGroups && result.sensitiveGroups.length > 0 ? (
          <div>
            <dt>{t('air.aqi.sensitiveTitle')}</dt>
            <dd>
              {result.sensitiveGroups.map((g) => (
                <p key={g.indicators.join()}>
                  {t('air.aqi.sensitive', {
                    indicators: g.indicators.map(names.short).join(sep),
                    groups: pick(g.groups),
                  })}
                </p>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      <h3>{t('air.aqi.iaqiTable')}</h3>
      <div className="air-table-wrap">
        <table className="air-table">
          <thead>
            <tr>
              <th scope="col">{t('air.aqi.indicator')}</th>
              <th scope="col">{t('air.aqi.concentration')}</th>
              <th scope="col">{t('air.aqi.iaqi')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k} className={result.primary.includes(k) ? 'air-row-primary' : undefined}>
                <th scope="row">{names.full(k)}</th>
                <td className="num">
                  {result.concentrations?.[k] ?? '—'} <span className="unit">{unitOf(k)}</span>
                </td>
                <td className="num">{result.iaqi[k]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Notes notes={result.notes} />
      <h3>{t('air.aqi.standard')}</h3>
      <p>
        <strong>{result.standard}</strong>
      </p>
      <p className="muted small">{result.standardRef}</p>
    </section>
  );
}
