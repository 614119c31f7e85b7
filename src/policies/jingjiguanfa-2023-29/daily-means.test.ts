/**
 * Tests of the daily values: worked examples of each rule (24-hour means and their 20-hour minimum,
 * the 17 windows of the daily maximum 8-hour O3 and its minimums, GB/T 8170 ties), a seeded property
 * test against a bigint-rational reference, and the chain hourly → daily → `fastDailyAqi` against
 * `computeAqi`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CalendarDate } from '../../engine/period.ts';
import { mulberry32 } from '../../engine/random.ts';
import { cmp, type Rational, ratio, roundRational } from '../../engine/rational.ts';
import { computeAqi, editionFor } from './aqi.ts';
import { FAST_NA, FAST_STATUS, fastDailyAqi, primaryOf } from './aqi-fast.ts';
import { AQI_INDICATORS, type AqiIndicator } from './aqi-tables.ts';
import {
  type DailyValues,
  dailyMeans,
  dailyReportColumns,
  HJ663_RULES,
  HOURLY_POLLUTANTS,
  type HourlyColumns,
  roundRatioHalfEven,
} from './daily-means.ts';

const NA = FAST_NA;

const prng = mulberry32;
const day = (hours: readonly number[]) => Int32Array.from(hours);
const of = (d: DailyValues, k: Exclude<keyof DailyValues, 'days'>) => [...d[k]!];

describe('24-hour means (GB 3095-2012 表4: at least 20 hours)', () => {
  test('the exact mean, rounded half to even to 1 µg/m³ (10 tenths)', () => {
    const a = day([...Array(12).fill(350), ...Array(12).fill(360)]); // 35.5 → 36
    const b = day([...Array(12).fill(340), ...Array(12).fill(350)]); // 34.5 → 34
    const c = day([...Array(23).fill(340), 351]); // 34.0458… → 34
    const d = dailyMeans({ pm25: Int32Array.from([...a, ...b, ...c]) });
    assert.deepEqual(of(d, 'pm25_24h'), [360, 340, 340]);
  });
  test('CO to 0.1 mg/m³ (10 hundredths): 1.25 → 1.2, 1.35 → 1.4', () => {
    const a = day([...Array(12).fill(120), ...Array(12).fill(130)]);
    const b = day([...Array(12).fill(130), ...Array(12).fill(140)]);
    assert.deepEqual(of(dailyMeans({ co: Int32Array.from([...a, ...b]) }), 'co_24h'), [120, 140]);
  });
  test('20 valid hours give a mean of those hours; 19 give none', () => {
    const twenty = day([...Array(20).fill(500), NA, NA, NA, NA]);
    const nineteen = day([...Array(19).fill(500), NA, NA, NA, NA, NA]);
    assert.deepEqual(of(dailyMeans({ so2: Int32Array.from([...twenty, ...nineteen]) }), 'so2_24h'), [
      500,
      NA,
    ]);
  });
  test('bad input is refused, naming the hour', () => {
    assert.throws(() => dailyMeans({ so2: new Int32Array(23) }), /whole number of days/);
    assert.throws(() => dailyMeans({ so2: new Int32Array(24), no2: new Int32Array(48) }), /differs/);
    assert.throws(() => dailyMeans({ no2: day([...Array(23).fill(0), -5]) }), /no2\[23\]/);
  });
});

describe('O3: daily max 1-hour and daily max 8-hour moving average (windows ending 8:00 … 24:00)', () => {
  test('the last window (hours 16–23) counts; none reaches into the next day', () => {
    const o3 = day([...Array(16).fill(100), ...Array(8).fill(1000)]);
    const d = dailyMeans({ o3: Int32Array.from([...o3, ...Array(24).fill(0)]) });
    assert.deepEqual(of(d, 'o3_8h'), [1000, 0]);
    assert.deepEqual(of(d, 'o3_1h'), [1000, 0]);
  });
  test('a window needs 6 valid hours and its mean is over those hours', () => {
    // Hours 0–5 at 2000 and 6–7 missing: window 0–7 has 6 valid hours, mean 200 µg/m³.
    const o3 = day([...Array(6).fill(2000), NA, NA, ...Array(16).fill(100)]);
    assert.deepEqual(of(dailyMeans({ o3 }), 'o3_8h'), [2000]);
    // Hours 0–4 at 2000 and 5–7 missing: no window with 2000 in it has 6 valid hours; only the
    // 11 windows starting at 6…16 are valid, all at 100 µg/m³ — too few, and not above 160.
    const five = day([...Array(5).fill(2000), NA, NA, NA, ...Array(16).fill(1000)]);
    assert.deepEqual(of(dailyMeans({ o3: five }), 'o3_8h'), [NA]);
  });
  test('14 of 17 windows must be valid, unless the maximum is above 160 µg/m³', () => {
    // Hours 0–4 missing: windows starting at 3…16 have ≥ 6 valid hours (14); hours 0–5: 13.
    const gap = (n: number, v: number) => [...Array(n).fill(NA), ...Array(24 - n).fill(v)];
    const d = dailyMeans({ o3: Int32Array.from([...gap(5, 1500), ...gap(6, 1500), ...gap(6, 1610)]) });
    assert.deepEqual(of(d, 'o3_8h'), [1500, NA, 1610]);
    assert.equal(HJ663_RULES.minWindows8h, 14);
  });
  test('a day without a valid O3 hour has neither value', () => {
    const d = dailyMeans({ o3: new Int32Array(24).fill(NA) });
    assert.deepEqual([of(d, 'o3_1h'), of(d, 'o3_8h')], [[NA], [NA]]);
  });
});

/** A bigint-rational reference of every rule, written from the module comment. */
function reference(hours: Int32Array, o3: boolean): [number, number] | number {
  const half = (x: Rational) => Number(roundRational(ratio(x.n, x.d * 10n), 'half_even')) * 10;
  const valid = [...hours].filter((v) => v >= 0);
  if (!o3)
    return valid.length >= 20
      ? half(
          ratio(
            valid.reduce((a, b) => a + BigInt(b), 0n),
            valid.length,
          ),
        )
      : NA;
  const max1 = valid.length > 0 ? half(ratio(Math.max(...valid))) : NA;
  let best: Rational | undefined;
  let windows = 0;
  for (let w = 0; w + 8 <= 24; w++) {
    const v = [...hours.subarray(w, w + 8)].filter((x) => x >= 0);
    if (v.length < 6) continue;
    windows++;
    const m = ratio(
      v.reduce((a, b) => a + BigInt(b), 0n),
      v.length,
    );
    if (best === undefined || cmp(m, best) > 0) best = m;
  }
  const max8 = best === undefined ? NA : half(best);
  return [max1, windows >= 14 || max8 > 1600 ? max8 : NA];
}

