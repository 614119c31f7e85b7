/**
 * @module web/components/targets-chart
 * One target of 1309号 一(三) as a column chart in inline SVG (no chart library): a column per
 * year of the statistics bureau's figures, the level the straight line to the target asks of that
 * year as a tick, and the target itself as a dashed line. Columns behind the line are drawn in
 * the warning colour. The table beside it carries the exact figures.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import type { TargetProgress } from '../lib/heating-api.ts';
import { magnitude, niceCeiling, percentText } from '../lib/heating-chart.ts';

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 56;
const TOP = 16;
const BOTTOM = 28;
const PLOT_H = HEIGHT - TOP - BOTTOM;

/** The figure plotted: the share in percent, or the area in 亿 m² (10⁸ m²). */
function plotted(target: TargetProgress, exact: string, percent: string | undefined): number {
  return target.kind === 'share' ? magnitude(percentText(percent)) : magnitude(exact) / 1e8;
}

export function TargetsChart({ target }: { target: TargetProgress }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const titleId = useId();
  const descId = useId();
  const goal =
    target.kind === 'share' ? magnitude(percentText(target.minimum)) : magnitude(target.minimum) / 1e8;
  const points = target.points.map((p) => ({
    year: p.year,
    value: plotted(target, p.value.exact, p.percent),
    required: plotted(target, p.required.exact, p.requiredPercent),
    // Columns are labelled in the chart's unit; the exact figures are in the badges and the table.
    label: target.kind === 'share' ? (p.percent ?? '') : `${(magnitude(p.value.exact) / 1e8).toFixed(2)}`,
    behind: p.status === 'behind',
  }));
  const top = niceCeiling(Math.max(goal, ...points.map((p) => Math.max(p.value, p.required))) * 1.1);
  const y = (v: number) => TOP + PLOT_H - Math.round((v / top) * PLOT_H);
  const slot = (WIDTH - LEFT) / Math.max(points.length, 1);
  const barW = Math.min(48, Math.round(slot * 0.5));
  const unit = target.kind === 'share' ? '%' : t('hb.targets.yiSqm');
  return (
    <figure className="green-chart hb-target-chart" data-target={target.targetId}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{pick(target.title)}</title>
        <desc id={descId}>
          {t('hb.targets.chartDesc', { year: target.targetYear, minimum: target.minimum })}
        </desc>
        <line x1={LEFT} x2={WIDTH} y1={y(0)} y2={y(0)} stroke="#8a8f98" />
        <text x={LEFT - 6} y={y(top) + 4} textAnchor="end" className="green-chart-value">
          {`${top}${unit}`}
        </text>
        <text x={LEFT - 6} y={y(0) + 4} textAnchor="end" className="green-chart-value">
          0
        </text>
        <line x1={LEFT} x2={WIDTH} y1={y(goal)} y2={y(goal)} stroke="#b42318" strokeDasharray="6 4" />
        {points.map((p, i) => {
          const cx = LEFT + slot * i + slot / 2;
          return (
            <g key={p.year} className={`hb-target-year${p.behind ? ' hb-behind' : ''}`}>
              <rect
                x={cx - barW / 2}
                y={y(p.value)}
                width={barW}
                height={Math.max(y(0) - y(p.value), 1)}
                fill={p.behind ? '#b7791f' : '#1f7a3a'}
                rx={2}
              >
                <title>{`${p.year}: ${p.label}`}</title>
              </rect>
              <line
                x1={cx - barW / 2 - 4}
                x2={cx + barW / 2 + 4}
                y1={y(p.required)}
                y2={y(p.required)}
                stroke="#0b55a0"
                strokeWidth={2}
              />
              <text x={cx} y={y(p.value) - 4} textAnchor="middle" className="green-chart-value">
                {p.label}
              </text>
              <text x={cx} y={HEIGHT - 8} textAnchor="middle" className="green-chart-label">
                {p.year}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="green-chart-legend">
        <span>
          <span className="hb-swatch-dashed" aria-hidden="true" />
          {t('hb.targets.goalLine', { year: target.targetYear, minimum: `${goal}${unit}` })}
        </span>
        <span>
          <span className="green-swatch" style={{ background: '#1f7a3a' }} aria-hidden="true" />
          {t('hb.targets.onTrack')}
        </span>
        <span>
          <span className="green-swatch" style={{ background: '#b7791f' }} aria-hidden="true" />
          {t('hb.targets.behind')}
        </span>
        <span>
          <span className="green-swatch" style={{ background: '#0b55a0' }} aria-hidden="true" />
          {t('hb.targets.requiredLine')}
        </span>
      </figcaption>
    </figure>
  );
}
