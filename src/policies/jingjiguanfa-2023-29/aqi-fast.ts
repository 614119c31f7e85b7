/**
 * @module policies/jingjiguanfa-2023-29/aqi-fast
 * The AQI of `aqi.ts` for bulk data: the same tables (read from `aqi-tables.ts`), the same footnotes,
 * 2026 input rounding, primary pollutants and levels, in scaled-integer arithmetic on JS numbers
 * instead of bigint rationals. Results are identical to `computeAqi` (a property test compares them).
 *
 * Scaled units: every µg/m³ indicator in tenths (0.1 µg/m³), CO in hundredths (0.01 mg/m³). Every
 * breakpoint of both editions is an integer in µg/m³ or mg/m³, so an integer in these units too.
 * Accepted precision of a number input: at most one decimal in µg/m³, two in mg/m³ (CO). A float
 * `x` is accepted iff `k = Math.round(x·s)` satisfies `k / s === x` (s = 10 or 100) and k < 2^40.
 * Exact: for a decimal d = k₀/s with k₀ < 2^40, the nearest double x has |x − d| ≤ d·2⁻⁵³, and `x·s`
 * is computed with another relative error ≤ 2⁻⁵³, so |fl(x·s) − k₀| ≤ k₀·2⁻⁵² < 0.5 and `Math.round`
 * gives k₀; `k₀ / s` is correctly rounded, so it is x. Conversely, when the test passes x is the
 * double nearest to k/s; its rounding interval (at most x·2⁻⁵² < 2⁻¹² wide) holds no other multiple
 * of 1/s, so `String(x)` (the shortest text that reads back as x), which the exact module parses,
 * is k/s. A value with more decimals (35.55) fails the test and is rejected (status
 * {@link FAST_STATUS}.badPrecision), never rounded silently. Strings are not accepted here.
 *
 * Formula (1) as an integer ceiling: IAQI = IL + ⌈(IH − IL)(C − BPL) / (BPH − BPL)⌉ with IL an
 * integer. Numerators stay below 2^31, far under 2^53, where `Math.floor(n / d)` is the exact floor
 * (the float quotient's error is below 1/d, the least distance of a non-integer n/d to an integer).
 */
import { invalidInput } from '../../engine/errors.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { parseRational } from '../../engine/rational.ts';
import { editionFor } from './aqi.ts';
import {
  AQI_INDICATORS,
  type AqiColumn,
  type AqiEdition,
  type AqiIndicator,
  type AqiMode,
  type AqiStandard,
  HJ633_2012,
  HJ633_2026,
  IAQI_STEPS,
} from './aqi-tables.ts';

/** A missing value in a scaled `Int32Array` column (any value ≥ 0 is a concentration). */
export const FAST_NA = -1;

/** Scaled units per natural unit of each indicator (index as in `AQI_INDICATORS`): 10, CO 100. */
export const FAST_SCALE: readonly number[] = AQI_INDICATORS.map((k) => (k.startsWith('co_') ? 100 : 10));

/**
 * Per-record outcome of the column path, one for each way `computeAqi` rejects a record: no
 * indicator of the report given; above the table's top with no footnote (D-29-1); above 800 where a
 * 2012 footnote uses another indicator that is missing; AQI below 1 (2026 §4.1.1); negative or not
 * finite; more decimals than the accepted precision.
 */
export const FAST_STATUS = {
  ok: 0,
  noIndicator: 1,
  aboveTable: 2,
  fallbackMissing: 3,
  belowMin: 4,
  badValue: 5,
  badPrecision: 6,
} as const;

const N = AQI_INDICATORS.length;
const INDEX = new Map<AqiIndicator, number>(AQI_INDICATORS.map((k, i) => [k, i]));

/**
 * One report compiled to indexes (`AQI_INDICATORS` order) and scaled integers: indicators and
 * fallbacks, a bitmask of accepted keys, each one's column breakpoints, and what happens above the
 * last breakpoint (`aboveKind` 0 reject, 1 fixed IAQI `aboveArg`, 2 use indicator `aboveArg`).
 */
