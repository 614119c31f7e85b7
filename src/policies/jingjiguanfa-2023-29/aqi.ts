/**
 * @module policies/jingjiguanfa-2023-29/aqi
 * The air quality index of 京技管发〔2023〕29号 二(一): "根据《环境空气质量指数(AQI)技术规定(试行)》
 * (HJ633—2012)分级方法". HJ 633-2012 applies to data dated before 2026-03-01 and HJ 633-2026
 * (which repeals it on that day) from then on; both stay. Pure and exact: concentrations are
 * rationals, never JS floats (`Math.ceil(100/520*(2120.8-2100)+400)` is 405 in floats, 404
 * exactly). The tables are data in `aqi-tables.ts`.
 *
 * Not coded here: forecasting (预报), averaging raw data into 24-h/8-h means (HJ 663), and the
 * §5.3.2 exemption for indicators a monitoring plan never measured (it needs three years of history).
 */
import { type Citation, cite } from '../../engine/citation.ts';
import { invalidInput } from '../../engine/errors.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import {
  add,
  cmp,
  div,
  mul,
  parseRational,
  type Rational,
  ratio,
  roundRational,
  sub,
  toDecimalString,
} from '../../engine/rational.ts';
import {
  AQI_INDICATORS,
  type AqiColumn,
  type AqiEdition,
  type AqiIndicator,
  type AqiLevelInfo,
  type AqiMode,
  type AqiNote,
  type AqiStandard,
  type BreakpointColumn,
  HJ633_2012,
  HJ633_2026,
  IAQI_STEPS,
} from './aqi-tables.ts';

export type { AqiIndicator, AqiMode, AqiNote, AqiNoteCode, AqiStandard } from './aqi-tables.ts';
export { AQI_INDICATORS, AQI_MESSAGES } from './aqi-tables.ts';

const POLICY_ID = 'jingjiguanfa-2023-29';
/** The first day of data judged under HJ 633-2026 (its 实施 date). */
export const HJ633_2026_FROM = '2026-03-01' as CalendarDate;

/** 二(一): the plan classifies by HJ 633-2012's method. */
export const CITE_AQI_METHOD: Citation = cite(
  POLICY_ID,
  '二(一)',
  '根据《环境空气质量指数(AQI)技术规定(试行)》(HJ633—2012)分级方法,按照生态环境部及北京市预警启动标准有关规定,将空气重污染预警分为3个级别,由轻到重依次为黄色预警、橙色预警和红色预警。',
);
/** 二(一): a unified adjustment by the national or municipal authorities applies. */
export const CITE_AQI_ADJUSTED: Citation = cite(
  POLICY_ID,
  '二(一)',
  '当生态环境部、北京市统一调整空气重污染预警启动标准时,依据其标准执行。',
);

/** Options of {@link computeAqi}: the data's date chooses the edition; the mode, the report. */
export interface AqiOptions {
  readonly date: CalendarDate;
  readonly mode: AqiMode;
}

/** The AQI of one set of concentrations, with everything a report publishes. */
export interface AqiResult {
  readonly standard: AqiStandard;
  readonly mode: AqiMode;
  readonly aqi: number;
  /** The IAQI of each indicator that got one (an indicator replaced by a footnote has none). */
  readonly iaqi: Partial<Record<AqiIndicator, number>>;
  /** The concentration each IAQI was computed from (after 2026 rounding), as exact decimal text. */
  readonly concentrations: Partial<Record<AqiIndicator, string>>;
  /** 首要污染物: every indicator whose IAQI equals the AQI, when AQI > 50; else empty. */
  readonly primary: AqiIndicator[];
  /** 超标污染物 (IAQI > 100), HJ 633-2012 only (deleted in 2026). */
  readonly exceeding?: AqiIndicator[];
  /** HJ 633-2026 表2: who should take precautions, per pollutant whose IAQI exceeds 100. */
  readonly sensitiveGroups?: { readonly indicators: AqiIndicator[]; readonly groups: Bilingual }[];
  readonly level: AqiLevelInfo['level'];
  readonly category: Bilingual;
  readonly color: AqiLevelInfo['color'];
  readonly healthEffects: Bilingual;
  readonly advice: Bilingual;
  readonly notes: AqiNote[];
  readonly citations: Citation[];
  /** The sections and tables of the standard applied, e.g. `HJ 633-2012 §4.2 …, Table 1 (p. 2)`. */
  readonly standardRef: string;
}

