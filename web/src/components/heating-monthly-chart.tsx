/**
 * @module web/components/heating-monthly-chart
 * The post-evaluation's monthly series as a bar chart in inline SVG (no chart library): per month
 * the electricity used, the heat delivered and the water used, each series scaled to its own
 * largest month (the units differ), labelled with its exact figure, and the month's SPF beside
 * the month. The table under the chart carries the same figures.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthlyPoint } from '../lib/heating-api.ts';
import { barLength, maxOf } from '../lib/heating-chart.ts';

const SERIES = ['electricityKwh', 'heatGj', 'waterM3'] as const;
type Series = (typeof SERIES)[number];
const COLOURS: Readonly<Record<Series, string>> = {
  electricityKwh: '#b7791f',
  heatGj: '#b42318',
  waterM3: '#0b55a0',
};
const UNITS: Readonly<Record<Series, string>> = { electricityKwh: 'kWh', heatGj: 'GJ', waterM3: 'm³' };

const WIDTH = 640;
const LABEL_H = 22;
const BAR_H = 12;
const GAP = 4;
const GROUP_GAP = 12;
const BAR_W = 430;

export function HeatingMonthlyChart({ months }: { months: readonly MonthlyPoint[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const max = Object.fromEntries(SERIES.map((s) => [s, maxOf(months.map((m) => m[s].exact))])) as Record<
    Series,
    number
  >;
  const groupH = LABEL_H + SERIES.length * (BAR_H + GAP) + GROUP_GAP;
  const height = Math.max(months.length, 1) * groupH;
  return (
    <figure className="green-chart hb-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{t('hb.report.chartTitle')}</title>
        <desc id={descId}>{t('hb.report.chartDesc')}</desc>
        {months.map((m, i) => {
          const y0 = i * groupH;
          return (
            <g key={m.month} className="hb-chart-month" data-month={m.month}>
              <text x={0} y={y0 + 15} className="green-chart-label">
                {t('hb.report.monthLabel', { month: m.month, spf: m.spf?.display ?? '—' })}
              </text>
              {SERIES.map((s, k) => {
                const y = y0 + LABEL_H + k * (BAR_H + GAP);
                const w = barLength(m[s].exact, max[s], BAR_W);
                const label = `${m[s].display} ${UNITS[s]}`;
                return (
                  <g key={s}>
                    <rect x={0} y={y} width={Math.max(w, 1)} height={BAR_H} fill={COLOURS[s]} rx={2}>
                      <title>{`${t(`hb.report.${s}`)}: ${label}`}</title>
                    </rect>
                    <text x={Math.max(w, 1) + 6} y={y + BAR_H - 2} className="green-chart-value">
                      {label}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="green-chart-legend">
        {SERIES.map((s) => (
          <span key={s}>
            <span className="green-swatch" style={{ background: COLOURS[s] }} aria-hidden="true" />
            {t(`hb.report.${s}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
