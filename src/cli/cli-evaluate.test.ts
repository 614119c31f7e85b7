/**
 * The `zhengce` command as a user runs it, part 2: `evaluate`, with facts as one JSON document
 * on stdin (`--json`, text in zh or en) or as JSON Lines (`--jsonl`). Every test spawns
 * `node bin/zhengce.js …` from the repository root and checks stdout, stderr and the exit code.
 * The rule is 京技管发〔2023〕32号 第五条, the Innovation Growth Plan rent subsidy.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RENT_GOLDEN_FACTS } from '../policies/test-fixtures.ts';
import { type CliResult, type ErrorBody, json, runCli } from './test-cli.ts';

const zhengce = (args: readonly string[], stdin: string | null = ''): Promise<CliResult> =>
  runCli(args, { stdin });
const RULE = 'jingjiguanfa-2023-32/art-05-rent';

interface Decision {
  readonly asOf: string;
  readonly outcome: string;
  readonly amount: string | null;
  readonly status?: string;
  readonly validity?: { from: string; to?: string };
  readonly trace: { code: string; result: unknown }[];
  readonly interpretations: string[];
}

const GOLDEN = RENT_GOLDEN_FACTS;
const golden = JSON.stringify(GOLDEN);

describe('zhengce evaluate', { concurrency: true }, () => {
  test('the golden case: rent above the cap on more than 500 m² gets 273750.00 元', async () => {
    // 京技管发〔2023〕32号 第五条: "按照最高1.5元/平方米/天,总面积不超过500平方米的标准给予房租补贴支持,
    // 租金低于1.5元/平方米/天或承租面积少于500平方米的,按照实际租金单价和承租面积计算".
    // min(2.1, 1.5) 元/m²/day × min(800, 500) m² × 365 days = 1.5 × 500 × 365 = 273750 元.
    const r = await zhengce(['evaluate', RULE, '--as-of', '2024-06-30', '--json'], golden);
    assert.equal(r.code, 0, r.stderr);
    const d = json<Decision>(r);
    assert.equal(d.outcome, 'eligible');
    assert.equal(d.amount, '273750.00');
    assert.deepEqual(
      d.trace.map((s) => [s.code, s.result]),
      [
        ['j32.art5.unit_price', '1.5'],
        ['j32.art5.area', '500'],
        ['j32.art5.amount', '273750.00'],
      ],
    );
    assert.deepEqual(d.interpretations, ['D-32-1']);
  });

  test('after 32号 ends (2025-12-31) the rule answers not_in_force, expired, with its dates', async () => {
    const r = await zhengce(['evaluate', RULE, '--as-of', '2026-01-01', '--json'], golden);
    assert.equal(r.code, 0, r.stderr);
    const d = json<Decision>(r);
    assert.equal(d.outcome, 'not_in_force');
    assert.equal(d.status, 'expired');
    assert.equal(d.validity?.to, '2025-12-31');
    assert.equal(d.amount, null);
  });

  test('a negative area ("-3") and a missing area exit 2 with ZC_ERR_FACTS_INVALID on facts.leasedAreaSqm', async () => {
    const { leasedAreaSqm: _, ...missing } = GOLDEN;
    const [neg, gone] = await Promise.all([
      zhengce(
        ['evaluate', RULE, '--as-of', '2024-06-30', '--json'],
        JSON.stringify({ ...GOLDEN, leasedAreaSqm: '-3' }),
      ),
      zhengce(['evaluate', RULE, '--as-of', '2024-06-30', '--json'], JSON.stringify(missing)),
    ]);
    assert.equal(neg.code, 2);
    const e1 = json<ErrorBody>(neg).error;
    assert.equal(e1.code, 'ZC_ERR_FACTS_INVALID');
    assert.equal(e1.field, 'facts.leasedAreaSqm');
    assert.equal(e1.value, '-3');
    assert.equal(gone.code, 2);
    const e2 = json<ErrorBody>(gone).error;
    assert.equal(e2.code, 'ZC_ERR_FACTS_INVALID');
    assert.equal(e2.field, 'facts.leasedAreaSqm');
    assert.deepEqual(
      e2.details?.map((x) => x.field),
      ['facts.leasedAreaSqm'],
    );
  });

  test('stdin that is not JSON exits 2 with ZC_ERR_INVALID_JSON on field stdin', async () => {
    const r = await zhengce(['evaluate', RULE, '--as-of', '2024-06-30', '--json'], '{"leasedAreaSqm": 800,');
    assert.equal(r.code, 2);
    const e = json<ErrorBody>(r).error;
    assert.equal(e.code, 'ZC_ERR_INVALID_JSON');
    assert.equal(e.field, 'stdin');
  });

  test('an unknown rule exits 2 with ZC_ERR_RULE_NOT_FOUND without waiting for stdin', async () => {
    const r = await zhengce(['evaluate', 'jingjiguanfa-2023-32/art-99', '--json'], null);
    assert.equal(r.code, 2);
    const e = json<ErrorBody>(r).error;
    assert.equal(e.code, 'ZC_ERR_RULE_NOT_FOUND');
    assert.equal(e.field, 'ruleId');
    assert.equal(e.value, 'jingjiguanfa-2023-32/art-99');
  });

  test('text output in Chinese by default, English with --lang en', async () => {
    const [zh, en] = await Promise.all([
      zhengce(['evaluate', RULE, '--as-of', '2024-06-30'], golden),
      zhengce(['evaluate', RULE, '--as-of', '2024-06-30', '--lang', 'en'], golden),
    ]);
    assert.equal(zh.code, 0, zh.stderr);
    assert.match(zh.stdout, /^结论: 符合条件 {2}金额: 273750\.00 元$/m);
    assert.match(zh.stdout, /补贴金额 = 1\.5 × 500 × 365 天 = 273750 元/);
    assert.ok(!zh.stdout.includes('Eligible'));
    assert.equal(en.code, 0, en.stderr);
    assert.match(en.stdout, /^Outcome: Eligible {2}Amount: 273750\.00 yuan$/m);
    assert.match(en.stdout, /^Conditions:$/m);
    assert.ok(!en.stdout.includes('符合条件'));
  });
});

describe('zhengce evaluate --jsonl', { concurrency: true }, () => {
  test('one answer per line, in order; a bad line answers with its error and makes the exit 2', async () => {
    const input = [
      golden,
      '{"inInnovationGrowthPlan": tru',
      JSON.stringify({ asOf: '2026-01-01', facts: GOLDEN }),
      '',
    ].join('\n');
    const r = await zhengce(['evaluate', RULE, '--as-of', '2024-06-30', '--jsonl'], input);
    assert.equal(r.code, 2);
    const lines = r.stdout.split('\n');
    assert.equal(lines.pop(), '', 'output ends with a newline');
    assert.equal(lines.length, 3, r.stdout);
    type Line = Partial<Decision> & { line?: number; error?: ErrorBody['error'] };
    const [first, second, third] = lines.map((l) => JSON.parse(l) as Line);
    assert.deepEqual([first?.outcome, first?.amount, first?.asOf], ['eligible', '273750.00', '2024-06-30']);
    assert.deepEqual(
      [second?.line, second?.error?.code, second?.error?.field],
      [2, 'ZC_ERR_INVALID_JSON', 'stdin:2'],
    );
    assert.equal(third?.asOf, '2026-01-01');
    assert.equal(third?.outcome, 'not_in_force');
    assert.match(r.stderr, /^ZC_ERR_INVALID_JSON: stdin:2: /);
  });

  test('all good lines exit 0; blank lines are skipped and a wrapper sets its own date', async () => {
    // 第五条 "按照实际租金单价和承租面积计算": 1.23 × 333.3 × 31 = 12708.729 元 → 12708.73 (half up, D-32-1).
    const small = { ...GOLDEN, rentPerSqmPerDay: '1.23', leasedAreaSqm: '333.3', subsidisedDays: 31 };
    const input = `${JSON.stringify(small)}\n\n${JSON.stringify({ asOf: '2025-12-31', facts: GOLDEN })}\n`;
    const r = await zhengce(['evaluate', RULE, '--as-of', '2024-06-30', '--jsonl'], input);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Decision);
    assert.deepEqual(
      out.map((d) => [d.asOf, d.outcome, d.amount]),
      [
        ['2024-06-30', 'eligible', '12708.73'],
        // The last day of 32号 is still in force.
        ['2025-12-31', 'eligible', '273750.00'],
      ],
    );
  });

  test('an error about the whole run (a bad --as-of) is one JSON line too', async () => {
    const r = await zhengce(['evaluate', RULE, '--as-of', '2024-13-01', '--jsonl'], golden);
    assert.equal(r.code, 2);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1);
    assert.equal((JSON.parse(lines[0]!) as ErrorBody).error.code, 'ZC_ERR_INVALID_DATE');
  });

  test('a reader that stops early ends the run quietly (no EPIPE trace)', async () => {
    const r = await runCli(['evaluate', RULE, '--as-of', '2024-06-30', '--jsonl'], {
      stdin: `${golden}\n`.repeat(3000),
      closeStdoutAfter: 100,
    });
    assert.doesNotMatch(r.stderr, /EPIPE|Error/);
    assert.equal(r.code, 0);
  });
});