interface FastReport {
  readonly indicators: readonly number[];
  readonly fallbacks: readonly number[];
  readonly accepted: number;
  readonly bp: readonly (Int32Array | undefined)[];
  readonly aboveKind: Int8Array;
  readonly aboveArg: Int16Array;
}

/** An edition compiled; `roundStep[i]`: 2026 §4.2.2 rounding step in scaled units, 0 for none. */
interface FastEdition {
  readonly standard: AqiStandard;
  readonly roundStep: Int32Array;
  /** The highest AQI of each level but the last (Table 2 of 2012, Table 1 of 2026). */
  readonly levelMax: readonly number[];
  readonly aqiMin: number;
  readonly reports: Readonly<Record<AqiMode, FastReport>>;
}

/** A decimal limit of the tables in scaled units; throws if it is not an integer there. */
function scaled(text: string, scale: number): number {
  const q = parseRational(text);
  const v = (q.n * BigInt(scale)) / q.d;
  if (v * q.d !== q.n * BigInt(scale)) throw new Error(`${text} is not exact in units of 1/${scale}`);
  return Number(v);
}

function compileReport(ed: AqiEdition, mode: AqiMode): FastReport {
  const r = ed.reports[mode];
  const bp: (Int32Array | undefined)[] = new Array(N).fill(undefined);
  const aboveKind = new Int8Array(N);
  const aboveArg = new Int16Array(N);
  let accepted = 0;
  for (const key of [...r.indicators, ...r.fallbacks]) {
    const i = INDEX.get(key)!;
    accepted |= 1 << i;
    const col = ed.columns[r.columnOf[key] ?? (key as AqiColumn)];
    bp[i] = Int32Array.from(col.limits, (t) => scaled(t, FAST_SCALE[i]!));
    const a = col.aboveTop;
    if (a?.kind === 'fixed_iaqi') [aboveKind[i], aboveArg[i]] = [1, a.iaqi];
    if (a?.kind === 'use_indicator') [aboveKind[i], aboveArg[i]] = [2, INDEX.get(a.indicator)!];
  }
  const idx = (ks: readonly AqiIndicator[]) => ks.map((k) => INDEX.get(k)!).sort((a, b) => a - b);
  return { indicators: idx(r.indicators), fallbacks: idx(r.fallbacks), accepted, bp, aboveKind, aboveArg };
}

function compile(ed: AqiEdition): FastEdition {
  const dp = ed.inputRounding;
  const unit = (i: number) => (FAST_SCALE[i] === 100 ? 'mg/m³' : 'µg/m³');
  return {
    standard: ed.standard,
    roundStep: Int32Array.from(FAST_SCALE, (sc, i) => (dp ? scaled(`1e-${dp[unit(i)]}`, sc) : 0)),
    levelMax: ed.levels.flatMap((l) => (l.maxAqi === undefined ? [] : [l.maxAqi])),
    aqiMin: ed.aqiMin,
    reports: { daily: compileReport(ed, 'daily'), hourly: compileReport(ed, 'hourly') },
  };
}

const EDITIONS: Readonly<Record<AqiStandard, FastEdition>> = {
  'HJ 633-2012': compile(HJ633_2012),
  'HJ 633-2026': compile(HJ633_2026),
};

/** GB/T 8170 (round half to even) of a non-negative scaled integer to a multiple of `step`. */
export function roundHalfEvenStep(v: number, step: number): number {
  const q = Math.floor(v / step);
  const twice = 2 * (v - q * step);
  return (twice > step || (twice === step && q % 2 === 1) ? q + 1 : q) * step;
}

/** Formula (1) on scaled integers; -1 above the last breakpoint. */
function iaqiOf(bp: Int32Array, c: number): number {
  for (let i = 1; i < bp.length; i++) {
    const hi = bp[i]!;
    if (c > hi) continue;
    const lo = bp[i - 1]!;
    const iLo = IAQI_STEPS[i - 1]!;
    const num = (IAQI_STEPS[i]! - iLo) * (c - lo);
    const den = hi - lo;
    const q = Math.floor(num / den);
    return iLo + (q * den === num ? q : q + 1);
  }
  return -1;
}

