/**
 * Calendar dates in Asia/Shanghai and validity windows, inclusive at both ends.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from './errors.ts';
import {
  addDays,
  daysBetween,
  isCalendarDate,
  isoWeekday,
  parseCalendarDate,
  shanghaiDate,
  validity,
  validityStatus,
} from './period.ts';

describe('dates', () => {
  test('real dates only', () => {
    assert.equal(isCalendarDate('2024-02-29'), true);
    assert.equal(isCalendarDate('2023-02-29'), false);
    assert.equal(isCalendarDate('2023-13-01'), false);
    assert.equal(isCalendarDate('2023-1-01'), false);
    assert.equal(isCalendarDate('2100-02-29'), false);
    assert.equal(isCalendarDate('2000-02-29'), true);
  });
  test('a malformed date names the field and the value', () => {
    assert.throws(
      () => parseCalendarDate('2025-02-30', 'asOf'),
      (e: unknown) =>
        e instanceof ZhengceError &&
        e.code === 'ZC_ERR_INVALID_DATE' &&
        e.field === 'asOf' &&
        e.value === '2025-02-30',
    );
  });
  test('today in Asia/Shanghai is UTC+8', () => {
    assert.equal(shanghaiDate(new Date('2026-11-27T15:59:59Z')), '2026-11-27');
    assert.equal(shanghaiDate(new Date('2026-11-27T16:00:00Z')), '2026-11-28');
    assert.equal(shanghaiDate(new Date('2025-12-31T16:00:00Z')), '2026-01-01');
  });
  test('arithmetic', () => {
    const d = parseCalendarDate('2024-02-28');
    assert.equal(addDays(d, 1), '2024-02-29');
    assert.equal(addDays(d, 2), '2024-03-01');
    assert.equal(daysBetween(d, parseCalendarDate('2025-02-28')), 366);
    assert.equal(isoWeekday(parseCalendarDate('2026-11-27')), 5); // a Friday
  });
});

describe('validity windows are inclusive on the first and the last day', () => {
  // 30号: 2023-11-23 to 2025-12-31 (policy-notes).
  const w = validity('2023-11-23', '2025-12-31');
  const cases: [string, string][] = [
    ['2023-11-22', 'not_yet'],
    ['2023-11-23', 'in_force'],
    ['2025-12-31', 'in_force'],
    ['2026-01-01', 'expired'],
  ];
  for (const [date, status] of cases) {
    test(`${date} → ${status}`, () => assert.equal(validityStatus(w, parseCalendarDate(date)), status));
  }
  test('an open end never expires', () => {
    assert.equal(validityStatus(validity('2023-10-09'), parseCalendarDate('2999-12-31')), 'in_force');
  });
  test('to before from is a configuration fault', () => {
    assert.throws(
      () => validity('2025-01-02', '2025-01-01'),
      (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_CONFIG',
    );
  });
});
