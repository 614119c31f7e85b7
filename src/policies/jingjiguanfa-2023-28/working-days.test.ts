/**
 * Working days under the State Council's yearly notices, deadlines of 限时反馈 and escalation
 * (D-28-4), and the state machines of the lists and the roundtable (D-28-3).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ZhengceError } from '../../engine/errors.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { HOLIDAY_NOTICES } from './holidays.ts';
import { itemStep, roundtableStep } from './workflow.ts';
import {
  addWorkingDays,
  CALENDAR_YEARS,
  deadline,
  escalation,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.ts';

const d = (s: string) => s as CalendarDate;

describe('the calendar parameter', () => {
  test('2023–2026 are entered, each from its notice', () => {
    assert.deepEqual(CALENDAR_YEARS, [2023, 2024, 2025, 2026]);
    for (const n of HOLIDAY_NOTICES) {
      assert.ok(n.title.includes(String(n.year)));
      for (const h of n.holidays) assert.ok(!n.workingWeekends.includes(h), `${h} both off and worked`);
    }
  });
  test('adjusted weekends are working days, holidays on weekdays are not', () => {
    assert.equal(isWorkingDay(d('2024-02-04')), true); // Sunday worked before 春节 2024
    assert.equal(isWorkingDay(d('2025-01-26')), true); // Sunday worked before 春节 2025
    assert.equal(isWorkingDay(d('2026-01-04')), true); // Sunday worked after 元旦 2026
    assert.equal(isWorkingDay(d('2025-10-08')), false); // Wednesday, 国庆中秋 2025
    assert.equal(isWorkingDay(d('2024-06-10')), false); // Monday, 端午 2024
    assert.equal(isWorkingDay(d('2023-11-04')), false); // an ordinary Saturday
    assert.equal(isWorkingDay(d('2023-11-06')), true);
  });
  test('the 2025 春节 holiday runs 8 days, 1-28 to 2-4', () => {
    assert.equal(workingDaysBetween(d('2025-01-27'), d('2025-02-05')), 1);
  });
});

describe('deadlines: n working days after the day received (D-28-4)', () => {
  test('a request received on Friday 2025-09-26 with 5 working days is due Friday 10-10', () => {
    // 9-28 (Sun) worked, 9-29, 9-30 worked; 10-1..8 off; 10-9, 10-10 worked → 5 on 10-10.
    assert.equal(addWorkingDays(d('2025-09-26'), 5), '2025-10-10');
  });
  test('received on a holiday: counting starts with the next working day', () => {
    assert.equal(addWorkingDays(d('2024-10-03'), 1), '2024-10-08');
    assert.equal(addWorkingDays(d('2024-10-03'), 5), '2024-10-12'); // Saturday 10-12 is worked
  });
  test('0 days is the same day; negative or fractional days are refused naming the field', () => {
    assert.equal(addWorkingDays(d('2024-03-01'), 0), '2024-03-01');
    assert.throws(
      () => addWorkingDays(d('2024-03-01'), -1),
      (e: ZhengceError) => e.field === 'workingDays',
    );
    assert.throws(
      () => addWorkingDays(d('2024-03-01'), 1.5),
      (e: ZhengceError) => e.field === 'workingDays',
    );
  });
  test('a deadline reaching into a year not entered is provisional', () => {
    assert.equal(deadline(d('2026-06-01'), 10).provisional, false);
    assert.equal(deadline(d('2026-12-28'), 10).provisional, true);
  });
});

describe('escalation: overdue from the day after the due date, a level every 3 working days', () => {
  const due = d('2025-09-30');
  test('on the due date, not overdue', () => {
    assert.deepEqual(escalation(due, due), { overdue: false, workingDaysOverdue: 0, level: 0 });
  });
  test('over the National Day holiday: overdue at level 1 with 0 working days late', () => {
    assert.deepEqual(escalation(due, d('2025-10-05')), { overdue: true, workingDaysOverdue: 0, level: 1 });
  });
  test('3 working days late (10-9, 10-10, 10-11 worked Saturday) → level 2', () => {
    assert.equal(escalation(due, d('2025-10-11')).level, 2);
  });
  test('never above level 3', () => {
    assert.equal(escalation(due, d('2025-12-31')).level, 3);
  });
});

describe('the three lists: no step skipped, no close without a reply (D-28-3)', () => {
  test('the full path', () => {
    let s = itemStep('received', 'assign', { owner: 'u1', workingDays: 5 });
    s = itemStep(s, 'start');
    s = itemStep(s, 'reply', { reply: 'Answered by phone and letter' });
    assert.equal(itemStep(s, 'close'), 'closed');
  });
  test('closing before a reply is refused', () => {
    assert.throws(
      () => itemStep('in_progress', 'close'),
      (e: ZhengceError) => e.field === 'action',
    );
    assert.throws(() => itemStep('received', 'close'), /no step may be skipped/);
  });
  test('a reply needs its text; assigning needs an owner', () => {
    assert.throws(
      () => itemStep('in_progress', 'reply', { reply: '  ' }),
      (e: ZhengceError) => e.field === 'reply',
    );
    assert.throws(
      () => itemStep('received', 'assign', { workingDays: 5 }),
      (e: ZhengceError) => e.field === 'owner',
    );
  });
  test('an unhappy enterprise reopens a replied item', () => {
    assert.equal(itemStep('replied', 'reopen', { note: 'not solved' }), 'in_progress');
  });
  test('an unknown action is named', () => {
    assert.throws(() => itemStep('received', 'toString'), /is not a step/);
  });
});

describe('the roundtable: 协同商办—限时反馈—回访通报', () => {
  test('the loop in order', () => {
    let s = roundtableStep('raised', 'coordinate', {
      departments: ['business-cooperation'],
      workingDays: 10,
    });
    s = roundtableStep(s, 'reply', { reply: 'Customs will open a green lane' });
    s = roundtableStep(s, 'revisit', { note: 'Visited 2025-03-10; working' });
    assert.equal(roundtableStep(s, 'publish', { summary: 'Roundtable summary' }), 'closed');
  });
  test('no coordination without departments, no publishing before the follow-up visit', () => {
    assert.throws(
      () => roundtableStep('raised', 'coordinate', { departments: [], workingDays: 10 }),
      /departments/,
    );
    assert.throws(() => roundtableStep('replied', 'publish', { summary: 'x' }), /no step may be skipped/);
    assert.throws(() => roundtableStep('coordinating', 'revisit', { note: 'x' }), /no step may be skipped/);
  });
});
