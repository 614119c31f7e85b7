/**
 * Tests of the targets of 一(三): 1.45 亿 m² and ≥ 10% by 2025, ≥ 15% by 2030, and the progress
 * of yearly figures towards them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import { valueAt } from '../../engine/parameter.ts';
import { parseCalendarDate } from '../../engine/period.ts';
import { findClause, fullText, getPolicy } from '../index.ts';
import {
  AREA_TARGET_2025,
  type ProgressPoint,
  SHARE_TARGET_2025,
  SHARE_TARGET_2030,
  TARGETS,
  type TargetProgress,
  targetProgress,
} from './targets.ts';

const asOf = parseCalendarDate('2024-06-30');
const B = 1_000_000_000; // all heated area, m² (an illustrative figure)
const fig = (year: number, newEnergyAreaM2: number | string, totalAreaM2: number | string = B) => ({
  year,
  newEnergyAreaM2,
  totalAreaM2,
});
/** The progress towards one target (`area-2025`, `share-2025`, `share-2030`). */
const progress = (figures: ReturnType<typeof fig>[], id: string, baseline?: number): TargetProgress => {
  const t = targetProgress(figures, asOf, baseline).find((x) => x.targetId.endsWith(`.${id}`));
  assert.ok(t, id);
  return t;
};
/** Point `i` of a progress, asserted present. */
const pt = (t: TargetProgress, i: number): ProgressPoint => {
  const p = t.points[i];
  assert.ok(p, `point ${i}`);
  return p;
};

describe('一(三) 发展目标 as dated, cited parameters', () => {
  // "力争全市新能源供热面积累计达到1.45亿平方米" = 145,000,000 m²; "比重达到10%以上"; "15%以上".
  test('1.45 亿 m² and 10% by 2025, 15% by 2030, each quoting its sentence', () => {
    assert.deepEqual(valueAt(AREA_TARGET_2025, asOf).value, { targetYear: 2025, minimum: '145000000' });
    assert.deepEqual(valueAt(SHARE_TARGET_2025, asOf).value, { targetYear: 2025, minimum: '10%' });
    assert.deepEqual(valueAt(SHARE_TARGET_2030, asOf).value, { targetYear: 2030, minimum: '15%' });
    const clause = fullText(findClause(getPolicy('jingfagai-2023-1309'), '一(三)'));
    for (const t of TARGETS) assert.ok(clause.includes(valueAt(t.param, asOf).citation.quote), t.param.id);
  });
  test('before the opinions (2023-10-08) the targets have no value', () => {
    assert.throws(
      () => targetProgress([fig(2023, 1)], parseCalendarDate('2023-10-08')),
      (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_CONFIG',
    );
  });
});

describe('progress towards the targets', () => {
  // Baseline 2023: 100,000,000 m² of 1,000,000,000 = 10%.
  // Area: the straight line from 100 M (2023) to 145 M (2025) passes 122.5 M in 2024.
  test('area: on the line in 2024 is on track, one m² below is behind; 145 M in 2025 is achieved', () => {
    const t = progress([fig(2023, 100_000_000), fig(2024, 122_500_000), fig(2025, 145_000_000)], 'area-2025');
    assert.deepEqual(
      t.points.map((p) => [p.year, p.status, p.achieved]),
      [
        [2023, 'on_track', false],
        [2024, 'on_track', false],
        [2025, 'on_track', true],
      ],
    );
    assert.equal(pt(t, 1).required.exact, '122500000');
    const behind = progress([fig(2023, 100_000_000), fig(2024, 122_499_999)], 'area-2025');
    assert.equal(pt(behind, 1).status, 'behind');
  });
  // After the target year only the target counts: 144,999,999 m² in 2026 is behind.
  test('from the target year on, a figure below the target is behind', () => {
    const t = progress([fig(2023, 100_000_000), fig(2026, 144_999_999)], 'area-2025');
    assert.deepEqual(
      [pt(t, 1).status, pt(t, 1).achieved, pt(t, 1).required.exact],
      ['behind', false, '145000000'],
    );
  });
  // Share 2030: from 10% (2023) to 15% (2030): 2024 needs 10% + 5% × 1/7 = 75/700 = 10.714285…% →
  // "10.71%"; that is 107,142,857.14… m² of 1,000,000,000: 107,142,858 is on track, 107,142,857 behind.
  test('share 2030: the straight line from the baseline, exact', () => {
    const on = progress([fig(2023, 100_000_000), fig(2024, 107_142_858)], 'share-2030');
    assert.equal(pt(on, 1).requiredPercent, '10.71%');
    assert.equal(pt(on, 1).required.exact, '3/28');
    assert.equal(pt(on, 1).status, 'on_track');
    const off = progress([fig(2023, 100_000_000), fig(2024, 107_142_857)], 'share-2030');
    assert.equal(pt(off, 1).status, 'behind');
    assert.equal(pt(off, 1).percent, '10.71%');
  });
  // "达到10%以上" is met at 10% itself; a baseline already at the target needs only the target.
  test('share 2025: 10% exactly is achieved; 9.99% in 2025 is behind', () => {
    const t = progress([fig(2023, 100_000_000), fig(2025, 99_900_000)], 'share-2025');
    assert.deepEqual(
      t.points.map((p) => [p.achieved, p.status, p.percent]),
      [
        [true, 'on_track', '10.00%'],
        [false, 'behind', '9.99%'],
      ],
    );
  });
  test('shares are exact: 1/3 shows as 33.33%', () => {
    const t = progress([fig(2024, 1, 3)], 'share-2030');
    assert.deepEqual([pt(t, 0).value.exact, pt(t, 0).percent], ['1/3', '33.33%']);
  });
  test('a chosen baseline year; figures before it are left out', () => {
    const t = progress(
      [fig(2022, 50_000_000), fig(2023, 100_000_000), fig(2024, 122_500_000)],
      'area-2025',
      2023,
    );
    assert.deepEqual(
      t.points.map((p) => p.year),
      [2023, 2024],
    );
    assert.equal(t.baselineYear, 2023);
  });
});

describe('bad figures name the field', () => {
  const field = (figures: ReturnType<typeof fig>[], expected: string, baseline?: number) =>
    assert.throws(
      () => targetProgress(figures, asOf, baseline),
      (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_INVALID_INPUT' && e.field === expected,
    );
  test('duplicate years, areas above the total, zero totals, bad decimals, an unknown baseline', () => {
    field([fig(2023, 1), fig(2023, 2)], 'figures[1].year');
    field([fig(2023, 11, 10)], 'figures[0].newEnergyAreaM2');
    field([fig(2023, 0, 0)], 'figures[0].totalAreaM2');
    field([fig(2023, '1,000')], 'figures[0].newEnergyAreaM2');
    field([fig(2023.5, 1)], 'figures[0].year');
    field([fig(2023, 1)], 'baselineYear', 2020);
    field([], 'figures');
  });
});