/** One evaluation's inputs (scaled, FAST_NA when absent), IAQIs (-1: none), and the index at fault. */
interface Scratch {
  readonly c: Float64Array;
  readonly iaqi: Int32Array;
  culprit: number;
}
const newScratch = (): Scratch => ({ c: new Float64Array(N), iaqi: new Int32Array(N), culprit: -1 });

/**
 * The AQI of one record already in scaled units (`s.c`, FAST_NA when absent, keys checked by the
 * caller): ≥ 0, or minus a {@link FAST_STATUS} code with `s.culprit` set.
 */
function evaluate(ed: FastEdition, rep: FastReport, s: Scratch): number {
  const { c, iaqi } = s;
  s.culprit = -1;
  iaqi.fill(-1);
  let any = false;
  for (const i of rep.indicators) if (c[i]! >= 0) any = true;
  if (!any) return -FAST_STATUS.noIndicator;
  for (let i = 0; i < N; i++)
    if (ed.roundStep[i]! > 0 && c[i]! > 0) c[i] = roundHalfEvenStep(c[i]!, ed.roundStep[i]!);
  let standIns = 0;
  for (const i of rep.indicators) {
    if (c[i]! < 0) continue;
    const v = iaqiOf(rep.bp[i]!, c[i]!);
    if (v >= 0) iaqi[i] = v;
    else if (rep.aboveKind[i] === 1) iaqi[i] = rep.aboveArg[i]!;
    else if (rep.aboveKind[i] === 2 && c[rep.aboveArg[i]!]! >= 0) standIns |= 1 << rep.aboveArg[i]!;
    else {
      s.culprit = i;
      return -(rep.aboveKind[i] === 2 ? FAST_STATUS.fallbackMissing : FAST_STATUS.aboveTable);
    }
  }
  for (const i of rep.fallbacks) {
    if (c[i]! < 0 || !(standIns & (1 << i))) continue;
    iaqi[i] = iaqiOf(rep.bp[i]!, c[i]!);
    if (iaqi[i]! < 0) {
      s.culprit = i;
      return -FAST_STATUS.aboveTable;
    }
  }
  let aqi = 0;
  for (let i = 0; i < N; i++) if (iaqi[i]! > aqi) aqi = iaqi[i]!;
  return aqi < ed.aqiMin ? -FAST_STATUS.belowMin : aqi;
}

/** The level (1–6) of an AQI in the edition's levels table. */
function levelOf(ed: FastEdition, aqi: number): 1 | 2 | 3 | 4 | 5 | 6 {
  let l = 1;
  for (const m of ed.levelMax) if (aqi > m) l++;
  return l as 1 | 2 | 3 | 4 | 5 | 6;
}

/** A number in natural units to scaled units, exactly; -status when not accepted. */
export function toScaled(x: number, scale: number): number {
  if (!Number.isFinite(x) || x < 0) return -FAST_STATUS.badValue;
  const k = Math.round(x * scale);
  if (k >= 2 ** 40) return -FAST_STATUS.badValue;
  return k / scale === x ? k : -FAST_STATUS.badPrecision;
}

/** What {@link fastAqiOne} returns: the fields of `AqiResult` that decide. */
export interface FastAqiResult {
  readonly standard: AqiStandard;
  readonly mode: AqiMode;
  readonly aqi: number;
  readonly iaqi: Partial<Record<AqiIndicator, number>>;
  readonly primary: AqiIndicator[];
  readonly level: 1 | 2 | 3 | 4 | 5 | 6;
}

/** Why a record was rejected, en and zh, by {@link FAST_STATUS} code. */
const WHY: readonly (readonly [string, string])[] = [
  ['', ''],
  ['has no concentrations of the report', '没有报告指标的浓度'],
  ['is above the top of the table; not capped at 500 (D-29-1)', '超过浓度限值上限，不按 500 截断（D-29-1）'],
  ['is above 800 and the indicator its footnote uses instead is missing', '高于 800，表注所用的替代指标缺失'],
  ['gives AQI 0, below the range 1–500 (HJ 633-2026 §4.1.1)', '空气质量指数为 0，低于 1～500 的范围'],
  ['is not a non-negative finite number', '不是非负有限数值'],
  [
    'has more decimals than accepted (µg/m³: 1, CO mg/m³: 2)',
    '小数位数超出允许范围（µg/m³ 1 位，CO mg/m³ 2 位）',
  ],
];