/** Random hourly data: a daily level, noise, and runs of missing hours. */
function randomHours(rnd: () => number, days: number): Required<HourlyColumns> {
  const cols = Object.fromEntries(HOURLY_POLLUTANTS.map((p) => [p, new Int32Array(days * 24)]));
  for (const p of HOURLY_POLLUTANTS) {
    const h = cols[p]!;
    for (let d = 0; d < days; d++) {
      const level = Math.floor(rnd() * (p === 'co' ? 400 : 3000));
      const gaps = rnd() < 0.3 ? Math.floor(rnd() * 14) : 0;
      const gapAt = Math.floor(rnd() * 24);
      for (let j = 0; j < 24; j++) {
        const v = Math.max(0, level + Math.floor((rnd() - 0.5) * level));
        h[d * 24 + j] = (j - gapAt + 24) % 24 < gaps ? NA : rnd() < 0.5 ? v - (v % 10) : v;
      }
    }
  }
  return cols as Required<HourlyColumns>;
}

describe('against a bigint-rational reference (seeded)', () => {
  test('20,000 random station-days with gaps', () => {
    const days = 20_000;
    const hourly = randomHours(prng(7), days);
    const d = dailyMeans(hourly);
    const pairs = [
      ['so2', 'so2_24h'],
      ['no2', 'no2_24h'],
      ['co', 'co_24h'],
      ['pm10', 'pm10_24h'],
      ['pm25', 'pm25_24h'],
    ] as const;
    let na = 0;
    for (let i = 0; i < days; i++) {
      for (const [p, k] of pairs) {
        const want = reference(hourly[p].subarray(i * 24, i * 24 + 24), false);
        assert.equal(d[k]![i], want, `${p} day ${i}`);
        if (want === NA) na++;
      }
      const [m1, m8] = reference(hourly.o3.subarray(i * 24, i * 24 + 24), true) as [number, number];
      assert.equal(d.o3_1h![i], m1, `o3 1h day ${i}`);
      assert.equal(d.o3_8h![i], m8, `o3 8h day ${i}`);
    }
    assert.ok(na > 1_000, `only ${na} days without a value`);
    assert.equal(roundRatioHalfEven(5, 2, 1), 2); // 2.5 → 2
  });
});

describe('hourly → daily → fastDailyAqi equals computeAqi on the same daily values', () => {
  for (const date of ['2025-01-01', '2026-03-01'] as CalendarDate[]) {
    test(`${editionFor(date).standard}: 20,000 station-days`, () => {
      const daily = dailyMeans(randomHours(prng(date.length + date.charCodeAt(3)), 20_000));
      const standard = editionFor(date).standard;
      const cols = dailyReportColumns(daily, standard);
      assert.equal('o3_1h' in cols, standard === 'HJ 633-2012');
      const r = fastDailyAqi(cols, standard, { iaqi: true });
      for (let i = 0; i < daily.days; i++) {
        const input: Partial<Record<AqiIndicator, number>> = {};
        for (const [k, a] of Object.entries(cols) as [AqiIndicator, Int32Array][]) {
          if (a[i] !== NA) input[k] = a[i]! / (k.startsWith('co_') ? 100 : 10);
        }
        let want: ReturnType<typeof computeAqi>;
        try {
          want = computeAqi(input, { date, mode: 'daily' });
        } catch {
          assert.notEqual(r.status[i], FAST_STATUS.ok, JSON.stringify(input));
          continue;
        }
        assert.equal(r.status[i], FAST_STATUS.ok, JSON.stringify(input));
        assert.equal(r.aqi[i], want.aqi);
        assert.equal(r.level[i], want.level);
        assert.deepEqual(primaryOf(r.primary[i]!), want.primary);
        for (const k of AQI_INDICATORS) assert.equal(r.iaqi![k]?.[i] ?? -1, want.iaqi[k] ?? -1);
      }
    });
  }
});
