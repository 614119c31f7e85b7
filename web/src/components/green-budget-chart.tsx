/**
 * @module web/components/green-budget-chart
 * The budget as a bar chart in inline SVG (no chart library): per bureau or per item, three bars
 * (committed, approved, paid) scaled to the largest amount, each labelled in 万元. Bar lengths
 * come from integer ratios of fen; the table beside it carries the exact figures.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetGroup } from '../lib/green-budget.ts';
import { maxYuan, permille, yuanToWan } from '../lib/green-money.ts';

const SERIES = ['committed', 'approved', 'paid'] as const;
type Series = (typeof SERIES)[number];
const COLOURS: Readonly<Record<Series, string>> = {
  committed: '#b7791f',
  approved: '#0b55a0',
  paid: '#1f7a3a',
};

const WIDTH = 640;
const LABEL_H = 22;
const BAR_H = 14;
const GAP = 4;
const GROUP_GAP = 14;
const BAR_W = 460;

export function GreenBudgetChart({
  groups,
  label,
}: {
  groups: readonly BudgetGroup[];
  label: (g: BudgetGroup) => string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const max = maxYuan(groups.flatMap((g) => SERIES.map((s) => g[s])));
  const groupH = LABEL_H + SERIES.length * (BAR_H + GAP) + GROUP_GAP;
  const height = Math.max(groups.length * groupH, groupH);
  return (
    <figure className="green-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{t('green.budget.chartTitle')}</title>
        <desc id={descId}>{t('green.budget.chartDesc')}</desc>
        {groups.map((g, i) => {
          const y0 = i * groupH;
          return (
            <g key={g.key} className="green-chart-group">
              <text x={0} y={y0 + 15} className="green-chart-label">
                {label(g)}
              </text>
              {SERIES.map((s, k) => {
                const y = y0 + LABEL_H + k * (BAR_H + GAP);
                const w = Math.round((permille(g[s], max) * BAR_W) / 1000);
                return (
                  <g key={s}>
                    <rect x={0} y={y} width={Math.max(w, 1)} height={BAR_H} fill={COLOURS[s]} rx={2}>
                      <title>{`${t(`green.budget.${s}`)}: ${t('green.money.wan', { amount: yuanToWan(g[s]) })}`}</title>
                    </rect>
                    <text x={Math.max(w, 1) + 6} y={y + BAR_H - 3} className="green-chart-value">
                      {t('green.money.wan', { amount: yuanToWan(g[s]) })}
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
            {t(`green.budget.${s}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
