/**
 * Golden tests of the AQI (京技管发〔2023〕29号 二(一) → HJ 633-2012 / HJ 633-2026), named by the
 * section of the standard they exercise; each expected value is worked out in the comment above it
 * from the printed tables (2012 表1, 2026 表3) and 式(1):
 * IAQI = (IAQI_Hi − IAQI_Lo)/(BP_Hi − BP_Lo) × (C − BP_Lo) + IAQI_Lo, rounded up (2012 §6.2, 2026 §4.2.6).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import { parseCalendarDate } from '../../engine/period.ts';
import { type AqiMode, computeAqi } from './aqi.ts';

const D2012 = parseCalendarDate('2026-02-28');
const D2026 = parseCalendarDate('2026-03-01');
const y2012 = (input: Record<string, unknown>, mode: AqiMode = 'daily') =>
  computeAqi(input, { date: D2012, mode });
const y2026 = (input: Record<string, unknown>, mode: AqiMode = 'daily') =>
  computeAqi(input, { date: D2026, mode });

/** Asserts a ZC_ERR_INVALID_INPUT naming `field` whose English message includes `text`. */
function rejects(fn: () => unknown, field: string, text: string): void {
  assert.throws(
    fn,
    (e: unknown) => e instanceof ZhengceError && e.field === field && e.message.includes(text),
  );
}

describe('2026 前言 and 实施日期: the same data either side of 2026-03-01', () => {
  // 2012 表1 PM2.5 35→75 ↦ 50→100: 50 + (60 − 35) × 50/40 = 81.25 → 82.
  // 2026 表3 PM2.5 60 is the IAQI-100 breakpoint: 100.
  test('PM2.5 24h = 60: IAQI 82 on 2026-02-28 (HJ 633-2012), 100 on 2026-03-01 (HJ 633-2026)', () => {
    assert.deepEqual(
      [y2012({ pm25_24h: 60 }).iaqi, y2012({ pm25_24h: 60 }).standard],
      [{ pm25_24h: 82 }, 'HJ 633-2012'],
    );
    assert.deepEqual(
      [y2026({ pm25_24h: 60 }).iaqi, y2026({ pm25_24h: 60 }).standard],
      [{ pm25_24h: 100 }, 'HJ 633-2026'],
    );
  });
  // 2012: PM2.5 75 is the IAQI-100 breakpoint (良). 2026: 60→115 ↦ 100→150: 100 + 15 × 50/55 = 113.6… → 114 (轻度污染).
  test('PM2.5 24h = 75: 100 (良) under 2012, 114 (轻度污染) under 2026', () => {
    assert.deepEqual([y2012({ pm25_24h: 75 }).aqi, y2012({ pm25_24h: 75 }).level], [100, 2]);
    assert.deepEqual([y2026({ pm25_24h: 75 }).aqi, y2026({ pm25_24h: 75 }).level], [114, 3]);
  });
  // 2012 PM10 50→150 ↦ 50→100: 50 + 70 × 50/100 = 85. 2026: 120 is the IAQI-100 breakpoint.
  test('PM10 24h = 120: 85 under 2012, 100 under 2026', () => {
    assert.equal(y2012({ pm10_24h: 120 }).aqi, 85);
    assert.equal(y2026({ pm10_24h: 120 }).aqi, 100);
  });
});

