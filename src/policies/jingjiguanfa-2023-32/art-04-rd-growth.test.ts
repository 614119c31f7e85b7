/**
 * Golden tests of 32号 第四条 (R&D spending growth), named by clause; each expected value is worked
 * out from the text in the comment above it. Amounts are in fen. The annual target is configured by
 * the bureau (D-32-9): here 10% for 2024 and 2025, as a bureau would set it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Decision } from '../../engine/decision.ts';
import { ZhengceError } from '../../engine/errors.ts';
import type { ParameterOverrides } from '../../engine/parameter.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluate, getRule } from '../index.ts';
import { EXAMPLE_SCOPE } from './facts.ts';

const RULE = 'jingjiguanfa-2023-32/art-04-rd-growth';
const TARGET = 'jingjiguanfa-2023-32.art4.growth-target';
const target = (...values: Array<[from: string, to: string, value: string]>): ParameterOverrides => ({
  [TARGET]: values.map(([from, to, value]) => ({
    from: from as CalendarDate,
    to: to as CalendarDate,
    value,
  })),
});
const TEN = target(['2024-01-01', '2024-12-31', '10%'], ['2025-01-01', '2025-12-31', '10%']);
const base = {
  littleGiant: true,
  rdYear: 2024,
  rdExpensePriorYear: '50000000',
  rdExpense: '65000000',
  ...EXAMPLE_SCOPE,
};
const run = (
  facts: object = {},
  asOf = '2025-03-31',
  overrides: ParameterOverrides | undefined = TEN,
): Decision => evaluate(RULE, { ...base, ...facts }, parseCalendarDate(asOf) as CalendarDate, overrides);
const amount = (facts: object = {}, asOf?: string, overrides?: ParameterOverrides) => {
  const r = run(facts, asOf, overrides ?? TEN);
  return [r.outcome, r.amount] as const;
};
const failed = (r: Decision) => r.reasons.filter((x) => x.passed === false).map((x) => x.code);
const open = (r: Decision) => r.reasons.filter((x) => x.passed === null).map((x) => x.code);

describe('第四条 研发投入 growth support', () => {
  // "按照高出部分的20%给予支持": 50,000,000 → 65,000,000 is 30% growth against a 10% target;
  // above it: 65,000,000 − 50,000,000 × 1.1 = 10,000,000 元; × 20% = 2,000,000 元 = 200,000,000 fen.
  test('20% of the growth above the target: 2,000,000 yuan', () => {
    assert.deepEqual(amount(), ['eligible', 200_000_000]);
    assert.deepEqual(run().interpretations, ['D-32-10', 'D-32-11', 'D-32-9']);
  });
  // "年度支持金额最高为300万元": above it by 15,000,000 元 → exactly 3,000,000 元;
  // by 15,000,000.05 → 3,000,000.01 → capped to 3,000,000.00; by 14,999,999.95 → 2,999,999.99.
  test('the 3 million yuan annual cap: at the cap, one fen over, one fen under', () => {
    assert.deepEqual(amount({ rdExpense: '70000000' }), ['eligible', 300_000_000]);
    const over = run({ rdExpense: '70000000.05' });
    assert.equal(over.trace.find((s) => s.code === 'j32.art4.support')?.result, '3000000.01');
    assert.deepEqual([over.outcome, over.amount], ['eligible', 300_000_000]);
    assert.deepEqual(amount({ rdExpense: '69999999.95' }), ['eligible', 299_999_999]);
  });
  // "增长超过年度目标值": exactly 10% growth (55,000,000) does not exceed it; 55,000,000.03 does:
  // 0.03 元 above × 20% = 0.006 元 → 0.01 元 rounded half up (D-32-10).
  test('growth equal to the target is not above it; 3 fen above pays 1 fen', () => {
    const equal = run({ rdExpense: '55000000' });
    assert.deepEqual([equal.outcome, failed(equal)], ['ineligible', ['j32.art4.above_target']]);
    assert.deepEqual(amount({ rdExpense: '55000000.03' }), ['eligible', 1]);
    assert.equal(amount({ rdExpense: '40000000' })[0], 'ineligible');
  });
  // Exactly, with no float: target 7.5%, 1,234,567.89 → 1,500,000.00:
  // 1,500,000 − 1,234,567.89 × 1.075 = 172,839.51825; × 20% = 34,567.90365 → 34,567.90 元.
  test('exact arithmetic: 34,567.90 yuan', () => {
    const t = target(['2024-01-01', '2024-12-31', '7.5%']);
    assert.deepEqual(amount({ rdExpensePriorYear: '1234567.89', rdExpense: '1500000' }, undefined, t), [
      'eligible',
      3_456_790,
    ]);
  });
  // The text gives no target: until the bureau sets one for the year, review with no amount (D-32-9).
  test('no target configured for the year: needs review, no amount', () => {
    const none = run({}, '2025-03-31', {});
    assert.deepEqual(
      [none.outcome, none.amount, open(none)],
      ['needs_review', null, ['j32.art4.target_configured']],
    );
    const only2025 = run({}, '2025-03-31', target(['2025-01-01', '2025-12-31', '10%']));
    assert.equal(only2025.outcome, 'needs_review');
    // An open-ended value from 2023-11-29 covers 2024 (looked up on 2024-12-31).
    assert.deepEqual(
      amount({}, undefined, { [TARGET]: [{ from: '2023-11-29' as CalendarDate, value: '0.1' }] }),
      ['eligible', 200_000_000],
    );
  });
  test('a target that is not a rate ≥ 0 is a configuration error', () => {
    for (const bad of ['-5%', 'ten']) {
      assert.throws(
        () => run({}, '2025-03-31', target(['2024-01-01', '2024-12-31', bad])),
        (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_CONFIG',
      );
    }
  });
  // A year without R&D spending before has no growth rate to compare: referred (D-32-12).
  test('no R&D spending in the previous year: needs review', () => {
    const r = run({ rdExpensePriorYear: '0' });
    assert.deepEqual([r.outcome, open(r)], ['needs_review', ['j32.art4.prior_positive']]);
  });
  // "…的国家专精特新“小巨人”企业": only little giants.
  test('not a little giant, or out of scope: ineligible', () => {
    assert.deepEqual(failed(run({ littleGiant: false })), ['j32.art4.little_giant']);
    assert.equal(amount({ location: 'outside' })[0], 'ineligible');
    assert.equal(amount({ majorAdministrativePenaltyWithin3Years: true })[0], 'ineligible');
  });
  // "年度支持金额": one award per R&D year, years 2023–2025 (D-32-11).
  test('one award per R&D year; the year within the measure and not in the future', () => {
    const history = (y: number) => [
      { ruleId: RULE, subject: `rd-year:${y}`, amount: '100000', awardedOn: '2025-02-01' },
    ];
    assert.deepEqual(failed(run({ awardHistory: history(2024) })), ['j32.art4.not_awarded_for_year']);
    assert.deepEqual(amount({ awardHistory: history(2023) }), ['eligible', 200_000_000]);
    assert.deepEqual(getRule(RULE).awardSubjects!(base), ['rd-year:2024']);
    assert.deepEqual(
      failed(run({ rdYear: 2022 }, '2024-03-31', target(['2022-01-01', '2022-12-31', '10%']))),
      ['j32.art4.year'],
    );
    assert.throws(
      () => run({ rdYear: 2025 }, '2024-12-31'),
      (e: unknown) => e instanceof ZhengceError && e.field === 'facts.rdYear',
    );
  });
  // "至 2025 年 12 月 31 日结束": the 2025 year judged on 2025-12-31 is in force; on 2026-01-01 not.
  test('in force through 2025-12-31; not_in_force on 2026-01-01', () => {
    assert.deepEqual(amount({ rdYear: 2025 }, '2025-12-31'), ['eligible', 200_000_000]);
    const late = run({ rdYear: 2025 }, '2026-01-01');
    assert.equal(late.outcome === 'not_in_force' && late.status, 'expired');
  });
});
