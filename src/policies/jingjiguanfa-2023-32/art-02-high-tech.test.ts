/**
 * Golden tests of 32号 第二条 (high-tech enterprise recognition awards), named by clause; each
 * expected value is worked out from the text in the comment above it. Amounts are in fen.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Decision } from '../../engine/decision.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluate, getRule } from '../index.ts';
import { EXAMPLE_SCOPE } from './facts.ts';

const RULE = 'jingjiguanfa-2023-32/art-02-high-tech';
const base = { event: 'national_first_recognition', eventDate: '2024-12-10', ...EXAMPLE_SCOPE };
const run = (facts: object = {}, asOf = '2024-12-31'): Decision =>
  evaluate(RULE, { ...base, ...facts }, parseCalendarDate(asOf) as CalendarDate);
const amount = (facts: object = {}, asOf?: string) => {
  const r = run(facts, asOf);
  return [r.outcome, r.amount] as const;
};
const failed = (r: Decision) => r.reasons.filter((x) => x.passed === false).map((x) => x.code);
const award = (subject: string, amt: string) => ({
  ruleId: RULE,
  subject,
  amount: amt,
  awardedOn: '2024-05-06',
});
const zgc = { event: 'zgc_first_filing', aboveScale: true };

describe('第二条 高新技术企业 awards', () => {
  // "对新迁入、首次通过认定的国家高新技术企业,给予一次性资金奖励 30 万元": 300,000 元 = 30,000,000 fen.
  test('national high-tech enterprise, first recognised or newly arrived: 300,000 yuan', () => {
    assert.deepEqual(amount(), ['eligible', 30_000_000]);
    const arrival = run({ event: 'national_new_arrival', actualOfficeInArea: true });
    assert.deepEqual([arrival.outcome, arrival.amount], ['eligible', 30_000_000]);
    // "于次年度统一兑现": moved in 2024-12-10 → paid in 2025.
    assert.equal(arrival.trace.find((s) => s.code === 'j32.payout.next_year')?.result, 2025);
    assert.deepEqual(amount({ event: 'national_new_arrival' }), ['needs_review', 30_000_000]);
    assert.equal(amount({ event: 'national_new_arrival', actualOfficeInArea: false })[0], 'ineligible');
  });
  // "对有效期满再次申请并通过认定的国家高新技术企业,给予一次性资金奖励 20 万元": 20,000,000 fen.
  test('national high-tech enterprise recognised again at expiry: 200,000 yuan', () => {
    assert.deepEqual(amount({ event: 'national_re_recognition' }), ['eligible', 20_000_000]);
  });
  // "对首次完成入库备案、有效期满后申请换发证书的规模以上中关村高新技术企业,给予一次性资金奖励 5 万元":
  // 50,000 元 = 5,000,000 fen, above designated size only (D-32-8).
  test('above-scale Zhongguancun high-tech enterprise, first filing or renewal: 50,000 yuan', () => {
    assert.deepEqual(amount(zgc), ['eligible', 5_000_000]);
    assert.deepEqual(amount({ ...zgc, event: 'zgc_renewal' }), ['eligible', 5_000_000]);
    assert.deepEqual(failed(run({ ...zgc, aboveScale: false })), ['j32.art2.above_scale']);
    assert.deepEqual(amount({ event: 'zgc_renewal' }), ['needs_review', 5_000_000]);
  });
  test('none of the events: ineligible, and nothing to award', () => {
    const r = run({ event: 'none' });
    assert.deepEqual([r.outcome, failed(r)], ['ineligible', ['j32.art2.event']]);
    assert.deepEqual(getRule(RULE).awardSubjects!({ ...base, event: 'none' }), []);
  });
  // "中关村高新技术企业申请通过国家高新技术企业认定后享受差额奖励": paid 5万 as a Zhongguancun
  // enterprise, then first national recognition → 30万 − 5万 = 25万; recognised again → 20万 − 5万 = 15万.
  test('from Zhongguancun (5万 paid) to national pays the difference: 250,000 or 150,000 yuan', () => {
    const history = [award('zhongguancun-high-tech', '50000')];
    assert.deepEqual(run({ awardHistory: history }).interpretations, [
      'D-32-3',
      'D-32-4',
      'D-32-5',
      'D-32-6',
      'D-32-7',
    ]);
    assert.deepEqual(amount({ awardHistory: history }), ['eligible', 25_000_000]);
    assert.deepEqual(amount({ event: 'national_re_recognition', awardHistory: history }), [
      'eligible',
      15_000_000,
    ]);
  });
  // "单个企业不重复支持": once paid at a level, not again at it or below.
  test('no double support', () => {
    for (const [facts, subject, amt] of [
      [{}, 'national-high-tech', '300000'],
      [{ event: 'national_re_recognition' }, 'national-high-tech', '300000'],
      [zgc, 'national-high-tech', '200000'],
      [{ ...zgc, event: 'zgc_renewal' }, 'zhongguancun-high-tech', '50000'],
    ] as const) {
      const r = run({ ...facts, awardHistory: [award(subject, amt)] });
      assert.deepEqual([r.outcome, failed(r)], ['ineligible', ['j32.tier.not_supported_before']]);
    }
  });
  test('the award key is the level', () => {
    assert.deepEqual(getRule(RULE).awardSubjects!(base), ['national-high-tech']);
    assert.deepEqual(getRule(RULE).awardSubjects!({ ...base, ...zgc }), ['zhongguancun-high-tech']);
  });
  // 结语: scope; "自公布之日起施行，至 2025 年 12 月 31 日结束" (D-32-3).
  test('scope, event dates and the window', () => {
    assert.equal(amount({ location: 'outside' })[0], 'ineligible');
    assert.equal(amount({ onSeriousDishonestyList: true })[0], 'ineligible');
    assert.deepEqual(failed(run({ eventDate: '2023-11-28' })), ['j32.event.in_force']);
    assert.deepEqual(amount({ eventDate: '2025-12-31' }, '2025-12-31'), ['eligible', 30_000_000]);
    const late = run({}, '2026-01-01');
    assert.deepEqual([late.outcome, late.amount], ['not_in_force', null]);
    assert.equal(late.outcome === 'not_in_force' && late.status, 'expired');
  });
});