/** The edition that governs data dated `date`: HJ 633-2012 before 2026-03-01, HJ 633-2026 from then. */
export function standardFor(date: CalendarDate): AqiStandard {
  return editionFor(date).standard;
}

/** The edition (tables and words) that governs data dated `date`. */
export function editionFor(date: CalendarDate): AqiEdition {
  const d = parseCalendarDate(date, 'date');
  return d < HJ633_2026_FROM ? HJ633_2012 : HJ633_2026;
}

const DECIMAL_TEXT = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const KNOWN: ReadonlySet<string> = new Set(AQI_INDICATORS);

/** Reads one concentration exactly: a finite number or decimal text, not negative. */
function readConcentration(key: AqiIndicator, value: unknown): Rational {
  if (value === null || value === '') {
    throw invalidInput(
      key,
      value,
      'has no value; omit the key when the indicator was not measured (NA)',
      '没有数值；缺测指标请不填该项（NA）',
    );
  }
  if (typeof value === 'string' && !DECIMAL_TEXT.test(value.trim())) {
    throw invalidInput(key, value, 'is not a decimal number', '不是十进制数');
  }
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw invalidInput(key, value, 'is not a number', '不是数值');
  }
  const r = parseRational(value, key);
  if (r.n < 0n)
    throw invalidInput(key, value, 'is negative; a concentration cannot be', '为负数，浓度不能为负');
  return r;
}

/** GB/T 8170 rounding (round half to even) to `decimals` places. */
function roundHalfEven(x: Rational, decimals: number): Rational {
  const scale = 10n ** BigInt(decimals);
  return ratio(roundRational(mul(x, ratio(scale)), 'half_even'), scale);
}

/**
 * HJ 633 式(1), exactly: IAQI_P = (IAQI_Hi − IAQI_Lo)/(BP_Hi − BP_Lo) × (C_P − BP_Lo) + IAQI_Lo,
 * in the segment whose limits bracket `c`; undefined when `c` is above the column's last limit.
 * Segments meet at the limits, so a concentration on a limit gets that row's IAQI either way.
 */
export function exactIaqi(limits: readonly string[], c: Rational): Rational | undefined {
  for (let i = 1; i < limits.length; i++) {
    const hi = parseRational(limits[i]);
    if (cmp(c, hi) > 0) continue;
    const lo = parseRational(limits[i - 1]);
    const iLo = ratio(IAQI_STEPS[i - 1]!);
    const slope = div(sub(ratio(IAQI_STEPS[i]!), iLo), sub(hi, lo));
    return add(mul(slope, sub(c, lo)), iLo);
  }
  return undefined;
}

function fail(key: string, value: unknown, en: string, zh: string): never {
  throw invalidInput(key, value, en, zh);
}

/** One accepted input: its key, the value as received, the concentration used, its table column. */
interface Reading {
  readonly key: AqiIndicator;
  readonly raw: unknown;
  readonly c: Rational;
  readonly column: BreakpointColumn;
}

