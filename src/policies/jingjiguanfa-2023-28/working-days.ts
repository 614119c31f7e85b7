/**
 * @module policies/jingjiguanfa-2023-28/working-days
 * Working days in Asia/Shanghai under {@link HOLIDAY_NOTICES}, and the deadlines and escalation of
 * 限时反馈 (二(三)12) built on them. Pure: dates are calendar dates, today is an argument.
 *
 * D-28-4: a time limit of n working days ends on the n-th working day after the day the item was
 * received (that day not counted, whether or not it is a working day); the item is overdue from the
 * next calendar day; it escalates one level when it becomes overdue and another after
 * {@link ESCALATION_STEP_WORKING_DAYS} more working days without a reply.
 */
import { invalidInput } from '../../engine/errors.ts';
import { addDays, type CalendarDate, isoWeekday } from '../../engine/period.ts';
import { HOLIDAY_NOTICES } from './holidays.ts';

const HOLIDAYS = new Set(HOLIDAY_NOTICES.flatMap((n) => n.holidays));
const WORKING_WEEKENDS = new Set(HOLIDAY_NOTICES.flatMap((n) => n.workingWeekends));
const YEARS = new Set(HOLIDAY_NOTICES.map((n) => n.year));

/** The years whose State Council notice is entered. */
export const CALENDAR_YEARS: readonly number[] = [...YEARS].sort();

/** Whether the year of `date` has its notice entered (otherwise only weekends are known). */
export function calendarKnown(date: CalendarDate): boolean {
  return YEARS.has(Number(date.slice(0, 4)));
}

/** A working day: a listed working weekend, or Monday–Friday that is not a listed holiday. */
export function isWorkingDay(date: CalendarDate): boolean {
  if (WORKING_WEEKENDS.has(date)) return true;
  if (HOLIDAYS.has(date)) return false;
  return isoWeekday(date) <= 5;
}

/** The n-th working day after `date` (n ≥ 0; n = 0 gives `date` itself). */
export function addWorkingDays(date: CalendarDate, n: number): CalendarDate {
  if (!Number.isSafeInteger(n) || n < 0)
    throw invalidInput(
      'workingDays',
      n,
      'must be a whole number of days, 0 or more',
      '须为不小于0的整数天数',
    );
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** Working days in (`from`, `to`]: 0 when `to` ≤ `from`. */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count += 1;
  return count;
}

/** A deadline and whether every day it counts over lies in an entered year. */
export interface Deadline {
  readonly receivedOn: CalendarDate;
  readonly workingDays: number;
  readonly dueOn: CalendarDate;
  /** True when some counted day is in a year whose notice is not entered. */
  readonly provisional: boolean;
}

/** The deadline `workingDays` working days after `receivedOn` (D-28-4). */
export function deadline(receivedOn: CalendarDate, workingDays: number): Deadline {
  const dueOn = addWorkingDays(receivedOn, workingDays);
  return { receivedOn, workingDays, dueOn, provisional: !calendarKnown(receivedOn) || !calendarKnown(dueOn) };
}

/** Working days without a reply after the deadline before escalating one more level. */
export const ESCALATION_STEP_WORKING_DAYS = 3;
/** The highest escalation level: 1 the lead department's head, 2 营商合作局's leadership, 3 管委会. */
export const MAX_ESCALATION = 3;

export interface Escalation {
  readonly overdue: boolean;
  /** Working days past the due date (0 when not overdue). */
  readonly workingDaysOverdue: number;
  /** 0 none; 1 on the first day overdue; +1 every {@link ESCALATION_STEP_WORKING_DAYS} working days, up to 3. */
  readonly level: number;
}

/**
 * Where an open item stands on `today`: overdue from the calendar day after `dueOn`; level 1 at
 * once, then one more level per {@link ESCALATION_STEP_WORKING_DAYS} working days overdue.
 */
export function escalation(dueOn: CalendarDate, today: CalendarDate): Escalation {
  if (today <= dueOn) return { overdue: false, workingDaysOverdue: 0, level: 0 };
  const late = workingDaysBetween(dueOn, today);
  const level = Math.min(MAX_ESCALATION, 1 + Math.floor(late / ESCALATION_STEP_WORKING_DAYS));
  return { overdue: true, workingDaysOverdue: late, level };
}
