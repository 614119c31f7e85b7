/**
 * @module policies/jingjiguanfa-2023-29/daily-means
 * The daily values the AQI daily report (日报) reads, from 24 hourly values per station-day: the
 * 24-hour means of SO2, NO2, CO, PM10 and PM2.5, the O3 daily maximum 1-hour value (HJ 633-2012
 * §5.1.2 only) and the O3 daily maximum 8-hour moving average. Integer arithmetic on the scaled units
 * of `aqi-fast.ts` (tenths of µg/m³, hundredths of mg/m³ for CO), so every mean is an exact ratio
 * until its one rounding.
 *
 * HJ 633 does not define these statistics: HJ 633-2012 §6.1 sends "监测数据的统计与处理" to the
 * monitoring norms, HJ 633-2026 §4.2.2 to HJ 663 ("浓度依据 HJ 663 相关要求计算"). Neither GB 3095
 * nor HJ 663 is in `standards/`; the rules below are GB 3095-2012 表4 (数据统计的有效性规定) and
 * HJ 663-2013 as the project understands them, and should be checked against those texts:
 * - 24-hour mean: the arithmetic mean of the valid hours of the natural day, "每日至少有 20 个小时
 *   平均浓度值", else no value (NA).
 * - 8-hour moving average: the mean of the valid hours among 8 consecutive hours, "每 8 小时至少有
 *   6 小时平均浓度值". Hour h of the day (0–23) is the hour 'h:00–h+1:00' (labelled h+1 in the
 *   hour-ending convention); the windows are those ending at 8:00 … 24:00 ("8 时至 24 时"), i.e.
 *   hours 0–7 … 16–23: 17 windows, all within the day.
 * - Daily maximum 8-hour: the largest valid window, when at least 14 of the 17 are valid; with
 *   fewer, the value still stands when it exceeds the GB 3095-2012 二级 limit, 160 µg/m³ (a value
 *   above the limit cannot be made compliant by the missing hours).
 * - Daily maximum 1-hour O3: the largest valid hour. No minimum is coded (the norms set none we
 *   know of); a day with no valid O3 hour has none.
 * - Rounding: GB/T 8170 (round half to even) of the exact mean to an integer µg/m³ and to
 *   0.1 mg/m³ for CO — HJ 633-2026 §4.2.2 for the concentrations it indexes, and the same
 *   resolution applied to 2012 data (HJ 663-2013 cites GB/T 8170), so both editions read the values
 *   a monitoring station publishes. Rounding is monotone, so the maximum of rounded 8-hour averages
 *   equals the rounded maximum; only the maximum is rounded.
 */
import { invalidInput } from '../../engine/errors.ts';
import { FAST_NA, type FastColumns } from './aqi-fast.ts';
import { type AqiIndicator, type AqiStandard, HJ633_2012, HJ633_2026 } from './aqi-tables.ts';

/** Hourly pollutants, in the order of a monitoring record. */
export const HOURLY_POLLUTANTS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] as const;
/** One hourly pollutant. */
export type HourlyPollutant = (typeof HOURLY_POLLUTANTS)[number];

/**
 * Hourly values: for each pollutant an `Int32Array` of 24 values per station-day, station-day after
 * station-day (a station's year of 8,760 hours is 365 such days). Scaled units: tenths of µg/m³, CO
 * hundredths of mg/m³; {@link FAST_NA} = missing or invalid hour. An absent pollutant gives no values.
 */
export type HourlyColumns = Readonly<Partial<Record<HourlyPollutant, Int32Array>>>;

/** The daily values, one per station-day, in the same scaled units (FAST_NA = not valid). */
export interface DailyValues {
  readonly days: number;
  readonly so2_24h?: Int32Array;
  readonly no2_24h?: Int32Array;
  readonly co_24h?: Int32Array;
  readonly o3_1h?: Int32Array;
  readonly o3_8h?: Int32Array;
  readonly pm10_24h?: Int32Array;
  readonly pm25_24h?: Int32Array;
}

/** The validity minimums and the limit of the 8-hour exception (see the module comment). */
export interface DailyRules {
  readonly minHours24h: number;
  readonly minHours8h: number;
  readonly minWindows8h: number;
  /** The daily max 8-hour stands with fewer windows when above this (scaled: tenths of µg/m³). */
  readonly o3_8hLimit: number;
}

/** GB 3095-2012 表4 and HJ 663-2013, as coded. */
export const HJ663_RULES: DailyRules = { minHours24h: 20, minHours8h: 6, minWindows8h: 14, o3_8hLimit: 1600 };

/** Rounding step in scaled units: 1 µg/m³ = 10 tenths; CO 0.1 mg/m³ = 10 hundredths. */
const STEP = 10;

/** GB/T 8170 (round half to even) of the exact ratio `sum / n` to a multiple of `step`; integers. */
export function roundRatioHalfEven(sum: number, n: number, step: number): number {
  const den = n * step;
  const q = Math.floor(sum / den); // exact: sum < 2^53 (module aqi-fast: floor of a float quotient)
  const twice = 2 * (sum - q * den);
  return (twice > den || (twice === den && q % 2 === 1) ? q + 1 : q) * step;
}