const scratchOne = newScratch();

/**
 * The AQI of one record, like `computeAqi(values, { date, mode })` (same edition by date, same
 * accepted keys, same errors as `ZC_ERR_INVALID_INPUT`), for numbers within the accepted precision.
 */
export function fastAqiOne(
  values: Readonly<Partial<Record<AqiIndicator, number>>>,
  date: CalendarDate,
  mode: AqiMode,
): FastAqiResult {
  if (mode !== 'daily' && mode !== 'hourly') throw invalidInput('mode', mode, "is not 'daily' or 'hourly'");
  const ed = EDITIONS[editionFor(date).standard];
  const rep = ed.reports[mode];
  const s = scratchOne;
  s.c.fill(FAST_NA);
  for (const [key, x] of Object.entries(values)) {
    if (x === undefined) continue;
    const i = INDEX.get(key as AqiIndicator);
    if (i === undefined || !(rep.accepted & (1 << i))) {
      throw invalidInput(key, x, `is not an indicator of the ${ed.standard} ${mode} report`);
    }
    const k = typeof x === 'number' ? toScaled(x, FAST_SCALE[i]!) : -FAST_STATUS.badValue;
    if (k < 0) throw invalidInput(key, x, ...WHY[-k]!);
    s.c[i] = k;
  }
  const aqi = evaluate(ed, rep, s);
  if (aqi < 0) {
    const field = s.culprit < 0 ? 'input' : AQI_INDICATORS[s.culprit]!;
    throw invalidInput(field, s.culprit < 0 ? values : values[field as AqiIndicator], ...WHY[-aqi]!);
  }
  const iaqi: Partial<Record<AqiIndicator, number>> = {};
  const primary: AqiIndicator[] = [];
  for (let i = 0; i < N; i++) {
    const v = s.iaqi[i]!;
    if (v < 0) continue;
    iaqi[AQI_INDICATORS[i]!] = v;
    if (aqi > 50 && v === aqi) primary.push(AQI_INDICATORS[i]!);
  }
  return { standard: ed.standard, mode, aqi, iaqi, primary, level: levelOf(ed, aqi) };
}

/**
 * Columns of one report: a `Float64Array` in natural units (µg/m³, CO mg/m³; NaN = missing, checked
 * for precision) or an `Int32Array` in scaled units (tenths µg/m³, hundredths mg/m³; FAST_NA = missing).
 */
export type FastColumns = Readonly<Partial<Record<AqiIndicator, Float64Array | Int32Array>>>;

/** Per-record results of {@link fastAqiColumns}; `aqi` and `level` are 0 when `status` is not ok. */
export interface FastAqiColumnsResult {
  readonly standard: AqiStandard;
  readonly aqi: Int16Array;
  readonly level: Uint8Array;
  /** Primary pollutants, bit i = `AQI_INDICATORS[i]` (empty when AQI ≤ 50). */
  readonly primary: Uint16Array;
  readonly status: Uint8Array;
  /** The indicator (index) a non-OK status is about, or -1. */
  readonly culprit: Int8Array;
  /** Each indicator's IAQI (-1 = none), when asked for. */
  readonly iaqi?: Partial<Record<AqiIndicator, Int16Array>>;
}

/** A column in scaled units (FAST_NA = missing); a value not accepted marks its record's status. */
function scaledColumn(
  a: Float64Array | Int32Array,
  scale: number,
  index: number,
  status: Uint8Array,
  culprit: Int8Array,
): Int32Array {
  if (a instanceof Int32Array) {
    for (let r = 0; r < a.length; r++) {
      if (a[r]! >= FAST_NA || status[r] !== 0) continue;
      status[r] = FAST_STATUS.badValue;
      culprit[r] = index;
    }
    return a; // read only: records with a bad value are skipped by their status
  }
  const v = new Int32Array(a.length);
  for (let r = 0; r < a.length; r++) {
    const x = a[r]!;
    const k = Number.isNaN(x) ? FAST_NA : toScaled(x, scale);
    v[r] = k >= 0 ? k : FAST_NA;
    if (k < FAST_NA && status[r] === 0) {
      status[r] = -k;
      culprit[r] = index;
    }
  }
  return v;
}

