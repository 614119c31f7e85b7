/**
 * @module web/lib/money.test
 * Display formatting of yuan strings.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupYuan } from './money.ts';

test('groups thousands and keeps two decimals', () => {
  assert.equal(groupYuan('1234.50'), '1,234.50');
  assert.equal(groupYuan('1234.5'), '1,234.50');
  assert.equal(groupYuan('3000000'), '3,000,000.00');
  assert.equal(groupYuan('0.07'), '0.07');
  assert.equal(groupYuan('999.00'), '999.00');
});

test('keeps the sign and more than two decimals as given', () => {
  assert.equal(groupYuan('-1000000.00'), '-1,000,000.00');
  assert.equal(groupYuan('12345.678'), '12,345.678');
});

test('beyond float precision, digits are kept exactly', () => {
  assert.equal(groupYuan('90071992547409931.99'), '90,071,992,547,409,931.99');
});

test('returns anything else unchanged', () => {
  assert.equal(groupYuan('n/a'), 'n/a');
});
