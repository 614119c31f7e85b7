/**
 * @module policies/jingfagai-2023-1336/facts
 * Schema pieces the checks of 1336号 share (yuan amounts, dates, yes/no facts) and the small
 * arithmetic they share: a month's wages from attendance in half-days (D-1336-4), ages in full
 * years, and a month's pay-due date (D-1336-3). Pure: every date is an argument.
 */
import { applyRate, type Fen, parseYuan } from '../../engine/money.ts';
import { addDays, type CalendarDate, calendarDate } from '../../engine/period.ts';
import { ratio } from '../../engine/rational.ts';
import type { SchemaNode } from '../../engine/rule.ts';

/** A yuan amount as text with at most two decimals (money never travels as a float). */
export const yuan = (en: string, zh: string): SchemaNode => ({
  type: 'string',
  pattern: '^\\d+(\\.\\d{1,2})?$',
  'x-unit': '元',
  description: en,
  'x-description-zh': zh,
});
/** A calendar date `YYYY-MM-DD` (Asia/Shanghai). */
export const date = (en: string, zh: string): SchemaNode => ({
  type: 'string',
  format: 'date',
  description: en,
  'x-description-zh': zh,
});
export const bool = (en: string, zh: string): SchemaNode => ({
  type: 'boolean',
  description: en,
  'x-description-zh': zh,
});
export const count = (en: string, zh: string, unit: string): SchemaNode => ({
  type: 'integer',
  minimum: 0,
  'x-unit': unit,
  description: en,
  'x-description-zh': zh,
});
/** A month `YYYY-MM`. */
export const month = (en: string, zh: string): SchemaNode => ({
  type: 'string',
  pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
  description: en,
  'x-description-zh': zh,
});

/** Attendance is kept in half-days: a full day is 2, half a day 1. */
export const HALF_DAYS_PER_DAY = 2;

/**
 * D-1336-4: wages due = daily rate × days worked, where days are counted in halves, computed
 * exactly and rounded half up to the fen once per worker and month.
 */
export function wagesDue(dailyRate: Fen, halfDays: number): Fen {
  return applyRate(dailyRate, ratio(BigInt(halfDays), BigInt(HALF_DAYS_PER_DAY)), 'half_up');
}

/** Days (half-days ÷ 2) as text: 3 → "1.5". */
export function daysText(halfDays: number): string {
  return halfDays % 2 === 0 ? String(halfDays / 2) : `${(halfDays - 1) / 2}.5`;
}

/** Full years between a birth date and `asOf` (a birthday on 29 February counts on 1 March). */
export function ageOn(birthDate: CalendarDate, asOf: CalendarDate): number {
  const years = Number(asOf.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return asOf.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** D-1336-3: the day a month's wages are due — `payDay` of the following month. */
export function payDueOn(period: string, payDay: number): CalendarDate {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  return m === 12 ? calendarDate(y + 1, 1, payDay) : calendarDate(y, m + 1, payDay);
}

/** The first and last day of a month `YYYY-MM`. */
export function monthBounds(period: string): { first: CalendarDate; last: CalendarDate } {
  const first = calendarDate(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 1);
  const next = payDueOn(period, 1);
  return { first, last: addDays(next, -1) };
}

/** Parses a yuan fact (already schema-checked). */
export const fenOf = (value: string, field: string): Fen => parseYuan(value, field);
