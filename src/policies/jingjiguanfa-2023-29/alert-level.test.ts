/**
 * Golden tests of 29号 二（一） 预警分级 and 三 / 四（二） (response, command, duty), named by clause;
 * each expected level is worked out from the text in the comment above it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Citation } from '../../engine/citation.ts';
import { decisionToJson } from '../../engine/decision.ts';
import { ZhengceError } from '../../engine/errors.ts';
import { parseCalendarDate } from '../../engine/period.ts';
import { evaluateRule } from '../../engine/rule.ts';
import { findClause, fullText, getPolicy, policyWindow } from '../index.ts';
import { type AlertLevelResult, alertLevel, alertLevelRule } from './alert-level.ts';
import { type AlertLevel, RESPONSES } from './response.ts';

const policy = getPolicy('jingjiguanfa-2023-29');
const run = (dailyAqi: number[], start = '2024-01-10'): AlertLevelResult => alertLevel({ start, dailyAqi });
const level = (dailyAqi: number[]): AlertLevel => run(dailyAqi).level;
const reasonOf = (dailyAqi: number[], start?: string) => {
  const r = run(dailyAqi, start).reason;
  return r && { rule: r.rule, from: r.run.from, to: r.run.to, days: r.run.days, values: r.run.values };
};
const assertVerbatim = (c: Citation): void => {
  assert.equal(c.policyId, 'jingjiguanfa-2023-29');
  assert.ok(fullText(findClause(policy, c.clause)).includes(c.quote), `${c.clause}: ${c.quote}`);
};

describe('二(一)1 黄色预警: "日均值 >200 或日均值 >150 持续48小时及以上"', () => {
  // ">200" is strict: 200 is not above 200, and one day at 200 is not two days above 150.
  test('one day: 200 → none, 201 → yellow', () => {
    assert.equal(level([200]), 'none');
    assert.equal(level([201]), 'yellow');
    assert.deepEqual(reasonOf([201]), {
      rule: 'yellow-200x1',
      from: '2024-01-10',
      to: '2024-01-10',
      days: 1,
      values: [201],
    });
  });
  // ">150 持续48小时" = two consecutive days above 150 (D-29-2); 150 is not above 150.
  test('two days: [151,151] → yellow, [150,151] and [151,150] → none', () => {
    assert.equal(level([151, 151]), 'yellow');
    assert.equal(reasonOf([151, 151])?.rule, 'yellow-150x2');
    assert.equal(level([150, 151]), 'none');
    assert.equal(level([151, 150]), 'none');
  });
  // 200 is above 150, so two days at 200 are "日均值 >150 持续48小时".
  test('[200,200] → yellow by two days above 150, not by a day above 200', () => {
    assert.deepEqual(reasonOf([200, 200]), {
      rule: 'yellow-150x2',
      from: '2024-01-10',
      to: '2024-01-11',
      days: 2,
      values: [200, 200],
    });
  });
  // A run is broken by one day at or below the threshold.
  test('runs broken by one day: [151,150,151] → none; [201,150,201] → yellow, the first day reported', () => {
    assert.equal(level([151, 150, 151]), 'none');
    assert.equal(level([150, 150, 150]), 'none');
    assert.deepEqual(reasonOf([201, 150, 201]), {
      rule: 'yellow-200x1',
      from: '2024-01-10',
      to: '2024-01-10',
      days: 1,
      values: [201],
    });
  });
});

describe('二(一)2 橙色预警: "日均值 >200 持续48小时或日均值 >150 持续72小时及以上"', () => {
  test('[151,151,151] → orange (three days above 150); [151,151,150,151] → yellow (broken)', () => {
    assert.equal(level([151, 151, 151]), 'orange');
    assert.equal(reasonOf([151, 151, 151])?.rule, 'orange-150x3');
    assert.equal(level([151, 151, 150, 151]), 'yellow');
  });
  test('[201,201] → orange (two days above 200); [201,200] → yellow', () => {
    assert.equal(reasonOf([201, 201])?.rule, 'orange-200x2');
    assert.equal(level([201, 200]), 'yellow');
  });
  // Red needs a day above 300: 300 is not above 300, so three days above 200 with a 300 are orange.
  test('[201,300,201] → orange, not red', () => {
    assert.equal(level([201, 300, 201]), 'orange');
  });
  // The day above 300 must lie inside a run of three days above 200 (D-29-5): here the run above
  // 200 is only two days long, so orange by "日均值 >200 持续48小时".
  test('[301,201,150] → orange by two days above 200, not red', () => {
    assert.deepEqual(reasonOf([301, 201, 150]), {
      rule: 'orange-200x2',
      from: '2024-01-10',
      to: '2024-01-11',
      days: 2,
      values: [301, 201],
    });
  });
  // Both orange conditions hold from the same day: the text's order decides (200 first; D-29-6).
  test('[210,210,210] → orange, reported by the first condition of the text', () => {
    assert.equal(reasonOf([210, 210, 210])?.rule, 'orange-200x2');
  });
});

describe('二(一)3 红色预警: "日均值 >200 持续72小时且日均值 >300 持续24小时及以上"', () => {
  test('[201,301,201] → red; [301,301,301] → red; [301,301] → orange; [301] → yellow', () => {
    assert.deepEqual(reasonOf([201, 301, 201]), {
      rule: 'red-200x3-300',
      from: '2024-01-10',
      to: '2024-01-12',
      days: 3,
      values: [201, 301, 201],
    });
    assert.equal(level([301, 301, 301]), 'red');
    assert.equal(level([301, 301]), 'orange');
    assert.equal(level([301]), 'yellow');
  });
  // Three days above 200, and a day above 300 — but in another run: not red (D-29-5).
  test('[201,201,201,150,301] → orange: the day above 300 is outside the three-day run', () => {
    assert.equal(level([201, 201, 201, 150, 301]), 'orange');
    assert.equal(level([301, 150, 201, 201, 201]), 'orange');
  });
  test('the reported run is the whole run above 200, across month and year ends', () => {
    assert.deepEqual(reasonOf([100, 201, 250, 305, 220, 90], '2023-12-30'), {
      rule: 'red-200x3-300',
      from: '2023-12-31',
      to: '2024-01-03',
      days: 4,
      values: [201, 250, 305, 220],
    });
    assert.equal(reasonOf([201, 202, 301], '2024-02-28')?.to, '2024-03-01');
  });
});

describe('long forecasts: "且未达到高级别预警条件时" — the highest level wins', () => {
  // Yellow from 01-11 (160,170), orange from 01-14 (210,220), red from 01-17 (230,310,250,240),
  // yellow again on 01-22: red wins and its run is reported, not the earlier ones.
  const forecast = [100, 160, 170, 90, 210, 220, 120, 230, 310, 250, 240, 80, 205, 100];
  test('red wins and the red run is reported', () => {
    const r = run(forecast);
    assert.equal(r.level, 'red');
    assert.deepEqual(reasonOf(forecast), {
      rule: 'red-200x3-300',
      from: '2024-01-17',
      to: '2024-01-20',
      days: 4,
      values: [230, 310, 250, 240],
    });
    const firsts = r.triggers.map((t) => `${t.rule}@${t.run.from}`);
    assert.ok(firsts.includes('yellow-150x2@2024-01-11'));
    assert.ok(firsts.includes('orange-200x2@2024-01-14'));
    assert.ok(firsts.includes('yellow-200x1@2024-01-22'));
  });
  // Orange by 150x3 from 01-10 and by 200x2 from 01-14: the earliest run of the winning level.
  test('of two orange runs, the earlier is reported', () => {
    assert.deepEqual(reasonOf([160, 160, 160, 50, 210, 210]), {
      rule: 'orange-150x3',
      from: '2024-01-10',
      to: '2024-01-12',
      days: 3,
      values: [160, 160, 160],
    });
  });
  test('a later, higher run beats an earlier, lower one', () => {
    assert.equal(reasonOf([201, 100, 201, 201])?.from, '2024-01-12');
  });
});

describe('三 and 四(二): response, command and duty by level', () => {
  const cases = [
    [[201], 'III', '指挥部办公室主任', '备班备勤'],
    [[201, 201], 'II', '指挥部副总指挥或总指挥', '在岗值守'],
    [[201, 301, 201], 'I', '指挥部副总指挥或总指挥', '全天(含节假日)值守'],
  ] as const;
  for (const [aqi, response, command, duty] of cases) {
    test(`${JSON.stringify(aqi)} → ${response}级响应, ${command}, ${duty}`, () => {
      const r = run([...aqi]);
      assert.equal(r.response, response);
      assert.equal(r.command?.zh, command);
      assert.equal(r.duty?.zh, duty);
      assert.ok(r.citations.length >= 4);
      r.citations.forEach(assertVerbatim);
    });
  }
  test('no alert: no response, command or duty; the three criteria are cited', () => {
    const r = run([150, 150, 150]);
    assert.deepEqual([r.response, r.reason, r.command, r.duty], [null, null, null, null]);
    assert.deepEqual(
      r.citations.map((c) => c.clause),
      ['二(一)1', '二(一)2', '二(一)3'],
    );
  });
  test('every citation of the responses quotes its clause verbatim', () => {
    for (const r of Object.values(RESPONSES)) {
      [...r.citations, ...r.command.citations].forEach(assertVerbatim);
      assert.ok(r.command.by.en.length > 0 && r.duty.en.length > 0);
    }
  });
});

describe('input checks name the field', () => {
  const fails = (input: unknown, code: string, field: string) => {
    assert.throws(
      () => alertLevel(input as never),
      (e: unknown) => e instanceof ZhengceError && e.code === code && e.field === field,
    );
  };
  test('AQI outside 0..500, not an integer, or not a number', () => {
    fails({ start: '2024-01-10', dailyAqi: [100, 100, 100, 501] }, 'ZC_ERR_INVALID_INPUT', 'dailyAqi[3]');
    fails({ start: '2024-01-10', dailyAqi: [-1] }, 'ZC_ERR_INVALID_INPUT', 'dailyAqi[0]');
    fails({ start: '2024-01-10', dailyAqi: [100, 150.5] }, 'ZC_ERR_INVALID_INPUT', 'dailyAqi[1]');
    fails({ start: '2024-01-10', dailyAqi: ['201'] }, 'ZC_ERR_INVALID_INPUT', 'dailyAqi[0]');
    assert.equal(level([0, 500]), 'yellow');
  });
  test('no days, no list, a bad date, not an object', () => {
    fails({ start: '2024-01-10', dailyAqi: [] }, 'ZC_ERR_INVALID_INPUT', 'dailyAqi');
    fails({ start: '2024-01-10' }, 'ZC_ERR_INVALID_INPUT', 'dailyAqi');
    fails({ start: '2023-02-29', dailyAqi: [100] }, 'ZC_ERR_INVALID_DATE', 'start');
    fails({ dailyAqi: [100] }, 'ZC_ERR_INVALID_DATE', 'start');
    fails(null, 'ZC_ERR_INVALID_INPUT', 'input');
  });
});

describe('rule jingjiguanfa-2023-29/alert-level', () => {
  const window = policyWindow(policy);
  const asOf = parseCalendarDate('2024-01-09');
  const evaluate = (dailyAqi: number[], on = asOf) =>
    evaluateRule(alertLevelRule, { start: '2024-01-10', dailyAqi }, on, window);

  test('eligible means an alert is called for, with the level in the trace and a reason per condition', () => {
    const d = evaluate([180, 230, 320, 260, 140]);
    assert.equal(d.outcome, 'eligible');
    assert.equal(d.amount, null);
    assert.equal(d.trace.find((s) => s.code === 'j29.alert.level')?.result, 'red');
    assert.equal(d.trace.find((s) => s.code === 'j29.alert.response')?.result, 'I');
    assert.equal(d.reasons.length, 5);
    assert.deepEqual(
      d.reasons.filter((r) => r.passed).map((r) => r.code),
      [
        'j29.alert.red-200x3-300',
        'j29.alert.orange-200x2',
        'j29.alert.orange-150x3',
        'j29.alert.yellow-200x1',
        'j29.alert.yellow-150x2',
      ],
    );
    assert.ok(d.interpretations.includes('D-29-2'));
  });
  test('ineligible means no alert: every condition failed', () => {
    const d = evaluate([150, 150, 150]);
    assert.equal(d.outcome, 'ineligible');
    assert.ok(d.reasons.every((r) => r.passed === false));
    assert.equal(d.trace.find((s) => s.code === 'j29.alert.level')?.result, 'none');
  });
  test('agrees with alertLevel on a brute-force reference, over 400 generated forecasts', () => {
    // Straight from the definitions: from some day, the days above `above` last at least `len`
    // days (and one of them is above `peak`).
    const windowed = (a: number[], len: number, above: number, peak?: number): boolean =>
      a.some((_, i) => {
        let j = i;
        while (j < a.length && (a[j] as number) > above) j++;
        const r = a.slice(i, j);
        return r.length >= len && (peak === undefined || r.some((v) => v > peak));
      });
    const reference = (a: number[]): AlertLevel =>
      windowed(a, 3, 200, 300)
        ? 'red'
        : windowed(a, 2, 200) || windowed(a, 3, 150)
          ? 'orange'
          : windowed(a, 1, 200) || windowed(a, 2, 150)
            ? 'yellow'
            : 'none';
    let seed = 29;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const seen = new Set<AlertLevel>();
    for (let k = 0; k < 400; k++) {
      const a = Array.from({ length: 1 + (next() % 10) }, () => 100 + (next() % 260));
      const expected = reference(a);
      seen.add(expected);
      assert.equal(level(a), expected, JSON.stringify(a));
      assert.equal(evaluate(a).outcome, expected === 'none' ? 'ineligible' : 'eligible');
    }
    assert.equal(seen.size, 4);
  });
  test('before the plan took effect (2023-11-13): not in force', () => {
    assert.equal(evaluate([301, 301, 301], parseCalendarDate('2023-11-12')).outcome, 'not_in_force');
  });
  test('facts outside the schema, and impossible dates, are refused naming the field', () => {
    assert.throws(
      () => evaluate([100, 501]),
      (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_FACTS_INVALID',
    );
    assert.throws(
      () => evaluateRule(alertLevelRule, { start: '2023-02-30', dailyAqi: [1] }, asOf, window),
      (e: unknown) => e instanceof ZhengceError && e.field === 'facts.start',
    );
  });
  test('citations verbatim; examples evaluate; every code has wording in both languages', () => {
    alertLevelRule.citations.forEach(assertVerbatim);
    for (const ex of alertLevelRule.examples ?? []) {
      const json = decisionToJson(
        evaluateRule(alertLevelRule, ex.facts, ex.asOf, window),
        alertLevelRule.messages,
      );
      for (const m of [...json.reasons, ...json.trace].map((x) => x.message)) {
        assert.doesNotMatch(`${m.zh} ${m.en}`, /j29\.|\{\w+\}/, JSON.stringify(m));
      }
    }
  });
});
