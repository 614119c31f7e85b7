/**
 * Tests of the AQI module: every breakpoint of every indicator in both editions (against a second,
 * independent transcription of the tables in their printed row layout), the choice of edition by
 * date, which keys each report accepts, and the rejection of bad input.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { findClause, getPolicy } from '../index.ts';
import { fullText } from '../outline.ts';
import {
  AQI_INDICATORS,
  AQI_MESSAGES,
  type AqiIndicator,
  type AqiMode,
  CITE_AQI_ADJUSTED,
  CITE_AQI_METHOD,
  computeAqi,
  editionFor,
  standardFor,
} from './aqi.ts';
import { AQI_EDITIONS } from './aqi-tables.ts';

const D2012 = parseCalendarDate('2026-02-28');
const D2026 = parseCalendarDate('2026-03-01');

type Row = readonly (number | null)[];
// HJ 633-2012 表1 (p. 2) as printed. Columns: IAQI | SO2 24h | SO2 1h | NO2 24h | NO2 1h |
// CO 24h | CO 1h | O3 1h | O3 8h | PM10 24h | PM2.5 24h. null: the table prints a footnote mark.
const COLS_2012 = [
  'so2_24h',
  'so2_1h',
  'no2_24h',
  'no2_1h',
  'co_24h',
  'co_1h',
  'o3_1h',
  'o3_8h',
  'pm10_24h',
  'pm25_24h',
];
const TABLE1_2012: readonly Row[] = [
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [50, 50, 150, 40, 100, 2, 5, 160, 100, 50, 35],
  [100, 150, 500, 80, 200, 4, 10, 200, 160, 150, 75],
  [150, 475, 650, 180, 700, 14, 35, 300, 215, 250, 115],
  [200, 800, 800, 280, 1200, 24, 60, 400, 265, 350, 150],
  [300, 1600, null, 565, 2340, 36, 90, 800, 800, 420, 250],
  [400, 2100, null, 750, 3090, 48, 120, 1000, null, 500, 350],
  [500, 2620, null, 940, 3840, 60, 150, 1200, null, 600, 500],
];
// HJ 633-2026 表3 (p. 3, page-6.png) as printed — note its column order: O3 8h before O3 1h.
const COLS_2026 = [
  'so2_24h',
  'so2_1h',
  'no2_24h',
  'no2_1h',
  'co_24h',
  'co_1h',
  'o3_8h',
  'o3_1h',
  'pm10_24h',
  'pm25_24h',
];
const TABLE3_2026: readonly Row[] = [
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [50, 50, 150, 40, 100, 2, 5, 100, 160, 50, 35],
  [100, 150, 500, 80, 200, 4, 10, 160, 200, 120, 60],
  [150, 475, 650, 180, 700, 14, 35, 215, 300, 250, 115],
  [200, 800, 800, 280, 1200, 24, 60, 265, 400, 350, 150],
  [300, 1600, null, 565, 2340, 36, 90, 800, 800, 420, 250],
  [400, 2100, null, 750, 3090, 48, 120, null, 1000, 500, 350],
  [500, 2620, null, 940, 3840, 60, 150, null, 1200, 600, 500],
];

/** The column of a table as `[concentration, IAQI]` pairs, stopping at the first footnote mark. */
function column(table: readonly Row[], cols: readonly string[], name: string): [number, number][] {
  const j = cols.indexOf(name) + 1;
  const out: [number, number][] = [];
  for (const row of table) {
    const v = row[j];
    if (v === null || v === undefined) break;
    out.push([v, row[0]!]);
  }
  return out;
}

/** One resolution step of the concentration: 1 µg/m³, or 0.1 mg/m³ for CO (2026 §4.2.2). */
const tenths = (key: string): boolean => key.startsWith('co_');

/**
 * Expected IAQI of `c10` tenths (CO) or units, from the column, by integer arithmetic only:
 * IAQI_Lo + ⌈(IAQI_Hi − IAQI_Lo)(C − BP_Lo) / (BP_Hi − BP_Lo)⌉ (IAQI_Lo is an integer).
 */