/** Checks every key against the report, parses, and (2026) rounds each value. */
function readInput(ed: AqiEdition, mode: AqiMode, input: Record<string, unknown>, notes: AqiNote[]) {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail('input', input, 'is not an object of concentrations', '不是浓度对象');
  }
  const report = ed.reports[mode];
  const accepted: readonly AqiIndicator[] = [...report.indicators, ...report.fallbacks];
  const readings = new Map<AqiIndicator, Reading>();
  for (const [k, raw] of Object.entries(input)) {
    if (raw === undefined) continue;
    if (!KNOWN.has(k)) {
      const all = AQI_INDICATORS.join(', ');
      fail(
        k,
        raw,
        `is not an AQI indicator; expected one of ${all}`,
        `不是空气质量指数指标；应为 ${all} 之一`,
      );
    }
    const key = k as AqiIndicator;
    if (!accepted.includes(key)) {
      const why = report.refusals[key];
      const list = report.indicators.join(', ');
      const name = mode === 'daily' ? '日报' : '实时报';
      fail(
        key,
        raw,
        why?.en ?? `is not an indicator of the ${ed.standard} ${mode} report (${report.clause}: ${list})`,
        why?.zh ?? `不是 ${ed.standard} ${name}的指标（${report.clause}：${list}）`,
      );
    }
    const column = ed.columns[report.columnOf[key] ?? (key as AqiColumn)];
    let c = readConcentration(key, raw);
    if (ed.inputRounding) {
      const rounded = roundHalfEven(c, ed.inputRounding[column.unit]);
      if (cmp(rounded, c) !== 0) {
        const params = { indicator: key, value: toDecimalString(c), rounded: toDecimalString(rounded) };
        notes.push({ code: 'aqi.input_rounded', params });
      }
      c = rounded;
    }
    if (report.columnOf[key]) notes.push({ code: 'aqi.pm_1h_daily_breakpoints', params: { indicator: key } });
    readings.set(key, { key, raw, c, column });
  }
  if (![...readings.keys()].some((k) => report.indicators.includes(k))) {
    const list = report.indicators.join(', ');
    fail(
      'input',
      input,
      `has no concentrations; give at least one of ${list}`,
      `没有任何浓度；至少填写 ${list} 之一`,
    );
  }
  return readings;
}

const limitText = (col: BreakpointColumn): string => `${col.limits[col.limits.length - 1]} ${col.unit}`;

/** The exact IAQI of a reading inside its table, or the D-29-1 rejection naming its key. */
function iaqiInTable(r: Reading): Rational {
  const value = exactIaqi(r.column.limits, r.c);
  if (value !== undefined) return value;
  const t = r.column.source;
  const limit = limitText(r.column);
  return fail(
    r.key,
    r.raw,
    `is above the top of ${t.standard} ${t.table} for this indicator (${limit}, IAQI 500); the standard defines no sub-index above it and it is not capped at 500 (D-29-1)`,
    `超过 ${t.standard} ${t.table} 该项浓度限值上限（${limit}，IAQI 500），标准未规定更高浓度的分指数，不按 500 截断（D-29-1）`,
  );
}

/**
 * The AQI of one report (日报 or 实时报) under the edition in force on `opts.date`.
 * `input` maps indicator keys to concentrations (µg/m³; CO mg/m³) as numbers or decimal text;
 * an absent key is a missing indicator (NA). Throws `ZC_ERR_INVALID_INPUT` naming the key for a
 * key the report does not use, a non-numeric, negative or null value, a value above the table
 * with no footnote saying what happens (never capped at 500, D-29-1), and for no values at all.
 */
export function computeAqi(input: Record<string, unknown>, opts: AqiOptions): AqiResult {
  if (opts.mode !== 'daily' && opts.mode !== 'hourly') {
    fail('mode', opts.mode, "is not 'daily' or 'hourly'", "不是 'daily'（日报）或 'hourly'（实时报）");
  }
  const ed = editionFor(opts.date);
  const report = ed.reports[opts.mode];
  const notes: AqiNote[] = [];
  const readings = readInput(ed, opts.mode, input, notes);
  const exact = new Map<AqiIndicator, Rational>();
  const standIns = new Map<AqiIndicator, AqiIndicator>(); // fallback → the indicator it replaces
  for (const r of readings.values()) {
    if (report.fallbacks.includes(r.key)) continue;
    const above = r.column.aboveTop;
    if (above === undefined || exactIaqi(r.column.limits, r.c) !== undefined) {
      exact.set(r.key, iaqiInTable(r));
      continue;
    }
    const base = {
      indicator: r.key,
      value: toDecimalString(r.c),
      limit: limitText(r.column),
      standard: ed.standard,
    };
    if (above.kind === 'fixed_iaqi') {
      exact.set(r.key, ratio(above.iaqi));
      notes.push({
        code: 'aqi.above_limit_fixed_iaqi',
        params: { ...base, iaqi: above.iaqi, footnote: above.footnote },
      });
      continue;
    }
    if (!readings.has(above.indicator)) {
      fail(
        r.key,
        r.raw,
        `is above ${base.limit}: ${ed.standard} ${above.footnote} reports this pollutant's sub-index from ${above.indicator} instead; supply ${above.indicator}`,
        `高于 ${base.limit}：按 ${ed.standard} ${above.footnote}，该污染物分指数按 ${above.indicator} 报告，请填写 ${above.indicator}`,
      );
    }
    standIns.set(above.indicator, r.key);
    notes.push({
      code: 'aqi.above_limit_uses_other',
      params: { ...base, instead: above.indicator, footnote: above.footnote },
    });
  }
  // A fallback input (2012 real-time: so2_24h) counts only while it stands in for its indicator.
  for (const fb of report.fallbacks) {
    const r = readings.get(fb);
    if (!r) continue;
    if (standIns.has(fb)) {
      exact.set(fb, iaqiInTable(r));
      continue;
    }
    const owner = report.indicators.find((k) => {
      const a = ed.columns[report.columnOf[k] ?? (k as AqiColumn)].aboveTop;
      return a?.kind === 'use_indicator' && a.indicator === fb;
    });
    const limit = owner === undefined ? '' : limitText(ed.columns[owner as AqiColumn]);
    notes.push({ code: 'aqi.fallback_unused', params: { indicator: fb, for: owner, limit } });
  }
  return assemble(ed, opts.mode, input, readings, exact, notes);
}

