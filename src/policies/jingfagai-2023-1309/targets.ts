/**
 * @module policies/jingfagai-2023-1309/targets
 * 一(三) 发展目标: the city-wide new-energy heating targets and the progress of yearly figures.
 *
 * > 到2025年,……力争全市新能源供热面积累计达到1.45亿平方米,新能源供热面积占全市供热面积比重达到10%以上。
 * > 到2030年,……力争新能源供热面积占全市供热面积比重达到15%以上。
 *
 * Share = new-energy heated area ÷ all heated area, exact, shown as a percentage to 2 decimals;
 * "达到…以上" is met at the value itself (D-1309-24). Progress (D-1309-23): in or after the target
 * year a figure is on track when it meets the target; before it, when it is on or above the straight
 * line from the baseline (the earliest figure, unless one is given) to the target in the target
 * year. The targets are "力争" (to strive for): progress informs, it decides nothing.
 */
import type { Citation } from '../../engine/citation.ts';
import { ZhengceError } from '../../engine/errors.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { type Parameter, parameter, valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { add, cmp, div, mul, parseRational, type Rational, ratio, sub } from '../../engine/rational.ts';
import { FROM, POLICY_ID, TARGET_2025_CITATION, TARGET_2030_CITATION } from './citations.ts';
import { fixed, percent, type Quantity, quantity } from './display.ts';

/** A target: the year it is for and the minimum it asks, exact decimal text (m², or a share). */
export interface TargetValue {
  readonly targetYear: number;
  readonly minimum: string;
}
export type TargetKind = 'area' | 'share';

function target(id: string, zh: string, en: string, unit: string, value: TargetValue, citation: Citation) {
  return parameter<TargetValue>({
    id: `${POLICY_ID}.target.${id}`,
    title: { zh, en },
    unit,
    values: [{ from: FROM, value, citation }],
  });
}

/** 一(三): 1.45 亿 m² of new-energy heated area by 2025. */
export const AREA_TARGET_2025 = target(
  'area-2025',
  '2025年全市新能源供热面积累计',
  'City-wide new-energy heated area by 2025',
  'm²',
  { targetYear: 2025, minimum: '145000000' },
  TARGET_2025_CITATION,
);
/** 一(三): a share of at least 10% by 2025. */
export const SHARE_TARGET_2025 = target(
  'share-2025',
  '2025年新能源供热面积占全市供热面积比重',
  'New-energy share of heated area by 2025',
  '%',
  { targetYear: 2025, minimum: '10%' },
  TARGET_2025_CITATION,
);
/** 一(三): a share of at least 15% by 2030. */
export const SHARE_TARGET_2030 = target(
  'share-2030',
  '2030年新能源供热面积占全市供热面积比重',
  'New-energy share of heated area by 2030',
  '%',
  { targetYear: 2030, minimum: '15%' },
  TARGET_2030_CITATION,
);

export const TARGETS: readonly { readonly kind: TargetKind; readonly param: Parameter<TargetValue> }[] = [
  { kind: 'area', param: AREA_TARGET_2025 },
  { kind: 'share', param: SHARE_TARGET_2025 },
  { kind: 'share', param: SHARE_TARGET_2030 },
];

/** One year's city-wide figures. */
export interface YearlyFigure {
  readonly year: number;
  /** New-energy heated area, m² (cumulative). */
  readonly newEnergyAreaM2: string | number;
  /** All heated area, m². */
  readonly totalAreaM2: string | number;
}

/** One year against one target. */
export interface ProgressPoint {
  readonly year: number;
  /** The figure compared: area in m², or the share (exact) with `percent`. */
  readonly value: Quantity;
  readonly percent?: string;
  /** Where the straight line to the target stands that year (the target itself from its year on). */
  readonly required: Quantity;
  readonly requiredPercent?: string;
  readonly achieved: boolean;
  readonly status: 'on_track' | 'behind';
}
export interface TargetProgress {
  readonly targetId: string;
  readonly kind: TargetKind;
  readonly title: Bilingual;
  readonly targetYear: number;
  readonly minimum: string;
  readonly citation: Citation;
  readonly baselineYear: number;
  readonly points: readonly ProgressPoint[];
  /** The interpretation decisions applied (docs/interpretations-1309.md). */
  readonly interpretations: readonly string[];
}

