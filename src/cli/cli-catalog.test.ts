/**
 * The `zhengce` command as a user runs it, part 1: the catalog commands (`policies`, `policy`,
 * `rules`, `schema`) and the program's own options (`--help`, `--version`, unknown input). Every
 * test spawns `node bin/zhengce.js …` from the repository root and checks stdout, stderr and the
 * exit code (0 ok, 2 bad input, 1 fault; docs/cli.md). None of these open the database.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { SEVEN_IDS, STATUS_ON_2026_11_27 } from '../policies/test-fixtures.ts';
import { type CliResult, type ErrorBody, json, runCli } from './test-cli.ts';

const zhengce = (args: readonly string[], stdin = ''): Promise<CliResult> => runCli(args, { stdin });

interface PolicyListing {
  readonly asOf: string;
  readonly policies: readonly { id: string; status: string; statusLabel: { zh: string; en: string } }[];
}

const SEVEN = SEVEN_IDS;

const statuses = (l: PolicyListing) => Object.fromEntries(l.policies.map((p) => [p.id, p.status]));

describe('zhengce policies', { concurrency: true }, () => {
  test('--as-of 2026-11-27 --json: the seven, with 28号 (to 2026-11-01), 30号 and 32号 (to 2025-12-31) expired', async () => {
    const r = await zhengce(['policies', '--as-of', '2026-11-27', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const l = json<PolicyListing>(r);
    assert.equal(l.asOf, '2026-11-27');
    assert.deepEqual(
      l.policies.map((p) => p.id),
      SEVEN,
    );
    assert.deepEqual(statuses(l), STATUS_ON_2026_11_27);
  });

  test('--as-of 2023-11-01: 1309号 (from 10-09) and 1336号 (from 10-17) in force, 28号–32号 not yet', async () => {
    const r = await zhengce(['policies', '--as-of', '2023-11-01', '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(statuses(json<PolicyListing>(r)), {
      'jingfagai-2023-1309': 'in_force',
      'jingfagai-2023-1336': 'in_force',
      'jingjiguanfa-2023-28': 'not_yet',
      'jingjiguanfa-2023-29': 'not_yet',
      'jingjiguanfa-2023-30': 'not_yet',
      'jingjiguanfa-2023-31': 'not_yet',
      'jingjiguanfa-2023-32': 'not_yet',
    });
  });

  test('the text table shows each status in Chinese and English', async () => {
    const r = await zhengce(['policies', '--as-of', '2026-11-27']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /截至 2026-11-27/);
    const row = (id: string) => r.stdout.split('\n').find((l) => l.startsWith(`${id} `)) ?? '';
    assert.match(
      row('jingjiguanfa-2023-28'),
      /京技管发〔2023〕28号\s+已失效 Expired\s+2023-11-02 – 2026-11-01/,
    );
    assert.match(row('jingjiguanfa-2023-31'), /现行有效 In force/);
    assert.match(row('jingjiguanfa-2023-32'), /已失效 Expired/);
    for (const id of SEVEN) assert.notEqual(row(id), '', `no row for ${id}`);
  });

  test('--status expired keeps only the expired ones', async () => {
    const r = await zhengce(['policies', '--as-of', '2026-11-27', '--status', 'expired', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const l = json<PolicyListing>(r);
    assert.deepEqual(
      l.policies.map((p) => p.id),
      ['jingjiguanfa-2023-28', 'jingjiguanfa-2023-30', 'jingjiguanfa-2023-32'],
    );
    assert.ok(l.policies.every((p) => p.statusLabel.zh === '已失效'));
  });

  test('a date that does not exist (2024-02-30) exits 2 with ZC_ERR_INVALID_DATE on stdout', async () => {
    const r = await zhengce(['policies', '--as-of', '2024-02-30', '--json']);
    assert.equal(r.code, 2);
    const e = json<ErrorBody>(r).error;
    assert.equal(e.code, 'ZC_ERR_INVALID_DATE');
    assert.equal(e.field, 'asOf');
    assert.equal(e.value, '2024-02-30');
    assert.equal(typeof e.messageZh, 'string');
  });
});

describe('zhengce policy', { concurrency: true }, () => {
  test('<id> --json: metadata, status as of the date, the clause outline and the rules', async () => {
    const r = await zhengce(['policy', 'jingjiguanfa-2023-32', '--as-of', '2024-06-30', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const p = json<{
      id: string;
      number: string;
      status: string;
      outline: { clause: string; heading?: string; text: string }[];
      rules: { id: string }[];
    }>(r);
    assert.equal(p.id, 'jingjiguanfa-2023-32');
    assert.equal(p.number, '京技管发〔2023〕32号');
    assert.equal(p.status, 'in_force');
    assert.ok(p.outline.length >= 10, `outline has ${p.outline.length} nodes`);
    const art5 = p.outline.find((n) => n.clause === '第五条');
    assert.equal(art5?.heading, '实施“创新成长计划”');
    // 32号 第五条, verbatim from the gazette.
    assert.ok(art5?.text.includes('按照最高1.5元/平方米/天,总面积不超过500平方米的标准给予房租补贴支持'));
    assert.ok(p.rules.some((x) => x.id === 'jingjiguanfa-2023-32/art-05-rent'));
    assert.ok(p.rules.every((x) => x.id.startsWith('jingjiguanfa-2023-32/')));
  });

  test("--clause '第一章 一（十三）' prints that clause's text, its items and nothing after", async () => {
    const r = await zhengce(['policy', 'jingjiguanfa-2023-31', '--clause', '第一章 一（十三）']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines[0], '（十三）企业自有燃油燃气商用车置换为电动或氢能源等新能源商用车项目');
    // 31号 第一章 一（十三）, verbatim from the gazette (../shared/gazette, 31号 line 93).
    assert.ok(
      r.stdout.includes(
        '置换新能源车的企业，按照淘汰或转出的燃油燃气车数量和置换的新能源车数量，两者取小值确定奖励车辆规模。',
      ),
    );
    assert.match(lines.at(-1) ?? '', /^3\. 燃油燃气专项作业车置换为新能源专项作业车的/);
    assert.ok(!r.stdout.includes('（十四）'), 'the next clause leaked into the output');
  });

  test('an unknown policy exits 2 with ZC_ERR_POLICY_NOT_FOUND on stderr (text mode)', async () => {
    const r = await zhengce(['policy', 'jingjiguanfa-2023-99']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^ZC_ERR_POLICY_NOT_FOUND: policyId: "jingjiguanfa-2023-99"/);
    assert.match(r.stderr, /不是已收录的政策文件/);
  });

  test('an unknown clause exits 2 with ZC_ERR_CLAUSE_NOT_FOUND naming the field', async () => {
    const r = await zhengce(['policy', 'jingjiguanfa-2023-31', '--clause', '第九章 一（一）', '--json']);
    assert.equal(r.code, 2);
    const e = json<ErrorBody>(r).error;
    assert.equal(e.code, 'ZC_ERR_CLAUSE_NOT_FOUND');
    assert.equal(e.field, 'clause');
    assert.equal(e.value, '第九章 一（一）');
  });
});

describe('zhengce rules and schema', { concurrency: true }, () => {
  test('rules --json lists the 32号 rent subsidy with its citation and validity', async () => {
    const r = await zhengce(['rules', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const { rules } = json<{
      rules: { id: string; citations: { clause: string }[]; validity: { from: string; to?: string } }[];
    }>(r);
    const rent = rules.find((x) => x.id === 'jingjiguanfa-2023-32/art-05-rent');
    assert.ok(rent, 'art-05-rent missing');
    assert.equal(rent.citations[0]?.clause, '第五条');
    assert.deepEqual(rent.validity, { from: '2023-11-29', to: '2025-12-31' });
  });

  test('schema <ruleId> prints the facts JSON Schema', async () => {
    const r = await zhengce(['schema', 'jingjiguanfa-2023-32/art-05-rent']);
    assert.equal(r.code, 0, r.stderr);
    const s = json<{ type: string; required: string[]; properties: Record<string, unknown> }>(r);
    assert.equal(s.type, 'object');
    for (const f of ['rentPerSqmPerDay', 'leasedAreaSqm', 'subsidisedDays']) {
      assert.ok(f in s.properties, `${f} not in properties`);
      assert.ok(s.required.includes(f), `${f} not required`);
    }
  });
});

describe('zhengce itself', { concurrency: true }, () => {
  test('--help exits 0 and lists the commands', async () => {
    const r = await zhengce(['--help']);
    assert.equal(r.code, 0, r.stderr);
    for (const c of [
      'policies',
      'policy',
      'rules',
      'schema',
      'evaluate',
      'db',
      'demo',
      'user',
      'audit',
      'serve',
    ])
      assert.match(r.stdout, new RegExp(`^  ${c} `, 'm'), `${c} not in --help`);
  });

  test('--version prints the version in package.json', async () => {
    const r = await zhengce(['--version']);
    assert.equal(r.code, 0, r.stderr);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    assert.equal(r.stdout, `${pkg.version}\n`);
  });

  test('an unknown command exits 2', async () => {
    const r = await zhengce(['frobnicate']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command 'frobnicate'/);
  });

  test('an unknown option exits 2', async () => {
    const r = await zhengce(['policies', '--frob']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown option '--frob'/);
    assert.equal(r.stdout, '');
  });
});
