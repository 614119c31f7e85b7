/**
 * Money in integer fen: parsing yuan, rates with named rounding, display in 元 and 万元.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from './errors.ts';
import {
  addFen,
  applyRate,
  displayWanYuan,
  displayYuan,
  fen,
  formatYuan,
  fromWanYuan,
  fromYuan,
  minFen,
  parseYuan,
  timesFen,
} from './money.ts';
import { parseRational } from './rational.ts';

describe('parseYuan and formatYuan', () => {
  test('round trip with two decimals', () => {
    assert.equal(parseYuan('1234.5'), 123450);
    assert.equal(parseYuan(1234.56), 123456);
    assert.equal(parseYuan('0.07'), 7);
    assert.equal(formatYuan(fen(123450)), '1234.50');
    assert.equal(formatYuan(fen(7)), '0.07');
    assert.equal(formatYuan(fen(-7)), '-0.07');
    assert.equal(formatYuan(fen(0)), '0.00');
  });
  test('more than two decimals is refused, not rounded', () => {
    assert.throws(
      () => parseYuan('1.005', 'facts.investment'),
      (e: unknown) =>
        e instanceof ZhengceError && e.code === 'ZC_ERR_INVALID_MONEY' && e.field === 'facts.investment',
    );
  });
  test('non-numbers and unsafe sizes are refused', () => {
    assert.throws(() => parseYuan('12,000'));
    assert.throws(() => parseYuan(true));
    assert.throws(() => parseYuan('999999999999999999'));
    assert.throws(() => fen(0.5));
  });
});

describe('rates', () => {
  test('30% of 1,000,000.01 元 rounds half up to the fen', () => {
    // 100000001 fen × 3/10 = 30000000.3 fen → 30000000 fen (half up: .3 rounds down)
    assert.equal(applyRate(parseYuan('1000000.01'), parseRational('30%'), 'half_up'), 30000000);
    // 100000005 fen × 3/10 = 30000001.5 → half up 30000002, half even 30000002, down 30000001
    assert.equal(applyRate(fen(100000005), parseRational('0.3'), 'half_up'), 30000002);
    assert.equal(applyRate(fen(100000005), parseRational('0.3'), 'down'), 30000001);
    assert.equal(applyRate(fen(100000003), parseRational('0.5'), 'half_even'), 50000002);
  });
  test('no float drift: 0.35 × 3 元 is 1.05 元', () => {
    // In floats 0.35*300 = 104.99999999999999.
    assert.equal(applyRate(fromYuan(3), parseRational('0.35'), 'down'), 105);
  });
});

describe('万元 and arithmetic', () => {
  test('fromWanYuan and displays', () => {
    assert.equal(fromWanYuan(50), 50_000_000);
    assert.equal(fromWanYuan('2.5'), 2_500_000 * 1);
    assert.equal(displayWanYuan(fen(50_000_000)), '50 万元');
    assert.equal(displayWanYuan(fen(123450)), '0.12345 万元');
    assert.equal(displayYuan(fen(123456789)), '1,234,567.89 元');
    assert.equal(displayYuan(fen(123456789), 'en'), '¥1,234,567.89');
  });
  test('sums, minimum, multiples', () => {
    assert.equal(addFen(fen(1), fen(2), fen(3)), 6);
    assert.equal(minFen(fen(5), fen(3), fen(9)), 3);
    assert.equal(timesFen(fromWanYuan(2), 3), 6_000_000);
  });
});