function expectedIaqi(col: [number, number][], c: number, scale: number): number {
  for (let i = 1; i < col.length; i++) {
    const [hi, iHi] = col[i]!;
    const [lo, iLo] = col[i - 1]!;
    if (c > hi * scale) continue;
    const num = BigInt(iHi - iLo) * BigInt(c - lo * scale);
    const den = BigInt((hi - lo) * scale);
    return iLo + Number((num + den - 1n) / den);
  }
  throw new Error('above the table');
}

const text = (units: number, scale: number): string =>
  scale === 10 ? (units / 10).toFixed(1) : String(units);

/** A second indicator of the same report, so that a zero alone does not hit 2026's AQI ≥ 1. */
function companion(mode: AqiMode, key: string): Record<string, string> {
  const other =
    mode === 'daily' ? (key === 'no2_24h' ? 'so2_24h' : 'no2_24h') : key === 'no2_1h' ? 'so2_1h' : 'no2_1h';
  return { [other]: '1' };
}

const iaqiOf = (date: CalendarDate, mode: AqiMode, key: AqiIndicator, value: string): number | undefined =>
  computeAqi({ ...companion(mode, key), [key]: value }, { date, mode }).iaqi[key];

// Which columns each report reads, and through which key (2026 hourly PM uses the daily columns).
const CASES: readonly (readonly [
  CalendarDate,
  AqiMode,
  AqiIndicator,
  string,
  readonly Row[],
  readonly string[],
])[] = [
  ...(['so2_24h', 'no2_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h'] as const).map(
    (k) => [D2012, 'daily', k, k, TABLE1_2012, COLS_2012] as const,
  ),
  ...(['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h'] as const).map(
    (k) => [D2012, 'hourly', k, k, TABLE1_2012, COLS_2012] as const,
  ),
  ...(['so2_24h', 'no2_24h', 'co_24h', 'o3_8h', 'pm10_24h', 'pm25_24h'] as const).map(
    (k) => [D2026, 'daily', k, k, TABLE3_2026, COLS_2026] as const,
  ),
  ...(['so2_1h', 'no2_1h', 'co_1h', 'o3_1h'] as const).map(
    (k) => [D2026, 'hourly', k, k, TABLE3_2026, COLS_2026] as const,
  ),
  [D2026, 'hourly', 'pm10_1h', 'pm10_24h', TABLE3_2026, COLS_2026],
  [D2026, 'hourly', 'pm25_1h', 'pm25_24h', TABLE3_2026, COLS_2026],
];

describe('every breakpoint, and one resolution step either side of it', () => {
  for (const [date, mode, key, colName, table, cols] of CASES) {
    test(`${standardFor(date)} ${mode} ${key}`, () => {
      const col = column(table, cols, colName);
      const scale = tenths(key) ? 10 : 1;
      for (const [bp, iaqi] of col) {
        assert.equal(iaqiOf(date, mode, key, String(bp)), iaqi, `${key} = ${bp} is IAQI ${iaqi}`);
        if (bp > 0) {
          const below = bp * scale - 1;
          const want = expectedIaqi(col, below, scale);
          assert.equal(iaqiOf(date, mode, key, text(below, scale)), want, `${key} = ${text(below, scale)}`);
          assert.ok(want <= iaqi, 'one step below a breakpoint never exceeds its IAQI');
        }
        const above = bp * scale + 1;
        if (bp === col.at(-1)![0]) continue; // above the top: see the tests below
        const want = expectedIaqi(col, above, scale);
        assert.equal(iaqiOf(date, mode, key, text(above, scale)), want, `${key} = ${text(above, scale)}`);
        assert.ok(want > iaqi, 'one step above a breakpoint rounds up past its IAQI');
      }
    });
  }
});