describe('§4.2 式(1) and §6.2 / §4.2.6, computed exactly (no floating point)', () => {
  // 2012 表1 SO2 24h 2100→2620 ↦ 400→500: 400 + (2120.8 − 2100) × 100/520 = 400 + 20.8/5.2 = 404 exactly.
  // In floats 100/520*(2120.8-2100)+400 = 404.00000000000006, which rounds up to 405.
  test('HJ 633-2012 SO2 24h = 2120.8 → 404 (floats say 405)', () => {
    assert.equal(Math.ceil((100 / 520) * (2120.8 - 2100) + 400), 405);
    assert.equal(y2012({ so2_24h: '2120.8' }).aqi, 404);
    assert.equal(y2012({ so2_24h: 2120.8 }).aqi, 404);
  });
  // 2026 rounds first (§4.2.2): 2120.8 → 2121; 400 + 21 × 100/520 = 404.04 → 405, this time rightly.
  test('HJ 633-2026 SO2 24h = 2120.8 rounds to 2121 → 405', () => {
    assert.equal(y2026({ so2_24h: '2120.8' }).aqi, 405);
  });
  // 2026 表3 CO 24h 2→4 ↦ 50→100: 50 + (2.2 − 2) × 50/2 = 50 + 5 = 55 exactly;
  // floats: 50/2*(2.2-2)+50 = 55.000000000000004 → 56.
  test('HJ 633-2026 CO 24h = 2.2 → 55 (floats say 56)', () => {
    assert.equal(Math.ceil((50 / 2) * (2.2 - 2) + 50), 56);
    assert.equal(y2026({ co_24h: '2.2' }).aqi, 55);
    assert.equal(y2012({ co_24h: '2.2' }).aqi, 55);
  });
  // 2026 表3 CO 1h 60→90 ↦ 200→300: 200 + 5.4 × 100/30 = 200 + 18 = 218; floats give 219.
  test('HJ 633-2026 CO 1h = 65.4 → 218 (floats say 219)', () => {
    assert.equal(Math.ceil((100 / 30) * (65.4 - 60) + 200), 219);
    assert.equal(y2026({ co_1h: '65.4' }, 'hourly').aqi, 218);
  });
});

describe('HJ 633-2012 表1 说明(2): SO2 1-h above 800 → the 24-h sub-index is reported', () => {
  // 表1 SO2 24h 150→475 ↦ 100→150: 100 + 10 × 50/325 = 101.5… → 102.
  test('so2_1h = 801 with so2_24h = 160: SO2 IAQI 102 from so2_24h, none from so2_1h', () => {
    const r = y2012({ so2_1h: 801, so2_24h: 160, no2_1h: 100 }, 'hourly');
    assert.deepEqual(r.iaqi, { so2_24h: 102, no2_1h: 50 });
    assert.deepEqual(r.primary, ['so2_24h']);
    assert.equal(r.notes[0]?.code, 'aqi.above_limit_uses_other');
    assert.deepEqual(r.notes[0]?.params, {
      indicator: 'so2_1h',
      value: '801',
      limit: '800 µg/m³',
      standard: 'HJ 633-2012',
      instead: 'so2_24h',
      footnote: '表1 说明（2）',
    });
  });
  // The footnote has no upper limit: any 1-h value above 800 is replaced. so2_24h 50 → 50.
  test('so2_1h = 10000 is not rejected: the 24-h value (50 → 50) stands in', () => {
    assert.deepEqual(y2012({ so2_1h: 10000, so2_24h: 50 }, 'hourly').iaqi, { so2_24h: 50 });
  });
  // 800 is still in the table (IAQI 200); so2_24h is then not used.
  test('so2_1h = 800 is IAQI 200 from the table; so2_24h is noted as unused', () => {
    const r = y2012({ so2_1h: 800, so2_24h: 160 }, 'hourly');
    assert.deepEqual(r.iaqi, { so2_1h: 200 });
    assert.ok(r.notes.some((n) => n.code === 'aqi.fallback_unused' && n.params.indicator === 'so2_24h'));
  });
  test('so2_1h above 800 without so2_24h is rejected naming so2_1h', () => {
    rejects(() => y2012({ so2_1h: 801 }, 'hourly'), 'so2_1h', 'supply so2_24h');
  });
});

describe('HJ 633-2012 表1 说明(3): O3 8-h above 800 → the 1-h sub-index is reported', () => {
  // 表1 O3 1h 800→1000 ↦ 300→400: 300 + 100 × 100/200 = 350.
  for (const mode of ['daily', 'hourly'] as const) {
    test(`${mode}: o3_8h = 801 with o3_1h = 900 → O3 IAQI 350 from o3_1h only`, () => {
      const r = y2012({ o3_8h: 801, o3_1h: 900 }, mode);
      assert.deepEqual(r.iaqi, { o3_1h: 350 });
      assert.deepEqual([r.aqi, r.primary, r.level], [350, ['o3_1h'], 6]);
    });
  }
  test('o3_8h = 800 is IAQI 300 from the table; above 800 without o3_1h is rejected naming o3_8h', () => {
    assert.equal(y2012({ o3_8h: 800 }).iaqi.o3_8h, 300);
    rejects(() => y2012({ o3_8h: 801 }), 'o3_8h', 'supply o3_1h');
  });
});

