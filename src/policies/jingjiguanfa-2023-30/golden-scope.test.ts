/**
 * Golden tests of 京技管发〔2023〕30号 二 (scope: the 225 km²) and 九3 (in force 2023-11-23 –
 * 2025-12-31; projects approved from 2023-11-23), for the rating rule. Each test names its clause.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Decision } from '../../engine/decision.ts';
import { ZhengceError } from '../../engine/errors.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluate, getPolicy } from '../index.ts';
import { MEASURE_TITLE } from './parameters.ts';

const RULE = 'jingjiguanfa-2023-30/rating-requirement';
const d = (s: string): CalendarDate => parseCalendarDate(s);
const base = {
  location: 'yizhuang_225',
  projectKind: 'new',
  buildingClass: 'civil',
  use: 'office',
  investor: 'social',
  approvalDate: '2024-03-01',
  plannedRating: 'two_star',
};
const run = (facts: object, asOf = '2024-06-30'): Decision => evaluate(RULE, { ...base, ...facts }, d(asOf));
const status = (r: Decision) => (r.outcome === 'not_in_force' ? r.status : r.outcome);

describe('二 实施范围: the 225 km² Yizhuang new town', () => {
  // "本实施意见适用于亦庄新城 225 平方公里范围内新建、改建和扩建建筑项目": the 60 km² core and the
  // rest of the new town are inside; outside, the document does not govern the project (D-30-3).
  test('inside the core or the rest of the new town: governed', () => {
    assert.equal(run({ location: 'etdz_60' }).outcome, 'eligible');
    assert.equal(run({ location: 'yizhuang_225' }).outcome, 'eligible');
  });
  test('outside the 225 km²: ineligible, no requirement computed, even with a failing plan', () => {
    const r = run({ location: 'outside', plannedRating: 'none' });
    assert.equal(r.outcome, 'ineligible');
    assert.deepEqual(
      r.reasons.filter((x) => x.passed === false).map((x) => x.code),
      ['j30.scope.area'],
    );
    assert.equal(r.trace.length, 0);
    assert.equal(r.reasons[0]?.citation?.clause, '二');
  });
});

describe('九3: projects approved from 2023-11-23 (D-30-1)', () => {
  // "凡是自 2023 年 11 月 23 日之后取得立项手续的建设项目": from the day the document took effect,
  // that day included; the day before, the document did not govern the approval.
  test('approved 2023-11-22 → not_in_force (not yet), with the dates and the real as-of date', () => {
    const r = run({ approvalDate: '2023-11-22' });
    assert.equal(status(r), 'not_yet');
    assert.equal(r.asOf, '2024-06-30');
    assert.equal(r.amount, null);
    const last = r.reasons.at(-1);
    assert.equal(last?.code, 'j30.scope.approval_window');
    assert.deepEqual(last?.params, { approvalDate: '2023-11-22', from: '2023-11-23', to: '2025-12-31' });
    assert.equal(r.reasons[0]?.params.subject, MEASURE_TITLE.zh);
    assert.deepEqual(r.interpretations, ['D-30-1']);
  });
  test('approved 2023-11-23 or 2023-11-24 → governed', () => {
    assert.equal(run({ approvalDate: '2023-11-23' }).outcome, 'eligible');
    assert.equal(run({ approvalDate: '2023-11-24' }).outcome, 'eligible');
    const r = run({ approvalDate: '2023-11-23' }, '2023-11-23');
    assert.equal(r.outcome, 'eligible');
    assert.ok(r.reasons.some((x) => x.code === 'j30.scope.approved' && x.passed === true));
  });
  // "有效期至 2025 年 12 月 31 日": an approval after that is no longer governed by it.
  test('approved 2025-12-31 → governed; approved 2026-01-01 → not_in_force (expired)', () => {
    assert.equal(run({ approvalDate: '2025-12-31' }, '2025-12-31').outcome, 'eligible');
    assert.equal(status(run({ approvalDate: '2026-01-01' }, '2025-12-31')), 'expired');
  });
  // Not yet approved (land-supply stage): judged as of the date (D-30-2).
  test('not yet approved → the requirement as of the date, with a note', () => {
    const { approvalDate: _, ...facts } = base;
    const r = evaluate(RULE, facts, d('2024-06-30'));
    assert.equal(r.outcome, 'eligible');
    assert.ok(r.reasons.some((x) => x.code === 'j30.scope.not_yet_approved'));
    assert.ok(r.interpretations.includes('D-30-2'));
  });
});

describe('九3: the document is in force 2023-11-23 – 2025-12-31 (as-of dates)', () => {
  test('as of 2023-11-22 → not_in_force (not yet); 2023-11-23 → decided', () => {
    assert.equal(status(run({ approvalDate: '2023-11-23' }, '2023-11-22')), 'not_yet');
    assert.equal(run({ approvalDate: '2023-11-23' }, '2023-11-23').outcome, 'eligible');
  });
  test('as of 2025-12-31 → decided; 2026-01-01 → not_in_force (expired) with the window', () => {
    assert.equal(run({}, '2025-12-31').outcome, 'eligible');
    const r = run({}, '2026-01-01');
    assert.equal(status(r), 'expired');
    assert.deepEqual(r.outcome === 'not_in_force' && r.validity, { from: '2023-11-23', to: '2025-12-31' });
    assert.equal(r.reasons[0]?.params.to, '2025-12-31');
  });
});

describe('facts that cannot be judged are refused, naming the field', () => {
  test('an impossible approval date', () => {
    assert.throws(
      () => run({ approvalDate: '2024-02-30' }),
      (e: unknown) =>
        e instanceof ZhengceError && e.code === 'ZC_ERR_INVALID_DATE' && e.field === 'facts.approvalDate',
    );
  });
  // D-30-5: the use `industrial` belongs to the class `industrial` only.
  test('class and use must agree', () => {
    for (const f of [
      { buildingClass: 'industrial', use: 'office' },
      { buildingClass: 'civil', use: 'industrial' },
    ]) {
      assert.throws(
        () => run(f),
        (e: unknown) =>
          e instanceof ZhengceError && e.code === 'ZC_ERR_FACTS_INVALID' && e.field === 'facts.use',
      );
    }
  });
  test('an unknown fact or investor', () => {
    assert.throws(
      () => run({ stars: 2 }),
      (e: unknown) => e instanceof ZhengceError && e.field === 'facts.stars',
    );
    assert.throws(
      () => run({ investor: 'state' }),
      (e: unknown) => e instanceof ZhengceError && e.field === 'facts.investor',
    );
  });
});

test('the measure title used for not_in_force is the catalog’s', () => {
  assert.deepEqual(getPolicy('jingjiguanfa-2023-30').measureTitle, MEASURE_TITLE);
});
