/**
 * @module policies/jingfagai-2023-1309/monitoring-readings
 * Reading and checking the meter readings of a new-energy heating project for one heating season
 * (五(四): "对新能源供热项目运行的耗电量、耗水量、系统能效等指标进行监测").
 *
 * A reading is one row of three cumulative registers at one instant (D-1309-19): electricity
 * consumed (kWh), heat delivered (GJ) and water consumed (m³). Checks (D-1309-21): the instant is
 * ISO 8601 with an explicit offset (no guessing of time zones) and inside the season; instants
 * strictly increase; values are non-negative decimals; no register decreases (a negative delta is
 * an error — a meter replacement must be split into two series, never guessed); an interval longer
 * than the allowed gap is a warning. Every issue names its row and field (`readings[3].heatGj`).
 */
import type { JsonObject } from '../../engine/json.ts';
import { type Bilingual, type MessageCatalog, renderBilingual } from '../../engine/messages.ts';
import { addDays, type CalendarDate, isCalendarDate, toDayNumber } from '../../engine/period.ts';
import {
  cmp,
  parseRational,
  type Rational,
  ratio,
  sub,
  toDecimalString,
  ZERO,
} from '../../engine/rational.ts';
import { fixed } from './display.ts';

/** One row of cumulative meter registers. */
export interface MeterReading {
  /** ISO 8601 instant with an offset, e.g. `2023-11-15T00:00:00+08:00`. */
  readonly at: string;
  /** Cumulative electricity consumed, kWh. */
  readonly electricityKwh: string | number;
  /** Cumulative heat delivered, GJ. */
  readonly heatGj: string | number;
  /** Cumulative water consumed, m³. */
  readonly waterM3: string | number;
}
export const METERS = ['electricityKwh', 'heatGj', 'waterM3'] as const;
export type Meter = (typeof METERS)[number];

/** A heating season: a label and its first and last calendar days (Asia/Shanghai, inclusive). */
export interface HeatingSeason {
  readonly label: string;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

export type IssueCode =
  | 'invalid_timestamp'
  | 'invalid_number'
  | 'negative_value'
  | 'time_not_increasing'
  | 'negative_delta'
  | 'outside_season'
  | 'too_few_readings'
  | 'gap'
  | 'season_start_gap'
  | 'season_end_gap';

/** A problem with the readings: errors stop the summary, warnings travel with it. */
export interface ReadingIssue {
  readonly code: IssueCode;
  readonly severity: 'error' | 'warning';
  /** Index of the row in `readings`, or null for the series as a whole. */
  readonly row: number | null;
  /** The field at fault, e.g. `readings[3].heatGj`. */
  readonly field: string;
  readonly params: JsonObject;
  readonly message: Bilingual;
}

/** A checked row: its instant in epoch milliseconds and exact register values. */
export interface ParsedReading {
  readonly row: number;
  readonly t: number;
  readonly values: Readonly<Record<Meter, Rational>>;
}

const HOUR_MS = 3_600_000;
const TS_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Epoch milliseconds of an ISO 8601 instant with an explicit offset, or null. */
export function parseInstant(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = TS_RE.exec(text);
  if (!m || !isCalendarDate(m[1])) return null;
  const [h, mi, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return null;
  const ms = Number((m[5] ?? '').padEnd(3, '0'));
  const offset = m[6] === 'Z' ? 0 : (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9])) * 60_000;
  return toDayNumber(m[1] as CalendarDate) * 86_400_000 + ((h * 60 + mi) * 60 + s) * 1000 + ms - offset;
}

/** The instant a Shanghai calendar day starts (00:00 +08:00), epoch milliseconds. */
export function shanghaiMidnight(date: CalendarDate): number {
  return toDayNumber(date) * 86_400_000 - 8 * HOUR_MS;
}

/** The season's window as instants: [first day 00:00, day after the last 00:00] in Asia/Shanghai. */
export function seasonWindow(season: HeatingSeason): { start: number; end: number } {
  return { start: shanghaiMidnight(season.from), end: shanghaiMidnight(addDays(season.to, 1)) };
}

export const READING_MESSAGES: MessageCatalog = {
  'monitoring.invalid_timestamp': {
    zh: '{field}：{value} 不是带时区偏移的 ISO 8601 时间（如 2023-11-15T08:00:00+08:00）',
    en: '{field}: {value} is not an ISO 8601 instant with an offset (e.g. 2023-11-15T08:00:00+08:00)',
  },
  'monitoring.invalid_number': {
    zh: '{field}：{value} 不是十进制数',
    en: '{field}: {value} is not a decimal number',
  },
  'monitoring.negative_value': { zh: '{field}：{value} 为负数', en: '{field}: {value} is negative' },
  'monitoring.time_not_increasing': {
    zh: '{field}：{value} 不晚于上一条读数（第 {previousRow} 行，{previous}），读数时间须严格递增',
    en: '{field}: {value} is not after the previous reading (row {previousRow}, {previous}); instants must strictly increase',
  },
  'monitoring.negative_delta': {
    zh: '{field}：累计读数 {value} 小于上一条读数（第 {previousRow} 行）{previous}，差值 {delta} 为负',
    en: '{field}: cumulative reading {value} is below the previous reading (row {previousRow}) {previous}; the delta {delta} is negative',
  },
  'monitoring.outside_season': {
    zh: '{field}：{value} 不在采暖季 {season}（{from} 至 {to}）之内',
    en: '{field}: {value} is outside the heating season {season} ({from} to {to})',
  },
  'monitoring.too_few_readings': {
    zh: '{field}：有效读数 {count} 条，至少需要 2 条',
    en: '{field}: {count} valid readings; at least 2 are needed',
  },
  'monitoring.gap': {
    zh: '{field}：与上一条读数（第 {previousRow} 行）间隔 {hours} 小时，超过 {maxHours} 小时',
    en: '{field}: {hours} hours after the previous reading (row {previousRow}), more than {maxHours} hours',
  },
  'monitoring.season_start_gap': {
    zh: '{field}：首条读数 {value} 晚于采暖季开始 {hours} 小时，超过 {maxHours} 小时',
    en: '{field}: the first reading {value} is {hours} hours after the season starts, more than {maxHours} hours',
  },
  'monitoring.season_end_gap': {
    zh: '{field}：末条读数 {value} 早于采暖季结束 {hours} 小时，超过 {maxHours} 小时',
    en: '{field}: the last reading {value} is {hours} hours before the season ends, more than {maxHours} hours',
  },
};

