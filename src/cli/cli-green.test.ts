/**
 * `zhengce match` and `zhengce grants import|run|approve` through the bin, as an operator uses
 * them: the calculator on a profile from stdin (第一章 一（一）, 从高从优不重复), and a 免申即享 list
 * imported, run twice (never granted twice) and approved, on a demo database.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { creditCodeCheckChar } from '../engine/identifiers.ts';
import { EXAMPLE_COMMON } from '../policies/jingjiguanfa-2023-31/example-facts.ts';
import { generateDemoEnterprises } from '../services/demo/demo-enterprises.ts';
import { demoStanding } from '../services/demo/green-demo.ts';
import { type ErrorBody, json, runCli } from './test-cli.ts';

const PROJECT = {
  projectCompleted: true,
  paidIncludingTax: '1130000',
  totalInvestmentIncludingTax: '1130000',
  threeSimultaneousProject: false,
  dataCentre: false,
  builtWithGovernmentFunds: false,
  usesHighTechProduct: false,
  usesFirstSet: true,
};

describe('zhengce match', () => {
  test('第二章 二（三）: items 1 and 12 for one project — the higher wins, the other is superseded', async () => {
    // Item 1: 1,000,000 × (30% + 10% 首台套) = 400,000; item 12 (same rate, 800,000 paid) = 320,000.
    const profile = {
      enterprise: EXAMPLE_COMMON,
      projects: [
        {
          id: 'p1',
          facts: PROJECT,
          candidates: [
            { item: 1, facts: { enterprise: true, airPollutant: 'vocs', paymentExcludingTax: '1000000' } },
            {
              item: 'item-12',
              facts: { enterprise: true, projectKind: 'noise', paymentExcludingTax: '800000' },
            },
          ],
        },
      ],
    };
    const r = await runCli(['match', '--as-of', '2026-03-01', '--json'], { stdin: JSON.stringify(profile) });
    const body = json<{
      total: string;
      projects: { winner: string; entries: { item: number; status: string; supersededBy?: string }[] }[];
    }>(r);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(body.total, '400000.00');
    assert.equal(body.projects[0]?.winner, 'jingjiguanfa-2023-31/item-01');
    assert.deepEqual(
      body.projects[0]?.entries.map((e) => [e.item, e.status, e.supersededBy ?? null]),
      [
        [1, 'winner', null],
        [12, 'superseded', 'jingjiguanfa-2023-31/item-01'],
      ],
    );
  });

  test('bad input names the field and exits 2', async () => {
    const r = await runCli(['match', '--json'], {
      stdin: JSON.stringify({ enterprise: {}, projects: [{ id: 'p', candidates: [{ item: 28 }] }] }),
    });
    assert.equal(r.code, 2);
    assert.equal(json<ErrorBody>(r).error.field, 'profile.projects[0].candidates[0].item');
  });
});

describe('zhengce grants', () => {
  let dir = '';
  let env: Record<string, string> = {};
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zc-green-cli-'));
    env = { DATABASE_URL: join(dir, 'green.db') };
    const seeded = await runCli(['demo', 'seed'], { env });
    assert.equal(seeded.code, 0, seeded.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('第一章 一（九）: import a list, run it twice, approve', async () => {
    const clean = generateDemoEnterprises().filter(
      (e) =>
        e.area === 'etdz_60' &&
        creditCodeCheckChar(e.creditCode.slice(0, 17)) === e.creditCode[17] &&
        !demoStanding(e.creditCode).majorAdministrativePenaltyWithin3Years,
    );
    const [a, b] = clean.slice(-2);
    const file = join(dir, 'pilots.csv');
    const listed = json<{ kinds: Record<string, { item: number }> }>(
      await runCli(['grants', 'list', '--json'], { env }),
    );
    assert.equal(listed.kinds['low-carbon-pilot']?.item, 9);
    // "对获得北京市生态环境局公布的先进低碳技术试点优秀项目给予一次性 50 万元奖励": 2 × 500,000 元.
    writeFileSync(
      file,
      [
        'creditCode,projectRef,projectName,listed,listedProject',
        `${a!.creditCode},P1,【演示】低碳试点一,是,【演示】园区综合能源低碳技术集成`,
        `${b!.creditCode},P2,【演示】低碳试点二,是,【演示】厂房光储直柔改造`,
      ].join('\n'),
    );
    const imp = await runCli(['grants', 'import', file, '--kind', 'low-carbon-pilot', '--json'], { env });
    const imported = json<{ listId: number; added: number; errors: unknown[] }>(imp);
    assert.deepEqual([imp.code, imported.added, imported.errors], [0, 2, []], imp.stdout);
    const run = json<{ id: number; summary: { granted: number; total: string } }>(
      await runCli(['grants', 'run', '--lists', String(imported.listId), '--as-of', '2026-03-01', '--json'], {
        env,
      }),
    );
    assert.deepEqual([run.summary.granted, run.summary.total], [2, '1000000.00']);
    const again = await runCli(
      ['grants', 'run', '--lists', String(imported.listId), '--as-of', '2026-03-01'],
      { env },
    );
    assert.match(again.stdout, /granted 0, already granted 2/);
    const ok = await runCli(['grants', 'approve', String(run.id)], { env });
    assert.match(ok.stdout, /approved \(2 awards\)/);
    const twice = await runCli(['grants', 'approve', String(run.id), '--json'], { env });
    assert.equal(twice.code, 2);
    assert.equal(json<ErrorBody>(twice).error.code, 'ZC_ERR_CONFLICT');
  });
});
