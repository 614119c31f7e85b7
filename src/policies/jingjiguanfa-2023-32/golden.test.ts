/**
 * Golden tests of 京技管发〔2023〕32号, named by clause; each expected value is worked out from the
 * text in the comment above it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluate } from '../index.ts';

const RULE = 'jingjiguanfa-2023-32/art-05-rent';
const d = (s: string): CalendarDate => parseCalendarDate(s);
const base = {
  inInnovationGrowthPlan: true,
  beijingSrdiSme: true,
  rentPerSqmPerDay: '1.5',
  leasedAreaSqm: 500,
  subsidisedDays: 365,
  location: 'etdz_60',
  registeredTaxedAndInStatistics: true,
  majorAdministrativePenaltyWithin3Years: false,
  criminalRecordWithin3Years: false,
  onSeriousDishonestyList: false,
};
const amount = (facts: object, asOf = '2024-06-30') => {
  const r = evaluate(RULE, { ...base, ...facts }, d(asOf));
  return [r.outcome, r.amount] as const;
};

describe('第五条 房租补贴 (rent subsidy of the Innovation Growth Plan)', () => {
  // "按照最高1.5元/平方米/天,总面积不超过500平方米": at both caps for a year,
  // 1.5 × 500 × 365 = 273,750 元 = 27,375,000 fen.
  test('at both caps: 1.5 元 × 500 m² × 365 days = 273,750 元', () => {
    assert.deepEqual(amount({}), ['eligible', 27_375_000]);
  });
  // Above the caps the caps apply: min(2.1, 1.5) × min(800, 500) × 365 = 273,750 元.
  test('rent 2.1 元 and 800 m² are capped to 1.5 元 and 500 m²', () => {
    assert.deepEqual(amount({ rentPerSqmPerDay: '2.1', leasedAreaSqm: 800 }), ['eligible', 27_375_000]);
  });
  // "租金低于1.5元/平方米/天或承租面积少于500平方米的,按照实际租金单价和承租面积计算":
  // 1.35 × 320.5 × 366 = 158,359.05 元 exactly (no rounding needed).
  test('below the caps the actual rent and area count: 1.35 × 320.5 × 366 = 158,359.05 元', () => {
    assert.deepEqual(amount({ rentPerSqmPerDay: '1.35', leasedAreaSqm: '320.5', subsidisedDays: 366 }), [
      'eligible',
      15_835_905,
    ]);
  });
  // Rounding once at the end, half up (D-32-1): 1.333 × 1 × 1 = 1.333 元 → 1.33 元;
  // 1.335 × 1 × 1 = 1.335 元 → 1.34 元 (half up). In floats 1.335*100 = 133.49999999999997.
  test('rounded half up to the fen once, exactly (1.335 元 → 1.34 元)', () => {
    assert.deepEqual(amount({ rentPerSqmPerDay: '1.333', leasedAreaSqm: 1, subsidisedDays: 1 }), [
      'eligible',
      133,
    ]);
    assert.deepEqual(amount({ rentPerSqmPerDay: '1.335', leasedAreaSqm: 1, subsidisedDays: 1 }), [
      'eligible',
      134,
    ]);
  });
  // "对纳入计划的北京市专精特新中小企业": both conditions are required.
  test('not in the plan, or not a Beijing SRDI SME: ineligible, with the failed condition reported', () => {
    for (const f of [{ inInnovationGrowthPlan: false }, { beijingSrdiSme: false }]) {
      const r = evaluate(RULE, { ...base, ...f }, d('2024-06-30'));
      assert.equal(r.outcome, 'ineligible');
      assert.equal(r.reasons.filter((x) => x.passed === false).length, 1);
    }
  });
  // 结语: "本措施适用于在亦庄新城 225 平方公里范围内注册、纳税并进行统计登记 … 的企业":
  // etdz_60 and yizhuang_225 are inside the 225 km²; outside is not.
  test('scope: inside the 225 km² qualifies (the core and the rest of the new town); outside does not', () => {
    assert.equal(amount({ location: 'yizhuang_225' })[0], 'eligible');
    assert.equal(amount({ location: 'outside' })[0], 'ineligible');
    for (const f of [
      { registeredTaxedAndInStatistics: false },
      { majorAdministrativePenaltyWithin3Years: true },
      { criminalRecordWithin3Years: true },
      { onSeriousDishonestyList: true },
    ]) {
      assert.equal(amount(f)[0], 'ineligible', JSON.stringify(f));
    }
  });
  // 结语: "自公布之日起施行，至 2025 年 12 月 31 日结束" (publication = 2023-11-29, policy-notes).
  test('in force 2023-11-29 to 2025-12-31 inclusive; not_in_force the day before and the day after', () => {
    assert.equal(amount({}, '2023-11-29')[0], 'eligible');
    assert.equal(amount({}, '2025-12-31')[0], 'eligible');
    const early = evaluate(RULE, base, d('2023-11-28'));
    assert.equal(early.outcome === 'not_in_force' && early.status, 'not_yet');
    const late = evaluate(RULE, base, d('2026-01-01'));
    assert.equal(late.outcome === 'not_in_force' && late.status, 'expired');
    assert.equal(late.amount, null);
  });
  test('a zero or missing rent or area is not silently zero', () => {
    assert.equal(amount({ leasedAreaSqm: 0 })[0], 'ineligible');
    assert.throws(
      () => evaluate(RULE, { ...base, rentPerSqmPerDay: '1,5' }, d('2024-06-30')),
      (e: unknown) => e instanceof ZhengceError && e.field === 'facts.rentPerSqmPerDay',
    );
    assert.throws(
      () => evaluate(RULE, { ...base, subsidisedDays: 0 }, d('2024-06-30')),
      (e: unknown) => e instanceof ZhengceError && e.field === 'facts.subsidisedDays',
    );
  });
});