function issue(
  code: IssueCode,
  severity: 'error' | 'warning',
  row: number | null,
  field: string,
  params: JsonObject,
): ReadingIssue {
  return {
    code,
    severity,
    row,
    field,
    params,
    message: renderBilingual(`monitoring.${code}`, { field, ...params }, READING_MESSAGES),
  };
}

const hoursText = (ms: number) => fixed(ratio(ms, HOUR_MS), 2);
const DECIMAL_RE = /^\d+(\.\d+)?$/;

/** A register value: non-negative decimal text or a JSON number, read exactly. */
function readValue(value: unknown): Rational | 'negative' | 'invalid' {
  if (typeof value !== 'string' && typeof value !== 'number') return 'invalid';
  const text = String(value).trim();
  if (text.startsWith('-') && DECIMAL_RE.test(text.slice(1))) return 'negative';
  return DECIMAL_RE.test(text) ? parseRational(text) : 'invalid';
}

/**
 * Checks every row; returns the rows that parsed (with their exact values) and every issue.
 * `maxGapHours`: the longest interval between readings that is not reported as a gap.
 */
export function checkReadings(
  readings: readonly MeterReading[],
  season: HeatingSeason,
  maxGapHours: number,
): { parsed: ParsedReading[]; issues: ReadingIssue[] } {
  const issues: ReadingIssue[] = [];
  const parsed: ParsedReading[] = [];
  const { start, end } = seasonWindow(season);
  const maxGap = maxGapHours * HOUR_MS;
  readings.forEach((r, row) => {
    const at = `readings[${row}].at`;
    const t = parseInstant(r.at);
    let ok = true;
    if (t === null) {
      issues.push(issue('invalid_timestamp', 'error', row, at, { value: String(r.at) }));
      ok = false;
    } else if (t < start || t > end) {
      issues.push(
        issue('outside_season', 'error', row, at, {
          value: r.at,
          season: season.label,
          from: season.from,
          to: season.to,
        }),
      );
      ok = false;
    }
    const values: Partial<Record<Meter, Rational>> = {};
    for (const m of METERS) {
      const field = `readings[${row}].${m}`;
      const v = readValue(r[m]);
      if (v === 'negative' || v === 'invalid') {
        issues.push(
          issue(v === 'negative' ? 'negative_value' : 'invalid_number', 'error', row, field, {
            value: String(r[m]),
          }),
        );
        ok = false;
      } else values[m] = v;
    }
    if (!ok || t === null) return;
    const prev = parsed[parsed.length - 1];
    if (prev && t <= prev.t) {
      issues.push(
        issue('time_not_increasing', 'error', row, at, {
          value: r.at,
          previousRow: prev.row,
          previous: String(readings[prev.row]?.at),
        }),
      );
      return;
    }
    const v = values as Record<Meter, Rational>;
    if (prev) {
      let dropped = false;
      for (const m of METERS) {
        const delta = sub(v[m], prev.values[m]);
        if (cmp(delta, ZERO) < 0) {
          dropped = true;
          issues.push(
            issue('negative_delta', 'error', row, `readings[${row}].${m}`, {
              value: toDecimalString(v[m]),
              previous: toDecimalString(prev.values[m]),
              previousRow: prev.row,
              delta: toDecimalString(delta),
            }),
          );
        }
      }
      if (t - prev.t > maxGap)
        issues.push(
          issue('gap', 'warning', row, at, {
            previousRow: prev.row,
            hours: hoursText(t - prev.t),
            maxHours: maxGapHours,
          }),
        );
      if (dropped) return;
    }
    parsed.push({ row, t, values: v });
  });
  const first = parsed[0];
  const last = parsed[parsed.length - 1];
  if (parsed.length < 2 || !first || !last) {
    issues.push(issue('too_few_readings', 'error', null, 'readings', { count: parsed.length }));
  } else {
    if (first.t - start > maxGap)
      issues.push(
        issue('season_start_gap', 'warning', first.row, `readings[${first.row}].at`, {
          value: String(readings[first.row]?.at),
          hours: hoursText(first.t - start),
          maxHours: maxGapHours,
        }),
      );
    if (end - last.t > maxGap)
      issues.push(
        issue('season_end_gap', 'warning', last.row, `readings[${last.row}].at`, {
          value: String(readings[last.row]?.at),
          hours: hoursText(end - last.t),
          maxHours: maxGapHours,
        }),
      );
  }
  return { parsed, issues };
}
