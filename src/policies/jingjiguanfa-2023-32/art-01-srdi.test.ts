/**
 * Golden tests of 32号 第一条 (SRDI awards), named by clause; each expected value is worked out from
 * the text in the comment above it. Amounts are in fen (50万元 = 500,000 元 = 50,000,000 fen).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Decision } from '../../engine/decision.ts';
import { ZhengceError } from '../../engine/errors.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluate, getRule } from '../index.ts';
import { EXAMPLE_SCOPE } from './facts.ts';

const RULE = 'jingjiguanfa-2023-32/art-01-srdi';
const base = { title: 'little_giant', basis: 'first_recognition', eventDate: '2024-08-15', ...EXAMPLE_SCOPE };
const run = (facts: object = {}, asOf = '2024-09-30'): Decision =>
  evaluate(RULE, { ...base, ...facts }, parseCalendarDate(asOf) as CalendarDate);
const amount = (facts: object = {}, asOf?: string) => {
  const r = run(facts, asOf);
  return [r.outcome, r.amount] as const;
};
const failed = (r: Decision) => r.reasons.filter((x) => x.passed === false).map((x) => x.code);
const award = (subject: string, amt: string, ruleId = RULE) => ({
  ruleId,
  subject,
  amount: amt,
  awardedOn: '2024-03-20',
});

describe('第一条 专精特新 awards', () => {
  // "对新迁入、首次获得认定或有效期满通过复核的国家专精特新“小巨人”企业,给予一次性资金奖励 50 万元":
  // 50万元 = 500,000 元 = 50,000,000 fen, for each of the three events.
  test('a national little giant: 500,000 yuan for a first recognition, a review passed or a move-in', () => {
    assert.deepEqual(amount(), ['eligible', 50_000_000]);
    assert.deepEqual(amount({ basis: 'review_passed' }), ['eligible', 50_000_000]);
    assert.deepEqual(amount({ basis: 'new_arrival', actualOfficeInArea: true }), ['eligible', 50_000_000]);
  });
  // "…的北京市专精特新中小企业,给予一次性资金奖励 20 万元": 200,000 元 = 20,000,000 fen.
  test('a Beijing SRDI SME: 200,000 yuan', () => {
    assert.deepEqual(amount({ title: 'beijing_srdi' }), ['eligible', 20_000_000]);
    assert.deepEqual(amount({ title: 'beijing_srdi', basis: 'review_passed' }), ['eligible', 20_000_000]);
  });
  // Only those three events are paid: holding the title without one of them is not.
  test('holding the title with none of the three events: ineligible', () => {
    const r = run({ basis: 'none' });
    assert.equal(r.outcome, 'ineligible');
    assert.deepEqual(failed(r), ['j32.art1.basis']);
  });
  // "晋级享受差额奖励": a Beijing SRDI SME paid 20万 under this article that becomes a little giant
  // gets 50万 − 20万 = 30万 = 30,000,000 fen (D-32-4).
  test('moving up from Beijing SRDI (20万 paid) to little giant pays the difference, 300,000 yuan', () => {
    const r = run({ awardHistory: [award('beijing-srdi', '200000')] });
    assert.deepEqual([r.outcome, r.amount], ['eligible', 30_000_000]);
    assert.equal(r.trace.find((s) => s.code === 'j32.tier.difference')?.result, '300000.00');
    assert.deepEqual(r.interpretations, ['D-32-3', 'D-32-4', 'D-32-5', 'D-32-6']);
  });
  // "单个企业不重复支持": once paid at a level, not again at that level or below (D-32-4).
  test('no double support: a second award at the same level, or a lower one after a higher, is refused', () => {
    for (const [facts, history] of [
      [{}, [award('little-giant', '500000')]],
      [{ basis: 'review_passed' }, [award('little-giant', '500000')]],
      [{ title: 'beijing_srdi' }, [award('little-giant', '500000')]],
      [{ title: 'beijing_srdi' }, [award('beijing-srdi', '200000')]],
      [{}, [award('beijing-srdi', '200000'), award('little-giant', '300000')]],
    ] as const) {
      const r = run({ ...facts, awardHistory: history });
      assert.equal(r.outcome, 'ineligible', JSON.stringify(facts));
      assert.deepEqual(failed(r), ['j32.tier.not_supported_before']);
    }
  });
  // The sentence belongs to 第一条: awards of 第二条 (high-tech) do not count here (D-32-5).
  test('awards under 第二条 do not reduce a 第一条 award', () => {
    const other = award('national-high-tech', '300000', 'jingjiguanfa-2023-32/art-02-high-tech');
    assert.deepEqual(amount({ awardHistory: [other] }), ['eligible', 50_000_000]);
  });
  test('an award key this article does not use is refused, naming the field', () => {
    assert.throws(
      () => run({ awardHistory: [award('rd-year:2024', '1000')] }),
      (e: unknown) => e instanceof ZhengceError && e.field === 'facts.awardHistory',
    );
  });
  test('the award key is the level: one grant per enterprise and level', () => {
    const rule = getRule(RULE);
    assert.deepEqual(rule.awardSubjects!({ ...base }), ['little-giant']);
    assert.deepEqual(rule.awardSubjects!({ ...base, title: 'beijing_srdi' }), ['beijing-srdi']);
  });
});

describe('结语 for 第一条: new arrivals, scope and dates', () => {
  // "新迁入企业须在亦庄新城 225 平方公里范围内实际办公，于次年度统一兑现": moved in 2024-08-15 → paid in 2025;
  // no actual office → ineligible; not stated → needs review, with the 50万 it would get (D-32-6).
  test('a new arrival must actually have its office in the 225 km² and is paid the following year', () => {
    const r = run({ basis: 'new_arrival', actualOfficeInArea: true });
    assert.equal(r.trace.find((s) => s.code === 'j32.payout.next_year')?.result, 2025);
    assert.equal(amount({ basis: 'new_arrival', actualOfficeInArea: false })[0], 'ineligible');
    assert.deepEqual(amount({ basis: 'new_arrival' }), ['needs_review', 50_000_000]);
    // Other enterprises are paid by batch without application.
    assert.equal(run().trace.find((s) => s.code === 'j32.payout.batch')?.result, 'no_application');
  });
  // "本措施适用于在亦庄新城 225 平方公里范围内注册、纳税并进行统计登记,近 3 年无重大行政处罚记录…".
  test('the scope and a clean record are required', () => {
    assert.equal(amount({ location: 'yizhuang_225' })[0], 'eligible');
    for (const f of [
      { location: 'outside' },
      { registeredTaxedAndInStatistics: false },
      { majorAdministrativePenaltyWithin3Years: true },
      { criminalRecordWithin3Years: true },
      { onSeriousDishonestyList: true },
    ]) {
      assert.equal(amount(f)[0], 'ineligible', JSON.stringify(f));
    }
  });
  // "自公布之日起施行": an event before 2023-11-29 is not one of this measure's (D-32-3).
  test('the event must fall on or after 2023-11-29, and not after the as-of date', () => {
    assert.equal(amount({ eventDate: '2023-11-29' }, '2023-12-01')[0], 'eligible');
    const before = run({ eventDate: '2023-11-28' }, '2023-12-01');
    assert.deepEqual(failed(before), ['j32.event.in_force']);
    assert.throws(
      () => run({ eventDate: '2024-10-01' }, '2024-09-30'),
      (e: unknown) => e instanceof ZhengceError && e.field === 'facts.eventDate',
    );
  });
  // "至 2025 年 12 月 31 日结束": in force that day; not_in_force on 2026-01-01 and before 2023-11-29.
  test('in force through 2025-12-31; not_in_force on 2026-01-01 with the dates', () => {
    assert.deepEqual(amount({ eventDate: '2025-12-31' }, '2025-12-31'), ['eligible', 50_000_000]);
    const late = run({ eventDate: '2025-12-31' }, '2026-01-01');
    assert.equal(late.outcome === 'not_in_force' && late.status, 'expired');
    assert.equal(late.outcome === 'not_in_force' && late.validity.to, '2025-12-31');
    const early = run({ eventDate: '2023-11-01' }, '2023-11-28');
    assert.equal(early.outcome === 'not_in_force' && early.status, 'not_yet');
  });
});
