/**
 * @module web/lib/green-money.test
 * 万元 display, exact sums and bar ratios of yuan strings, never through a float.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  fenToYuan,
  isPositiveYuan,
  maxYuan,
  permille,
  sumYuan,
  yuanToFen,
  yuanToWan,
} from './green-money.ts';

test('yuan to 万元 moves the decimal point four places and trims zeros', () => {
  assert.equal(yuanToWan('400000.00'), '40');
  assert.equal(yuanToWan('160000.00'), '16');
  assert.equal(yuanToWan('1234567.89'), '123.456789');
  assert.equal(yuanToWan('12345678901.00'), '1,234,567.8901');
  assert.equal(yuanToWan('5000'), '0.5');
  assert.equal(yuanToWan('0.07'), '0.000007');
  assert.equal(yuanToWan('0.00'), '0');
  assert.equal(yuanToWan('-30000.00'), '-3');
  assert.equal(yuanToWan('n/a'), 'n/a');
});

test('beyond float precision the digits are exact', () => {
  assert.equal(yuanToWan('90071992547409931.99'), '9,007,199,254,740.993199');
  assert.equal(sumYuan(['90071992547409931.99', '0.01']), '90071992547409932.00');
});

test('fen conversions and sums are exact', () => {
  assert.equal(yuanToFen('1234.5'), 123450n);
  assert.equal(yuanToFen('-0.07'), -7n);
  assert.equal(yuanToFen('1.234'), null);
  assert.equal(fenToYuan(123456n), '1234.56');
  assert.equal(fenToYuan(-5n), '-0.05');
  assert.equal(sumYuan(['0.10', '0.20']), '0.30');
  assert.equal(sumYuan([]), '0.00');
  assert.equal(maxYuan(['10.00', '200.5', 'x']), '200.50');
  assert.equal(isPositiveYuan('0.00'), false);
  assert.equal(isPositiveYuan('0.01'), true);
  assert.equal(isPositiveYuan(null), false);
});

test('bar ratios are thousandths by integer division, clamped', () => {
  assert.equal(permille('50.00', '200.00'), 250);
  assert.equal(permille('1', '3'), 333);
  assert.equal(permille('300', '200'), 1000);
  assert.equal(permille('10', '0'), 0);
  assert.equal(permille('-10', '100'), 0);
});
