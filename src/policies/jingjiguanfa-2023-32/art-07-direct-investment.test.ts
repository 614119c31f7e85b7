/**
 * Golden tests of 32号 第七条 (direct investment of the innovation fund), named by clause; each
 * expected value is worked out from the text in the comment above it. Amounts are in fen.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Decision } from '../../engine/decision.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluate } from '../index.ts';
import { EXAMPLE_SCOPE } from './facts.ts';

const RULE = 'jingjiguanfa-2023-32/art-07-direct-investment';
const base = {
  techInnovationEnterprise: true,
  fitsPositioning: true,
  projectTotalInvestment: '50000000',
  qualification: 'none',
  ...EXAMPLE_SCOPE,
};
const run = (facts: object = {}, asOf = '2024-07-31'): Decision =>
  evaluate(RULE, { ...base, ...facts }, parseCalendarDate(asOf) as CalendarDate);
const amount = (facts: object = {}, asOf?: string) => {
  const r = run(facts, asOf);
  return [r.outcome, r.amount] as const;
};

describe('第七条 直投 maximum', () => {
  // "且不超过项目投资总额的 30%": 50,000,000 × 30% = 15,000,000 元, under the 2000万 cap.
  test('30% of the total: a 50 million yuan project gets at most 15 million yuan', () => {
    assert.deepEqual(amount(), ['eligible', 1_500_000_000]);
    assert.deepEqual(run().interpretations, ['D-32-15', 'D-32-16']);
  });
  // "原则上不超过 2000 万元": 100,000,000 × 30% = 30,000,000 > 20,000,000 → 20,000,000 元.
  test('the 20 million yuan cap binds above a total of 66,666,666.67 yuan', () => {
    assert.deepEqual(amount({ projectTotalInvestment: '100000000' }), ['eligible', 2_000_000_000]);
    // 66,666,666.67 × 30% = 20,000,000.001 → rounded down 20,000,000.00 = the cap.
    assert.deepEqual(amount({ projectTotalInvestment: '66666666.67' }), ['eligible', 2_000_000_000]);
    // 66,666,666.66 × 30% = 19,999,999.998 → rounded down (never above 30%, D-32-15) 19,999,999.99.
    assert.deepEqual(amount({ projectTotalInvestment: '66666666.66' }), ['eligible', 1_999_999_999]);
  });
  // "原则上": a proposed investment at the maximum passes; one fen over is referred, with the maximum.
  test('a proposal at the maximum is within it; one fen over is referred for review', () => {
    assert.deepEqual(amount({ proposedInvestment: '15000000' }), ['eligible', 1_500_000_000]);
    const over = run({ proposedInvestment: '15000000.01' });
    assert.deepEqual([over.outcome, over.amount], ['needs_review', 1_500_000_000]);
    assert.equal(over.reasons.find((r) => r.code === 'j32.art7.within_max')?.passed, null);
  });
  // "对独角兽、制造业单项冠军、国家专精特新“小巨人”等资质企业项目,给予在同等条件下优先投资支持":
  // priority, the same maximum.
  test('a qualified enterprise has priority on equal terms, not a higher maximum', () => {
    for (const q of ['unicorn', 'single_champion', 'little_giant', 'other_qualification']) {
      const r = run({ qualification: q });
      assert.equal(r.amount, 1_500_000_000);
      assert.equal(r.trace.find((s) => s.code === 'j32.art7.priority')?.result, true);
    }
    assert.equal(run().trace.find((s) => s.code === 'j32.art7.priority')?.result, false);
  });
  // "支持符合经开区定位和相关产业政策、产业投资导向的科技创新型企".
  test('an innovation enterprise that fits the positioning, in scope, with a positive total', () => {
    for (const f of [
      { techInnovationEnterprise: false },
      { fitsPositioning: false },
      { projectTotalInvestment: '0' },
      { location: 'outside' },
      { criminalRecordWithin3Years: true },
    ]) {
      assert.equal(amount(f)[0], 'ineligible', JSON.stringify(f));
    }
  });
  test('in force through 2025-12-31; not_in_force on 2026-01-01', () => {
    assert.deepEqual(amount({}, '2025-12-31'), ['eligible', 1_500_000_000]);
    const late = run({}, '2026-01-01');
    assert.equal(late.outcome === 'not_in_force' && late.status, 'expired');
    assert.equal(run({}, '2023-11-28').outcome, 'not_in_force');
  });
});
