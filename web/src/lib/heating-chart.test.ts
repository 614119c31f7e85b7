/**
 * @module web/lib/heating-chart.test
 * The chart geometry: decimal text scaled to pixels, bad text drawn as nothing, round axis bounds.
 * Run: `node --import tsx --test web/src/lib/heating-chart.test.ts`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { barLength, magnitude, maxOf, niceCeiling, percentText } from './heating-chart.ts';

test('decimal text is scaled; bad or empty text draws nothing', () => {
  assert.equal(magnitude('12.50'), 12.5);
  assert.equal(magnitude('-3'), 0);
  assert.equal(magnitude(null), 0);
  assert.equal(barLength('50', 200, 300), 75);
  assert.equal(barLength('0.001', 200, 300), 1);
  assert.equal(barLength('0', 200, 300), 0);
  assert.equal(barLength('5', 0, 300), 0);
});

test('the largest value and a round ceiling for the axis', () => {
  assert.equal(maxOf(['3.5', '12', null, 'x']), 12);
  assert.equal(niceCeiling(13.43), 20);
  assert.equal(niceCeiling(15), 20);
  assert.equal(niceCeiling(0.8), 1);
  assert.equal(niceCeiling(0), 1);
  assert.equal(percentText('11.80%'), '11.80');
});
