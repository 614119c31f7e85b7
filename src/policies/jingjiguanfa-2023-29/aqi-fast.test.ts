/**
 * Tests of the fast AQI path: a seeded property test (220,000 records across both editions and both
 * reports, values at and around every breakpoint, above the tables, ties of the 2026 rounding, bad
 * keys and values) that `fastAqiOne` answers exactly what `computeAqi` answers, field by field or by
 * rejecting the same records; the accepted precision of number inputs; and the column path.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { mulberry32 } from '../../engine/random.ts';
import { type AqiMode, computeAqi, editionFor } from './aqi.ts';
import {
  FAST_NA,
  FAST_SCALE,
  FAST_STATUS,
  fastAqiColumns,
  fastAqiOne,
  fastDailyAqi,
  primaryOf,
  roundHalfEvenStep,
  toScaled,
} from './aqi-fast.ts';
import { AQI_INDICATORS, type AqiColumn, type AqiIndicator } from './aqi-tables.ts';

const prng = mulberry32;

const D2012 = '2025-07-15' as CalendarDate;
const D2026 = '2026-03-01' as CalendarDate;
const scaleOf = (k: AqiIndicator): number => FAST_SCALE[AQI_INDICATORS.indexOf(k)]!;

/** A random record for `date`/`mode`: in scaled units per key, mostly near breakpoints. */
function randomRecord(rnd: () => number, date: CalendarDate, mode: AqiMode): Record<string, number> {
  const ed = editionFor(date);
  const report = ed.reports[mode];
  const out: Record<string, number> = {};
  for (const key of [...report.indicators, ...report.fallbacks]) {
    if (rnd() < 0.25) continue;
    const s = scaleOf(key);
    const limits = ed.columns[report.columnOf[key] ?? (key as AqiColumn)].limits.map((t) => Number(t) * s);
    const top = limits[limits.length - 1]!;
    const u = rnd();
    let k: number;
    if (u < 0.45) k = limits[Math.floor(rnd() * limits.length)]! + Math.floor(rnd() * 25) - 12;
    else if (u < 0.85) k = Math.floor(rnd() * top * 1.02);
    else if (u < 0.95) k = Math.floor(rnd() * 30);
    else k = top + Math.floor(rnd() * top * 0.5);
    if (rnd() < 0.3) k -= k % 10; // 1 µg/m³ or 0.1 mg/m³, as monitoring data are published
    out[key] = Math.max(k, 0) / s;
  }
  const r = rnd();
  if (r < 0.005)
    out[AQI_INDICATORS[Math.floor(rnd() * AQI_INDICATORS.length)]!] = 12; // maybe refused
  else if (r < 0.01) out[report.indicators[0]!] = -1;
  return out;
}

/** `computeAqi`'s answer, or the error it throws. */
function exact(values: Record<string, number>, date: CalendarDate, mode: AqiMode) {
  try {
    return computeAqi(values, { date, mode });
  } catch (e) {
    assert.ok(e instanceof ZhengceError && e.code === 'ZC_ERR_INVALID_INPUT', String(e));
    return e;
  }
}

describe('fastAqiOne equals computeAqi field by field (seeded property test)', () => {
  const cases: readonly (readonly [CalendarDate, AqiMode, number])[] = [
    [D2012, 'daily', 1],
    [D2012, 'hourly', 2],
    [D2026, 'daily', 3],
    [D2026, 'hourly', 4],
  ];
  for (const [date, mode, seed] of cases) {
    test(`${editionFor(date).standard} ${mode}: 55,000 random records`, () => {
      const rnd = prng(seed);
      const seen = { ok: 0, rejected: 0, footnote: 0, multiPrimary: 0, rounded: 0 };
      for (let n = 0; n < 55_000; n++) {
        const values = randomRecord(rnd, date, mode);
        const want = exact(values, date, mode);
        const where = `${JSON.stringify(values)} on ${date} (${mode})`;
        if (want instanceof ZhengceError) {
          assert.throws(() => fastAqiOne(values, date, mode), ZhengceError, `should reject ${where}`);
          seen.rejected++;
          continue;
        }
        const got = fastAqiOne(values, date, mode);
        assert.equal(got.aqi, want.aqi, where);
        assert.deepEqual(got.iaqi, want.iaqi, where);
        assert.deepEqual(got.primary, want.primary, where);
        assert.equal(got.level, want.level, where);
        assert.equal(got.standard, want.standard, where);
        seen.ok++;
        if (want.notes.some((x) => x.code.startsWith('aqi.above_limit'))) seen.footnote++;
        if (want.notes.some((x) => x.code === 'aqi.input_rounded')) seen.rounded++;
        if (want.primary.length > 1) seen.multiPrimary++;
      }
      // The generator reaches every branch it is meant to.
      assert.ok(seen.ok > 30_000 && seen.rejected > 1_000, JSON.stringify(seen));
      assert.ok(seen.footnote > 100 && seen.multiPrimary > 100, JSON.stringify(seen));
      if (editionFor(date).inputRounding) assert.ok(seen.rounded > 10_000, JSON.stringify(seen));
    });
  }
});

describe('exact where floats are not', () => {
  test('HJ 633-2012 daily SO2 2120.8 µg/m³: IAQI 404, not the float 405 (policy-notes)', () => {
    assert.equal(Math.ceil((100 / 520) * (2120.8 - 2100) + 400), 405);
    assert.equal(fastAqiOne({ so2_24h: 2120.8 }, D2012, 'daily').iaqi.so2_24h, 404);
  });
  test('2026 rounding is half to even: 35.5 → 36, 34.5 → 34 (PM2.5), CO 1.25 → 1.2, 1.35 → 1.4', () => {
    const pm = (x: number) => fastAqiOne({ pm25_24h: x }, D2026, 'daily').iaqi.pm25_24h;
    assert.equal(pm(35.5), fastAqiOne({ pm25_24h: 36 }, D2026, 'daily').iaqi.pm25_24h);
    assert.equal(pm(34.5), 49);
    assert.equal(roundHalfEvenStep(125, 10), 120);
    assert.equal(roundHalfEvenStep(135, 10), 140);
    assert.equal(roundHalfEvenStep(126, 10), 130);
  });
});

