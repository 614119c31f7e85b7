/**
 * Tests of the monitoring computations of 五(四): SPF, totals, carbon, monthly series, and the
 * checks of readings (each error naming its row and field).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import { parseCalendarDate } from '../../engine/period.ts';
import { add, parseRational, ratio, ZERO } from '../../engine/rational.ts';
import { GRID_EMISSION_FACTOR } from './grid-emission-factor.ts';
import {
  type MeterReading,
  type MonitoringOptions,
  type PostEvaluationSummary,
  type SeasonResult,
  seasonalPerformanceFactor,
  summarizeSeason,
  summarizeSeasons,
} from './monitoring.ts';
import { parseInstant } from './monitoring-readings.ts';

const season = {
  label: '2023-2024',
  from: parseCalendarDate('2023-11-15'),
  to: parseCalendarDate('2024-03-15'),
};
const r = (at: string, electricityKwh: string, heatGj: string, waterM3: string): MeterReading => ({
  at,
  electricityKwh,
  heatGj,
  waterM3,
});
/** Month-start readings over the whole season; SPF 3 every month (heat kWh = 3 × electricity). */
const SEASON: MeterReading[] = [
  r('2023-11-15T00:00:00+08:00', '1000', '50', '10'),
  r('2023-12-01T00:00:00+08:00', '11000', '158', '12.5'),
  r('2024-01-01T00:00:00+08:00', '31000', '374', '17'),
  r('2024-02-01T00:00:00+08:00', '53000', '611.6', '21'),
  r('2024-03-01T00:00:00+08:00', '71000', '806', '24'),
  r('2024-03-16T00:00:00+08:00', '81000', '914', '26'),
];
const summarize = (
  readings: MeterReading[],
  opts: MonitoringOptions = { maxGapHours: 24 * 31 },
): SeasonResult => summarizeSeason({ projectId: 'P-1', season, readings }, opts);
const ok = (res: SeasonResult): PostEvaluationSummary => {
  assert.ok(res.ok, JSON.stringify(!res.ok && res.errors));
  return res.summary;
};
const errors = (res: SeasonResult) => (res.ok ? [] : res.errors.map((e) => [e.code, e.field]));

describe('五(四) 耗电量、耗水量、系统能效: totals and SPF', () => {
  // Totals are last − first: 80,000 kWh, 864 GJ, 16 m³. Heat 864 GJ × 2500/9 = 240,000 kWh;
  // SPF = 240,000 ÷ 80,000 = 3.
  test('season totals and SPF = heat ÷ electricity', () => {
    const s = ok(summarize(SEASON));
    assert.deepEqual(s.totals.electricityKwh, { exact: '80000', display: '80000.00' });
    assert.deepEqual(s.totals.heatGj, { exact: '864', display: '864.000' });
    assert.deepEqual(s.totals.heatKwh, { exact: '240000', display: '240000.00' });
    assert.deepEqual(s.totals.waterM3, { exact: '16', display: '16.00' });
    assert.deepEqual(s.spf, { exact: '3', display: '3.00' });
    assert.equal(s.readings.count, 6);
    assert.deepEqual(s.interpretations, ['D-1309-19', 'D-1309-20', 'D-1309-21', 'D-1309-22']);
    assert.equal(s.citation.clause, '五(四)');
  });
  // 1 GJ over 100 kWh: 2500/9 ÷ 100 = 25/9 = 2.777… → exact "25/9", displayed "2.78".
  test('SPF is exact and displayed to 2 decimals; null without electricity', () => {
    assert.deepEqual(seasonalPerformanceFactor(ratio(1), ratio(100)), ratio(25, 9));
    const s = ok(
      summarize([
        r('2023-11-15T00:00:00+08:00', '0', '0', '0'),
        r('2023-11-16T00:00:00+08:00', '100', '1', '0'),
      ]),
    );
    assert.deepEqual(s.spf, { exact: '25/9', display: '2.78' });
    const none = ok(
      summarize([
        r('2023-11-15T00:00:00+08:00', '5', '0', '0'),
        r('2023-11-16T00:00:00+08:00', '5', '1', '0'),
      ]),
    );
    assert.equal(none.spf, null);
  });
});