/**
 * The AQI of every record of `columns` (all of one length) under `standard` and `mode`. Keys the
 * report does not accept throw `ZC_ERR_INVALID_INPUT`; a bad record gets a status instead.
 */
export function fastAqiColumns(
  columns: FastColumns,
  standard: AqiStandard,
  mode: AqiMode,
  opts: { readonly iaqi?: boolean } = {},
): FastAqiColumnsResult {
  const ed = EDITIONS[standard];
  if (ed === undefined) throw invalidInput('standard', standard, 'is not HJ 633-2012 or HJ 633-2026');
  const rep = ed.reports[mode];
  const given: { i: number; a: Float64Array | Int32Array }[] = [];
  let n = -1;
  for (const [key, a] of Object.entries(columns)) {
    if (a === undefined) continue;
    const i = INDEX.get(key as AqiIndicator);
    if (i === undefined || !(rep.accepted & (1 << i)))
      throw invalidInput(key, '(column)', `is not an indicator of the ${standard} ${mode} report`);
    if (n >= 0 && a.length !== n) throw invalidInput(key, a.length, `has a different length from ${n}`);
    n = a.length;
    given.push({ i, a });
  }
  n = Math.max(n, 0);
  const out = {
    standard,
    aqi: new Int16Array(n),
    level: new Uint8Array(n),
    primary: new Uint16Array(n),
    status: new Uint8Array(n),
    culprit: new Int8Array(n).fill(-1),
  };
  // Every column to scaled units first (one monomorphic pass each); a bad value marks its record.
  const cols = given.map(({ i, a }) => ({
    i,
    v: scaledColumn(a, FAST_SCALE[i]!, i, out.status, out.culprit),
  }));
  const iaqiOut: Partial<Record<AqiIndicator, Int16Array>> = {};
  if (opts.iaqi) for (const { i } of cols) iaqiOut[AQI_INDICATORS[i]!] = new Int16Array(n).fill(-1);
  const iaqiCols = cols.map(({ i }) => iaqiOut[AQI_INDICATORS[i]!]);
  const s = newScratch();
  for (let r = 0; r < n; r++) {
    if (out.status[r] !== 0) continue;
    s.c.fill(FAST_NA);
    for (const { i, v } of cols) s.c[i] = v[r]!;
    const aqi = evaluate(ed, rep, s);
    if (aqi < 0) {
      out.status[r] = -aqi;
      out.culprit[r] = s.culprit;
      continue;
    }
    out.aqi[r] = aqi;
    out.level[r] = levelOf(ed, aqi);
    if (aqi > 50) {
      let p = 0;
      for (let i = 0; i < N; i++) if (s.iaqi[i] === aqi) p |= 1 << i;
      out.primary[r] = p;
    }
    for (let j = 0; j < cols.length; j++) {
      const col = iaqiCols[j];
      if (col !== undefined) col[r] = s.iaqi[cols[j]!.i]!;
    }
  }
  return opts.iaqi ? { ...out, iaqi: iaqiOut } : out;
}

/** {@link fastAqiColumns} for the daily report (日报) of `standard`. */
export function fastDailyAqi(
  columns: FastColumns,
  standard: AqiStandard,
  opts: { readonly iaqi?: boolean } = {},
): FastAqiColumnsResult {
  return fastAqiColumns(columns, standard, 'daily', opts);
}

/** The indicators of a {@link FastAqiColumnsResult} primary bitmask, in `AQI_INDICATORS` order. */
export function primaryOf(mask: number): AqiIndicator[] {
  return AQI_INDICATORS.filter((_, i) => (mask & (1 << i)) !== 0);
}
