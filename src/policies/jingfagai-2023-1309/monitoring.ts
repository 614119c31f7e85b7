/**
 * @module policies/jingfagai-2023-1309/monitoring
 * 五(四) 强化项目全过程管理: the monitoring computations of a new-energy heating project and the
 * post-evaluation summary (项目后评价) of one project and heating season.
 *
 * > 对新能源供热项目运行的耗电量、耗水量、系统能效等指标进行监测,对碳排放总量指标进行测算评估。对已投运的
 * > 新能源供热项目组织项目后评价。
 *
 * From cumulative readings (kWh, GJ, m³; checked in `monitoring-readings.ts`): season totals
 * (last − first), heat in kWh (1 GJ = 10⁹ J ÷ 3.6 × 10⁶ J/kWh = 2500/9 kWh exactly), the seasonal
 * performance factor SPF = heat delivered (kWh) ÷ electricity (kWh), exact and shown to 2 decimals
 * (D-1309-19), carbon = electricity × the grid emission factor, a platform parameter (D-1309-20),
 * and a monthly series for charts: each register linearly interpolated at the month boundaries in
 * Asia/Shanghai (D-1309-22). Pure: no clock; the season and readings are arguments.
 */
import type { Citation } from '../../engine/citation.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { type ParameterOverrides, valueAt, withOverrides } from '../../engine/parameter.ts';
import { type CalendarDate, calendarDate } from '../../engine/period.ts';
import { add, cmp, div, mul, parseRational, type Rational, ratio, sub, ZERO } from '../../engine/rational.ts';
import { MONITORING_CITATION } from './citations.ts';
import { type Quantity, quantity } from './display.ts';
import { GRID_EMISSION_FACTOR, GRID_FACTOR_SOURCE } from './grid-emission-factor.ts';
import {
  checkReadings,
  type HeatingSeason,
  METERS,
  type Meter,
  type MeterReading,
  type ParsedReading,
  type ReadingIssue,
  shanghaiMidnight,
} from './monitoring-readings.ts';

export type { HeatingSeason, MeterReading, ReadingIssue } from './monitoring-readings.ts';

/** kWh per GJ, exactly: 10⁹ J ÷ 3.6 × 10⁶ J. */
export const KWH_PER_GJ: Rational = ratio(2500, 9);
/** Default longest interval between readings that is not a gap, hours (daily readings pass). */
export const DEFAULT_MAX_GAP_HOURS = 48;

/** The readings of one project for one heating season. */
export interface SeasonReadings {
  readonly projectId: string;
  readonly season: HeatingSeason;
  readonly readings: readonly MeterReading[];
}
export interface MonitoringOptions {
  readonly maxGapHours?: number;
  /** Run-time values of the grid factor (`GRID_EMISSION_FACTOR.id`), e.g. a newer published one. */
  readonly overrides?: ParameterOverrides;
}

/** One month of the series (the part of it the readings cover). */
export interface MonthlyPoint {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly electricityKwh: Quantity;
  readonly heatGj: Quantity;
  readonly waterM3: Quantity;
  /** `null` when no electricity was used that month. */
  readonly spf: Quantity | null;
  readonly carbonKgCo2: Quantity;
}

/** 项目后评价: the monitored indicators of one project over one heating season. */
export interface PostEvaluationSummary {
  readonly projectId: string;
  readonly season: HeatingSeason;
  readonly readings: { readonly count: number; readonly first: string; readonly last: string };
  readonly totals: {
    readonly electricityKwh: Quantity;
    readonly heatGj: Quantity;
    readonly heatKwh: Quantity;
    readonly waterM3: Quantity;
  };
  /** Seasonal performance factor; `null` when no electricity was used. */
  readonly spf: Quantity | null;
  readonly carbon: {
    readonly kgCo2: Quantity;
    readonly tCo2: Quantity;
    readonly factor: {
      readonly parameterId: string;
      readonly value: string;
      readonly unit: string;
      readonly from: CalendarDate;
      readonly source: Bilingual;
      readonly platformParameter: true;
    };
  };
  readonly monthly: readonly MonthlyPoint[];
  readonly warnings: readonly ReadingIssue[];
  readonly citation: Citation;
  readonly interpretations: readonly string[];
}

/** The summary, or — when a reading has an error — every issue and no figures. */
export type SeasonResult =
  | { readonly ok: true; readonly summary: PostEvaluationSummary }
  | {
      readonly ok: false;
      readonly projectId: string;
      readonly season: HeatingSeason;
      readonly errors: readonly ReadingIssue[];
      readonly warnings: readonly ReadingIssue[];
    };

const DIGITS: Readonly<Record<Meter | 'heatKwh' | 'spf' | 'kg' | 't', number>> = {
  electricityKwh: 2,
  heatGj: 3,
  waterM3: 2,
  heatKwh: 2,
  spf: 2,
  kg: 2,
  t: 3,
};

/** SPF = heat (GJ → kWh) ÷ electricity (kWh), exact; null when electricity is zero. */
export function seasonalPerformanceFactor(heatGj: Rational, electricityKwh: Rational): Rational | null {
  return cmp(electricityKwh, ZERO) > 0 ? div(mul(heatGj, KWH_PER_GJ), electricityKwh) : null;
}