describe('HJ 633-2026 表3 注b and 注c: fixed IAQI above 800', () => {
  test('注b: so2_1h above 800 counts as IAQI 200 (801, 5000); 800.4 rounds to 800 → 200 by the table', () => {
    for (const v of [801, '5000']) {
      const r = y2026({ so2_1h: v }, 'hourly');
      assert.deepEqual([r.iaqi, r.level], [{ so2_1h: 200 }, 4]);
      assert.equal(r.notes[0]?.code, 'aqi.above_limit_fixed_iaqi');
    }
    const r = y2026({ so2_1h: '800.4' }, 'hourly');
    assert.equal(r.iaqi.so2_1h, 200);
    assert.ok(!r.notes.some((n) => n.code === 'aqi.above_limit_fixed_iaqi'));
  });
  test('注c: o3_8h above 800 counts as IAQI 300 (801, 20000) — 重度污染, primary o3_8h', () => {
    for (const v of [801, 20000]) {
      const r = y2026({ o3_8h: v, pm25_24h: 35 });
      assert.deepEqual([r.aqi, r.primary, r.category.zh], [300, ['o3_8h'], '重度污染']);
    }
  });
});

describe('HJ 633-2026 §4.2.2: concentrations first rounded per GB/T 8170 (half to even)', () => {
  // 34.5 → 34: 34 × 50/35 = 48.57 → 49 (2012, unrounded: 34.5 × 50/35 = 49.29 → 50).
  // 35.5 → 36: 35→60 ↦ 50→100: 50 + 1 × 50/25 = 52 (2012: 50 + 0.5 × 50/40 = 50.6 → 51).
  test('PM2.5 34.5 → 34 (IAQI 49) and 35.5 → 36 (IAQI 52)', () => {
    assert.deepEqual(
      [y2026({ pm25_24h: '34.5' }).iaqi, y2012({ pm25_24h: '34.5' }).iaqi],
      [{ pm25_24h: 49 }, { pm25_24h: 50 }],
    );
    assert.deepEqual(
      [y2026({ pm25_24h: '35.5' }).iaqi, y2012({ pm25_24h: '35.5' }).iaqi],
      [{ pm25_24h: 52 }, { pm25_24h: 51 }],
    );
    const r = y2026({ pm25_24h: '34.5' });
    assert.equal(r.concentrations.pm25_24h, '34');
    assert.deepEqual(r.notes[0], {
      code: 'aqi.input_rounded',
      params: { indicator: 'pm25_24h', value: '34.5', rounded: '34' },
    });
  });
  // CO to 0.1 mg/m³: 4.45 → 4.4, 4.35 → 4.4, 4.55 → 4.6. 表3 CO 24h 4→14 ↦ 100→150:
  // 4.4 → 100 + 0.4 × 5 = 102; 4.6 → 103. (2012, unrounded: 4.45 → 102.25 → 103.)
  test('CO 4.45 → 4.4 (IAQI 102), 4.35 → 4.4, 4.55 → 4.6 (IAQI 103)', () => {
    assert.equal(y2026({ co_24h: '4.45' }).iaqi.co_24h, 102);
    assert.equal(y2026({ co_24h: '4.35' }).iaqi.co_24h, 102);
    assert.equal(y2026({ co_24h: '4.55' }).iaqi.co_24h, 103);
    assert.equal(y2012({ co_24h: '4.45' }).iaqi.co_24h, 103);
  });
  // The top of the table is judged after rounding: 500.5 → 500 (even) → IAQI 500; 500.6 → 501 → rejected.
  test('PM2.5 500.5 rounds to 500 (IAQI 500) under 2026; 500.6 and (2012) 500.5 are above the table', () => {
    assert.equal(y2026({ pm25_24h: '500.5' }).aqi, 500);
    rejects(() => y2026({ pm25_24h: '500.6' }), 'pm25_24h', '500 µg/m³');
    rejects(() => y2012({ pm25_24h: '500.5' }), 'pm25_24h', '500 µg/m³');
  });
});