function checkHour(p: HourlyPollutant, index: number, v: number): never {
  throw invalidInput(`${p}[${index}]`, v, `is not a scaled concentration (≥ 0) or FAST_NA (${FAST_NA})`);
}

/** 24-hour means of one pollutant. */
function mean24(p: HourlyPollutant, h: Int32Array, out: Int32Array, min: number): void {
  for (let d = 0, o = 0; d < out.length; d++, o += 24) {
    let sum = 0;
    let n = 0;
    for (let j = o; j < o + 24; j++) {
      const v = h[j]!;
      if (v >= 0) {
        sum += v;
        n++;
      } else if (v !== FAST_NA) checkHour(p, j, v);
    }
    out[d] = n >= min ? roundRatioHalfEven(sum, n, STEP) : FAST_NA;
  }
}

/** O3: daily max 1-hour and daily max 8-hour moving average. */
function o3Daily(h: Int32Array, max1h: Int32Array, max8h: Int32Array, rules: DailyRules): void {
  const sums = new Float64Array(25); // prefix sums of valid values and counts over the day's hours
  const counts = new Int32Array(25);
  for (let d = 0, o = 0; d < max1h.length; d++, o += 24) {
    let top = FAST_NA;
    for (let j = 0; j < 24; j++) {
      const v = h[o + j]!;
      if (v < 0 && v !== FAST_NA) checkHour('o3', o + j, v);
      const ok = v >= 0 ? 1 : 0;
      if (v > top) top = v;
      sums[j + 1] = sums[j]! + ok * v;
      counts[j + 1] = counts[j]! + ok;
    }
    max1h[d] = top >= 0 ? roundRatioHalfEven(top, 1, STEP) : FAST_NA;
    let bestS = 0;
    let bestK = 0;
    let windows = 0;
    for (let w = 0; w <= 16; w++) {
      const k = counts[w + 8]! - counts[w]!;
      if (k < rules.minHours8h) continue;
      windows++;
      const s = sums[w + 8]! - sums[w]!;
      // s/k > bestS/bestK, compared exactly as integers.
      if (bestK === 0 || s * bestK > bestS * k) {
        bestS = s;
        bestK = k;
      }
    }
    const best = bestK > 0 ? roundRatioHalfEven(bestS, bestK, STEP) : FAST_NA;
    max8h[d] = windows >= rules.minWindows8h || best > rules.o3_8hLimit ? best : FAST_NA;
  }
}

/**
 * The daily values of every station-day of `hourly`. Throws `ZC_ERR_INVALID_INPUT` when a column's
 * length is not a multiple of 24, the columns differ in length, or an hour is negative but not FAST_NA.
 */
export function dailyMeans(hourly: HourlyColumns, rules: DailyRules = HJ663_RULES): DailyValues {
  let len = -1;
  for (const p of HOURLY_POLLUTANTS) {
    const h = hourly[p];
    if (h === undefined) continue;
    if (h.length % 24 !== 0) throw invalidInput(p, h.length, 'is not a whole number of days (24 hours each)');
    if (len >= 0 && h.length !== len)
      throw invalidInput(p, h.length, `differs from the other columns (${len})`);
    len = h.length;
  }
  const days = Math.max(len, 0) / 24;
  const out: { -readonly [K in keyof DailyValues]: DailyValues[K] } = { days };
  const means: readonly (readonly [
    HourlyPollutant,
    'so2_24h' | 'no2_24h' | 'co_24h' | 'pm10_24h' | 'pm25_24h',
  ])[] = [
    ['so2', 'so2_24h'],
    ['no2', 'no2_24h'],
    ['co', 'co_24h'],
    ['pm10', 'pm10_24h'],
    ['pm25', 'pm25_24h'],
  ];
  for (const [p, key] of means) {
    const h = hourly[p];
    if (h === undefined) continue;
    const col = new Int32Array(days);
    mean24(p, h, col, rules.minHours24h);
    out[key] = col;
  }
  if (hourly.o3 !== undefined) {
    out.o3_1h = new Int32Array(days);
    out.o3_8h = new Int32Array(days);
    o3Daily(hourly.o3, out.o3_1h, out.o3_8h, rules);
  }
  return out;
}

/**
 * The columns of `daily` that the daily report of `standard` reads (2026 drops O3 1-hour, §4.2.2),
 * ready for `fastDailyAqi`.
 */
export function dailyReportColumns(daily: DailyValues, standard: AqiStandard): FastColumns {
  const ed = standard === 'HJ 633-2012' ? HJ633_2012 : HJ633_2026;
  const out: Partial<Record<AqiIndicator, Int32Array>> = {};
  for (const k of ed.reports.daily.indicators) {
    const col = daily[k as Exclude<keyof DailyValues, 'days'>];
    if (col !== undefined) out[k] = col;
  }
  return out;
}
