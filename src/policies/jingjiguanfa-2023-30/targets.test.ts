/**
 * Tests of the 2025 targets of 京技管发〔2023〕30号 四: the cited parameters and progress from project
 * records (exact sums, share to 2 decimals, counting window, report status by date).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import { valueAt } from '../../engine/parameter.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { ratio } from '../../engine/rational.ts';
import { findClause, fullText, getPolicy } from '../index.ts';
import { GREEN_RETROFIT_TARGET_SQM, ULE_TARGET_SQM } from './parameters.ts';
import { percent2, type TargetRecord, type TargetReport, targetProgress } from './targets.ts';

const d = (s: string): CalendarDate => parseCalendarDate(s);
const rec = (
  id: string,
  kind: TargetRecord['kind'],
  areaSqm: string | number,
  completedOn: string,
): TargetRecord => ({
  id,
  kind,
  areaSqm,
  completedOn,
});
const RECORDS: TargetRecord[] = [
  rec('A', 'public_building_green_retrofit', '300000', '2024-05-01'),
  rec('B', 'public_building_ule_retrofit', '50000.5', '2024-08-01'),
  rec('C', 'ule_new_building', 100000, '2025-12-31'),
  rec('D', 'ule_new_building', '20000', '2026-01-01'),
  rec('E', 'public_building_green_retrofit', '10000', '2023-11-22'),
  rec('F', 'public_building_green_retrofit', '10000', '2023-11-23'),
  rec('G', 'other', '5000', '2024-01-01'),
  rec('H', 'ule_retrofit_other', '12345.67', '2025-06-30'),
];
const inForce = (r: TargetReport) => {
  assert.notEqual(r.status, 'not_yet');
  return r as Extract<TargetReport, { status: 'in_force' | 'expired' }>;
};
const row = (r: TargetReport, i: number) => {
  const t = r.targets[i]!;
  return [t.achievedSqm, t.sharePercent, t.met, t.counted] as const;
};

describe('四 the targets as cited parameters', () => {
  const policy = getPolicy('jingjiguanfa-2023-30');
  // "新增公共建筑绿色化改造项目建筑面积力争达到 90 万平方米" = 900,000 m²;
  // "新增超低能耗建筑项目建筑面积力争达到 28 万平方米" = 280,000 m².
  test('900,000 m² of green retrofits (四(一)) and 280,000 m² of ultra-low-energy buildings (四(二))', () => {
    for (const [param, value, clause] of [
      [GREEN_RETROFIT_TARGET_SQM, '900000', '四(一)'],
      [ULE_TARGET_SQM, '280000', '四(二)'],
    ] as const) {
      const v = valueAt(param, d('2024-06-30'));
      assert.equal(v.value, value);
      assert.equal(v.citation.clause, clause);
      assert.ok(fullText(findClause(policy, clause)).includes(v.citation.quote));
    }
  });
});

describe('progress', () => {
  // As of 2025-12-31 (the deadline, "到 2025 年"): green retrofits A + B + F = 300,000 + 50,000.5 +
  // 10,000 = 360,000.5 m² → 360,000.5 / 900,000 = 40.0000555…% → 40.00; ultra-low energy B + C + H =
  // 50,000.5 + 100,000 + 12,345.67 = 162,346.17 m² → 57.980775% → 57.98. B, a public-building
  // ultra-low-energy retrofit, counts in both (D-30-22).
  test('as of the deadline: exact sums and shares', () => {
    const r = inForce(targetProgress(RECORDS, d('2025-12-31')));
    assert.equal(r.status, 'in_force');
    assert.deepEqual(row(r, 0), ['360000.5', '40.00', false, ['A', 'B', 'F']]);
    assert.deepEqual(row(r, 1), ['162346.17', '57.98', false, ['B', 'C', 'H']]);
    assert.equal(r.targets[0]!.remainingSqm, '539999.5');
    assert.equal(r.targets[1]!.targetSqm, '280000');
    // E completed the day before the document took effect; D after the deadline; G is neither kind.
    assert.deepEqual(r.excluded, [
      { id: 'D', reason: 'after_measuring_date' },
      { id: 'E', reason: 'before_counting_start' },
      { id: 'G', reason: 'not_a_target_kind' },
    ]);
  });
  // Mid-way, as of 2024-06-30: only A and F are complete; B, C, H complete later.
  test('as of 2024-06-30: only completions up to that day', () => {
    const r = inForce(targetProgress(RECORDS, d('2024-06-30')));
    assert.equal(r.measuredOn, '2024-06-30');
    assert.deepEqual(row(r, 0), ['310000', '34.44', false, ['A', 'F']]);
    assert.deepEqual(row(r, 1), ['0', '0.00', false, []]);
  });
  // After the window the report is final, measured at 2025-12-31, and says it has expired (D-30-24).
  test('as of 2026-01-01: expired, final figures at the deadline', () => {
    const r = inForce(targetProgress(RECORDS, d('2026-01-01')));
    assert.equal(r.status, 'expired');
    assert.equal(r.measuredOn, '2025-12-31');
    assert.deepEqual(r.validity, { from: '2023-11-23', to: '2025-12-31' });
    assert.deepEqual(row(r, 1), ['162346.17', '57.98', false, ['B', 'C', 'H']]);
  });
  test('before 2023-11-23: not yet, no figures', () => {
    const r = targetProgress(RECORDS, d('2023-11-22'));
    assert.equal(r.status, 'not_yet');
    assert.deepEqual(r.targets, []);
    assert.equal(targetProgress(RECORDS, d('2023-11-23')).targets[0]!.achievedSqm, '10000');
  });
  // "力争达到": met at exactly the target; beyond it the share exceeds 100 (D-30-23).
  test('met at the target and beyond', () => {
    const at = targetProgress([rec('X', 'ule_new_building', '280000', '2025-01-01')], d('2025-12-31'));
    assert.deepEqual(row(at, 1), ['280000', '100.00', true, ['X']]);
    assert.equal(at.targets[1]!.remainingSqm, '0');
    const below = targetProgress([rec('X', 'ule_new_building', '279999.99', '2025-01-01')], d('2025-12-31'));
    assert.deepEqual(row(below, 1).slice(0, 3), ['279999.99', '100.00', false]);
    const over = targetProgress(
      [rec('X', 'public_building_green_retrofit', '1000000', '2025-01-01')],
      d('2025-12-31'),
    );
    assert.deepEqual(row(over, 0).slice(0, 3), ['1000000', '111.11', true]);
  });
  // Exact: 0.1 + 0.2 = 0.3 (floats give 0.30000000000000004); 34,566 / 280,000 = 12.345% exactly →
  // half up → 12.35 (in floats 34566/280000*100 = 12.344999999999999).
  test('exact sums and half-up shares', () => {
    const r = targetProgress(
      [rec('a', 'ule_new_building', 0.1, '2024-01-01'), rec('b', 'ule_new_building', '0.2', '2024-01-02')],
      d('2024-06-30'),
    );
    assert.equal(r.targets[1]!.achievedSqm, '0.3');
    const h = targetProgress([rec('h', 'ule_new_building', '34566', '2024-01-01')], d('2024-06-30'));
    assert.equal(h.targets[1]!.sharePercent, '12.35');
    assert.equal(percent2(ratio(1, 3)), '33.33');
    assert.equal(percent2(ratio(2, 3)), '66.67');
    assert.equal(percent2(ratio(0)), '0.00');
  });
  test('bad records are refused, naming the field', () => {
    const refuses = (records: unknown[], field: string) =>
      assert.throws(
        () => targetProgress(records as TargetRecord[], d('2024-06-30')),
        (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_INVALID_INPUT' && e.field === field,
      );
    const ok = rec('A', 'ule_new_building', '1', '2024-01-01');
    refuses([ok, { ...ok }], 'records[1].id');
    refuses([{ ...ok, id: ' ' }], 'records[0].id');
    refuses([{ ...ok, kind: 'ule' }], 'records[0].kind');
    refuses([{ ...ok, areaSqm: '0' }], 'records[0].areaSqm');
    refuses([{ ...ok, areaSqm: '1,000' }], 'records[0].areaSqm');
    refuses([{ ...ok, areaSqm: -5 }], 'records[0].areaSqm');
    refuses([{ ...ok, completedOn: '2024-02-30' }], 'records[0].completedOn');
    refuses([null], 'records[0]');
  });
});
