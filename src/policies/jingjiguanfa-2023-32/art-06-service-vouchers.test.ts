/**
 * Golden tests of 32号 第六条 (innovation service vouchers), named by clause; each expected value is
 * worked out from the text in the comment above it. Amounts are in fen.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Decision } from '../../engine/decision.ts';
import { ZhengceError } from '../../engine/errors.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluate, getRule } from '../index.ts';
import { EXAMPLE_SCOPE } from './facts.ts';

const RULE = 'jingjiguanfa-2023-32/art-06-service-vouchers';
const base = {
  smallOrMediumEnterprise: true,
  voucherIssued: true,
  providerRecognised: true,
  professionalService: true,
  purchaseRef: 'HT-1',
  purchasedOn: '2024-10-08',
  purchaseAmount: '120000',
  ...EXAMPLE_SCOPE,
};
const run = (facts: object = {}, asOf = '2024-10-31'): Decision =>
  evaluate(RULE, { ...base, ...facts }, parseCalendarDate(asOf) as CalendarDate);
const amount = (facts: object = {}, asOf?: string) => {
  const r = run(facts, asOf);
  return [r.outcome, r.amount] as const;
};
const failed = (r: Decision) => r.reasons.filter((x) => x.passed === false).map((x) => x.code);
const granted = (subject: string, amt: string) => ({
  ruleId: RULE,
  subject,
  amount: amt,
  awardedOn: '2024-06-01',
});

describe('第六条 科技创新服务券', () => {
  // "给予50%的补助": 120,000 × 50% = 60,000 元 = 6,000,000 fen.
  test('50% of the purchase: 60,000 yuan', () => {
    assert.deepEqual(amount(), ['eligible', 6_000_000]);
    assert.deepEqual(run().interpretations, ['D-32-13', 'D-32-14', 'D-32-3']);
  });
  // "年度支持金额最高为15万元": 300,000 × 50% = 150,000 元, the cap; 300,000.02 × 50% = 150,000.01 → 150,000.00.
  test('the 150,000 yuan annual cap: at the cap and one fen over', () => {
    assert.deepEqual(amount({ purchaseAmount: '300000' }), ['eligible', 15_000_000]);
    const over = run({ purchaseAmount: '300000.02' });
    assert.equal(over.trace.find((s) => s.code === 'j32.art6.subsidy')?.result, '150000.01');
    assert.deepEqual([over.outcome, over.amount], ['eligible', 15_000_000]);
  });
  // The cap is for the year: 100,000 元 already granted for 2024 purchases leaves 50,000 元, so a
  // 60,000 元 subsidy is cut to 50,000 (D-32-14); 150,000 granted leaves nothing.
  test('earlier subsidies of the same year count against the cap; other years do not', () => {
    assert.deepEqual(amount({ awardHistory: [granted('voucher:2024:HT-0', '100000')] }), [
      'eligible',
      5_000_000,
    ]);
    const full = run({
      awardHistory: [granted('voucher:2024:A', '90000'), granted('voucher:2024:B', '60000')],
    });
    assert.deepEqual([full.outcome, failed(full)], ['ineligible', ['j32.art6.cap_left']]);
    // 149,999.99 granted leaves 0.01.
    assert.deepEqual(amount({ awardHistory: [granted('voucher:2024:A', '149999.99')] }), ['eligible', 1]);
    assert.deepEqual(amount({ awardHistory: [granted('voucher:2023:HT-0', '150000')] }), [
      'eligible',
      6_000_000,
    ]);
  });
  test('one subsidy per purchase (award key voucher:<year>:<ref>)', () => {
    assert.deepEqual(getRule(RULE).awardSubjects!(base), ['voucher:2024:HT-1']);
    const again = run({ awardHistory: [granted('voucher:2024:HT-1', '60000')] });
    assert.deepEqual(failed(again), ['j32.art6.not_subsidised']);
  });
  // Half a fen is rounded half up: 0.03 × 50% = 0.015 元 → 0.02 元 (D-32-14).
  test('rounded half up to the fen', () => {
    assert.deepEqual(amount({ purchaseAmount: '0.03' }), ['eligible', 2]);
  });
  // "面向中小企业发放…对企业购买经认定的服务机构提供的专业化服务" (D-32-13).
  test('an SME with vouchers buying a professional service of a recognised provider', () => {
    for (const [f, code] of [
      [{ smallOrMediumEnterprise: false }, 'j32.art6.sme'],
      [{ voucherIssued: false }, 'j32.art6.voucher'],
      [{ providerRecognised: false }, 'j32.art6.provider'],
      [{ professionalService: false }, 'j32.art6.professional'],
      [{ purchaseAmount: '0' }, 'j32.art6.positive'],
      [{ location: 'outside' }, 'j32.scope.area'],
    ] as const) {
      assert.ok(failed(run(f)).includes(code), code);
    }
    assert.throws(
      () => run({ purchaseAmount: '100.005' }),
      (e: unknown) => e instanceof ZhengceError && e.field === 'facts.purchaseAmount',
    );
  });
  // "自公布之日起施行，至 2025 年 12 月 31 日结束" (D-32-3).
  test('purchases from 2023-11-29; in force through 2025-12-31', () => {
    assert.deepEqual(failed(run({ purchasedOn: '2023-11-28' })), ['j32.event.in_force']);
    assert.deepEqual(amount({ purchasedOn: '2025-12-31' }, '2025-12-31'), ['eligible', 6_000_000]);
    const late = run({ purchasedOn: '2025-12-31' }, '2026-01-01');
    assert.equal(late.outcome === 'not_in_force' && late.status, 'expired');
  });
});
