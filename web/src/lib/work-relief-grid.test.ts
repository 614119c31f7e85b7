/**
 * @module web/lib/work-relief-grid.test
 * The attendance grid's logic: the click cycle, keys, which cells may change, the quick fills, the
 * edits sent, and wages due in exact yuan. Run: `node --import tsx --test web/src/lib/work-relief-grid.test.ts`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  cellOf,
  editable,
  entriesOf,
  fillDay,
  fillRow,
  keyCell,
  nextCell,
  rowHalfDays,
  wagesDue,
  withCell,
} from './work-relief-grid.ts';
import type { WrGridRow } from './work-relief-types.ts';

const row = (over: Partial<WrGridRow> = {}): WrGridRow => ({
  workerId: 7,
  name: '甲',
  residentId: '110111********0011',
  post: '普工',
  keyPost: false,
  dailyRate: '183.33',
  joinedOn: '2026-06-03',
  leftOn: null,
  cells: { '2026-06-03': 2 },
  halfDays: 2,
  due: '183.33',
  locked: false,
  ...over,
});
const DAYS = [
  '2026-06-01',
  '2026-06-02',
  '2026-06-03',
  '2026-06-04',
  '2026-06-05',
  '2026-06-06',
  '2026-06-07',
];

test('a click cycles blank → full → half → absent → blank; keys type a value', () => {
  assert.deepEqual([nextCell(undefined), nextCell(2), nextCell(1), nextCell(0)], [2, 1, 0, undefined]);
  assert.deepEqual(
    [keyCell('1'), keyCell('5'), keyCell('0'), keyCell('Delete'), keyCell('q')],
    [2, 1, 0, null, 'none'],
  );
});

test('only days inside the worker’s time, not after today, in an open month may change', () => {
  const r = row({ leftOn: '2026-06-05' });
  assert.deepEqual(
    DAYS.map((d) => editable(r, d, '2026-06-04')),
    [false, false, true, true, false, false, false],
  );
  assert.equal(editable(row({ locked: true }), '2026-06-04', '2026-06-30'), false);
});

test('edits: back to the saved value drops the edit; null clears a saved day', () => {
  const r = row();
  let e = withCell(new Map(), r, '2026-06-04', 1);
  e = withCell(e, r, '2026-06-03', undefined);
  assert.deepEqual(entriesOf(e), [
    { workerId: 7, day: '2026-06-04', halfDays: 1 },
    { workerId: 7, day: '2026-06-03', halfDays: null },
  ]);
  assert.equal(withCell(e, r, '2026-06-04', undefined).has('7|2026-06-04'), false);
  assert.equal(cellOf(r, '2026-06-03', e), undefined);
});

test('fill a worker’s month (Monday–Saturday, blanks only) and fill a day for everyone', () => {
  const r = row();
  const e = fillRow(new Map(), r, DAYS, '2026-06-30');
  // 3 June is already full; 7 June is a Sunday; before 3 June he had not joined.
  assert.deepEqual(
    entriesOf(e).map((x) => x.day),
    ['2026-06-04', '2026-06-05', '2026-06-06'],
  );
  assert.equal(rowHalfDays(r, DAYS, e), 8);
  const two = [r, row({ workerId: 8, cells: {} })];
  assert.deepEqual(
    entriesOf(fillDay(new Map(), two, '2026-06-04', '2026-06-30')).map((x) => x.workerId),
    [7, 8],
  );
});

test('wages due in exact yuan: 183.33 × 41 half-days ÷ 2 = 3758.265 → 3758.27', () => {
  assert.equal(wagesDue('183.33', 41), '3758.27');
  assert.equal(wagesDue('200', 20), '2000.00');
  assert.equal(wagesDue('0.01', 31), '0.16');
});