describe('accepted precision of number inputs', () => {
  test('every value of one decimal up to 100,000.0 and two decimals up to 10,000.00 is exact', () => {
    // …and the text the exact module parses (String(x), the shortest round-trip form) is that decimal.
    const text = (k: number, dp: number) => {
      const frac = String(k % 10 ** dp)
        .padStart(dp, '0')
        .replace(/0+$/, '');
      return `${Math.floor(k / 10 ** dp)}${frac === '' ? '' : `.${frac}`}`;
    };
    for (let k = 0; k <= 1_000_000; k++) {
      const x = k / 10;
      const y = k / 100;
      if (toScaled(x, 10) !== k || String(x) !== text(k, 1)) assert.fail(`${k}/10`);
      if (toScaled(y, 100) !== k || String(y) !== text(k, 2)) assert.fail(`${k}/100`);
    }
  });
  test('more decimals are rejected, not rounded', () => {
    assert.equal(toScaled(35.55, 10), -FAST_STATUS.badPrecision);
    assert.equal(toScaled(0.1 + 0.2, 10), -FAST_STATUS.badPrecision); // 0.30000000000000004
    assert.equal(toScaled(1.234, 100), -FAST_STATUS.badPrecision);
    assert.equal(toScaled(-1, 10), -FAST_STATUS.badValue);
    assert.equal(toScaled(Number.NaN, 10), -FAST_STATUS.badValue);
    assert.throws(() => fastAqiOne({ pm25_24h: 35.55 }, D2012, 'daily'), /more decimals/);
    assert.deepEqual(fastAqiOne({ co_24h: 1.25 }, D2012, 'daily').iaqi, { co_24h: 32 });
  });
  test('keys outside the report are refused, as by computeAqi', () => {
    assert.throws(() => fastAqiOne({ o3_1h: 100, no2_24h: 1 }, D2026, 'daily'), ZhengceError);
    assert.throws(() => fastAqiOne({ pm10_1h: 100 }, D2012, 'hourly'), ZhengceError);
    assert.throws(() => fastAqiOne({ so2_24h: 0.4 }, D2026, 'daily'), /below the range/);
  });
});

describe('column path', () => {
  test('fastAqiColumns equals fastAqiOne record by record, from Float64 and from scaled Int32', () => {
    for (const [date, mode, seed] of [
      [D2012, 'daily', 11],
      [D2012, 'hourly', 12],
      [D2026, 'daily', 13],
      [D2026, 'hourly', 14],
    ] as const) {
      const rnd = prng(seed);
      const ed = editionFor(date);
      const keys = [...ed.reports[mode].indicators, ...ed.reports[mode].fallbacks];
      const n = 5_000;
      const f64: Partial<Record<AqiIndicator, Float64Array>> = {};
      const i32: Partial<Record<AqiIndicator, Int32Array>> = {};
      for (const k of keys) {
        f64[k] = new Float64Array(n).fill(Number.NaN);
        i32[k] = new Int32Array(n).fill(FAST_NA);
      }
      const records = Array.from({ length: n }, (_, r) => {
        const v = randomRecord(rnd, date, mode);
        for (const k of keys) if (k in v) f64[k]![r] = v[k]!;
        for (const k of keys) if (k in v) i32[k]![r] = v[k]! < 0 ? -7 : Math.round(v[k]! * scaleOf(k));
        return Object.fromEntries(keys.filter((k) => k in v).map((k) => [k, v[k]!]));
      });
      const a = fastAqiColumns(f64, ed.standard, mode, { iaqi: true });
      const b = fastAqiColumns(i32, ed.standard, mode, { iaqi: true });
      assert.deepEqual(a, b);
      records.forEach((values, r) => {
        let one: ReturnType<typeof fastAqiOne> | undefined;
        try {
          one = fastAqiOne(values, date, mode);
        } catch {
          assert.notEqual(a.status[r], FAST_STATUS.ok, JSON.stringify(values));
          return;
        }
        assert.equal(a.status[r], FAST_STATUS.ok);
        assert.equal(a.aqi[r], one.aqi);
        assert.equal(a.level[r], one.level);
        assert.deepEqual(primaryOf(a.primary[r]!), one.primary);
        for (const k of keys) assert.equal(a.iaqi![k]![r], one.iaqi[k] ?? -1);
      });
    }
  });
  test('fastDailyAqi: statuses name the indicator at fault; refused columns throw', () => {
    const r = fastDailyAqi(
      {
        pm25_24h: new Float64Array([35, 600, 35.55, Number.NaN]),
        so2_24h: new Float64Array([1, 1, 1, Number.NaN]),
      },
      'HJ 633-2012',
    );
    assert.deepEqual(
      [...r.status],
      [0, FAST_STATUS.aboveTable, FAST_STATUS.badPrecision, FAST_STATUS.noIndicator],
    );
    assert.deepEqual([...r.culprit], [-1, 10, 10, -1]);
    assert.deepEqual([...r.aqi], [50, 0, 0, 0]);
    assert.throws(() => fastDailyAqi({ o3_1h: new Int32Array(1) }, 'HJ 633-2026'), ZhengceError);
  });
});
