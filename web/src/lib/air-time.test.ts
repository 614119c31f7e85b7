/**
 * @module web/lib/air-time.test
 * Alert times shown and entered in Asia/Shanghai whatever the browser's zone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatShanghai,
  formatShanghaiTime,
  isDateTimeLocal,
  isoToDateTimeLocal,
  localToShanghaiIso,
  nextDay,
} from './air-time.ts';

test('an instant is shown as YYYY-MM-DD HH:mm Beijing time, whatever its offset', () => {
  assert.equal(formatShanghai('2026-11-28T20:00:00+08:00'), '2026-11-28 20:00');
  assert.equal(formatShanghai('2026-11-28T12:00:00Z'), '2026-11-28 20:00');
  assert.equal(formatShanghai('2026-11-28T12:00:00.000Z'), '2026-11-28 20:00');
  assert.equal(formatShanghai('2026-11-28T16:30:00Z'), '2026-11-29 00:30', 'crosses midnight');
  assert.equal(formatShanghai('2026-12-31T23:59:59+08:00'), '2026-12-31 23:59');
  assert.equal(formatShanghai('2026-12-31T16:00:00Z'), '2027-01-01 00:00', 'crosses the year');
  assert.equal(formatShanghai('2026-11-28T08:00:00-05:00'), '2026-11-28 21:00');
});

test('nothing shows as nothing; non-instants are kept as sent', () => {
  assert.equal(formatShanghai(null), '');
  assert.equal(formatShanghai(undefined), '');
  assert.equal(formatShanghai('soon'), 'soon');
  assert.equal(formatShanghaiTime('2026-11-28T01:05:00Z'), '09:05');
});

test('a datetime-local value is Beijing wall-clock time sent with +08:00', () => {
  assert.equal(localToShanghaiIso('2026-11-28T20:00'), '2026-11-28T20:00:00+08:00');
  assert.equal(localToShanghaiIso('2026-11-28T20:00:30'), '2026-11-28T20:00:30+08:00');
  assert.equal(localToShanghaiIso(' 2026-01-01T00:00 '), '2026-01-01T00:00:00+08:00');
  // Whatever zone the browser is in, the instant is the one a Beijing reader means.
  assert.equal(Date.parse(localToShanghaiIso('2026-11-28T20:00') ?? ''), Date.UTC(2026, 10, 28, 12, 0));
});

test('an empty or impossible datetime-local value gives null', () => {
  assert.equal(localToShanghaiIso(''), null);
  assert.equal(localToShanghaiIso('2026-11-28'), null);
  assert.equal(localToShanghaiIso('2026-02-30T10:00'), null);
  assert.equal(localToShanghaiIso('2026-11-28T24:00'), null);
  assert.equal(localToShanghaiIso('2026-11-28 20:00'), null);
  assert.equal(isDateTimeLocal('2028-02-29T23:59'), true);
});

test('round trip: an instant back into a datetime-local input', () => {
  assert.equal(isoToDateTimeLocal('2026-11-28T12:00:00Z'), '2026-11-28T20:00');
  assert.equal(isoToDateTimeLocal(localToShanghaiIso('2026-03-01T07:45')), '2026-03-01T07:45');
  assert.equal(isoToDateTimeLocal(null), '');
  assert.equal(isoToDateTimeLocal('bad'), '');
});

test('the next calendar day', () => {
  assert.equal(nextDay('2026-11-30'), '2026-12-01');
  assert.equal(nextDay('2028-02-28'), '2028-02-29');
  assert.equal(nextDay('2026-12-31'), '2027-01-01');
});