function bad(field: string, value: unknown, en: string, zh: string): ZhengceError {
  return new ZhengceError('ZC_ERR_INVALID_INPUT', `${field}: ${JSON.stringify(value)} ${en}`, {
    field,
    value,
    messageZh: `${field}：${JSON.stringify(value)} ${zh}`,
  });
}

/** Reads and checks the figures (throws `ZC_ERR_INVALID_INPUT` naming the field). */
function readFigures(figures: readonly YearlyFigure[]) {
  if (figures.length === 0) throw bad('figures', [], 'is empty', '为空');
  const seen = new Set<number>();
  return figures
    .map((f, i) => {
      if (!Number.isInteger(f.year) || f.year < 2000 || f.year > 2100)
        throw bad(
          `figures[${i}].year`,
          f.year,
          'is not a year between 2000 and 2100',
          '不是2000至2100之间的年份',
        );
      if (seen.has(f.year))
        throw bad(`figures[${i}].year`, f.year, 'repeats an earlier year', '与前面的年份重复');
      seen.add(f.year);
      const read = (k: 'newEnergyAreaM2' | 'totalAreaM2') => {
        const text = String(f[k]).trim();
        if (!/^\d+(\.\d+)?$/.test(text))
          throw bad(`figures[${i}].${k}`, f[k], 'is not a non-negative decimal', '不是非负十进制数');
        return parseRational(text);
      };
      const area = read('newEnergyAreaM2');
      const total = read('totalAreaM2');
      if (total.n === 0n) throw bad(`figures[${i}].totalAreaM2`, f.totalAreaM2, 'is zero', '为零');
      if (cmp(area, total) > 0)
        throw bad(
          `figures[${i}].newEnergyAreaM2`,
          f.newEnergyAreaM2,
          'exceeds the total heated area',
          '超过全市供热面积',
        );
      return { year: f.year, area, share: div(area, total) };
    })
    .sort((a, b) => a.year - b.year);
}

/**
 * Progress of yearly figures towards each target in force on `asOf`. `baselineYear` chooses the
 * figure the straight line starts from (default: the earliest).
 */
export function targetProgress(
  figures: readonly YearlyFigure[],
  asOf: CalendarDate,
  baselineYear?: number,
): TargetProgress[] {
  const rows = readFigures(figures);
  const base = baselineYear === undefined ? rows[0]! : rows.find((r) => r.year === baselineYear);
  if (!base) throw bad('baselineYear', baselineYear, 'has no figure', '没有对应年份的数据');
  return TARGETS.map(({ kind, param }) => {
    const v = valueAt(param, asOf);
    const goal = parseRational(v.value.minimum);
    const Y = v.value.targetYear;
    const pick = (r: (typeof rows)[number]) => (kind === 'area' ? r.area : r.share);
    const b = pick(base);
    const requiredIn = (year: number): Rational => {
      if (year >= Y || base.year >= Y || cmp(b, goal) >= 0) return goal;
      if (year <= base.year) return b;
      return add(b, mul(sub(goal, b), ratio(year - base.year, Y - base.year)));
    };
    const show = (x: Rational) => (kind === 'area' ? quantity(x, 2) : quantity(x, 6));
    const points = rows
      .filter((r) => r.year >= base.year)
      .map((r): ProgressPoint => {
        const value = pick(r);
        const required = requiredIn(r.year);
        const achieved = cmp(value, goal) >= 0;
        const status = achieved || cmp(value, required) >= 0 ? 'on_track' : 'behind';
        return kind === 'area'
          ? { year: r.year, value: show(value), required: show(required), achieved, status }
          : {
              year: r.year,
              value: show(value),
              percent: percent(value, 2),
              required: show(required),
              requiredPercent: percent(required, 2),
              achieved,
              status,
            };
      });
    return {
      targetId: param.id,
      kind,
      title: param.title,
      targetYear: Y,
      minimum: kind === 'area' ? fixed(goal, 0) : v.value.minimum,
      citation: v.citation,
      baselineYear: base.year,
      points,
      interpretations: ['D-1309-23', 'D-1309-24'],
    };
  });
}