describe('五(四) 碳排放总量指标测算: electricity × the grid factor (a platform parameter)', () => {
  // 80,000 kWh × 0.6776 kgCO2/kWh = 54,208 kg = 54.208 t.
  test('80,000 kWh × 0.6776 = 54,208 kgCO2', () => {
    const s = ok(summarize(SEASON));
    assert.deepEqual(s.carbon.kgCo2, { exact: '54208', display: '54208.00' });
    assert.deepEqual(s.carbon.tCo2, { exact: '54.208', display: '54.208' });
    assert.equal(s.carbon.factor.value, '0.6776');
    assert.equal(s.carbon.factor.platformParameter, true);
    assert.match(s.carbon.factor.source.zh, /平台参数，非公报内容/);
  });
  test('a configured factor replaces it (e.g. the national 0.5366): 80,000 × 0.5366 = 42,928 kg', () => {
    const overrides = {
      [GRID_EMISSION_FACTOR.id]: [{ from: parseCalendarDate('2023-10-09'), value: '0.5366' }],
    };
    const s = ok(summarize(SEASON, { maxGapHours: 24 * 31, overrides }));
    assert.equal(s.carbon.kgCo2.exact, '42928');
  });
  test('a season before the opinions has no factor: ZC_ERR_CONFIG', () => {
    const early = {
      label: '2022-2023',
      from: parseCalendarDate('2022-11-15'),
      to: parseCalendarDate('2023-03-15'),
    };
    const readings = [
      r('2022-11-15T00:00:00+08:00', '0', '0', '0'),
      r('2022-11-16T00:00:00+08:00', '1', '1', '1'),
    ];
    assert.throws(
      () => summarizeSeason({ projectId: 'P', season: early, readings }),
      (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_CONFIG',
    );
  });
});

describe('项目后评价: the monthly series', () => {
  // Each month: Nov 10,000 kWh / 108 GJ; Dec 20,000 / 216; Jan 22,000 / 237.6; Feb 18,000 / 194.4;
  // Mar 10,000 / 108 — SPF 3 each (e.g. 237.6 × 2500/9 = 66,000 = 3 × 22,000).
  test('one point per month touched, SPF per month', () => {
    const s = ok(summarize(SEASON));
    assert.deepEqual(
      s.monthly.map((m) => [
        m.month,
        m.electricityKwh.exact,
        m.heatGj.exact,
        m.waterM3.exact,
        m.spf?.display,
      ]),
      [
        ['2023-11', '10000', '108', '2.5', '3.00'],
        ['2023-12', '20000', '216', '4.5', '3.00'],
        ['2024-01', '22000', '237.6', '4', '3.00'],
        ['2024-02', '18000', '194.4', '3', '3.00'],
        ['2024-03', '10000', '108', '2', '3.00'],
      ],
    );
    assert.equal(s.monthly[1]?.carbonKgCo2.exact, '13552');
    // The months add up exactly to the season (D-1309-22).
    const sum = s.monthly.reduce((a, m) => add(a, parseRational(m.heatGj.exact)), ZERO);
    assert.deepEqual(sum, parseRational(s.totals.heatGj.exact));
  });
  // Readings at noon on 30 Nov and 1 Dec: half the interval in each month, by linear interpolation.
  test('an interval across a month boundary is split by time', () => {
    const s = ok(
      summarize([
        r('2023-11-30T12:00:00+08:00', '100', '1', '0'),
        r('2023-12-01T12:00:00+08:00', '200', '2', '1'),
      ]),
    );
    assert.deepEqual(
      s.monthly.map((m) => [m.month, m.electricityKwh.exact, m.heatGj.exact, m.waterM3.exact]),
      [
        ['2023-11', '50', '0.5', '0.5'],
        ['2023-12', '50', '0.5', '0.5'],
      ],
    );
  });
});

describe('checks of readings: every error names its row and field', () => {
  test('a cumulative register that goes down is a negative delta', () => {
    const res = summarize([
      ...SEASON.slice(0, 2),
      r('2023-12-15T00:00:00+08:00', '10999', '160', '12.4'),
      ...SEASON.slice(2),
    ]);
    assert.deepEqual(errors(res), [
      ['negative_delta', 'readings[2].electricityKwh'],
      ['negative_delta', 'readings[2].waterM3'],
    ]);
    const e = !res.ok ? res.errors[0] : undefined;
    assert.equal(e?.row, 2);
    assert.equal(e?.params.delta, '-1');
    assert.match(e?.message.zh ?? '', /readings\[2\]\.electricityKwh/);
    assert.match(e?.message.en ?? '', /below the previous reading \(row 1\)/);
  });
  test('timestamps: an offset is required, instants must increase, and stay in the season', () => {
    const first = SEASON[0]!;
    assert.deepEqual(errors(summarize([{ ...first, at: '2023-11-15T00:00:00' }, ...SEASON.slice(1)])), [
      ['invalid_timestamp', 'readings[0].at'],
    ]);
    assert.deepEqual(errors(summarize([first, { ...SEASON[1]!, at: first.at }, ...SEASON.slice(2)])), [
      ['time_not_increasing', 'readings[1].at'],
    ]);
    // The season ends at 2024-03-16 00:00 +08:00 (its last day inclusive); one second later is outside.
    const late = { ...SEASON[5]!, at: '2024-03-16T00:00:01+08:00' };
    assert.deepEqual(errors(summarize([...SEASON.slice(0, 5), late])), [
      ['outside_season', 'readings[5].at'],
    ]);
    // 2023-11-14T16:00:00Z is 2023-11-15 00:00 in Beijing: inside.
    assert.ok(summarize([{ ...first, at: '2023-11-14T16:00:00Z' }, ...SEASON.slice(1)]).ok);
    assert.equal(parseInstant('2023-02-29T00:00:00Z'), null);
  });
  test('values must be non-negative decimals', () => {
    const res = summarize([{ ...SEASON[0]!, heatGj: '12,5', waterM3: '-1' }, ...SEASON.slice(1)]);
    assert.deepEqual(errors(res), [
      ['invalid_number', 'readings[0].heatGj'],
      ['negative_value', 'readings[0].waterM3'],
    ]);
  });
  test('fewer than two valid readings', () => {
    assert.deepEqual(errors(summarize([SEASON[0]!])), [['too_few_readings', 'readings']]);
  });
  // Gaps are warnings (the delta still spans them): with the default 48 hours, month-start readings
  // leave gaps, and the summary carries them.
  test('gaps longer than the allowed interval are warnings', () => {
    const res = summarizeSeason({ projectId: 'P-1', season, readings: SEASON });
    const s = ok(res);
    assert.deepEqual(
      s.warnings.map((w) => [w.code, w.field]),
      ['readings[1].at', 'readings[2].at', 'readings[3].at', 'readings[4].at', 'readings[5].at'].map((f) => [
        'gap',
        f,
      ]),
    );
    assert.equal(s.warnings[0]?.params.hours, '384.00');
    const short = ok(
      summarize(
        [r('2023-11-20T00:00:00+08:00', '0', '0', '0'), r('2024-03-10T00:00:00+08:00', '1', '1', '1')],
        { maxGapHours: 24 * 200 },
      ),
    );
    assert.deepEqual(short.warnings, []);
    // With 4 days allowed: the 111-day interval, the 5 days after the start (11-15 → 11-20) and the
    // 6 days before the end (03-10 → 03-16 00:00) are all reported.
    const edges = ok(
      summarize(
        [r('2023-11-20T00:00:00+08:00', '0', '0', '0'), r('2024-03-10T00:00:00+08:00', '1', '1', '1')],
        { maxGapHours: 24 * 4 },
      ),
    );
    assert.deepEqual(
      edges.warnings.map((w) => [w.code, w.field, w.params.hours]),
      [
        ['gap', 'readings[1].at', '2664.00'],
        ['season_start_gap', 'readings[0].at', '120.00'],
        ['season_end_gap', 'readings[1].at', '144.00'],
      ],
    );
  });
  test('many project-seasons at once', () => {
    const res = summarizeSeasons([
      { projectId: 'A', season, readings: SEASON },
      { projectId: 'B', season, readings: [SEASON[0]!] },
    ]);
    assert.deepEqual(
      res.map((x) => x.ok),
      [true, false],
    );
  });
});