function assemble(
  ed: AqiEdition,
  mode: AqiMode,
  input: Record<string, unknown>,
  readings: ReadonlyMap<AqiIndicator, Reading>,
  exact: ReadonlyMap<AqiIndicator, Rational>,
  notes: AqiNote[],
): AqiResult {
  const iaqi: Partial<Record<AqiIndicator, number>> = {};
  const concentrations: Partial<Record<AqiIndicator, string>> = {};
  let aqi = 0;
  for (const key of AQI_INDICATORS) {
    const x = exact.get(key);
    if (x === undefined) continue;
    // 2012 §6.2 / 2026 §4.2.6: "计算结果应全部进位取整数" — rounded up, exactly.
    const v = Number(roundRational(x, 'ceiling'));
    iaqi[key] = v;
    concentrations[key] = toDecimalString(readings.get(key)!.c);
    if (v > aqi) aqi = v;
  }
  if (aqi < ed.aqiMin) {
    fail(
      'input',
      input,
      `gives AQI ${aqi}, below the range ${ed.aqiMin}–500 of ${ed.standard} §4.1.1: every concentration rounds to zero`,
      `的空气质量指数为 ${aqi}，低于 ${ed.standard} 第4.1.1条规定的范围 ${ed.aqiMin}～500：各项浓度修约后均为零`,
    );
  }
  const keys = Object.keys(iaqi) as AqiIndicator[];
  const primary = aqi > 50 ? keys.filter((k) => iaqi[k] === aqi) : [];
  const report = ed.reports[mode];
  const missing = report.indicators.filter((k) => !readings.has(k));
  if (missing.length > 0) {
    notes.push({ code: 'aqi.indicators_missing', params: { missing } });
    if (ed.standard === 'HJ 633-2026' && aqi <= 100)
      notes.push({ code: 'aqi.publish_as_na', params: { aqi } });
  }
  const info = ed.levels.find((l) => l.maxAqi === undefined || aqi <= l.maxAqi)!;
  const over100 = keys.filter((k) => iaqi[k]! > 100);
  const sensitiveGroups = ed.sensitiveGroups
    ?.map((row) => ({
      indicators: over100.filter((k) => row.pollutants.includes(k.split('_')[0]!)),
      groups: row.groups,
    }))
    .filter((row) => row.indicators.length > 0);
  return {
    standard: ed.standard,
    mode,
    aqi,
    iaqi,
    concentrations,
    primary,
    ...(ed.reportsExceeding ? { exceeding: over100 } : {}),
    ...(sensitiveGroups === undefined ? {} : { sensitiveGroups }),
    level: info.level,
    category: info.category,
    color: info.color,
    healthEffects: info.healthEffects,
    advice: info.advice,
    notes,
    citations: ed.standard === 'HJ 633-2012' ? [CITE_AQI_METHOD] : [CITE_AQI_METHOD, CITE_AQI_ADJUSTED],
    standardRef: `${ed.refs.common}; ${ed.refs[mode]}`,
  };
}
