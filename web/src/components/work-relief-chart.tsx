/**
 * @module web/components/work-relief-chart
 * The review's bar chart in inline SVG (no chart library): per district or project, the wage budget
 * against the wages paid and the arrears, scaled to the largest amount and labelled in yuan. Bar
 * lengths come from integer ratios of fen; the table beside it carries the exact figures.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { maxYuan, permille } from '../lib/green-money.ts';
import { groupYuan } from '../lib/money.ts';

const SERIES = ['wageBudget', 'wagesPaid', 'arrears'] as const;
type Series = (typeof SERIES)[number];
const COLOURS: Readonly<Record<Series, string>> = {
  wageBudget: '#8a99ad',
  wagesPaid: '#1f7a3a',
  arrears: '#b42318',
};
const WIDTH = 640;
const LABEL_H = 22;
const BAR_H = 14;
const GAP = 4;
const GROUP_GAP = 14;
const BAR_W = 440;

export interface ChartGroup {
  readonly key: string;
  readonly label: string;
  readonly wageBudget: string;
  readonly wagesPaid: string;
  readonly arrears: string;
}

export function WrChart({ groups }: { groups: readonly ChartGroup[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const max = maxYuan(groups.flatMap((g) => SERIES.map((s) => g[s])));
  const groupH = LABEL_H + SERIES.length * (BAR_H + GAP) + GROUP_GAP;
  const height = Math.max(groups.length * groupH, groupH);
  return (
    <figure className="green-chart wr-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{t('workRelief.review.chartTitle')}</title>
        <desc id={descId}>{t('workRelief.review.chartDesc')}</desc>
        {groups.map((g, i) => {
          const y0 = i * groupH;
          return (
            <g key={g.key}>
              <text x={0} y={y0 + 15} className="green-chart-label">
                {g.label}
              </text>
              {SERIES.map((s, k) => {
                const y = y0 + LABEL_H + k * (BAR_H + GAP);
                const w = Math.round((permille(g[s], max) * BAR_W) / 1000);
                const text = t('money.yuan', { amount: groupYuan(g[s]) });
                return (
                  <g key={s}>
                    <rect x={0} y={y} width={Math.max(w, 1)} height={BAR_H} fill={COLOURS[s]} rx={2}>
                      <title>{`${t(`workRelief.review.${s}`)}: ${text}`}</title>
                    </rect>
                    <text x={Math.max(w, 1) + 6} y={y + BAR_H - 3} className="green-chart-value">
                      {text}
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
            {t(`workRelief.review.${s}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
