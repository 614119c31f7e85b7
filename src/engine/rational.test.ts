/**
 * Exact arithmetic: parsing, rounding modes, and the floating-point traps of policy-notes.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from './errors.ts';
import {
  add,
  cmp,
  divRound,
  mul,
  parseRational,
  ratio,
  roundRational,
  sub,
  toDecimalString,
  toPercentString,
} from './rational.ts';

describe('parseRational', () => {
  test('decimal text, fractions, percentages and JSON numbers are exact', () => {
    assert.deepEqual(parseRational('0.3'), { n: 3n, d: 10n });
    assert.deepEqual(parseRational('30%'), { n: 3n, d: 10n });
    assert.deepEqual(parseRational('1/3'), { n: 1n, d: 3n });
    assert.deepEqual(parseRational(0.1), { n: 1n, d: 10n });
    assert.deepEqual(parseRational('-12.50'), { n: -25n, d: 2n });
    assert.deepEqual(parseRational('1e3'), { n: 1000n, d: 1n });
    assert.deepEqual(parseRational('2.5e-1'), { n: 1n, d: 4n });
  });
  test('0.1 + 0.2 is exactly 0.3 (it is not in floats)', () => {
    assert.equal(cmp(add(parseRational(0.1), parseRational(0.2)), parseRational('0.3')), 0);
  });
  test('bad values name the field', () => {
    for (const bad of ['abc', '', '1/0', Number.NaN, Number.POSITIVE_INFINITY, {}, null, '1.2.3']) {
      assert.throws(
        () => parseRational(bad, 'facts.area'),
        (e: unknown) =>
          e instanceof ZhengceError && e.code === 'ZC_ERR_INVALID_INPUT' && e.field === 'facts.area',
      );
    }
  });
});

describe('rounding modes', () => {
  // [numerator, denominator, half_up, half_even, half_down, up, down, ceiling, floor]
  const cases: [bigint, bigint, ...bigint[]][] = [
    [5n, 2n, 3n, 2n, 2n, 3n, 2n, 3n, 2n], // 2.5
    [7n, 2n, 4n, 4n, 3n, 4n, 3n, 4n, 3n], // 3.5
    [-5n, 2n, -3n, -2n, -2n, -3n, -2n, -2n, -3n], // -2.5
    [26n, 10n, 3n, 3n, 3n, 3n, 2n, 3n, 2n], // 2.6
    [24n, 10n, 2n, 2n, 2n, 3n, 2n, 3n, 2n], // 2.4
    [-24n, 10n, -2n, -2n, -2n, -3n, -2n, -2n, -3n], // -2.4
    [4n, 2n, 2n, 2n, 2n, 2n, 2n, 2n, 2n], // exact
  ];
  const modes = ['half_up', 'half_even', 'half_down', 'up', 'down', 'ceiling', 'floor'] as const;
  for (const [n, d, ...expected] of cases) {
    modes.forEach((mode, i) => {
      test(`${n}/${d} ${mode} → ${expected[i]}`, () => {
        assert.equal(divRound(n, d, mode), expected[i]);
      });
    });
  }
});

describe('the floating-point trap of policy-notes', () => {
  test('ceil(100/520 × (2120.8 − 2100) + 400) is 404 exactly; floats say 405', () => {
    // Floats: 100/520*(2120.8-2100)+400 = 404.00000000000006 → ceil 405.
    assert.equal(Math.ceil((100 / 520) * (2120.8 - 2100) + 400), 405);
    // Exact: 20.8 × 100/520 = 2080/520 = 4, so the value is exactly 404.
    const x = add(mul(ratio(100, 520), sub(parseRational('2120.8'), parseRational('2100'))), ratio(400));
    assert.equal(roundRational(x, 'ceiling'), 404n);
  });
});

describe('formatting', () => {
  test('terminating fractions print as decimals, others as n/d', () => {
    assert.equal(toDecimalString(ratio(3, 2)), '1.5');
    assert.equal(toDecimalString(ratio(-1, 8)), '-0.125');
    assert.equal(toDecimalString(ratio(1, 3)), '1/3');
    assert.equal(toDecimalString(ratio(7)), '7');
  });
  test('percentages', () => {
    assert.equal(toPercentString(ratio(3, 10)), '30%');
    assert.equal(toPercentString(ratio(1, 3)), '33.3333%');
  });
});