/** The register `m` interpolated linearly at instant `t` (inside the readings' span). */
function registerAt(parsed: readonly ParsedReading[], m: Meter, t: number): Rational {
  let i = 0;
  while (i < parsed.length - 2 && parsed[i + 1]!.t <= t) i++;
  const a = parsed[i]!;
  const b = parsed[i + 1]!;
  if (t <= a.t) return a.values[m];
  if (t >= b.t) return b.values[m];
  return add(a.values[m], mul(sub(b.values[m], a.values[m]), ratio(t - a.t, b.t - a.t)));
}

/** The months (Asia/Shanghai) the span touches, with their boundaries clamped to the span. */
function months(first: number, last: number): { month: string; start: number; end: number }[] {
  const shanghai = (t: number) => new Date(t + 8 * 3_600_000);
  const d0 = shanghai(first);
  let y = d0.getUTCFullYear();
  let mo = d0.getUTCMonth() + 1;
  const out: { month: string; start: number; end: number }[] = [];
  for (;;) {
    const start = shanghaiMidnight(calendarDate(y, mo, 1));
    if (start >= last) break;
    const [ny, nm] = mo === 12 ? [y + 1, 1] : [y, mo + 1];
    const end = shanghaiMidnight(calendarDate(ny, nm, 1));
    out.push({
      month: `${y}-${String(mo).padStart(2, '0')}`,
      start: Math.max(start, first),
      end: Math.min(end, last),
    });
    [y, mo] = [ny, nm];
  }
  return out;
}

/** Checks the readings and, when they have no error, computes the post-evaluation summary. */
export function summarizeSeason(input: SeasonReadings, options: MonitoringOptions = {}): SeasonResult {
  const maxGapHours = options.maxGapHours ?? DEFAULT_MAX_GAP_HOURS;
  const { parsed, issues } = checkReadings(input.readings, input.season, maxGapHours);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const first = parsed[0];
  const last = parsed[parsed.length - 1];
  if (errors.length > 0 || !first || !last) {
    return { ok: false, projectId: input.projectId, season: input.season, errors, warnings };
  }
  const factorValue = valueAt(withOverrides(GRID_EMISSION_FACTOR, options.overrides), input.season.from);
  const factor = parseRational(factorValue.value, GRID_EMISSION_FACTOR.id);
  const delta = (m: Meter, a: number, b: number) => sub(registerAt(parsed, m, b), registerAt(parsed, m, a));
  const totals = Object.fromEntries(METERS.map((m) => [m, sub(last.values[m], first.values[m])])) as Record<
    Meter,
    Rational
  >;
  const spf = seasonalPerformanceFactor(totals.heatGj, totals.electricityKwh);
  const kg = mul(totals.electricityKwh, factor);
  const monthly = months(first.t, last.t).map(({ month, start, end }): MonthlyPoint => {
    const e = delta('electricityKwh', start, end);
    const h = delta('heatGj', start, end);
    const mSpf = seasonalPerformanceFactor(h, e);
    return {
      month,
      electricityKwh: quantity(e, DIGITS.electricityKwh),
      heatGj: quantity(h, DIGITS.heatGj),
      waterM3: quantity(delta('waterM3', start, end), DIGITS.waterM3),
      spf: mSpf === null ? null : quantity(mSpf, DIGITS.spf),
      carbonKgCo2: quantity(mul(e, factor), DIGITS.kg),
    };
  });
  return {
    ok: true,
    summary: {
      projectId: input.projectId,
      season: input.season,
      readings: {
        count: parsed.length,
        first: input.readings[first.row]!.at,
        last: input.readings[last.row]!.at,
      },
      totals: {
        electricityKwh: quantity(totals.electricityKwh, DIGITS.electricityKwh),
        heatGj: quantity(totals.heatGj, DIGITS.heatGj),
        heatKwh: quantity(mul(totals.heatGj, KWH_PER_GJ), DIGITS.heatKwh),
        waterM3: quantity(totals.waterM3, DIGITS.waterM3),
      },
      spf: spf === null ? null : quantity(spf, DIGITS.spf),
      carbon: {
        kgCo2: quantity(kg, DIGITS.kg),
        tCo2: quantity(div(kg, ratio(1000)), DIGITS.t),
        factor: {
          parameterId: GRID_EMISSION_FACTOR.id,
          value: factorValue.value,
          unit: GRID_EMISSION_FACTOR.unit ?? 'kgCO2/kWh',
          from: factorValue.from,
          source: GRID_FACTOR_SOURCE,
          platformParameter: true,
        },
      },
      monthly,
      warnings,
      citation: MONITORING_CITATION,
      interpretations: ['D-1309-19', 'D-1309-20', 'D-1309-21', 'D-1309-22'],
    },
  };
}

/** Summaries of many project-seasons, in input order. */
export function summarizeSeasons(
  inputs: readonly SeasonReadings[],
  options: MonitoringOptions = {},
): SeasonResult[] {
  return inputs.map((i) => summarizeSeason(i, options));
}