describe('HJ 633-2026 §4.2.4: 1-hour PM uses the daily breakpoints', () => {
  test('pm25_1h = 60 → 100 and pm10_1h = 120 → 100 in the 2026 real-time report', () => {
    const r = y2026({ pm25_1h: 60, pm10_1h: 120 }, 'hourly');
    assert.deepEqual([r.iaqi, r.primary], [{ pm10_1h: 100, pm25_1h: 100 }, ['pm10_1h', 'pm25_1h']]);
    assert.ok(r.notes.some((n) => n.code === 'aqi.pm_1h_daily_breakpoints'));
  });
  // 2012 real-time report (§5.1.3, 表4): PM is indexed by its 24-h moving average: 60 → 82 as above.
  test('HJ 633-2012 real-time report indexes PM by the 24-hour moving average', () => {
    assert.equal(y2012({ pm25_24h: 60 }, 'hourly').iaqi.pm25_24h, 82);
  });
});

describe('首要污染物 (2012 §3.3, §4.4.2; 2026 §3.3, §4.3.1) and 超标污染物 (2012 §3.4, §4.4.2)', () => {
  // 2012: PM10 150 → 100, PM2.5 75 → 100, SO2 50 → 50: AQI 100, a tie; nothing above 100.
  test('ties are all primary (2012 PM10 150 and PM2.5 75 → 100 each)', () => {
    const r = y2012({ pm10_24h: 150, pm25_24h: 75, so2_24h: 50 });
    assert.deepEqual([r.aqi, r.primary, r.exceeding], [100, ['pm10_24h', 'pm25_24h'], []]);
  });
  test('ties under 2026 (PM10 120 and PM2.5 60 → 100 each); 2026 has no 超标污染物', () => {
    const r = y2026({ pm10_24h: 120, pm25_24h: 60 });
    assert.deepEqual([r.aqi, r.primary, 'exceeding' in r], [100, ['pm10_24h', 'pm25_24h'], false]);
  });
  // O3: 1h 300 → 150 and 8h 215 → 150 tie; 1h 301 → 150 + 1 × 50/100 = 150.5 → 151 wins alone.
  test('O3 reports the key its maximum came from', () => {
    assert.deepEqual(y2012({ o3_1h: 300, o3_8h: 215 }).primary, ['o3_1h', 'o3_8h']);
    assert.deepEqual(y2012({ o3_1h: 301, o3_8h: 215 }).primary, ['o3_1h']);
  });
  // AQI 50 (PM2.5 35, NO2 40) has no primary; PM10 51 → 50 + 1 × 50/100 = 50.5 → 51 has.
  test('AQI ≤ 50 has no primary pollutant; 51 has', () => {
    assert.deepEqual(y2012({ pm25_24h: 35, no2_24h: 40 }).primary, []);
    assert.deepEqual(y2026({ pm25_24h: 35, no2_24h: 40 }).primary, []);
    assert.deepEqual(y2012({ pm10_24h: 51 }).primary, ['pm10_24h']);
  });
  // PM2.5 76 → 100 + 1 × 50/40 = 101.25 → 102; NO2 81 → 100 + 1 × 50/100 = 100.5 → 101; SO2 150 → 100.
  test('超标: every indicator with IAQI above 100 (2012)', () => {
    const r = y2012({ pm25_24h: 76, no2_24h: 81, so2_24h: 150 });
    assert.deepEqual(
      [r.iaqi, r.exceeding, r.primary],
      [{ so2_24h: 100, no2_24h: 101, pm25_24h: 102 }, ['no2_24h', 'pm25_24h'], ['pm25_24h']],
    );
  });
});