describe('one step above the top of the table', () => {
  for (const [date, mode, key, colName, table, cols] of CASES) {
    const col = column(table, cols, colName);
    const top = col.at(-1)!;
    const scale = tenths(key) ? 10 : 1;
    const v = text(top[0] * scale + 1, scale);
    if (key === 'so2_1h' || key === 'o3_8h') continue; // the footnotes decide (golden tests)
    test(`${standardFor(date)} ${mode} ${key} = ${v} is rejected naming ${key}, not capped at 500`, () => {
      assert.equal(top[1], 500);
      assert.throws(
        () => computeAqi({ [key]: v }, { date, mode }),
        (e: unknown) =>
          e instanceof ZhengceError &&
          e.code === 'ZC_ERR_INVALID_INPUT' &&
          e.field === key &&
          e.value === v &&
          e.message.includes(`${top[0]} `) &&
          e.message.includes('D-29-1') &&
          (e.messageZh ?? '').includes('不按 500 截断'),
      );
    });
  }
});

describe('the edition is chosen by the date of the data', () => {
  test('HJ 633-2012 through 2026-02-28, HJ 633-2026 from 2026-03-01', () => {
    assert.equal(standardFor(parseCalendarDate('2023-11-13')), 'HJ 633-2012');
    assert.equal(standardFor(D2012), 'HJ 633-2012');
    assert.equal(standardFor(D2026), 'HJ 633-2026');
    assert.equal(standardFor(parseCalendarDate('2030-01-01')), 'HJ 633-2026');
    assert.equal(editionFor(D2026).standard, 'HJ 633-2026');
  });
  test('a date that is not a calendar date is rejected', () => {
    assert.throws(() => standardFor('2026-02-30' as CalendarDate), {
      code: 'ZC_ERR_INVALID_DATE',
      field: 'date',
    });
  });
  test('every column of both editions names its table and page', () => {
    for (const ed of AQI_EDITIONS) {
      for (const col of Object.values(ed.columns)) {
        assert.equal(col.source.standard, ed.standard);
        assert.equal(col.source.table, ed.standard === 'HJ 633-2012' ? '表1' : '表3');
        assert.equal(col.source.page, ed.standard === 'HJ 633-2012' ? 2 : 3);
      }
    }
  });
});

/** Asserts that `fn` throws ZC_ERR_INVALID_INPUT for `field`, with Chinese wording. */
function rejects(fn: () => unknown, field: string, includes = ''): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof ZhengceError, String(e));
    assert.equal(e.code, 'ZC_ERR_INVALID_INPUT');
    assert.equal(e.field, field);
    assert.ok(e.message.includes(includes), e.message);
    assert.ok(e.messageZh, 'has a Chinese message');
    return true;
  });
}

describe('which keys each report accepts', () => {
  const accepted: Record<string, readonly AqiIndicator[]> = {
    'HJ 633-2012 daily': ['so2_24h', 'no2_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h'],
    'HJ 633-2012 hourly': ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h', 'so2_24h'],
    'HJ 633-2026 daily': ['so2_24h', 'no2_24h', 'co_24h', 'o3_8h', 'pm10_24h', 'pm25_24h'],
    'HJ 633-2026 hourly': ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'pm10_1h', 'pm25_1h'],
  };
  for (const date of [D2012, D2026]) {
    for (const mode of ['daily', 'hourly'] as const) {
      const name = `${standardFor(date)} ${mode}`;
      test(`${name}: ${accepted[name]!.join(', ')}; every other key is rejected naming it`, () => {
        for (const key of AQI_INDICATORS) {
          const run = () => computeAqi({ ...companion(mode, key), [key]: '1' }, { date, mode });
          if (accepted[name]!.includes(key)) assert.doesNotThrow(run, key);
          else rejects(run, key);
        }
      });
    }
  }
  test('mode/key mismatch messages say why', () => {
    rejects(() => computeAqi({ so2_1h: 10 }, { date: D2012, mode: 'daily' }), 'so2_1h', '§5.1.2');
    rejects(() => computeAqi({ pm25_24h: 10 }, { date: D2026, mode: 'hourly' }), 'pm25_24h', '§4.2.3');
    rejects(() => computeAqi({ pm25_1h: 10 }, { date: D2012, mode: 'hourly' }), 'pm25_1h', 'pass pm25_24h');
    rejects(() => computeAqi({ o3_1h: 10 }, { date: D2026, mode: 'daily' }), 'o3_1h', 'dropped O3 1-hour');
  });
  test('an unknown key and an unknown mode are rejected', () => {
    rejects(
      () => computeAqi({ pm1_24h: 10 }, { date: D2012, mode: 'daily' }),
      'pm1_24h',
      'not an AQI indicator',
    );
    rejects(() => computeAqi({ pm25_24h: 10 }, { date: D2012, mode: 'weekly' as AqiMode }), 'mode');
  });
});

