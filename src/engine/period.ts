/**
 * @module engine/period
 * Calendar dates in Asia/Shanghai and validity windows. Dates are plain `YYYY-MM-DD` strings
 * (Asia/Shanghai has had no daylight saving since 1991, so "today" is UTC+8). Windows are
 * inclusive at both ends: a policy valid `{from: '2023-11-23', to: '2025-12-31'}` is in force on
 * both of those days and on no other outside them.
 */
import { describe, ZhengceError } from './errors.ts';

declare const calendarDateBrand: unique symbol;
/** A real calendar date, `YYYY-MM-DD`, in Asia/Shanghai. */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

/** An inclusive validity window; an open end when `to` is absent. */
export interface Validity {
  readonly from: CalendarDate;
  readonly to?: CalendarDate;
}

/** Where a date falls against a window. */
export type ValidityStatus = 'in_force' | 'not_yet' | 'expired';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** True when `value` is a real `YYYY-MM-DD` date (no 2023-02-29, no 2023-13-01). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/**
 * Parses a calendar date or throws `ZC_ERR_INVALID_DATE` naming the field.
 * @param field the input field, for the error message (e.g. `asOf`).
 */
export function parseCalendarDate(value: unknown, field = 'date'): CalendarDate {
  if (isCalendarDate(value)) return value;
  throw new ZhengceError(
    'ZC_ERR_INVALID_DATE',
    `${field}: ${describe(value)} is not a calendar date in the form YYYY-MM-DD`,
    { field, value, messageZh: `${field}：${describe(value)} 不是有效日期，应为 YYYY-MM-DD 格式` },
  );
}

/** Builds a date from parts; throws on an impossible date. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseCalendarDate(s);
}

/** The calendar date in Asia/Shanghai at the given instant. Pure: the caller supplies the clock. */
export function shanghaiDate(instant: Date): CalendarDate {
  const t = instant.getTime();
  if (!Number.isFinite(t)) throw new ZhengceError('ZC_ERR_INVALID_DATE', 'instant is not a valid time');
  return new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10) as CalendarDate;
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: CalendarDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The date a number of days after `date` (negative for before). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date((toDayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10) as CalendarDate;
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  const d = new Date(toDayNumber(date) * DAY_MS).getUTCDay();
  return d === 0 ? 7 : d;
}

/** -1, 0 or 1 (ISO strings compare in date order). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where `asOf` falls against `window`; both ends count as inside. */
export function validityStatus(window: Validity, asOf: CalendarDate): ValidityStatus {
  if (asOf < window.from) return 'not_yet';
  if (window.to !== undefined && asOf > window.to) return 'expired';
  return 'in_force';
}

/** Builds a window, checking `from <= to`. */
export function validity(from: string, to?: string): Validity {
  const f = parseCalendarDate(from, 'validity.from');
  if (to === undefined) return { from: f };
  const t = parseCalendarDate(to, 'validity.to');
  if (t < f) throw new ZhengceError('ZC_ERR_CONFIG', `validity: to ${t} is before from ${f}`);
  return { from: f, to: t };
}

/** Human-readable window, e.g. `2023-11-23 – 2025-12-31` or `2023-10-09 –`. */
export function formatValidity(window: Validity): string {
  return window.to === undefined ? `${window.from} –` : `${window.from} – ${window.to}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