describe('levels, categories and colours (2012 表2, 附录A; 2026 表1, 附录A)', () => {
  // 2012 PM10: 0→50 slope 1; 50→150, 150→250, 250→350 slope 1/2; 350→420 ↦ 200→300: 351 → 201.4 → 202;
  // 420→500 ↦ 300→400: 421 → 301.25 → 302.
  const cases: [number, number, number, string, string, number[]][] = [
    [50, 50, 1, '优', '绿色', [0, 228, 0]],
    [51, 51, 2, '良', '黄色', [255, 255, 0]],
    [150, 100, 2, '良', '黄色', [255, 255, 0]],
    [151, 101, 3, '轻度污染', '橙色', [255, 126, 0]],
    [250, 150, 3, '轻度污染', '橙色', [255, 126, 0]],
    [251, 151, 4, '中度污染', '红色', [255, 0, 0]],
    [350, 200, 4, '中度污染', '红色', [255, 0, 0]],
    [351, 202, 5, '重度污染', '紫色', [153, 0, 76]],
    [420, 300, 5, '重度污染', '紫色', [153, 0, 76]],
    [421, 302, 6, '严重污染', '褐红色', [126, 0, 35]],
    [600, 500, 6, '严重污染', '褐红色', [126, 0, 35]],
  ];
  for (const [pm10, aqi, level, cat, color, rgb] of cases) {
    test(`PM10 ${pm10} → AQI ${aqi}: ${level}级 ${cat} ${color}`, () => {
      const r = y2012({ pm10_24h: pm10 });
      assert.deepEqual(
        [r.aqi, r.level, r.category.zh, r.color.name.zh, [...r.color.rgb]],
        [aqi, level, cat, color, rgb],
      );
    });
  }
  test('health effects and advice differ by edition, verbatim (2012 keeps its "锻练")', () => {
    const a = y2012({ pm10_24h: 251 });
    assert.equal(a.healthEffects.zh, '进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响');
    assert.equal(
      a.advice.zh,
      '儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻练，一般人群适量减少户外运动',
    );
    const b = y2026({ pm10_24h: 251 });
    assert.equal(b.healthEffects.zh, '进一步加剧敏感人群症状，可能对健康人群心血管系统、呼吸系统有影响');
    assert.equal(
      b.advice.zh,
      '青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者避免长时间、高强度的户外锻炼，一般人群适量减少户外运动',
    );
    assert.equal(b.category.en, 'Moderately polluted');
    assert.ok(b.advice.en.length > 0 && b.healthEffects.en.length > 0);
  });
});

describe('HJ 633-2026 §4.1.1: the AQI ranges over 1～500', () => {
  test('all concentrations rounding to zero is outside the range and rejected; 2012 (0～50) answers 0', () => {
    rejects(() => y2026({ pm25_24h: '0.4', so2_24h: 0 }), 'input', 'below the range 1–500');
    const r = y2012({ pm25_24h: 0, so2_24h: 0 });
    assert.deepEqual([r.aqi, r.level, r.primary], [0, 1, []]);
  });
  // An IAQI may still be 0: the range is the AQI's. PM2.5 1 → ⌈50/35⌉ = 2.
  test('a single IAQI may be 0 under 2026 while the AQI is at least 1', () => {
    assert.deepEqual(y2026({ so2_24h: 0, pm25_24h: 1 }).iaqi, { so2_24h: 0, pm25_24h: 2 });
    assert.equal(y2026({ so2_24h: 1 }).aqi, 1);
  });
});

describe('HJ 633-2026 §5.3.1 missing data, and 表2 sensitive groups', () => {
  test('with indicators missing and AQI ≤ 100 the AQI is to be published as NA; above 100 it stands', () => {
    const codes = (r: { notes: { code: string }[] }) => r.notes.map((n) => n.code);
    assert.deepEqual(codes(y2026({ pm25_24h: 60 })), ['aqi.indicators_missing', 'aqi.publish_as_na']);
    assert.deepEqual(codes(y2026({ pm25_24h: 61 })), ['aqi.indicators_missing']);
    const all = { so2_24h: 5, no2_24h: 30, co_24h: '0.8', o3_8h: 90, pm10_24h: 60, pm25_24h: 40 };
    assert.deepEqual(codes(y2026(all)), []);
    assert.deepEqual(codes(y2012({ pm25_24h: 60 })), ['aqi.indicators_missing']);
  });
  // PM10 251 → 150.5 → 151; PM2.5 116 → 150 + 50/35 → 152; O3 8h 216 → 151; SO2 150 → 100 (not above).
  test('pollutants above IAQI 100 name their sensitive groups (PM10 and PM2.5 share a row)', () => {
    const r = y2026({ pm10_24h: 251, pm25_24h: 116, o3_8h: 216, so2_24h: 150 });
    assert.deepEqual(
      r.sensitiveGroups?.map((g) => g.indicators),
      [['o3_8h'], ['pm10_24h', 'pm25_24h']],
    );
    assert.equal(
      r.sensitiveGroups?.[1]?.groups.zh,
      '患有心血管系统疾病或呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人',
    );
  });
});