describe('bad values are rejected naming the indicator', () => {
  const opts = { date: D2012, mode: 'daily' } as const;
  test('negative values', () => {
    for (const v of [-1, '-0.1', '-1e-9'])
      rejects(() => computeAqi({ pm25_24h: v }, opts), 'pm25_24h', 'negative');
  });
  test('non-numeric values, including fractions and percentages', () => {
    for (const v of [
      'abc',
      '30%',
      '1/3',
      '',
      '1,000',
      true,
      {},
      [],
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
    ]) {
      rejects(() => computeAqi({ no2_24h: 5, pm25_24h: v }, opts), 'pm25_24h');
    }
  });
  test('no concentrations at all', () => {
    rejects(() => computeAqi({}, opts), 'input', 'no concentrations');
    rejects(() => computeAqi({ pm25_24h: undefined }, opts), 'input', 'no concentrations');
    rejects(() => computeAqi(null as unknown as Record<string, unknown>, opts), 'input');
    // 2012 real-time: so2_24h only stands in for so2_1h above 800 (表1 说明 2); alone it is no report.
    rejects(() => computeAqi({ so2_24h: 10 }, { date: D2012, mode: 'hourly' }), 'input', 'no concentrations');
  });
  test('numbers and decimal text give the same exact answer', () => {
    assert.deepEqual(computeAqi({ pm25_24h: 60.25 }, opts), computeAqi({ pm25_24h: ' 60.250 ' }, opts));
    assert.equal(computeAqi({ pm25_24h: '6.025e1' }, opts).iaqi.pm25_24h, 82);
  });
});

describe('citations of 二(一)', () => {
  const node = findClause(getPolicy('jingjiguanfa-2023-29'), '二(一)');
  for (const c of [CITE_AQI_METHOD, CITE_AQI_ADJUSTED]) {
    test(`"${c.quote.slice(0, 24)}…" occurs verbatim in ${c.clause}`, () => {
      assert.equal(c.policyId, 'jingjiguanfa-2023-29');
      assert.equal(c.clause, node.clause);
      assert.ok(fullText(node).includes(c.quote));
    });
  }
  test('each result cites the plan and names the standard', () => {
    const a = computeAqi({ pm25_24h: 60 }, { date: D2012, mode: 'daily' });
    assert.deepEqual(a.citations, [CITE_AQI_METHOD]);
    assert.match(a.standardRef, /^HJ 633-2012 .*Table 1 .*§5\.1\.2/);
    const b = computeAqi({ pm25_1h: 60 }, { date: D2026, mode: 'hourly' });
    assert.deepEqual(b.citations, [CITE_AQI_METHOD, CITE_AQI_ADJUSTED]);
    assert.match(b.standardRef, /^HJ 633-2026 .*Table 3 .*§4\.2\.3/);
  });
  test('every note code has wording in zh and en', () => {
    const codes = new Set<string>();
    const runs = [
      () => computeAqi({ so2_1h: 900, so2_24h: 100 }, { date: D2012, mode: 'hourly' }),
      () => computeAqi({ so2_1h: 100, so2_24h: 100 }, { date: D2012, mode: 'hourly' }),
      () => computeAqi({ so2_1h: 900, pm25_1h: '34.5' }, { date: D2026, mode: 'hourly' }),
      () => computeAqi({ o3_8h: 100 }, { date: D2026, mode: 'daily' }),
    ];
    for (const run of runs) for (const n of run().notes) codes.add(n.code);
    assert.equal(codes.size, 7);
    for (const code of codes) assert.ok(AQI_MESSAGES[code]?.zh && AQI_MESSAGES[code]?.en, code);
  });
});
