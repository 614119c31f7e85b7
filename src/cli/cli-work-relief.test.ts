/**
 * `zhengce work-relief …` through the bin, as an operator uses it on a demo database (two
 * districts): the projects, an import of workers with bad rows (the good rows land, exit 2, each
 * bad row on stderr), a month's attendance imported, the ledger printed and written as the clerk's
 * workbook, the checks and the annual review; bad input exits 2 naming the field. The data key
 * comes from ZHENGCE_DATA_KEY, so nothing is written outside the temporary folder.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { shanghaiDate } from '../engine/period.ts';
import { testCard, testId } from '../services/work-relief/test-setup.ts';
import { type ErrorBody, json, runCli } from './test-cli.ts';

/** The month `n` months before this one (the demo follows the clock: three months before this one). */
function monthBefore(n: number): string {
  const t = shanghaiDate(new Date());
  const m = Number(t.slice(0, 4)) * 12 + Number(t.slice(5, 7)) - 1 - n;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}
/** A month the demo has confirmed and paid, and the plan year of its projects. */
const SETTLED = monthBefore(2);
const YEAR = monthBefore(3).slice(0, 4);

describe('zhengce work-relief', () => {
  let dir: string;
  let env: Record<string, string>;
  const zhengce = (args: readonly string[]) => runCli(args, { env });
  let projectId: number;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zhengce-wr-'));
    env = { DATABASE_URL: join(dir, 'zhengce.db'), ZHENGCE_DATA_KEY: randomBytes(32).toString('base64') };
    const seed = await zhengce(['demo', 'seed', '--json']);
    assert.equal(seed.code, 0, seed.stderr);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('projects of both demo districts', async () => {
    const r = await zhengce(['work-relief', 'projects', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const { projects } = json<{ projects: { id: number; code: string; district: string }[] }>(r);
    assert.deepEqual([...new Set(projects.map((p) => p.district))].sort(), [
      'fangshan-district',
      'mentougou-district',
    ]);
    projectId = projects.find((p) => p.code.startsWith('FS-') && p.code.endsWith('-01'))!.id;
    const one = await zhengce(['work-relief', 'projects', '--district', 'mentougou-district']);
    assert.match(one.stdout, /MTG-/);
    assert.doesNotMatch(one.stdout, /FS-/);
  });

  test('workers import: good rows land, bad rows on stderr, exit 2', async () => {
    const good = testId('110111', '19860606', 61);
    const file = join(dir, 'workers.csv');
    writeFileSync(
      file,
      [
        '姓名,身份证号,行政村,银行卡号',
        `【演示】新人,${good},青龙湖村,${testCard(900)}`,
        `【演示】错号,${good.slice(0, 17)}Y,青龙湖村,${testCard(901)}`,
      ].join('\n'),
    );
    const r = await zhengce([
      'work-relief',
      'workers',
      'import',
      file,
      '--project',
      String(projectId),
      '--json',
    ]);
    assert.equal(r.code, 2);
    const body = json<{ registered: number; enrolled: number; errors: { row: number; field: string }[] }>(r);
    assert.deepEqual(
      [body.registered, body.enrolled, body.errors.map((e) => [e.row, e.field])],
      [1, 1, [[3, 'residentId']]],
    );
    assert.match(r.stderr, /^row 3 residentId: /m);
    assert.ok(!r.stdout.includes(good) && !r.stderr.includes(good));
  });

  test('attendance import, the ledger and its workbook', async () => {
    const workers = await zhengce([
      'work-relief',
      'ledger',
      '--project',
      String(projectId),
      '--period',
      '2026-11',
      '--json',
    ]);
    assert.equal(workers.code, 0, workers.stderr);
    const file = join(dir, 'att.csv');
    writeFileSync(file, ['编号,姓名,月份,1,2,3', '999999,无人,2026-11,√,√,√'].join('\n'));
    const bad = await zhengce([
      'work-relief',
      'attendance',
      'import',
      file,
      '--project',
      String(projectId),
      '--json',
    ]);
    assert.equal(bad.code, 2);
    assert.deepEqual(
      json<{ rows: number; errors: { row: number; field: string }[] }>(bad).errors.map((e) => [
        e.row,
        e.field,
      ]),
      [[2, 'workerId']],
    );
    const text = await zhengce([
      'work-relief',
      'ledger',
      '--project',
      String(projectId),
      '--period',
      SETTLED,
    ]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /110111\*{8}/);
    assert.match(text.stdout, /total \/ 合计: due \d+\.\d\d/);
    const out = join(dir, 'ledger.xlsx');
    const x = await zhengce([
      'work-relief',
      'ledger',
      '--project',
      String(projectId),
      '--period',
      SETTLED,
      '--xlsx',
      out,
    ]);
    assert.equal(x.code, 0, x.stderr);
    assert.ok(existsSync(out));
  });

  test('checks and the annual review', async () => {
    const c = await zhengce(['work-relief', 'checks', '--json']);
    assert.equal(c.code, 0, c.stderr);
    const rules = new Set(json<{ findings: { ruleId: string }[] }>(c).findings.map((f) => f.ruleId));
    assert.ok(rules.has('jingfagai-2023-1336/target-population'));
    const r = await zhengce(['work-relief', 'review', '--year', YEAR, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(json<{ districts: unknown[] }>(r).districts.length, 2);
    const t = await zhengce(['work-relief', 'review', '--year', YEAR]);
    assert.match(t.stdout, /fangshan-district/);
    assert.match(t.stdout, /total \/ 合计/);
  });

  test('bad input exits 2 naming the field', async () => {
    const r = await zhengce([
      'work-relief',
      'ledger',
      '--project',
      String(projectId),
      '--period',
      '2026-13',
      '--json',
    ]);
    assert.equal(r.code, 2);
    assert.deepEqual(
      [json<ErrorBody>(r).error.code, json<ErrorBody>(r).error.field],
      ['ZC_ERR_INVALID_INPUT', 'period'],
    );
    const p = await zhengce(['work-relief', 'ledger', '--project', 'x', '--period', '2026-10', '--json']);
    assert.equal(json<ErrorBody>(p).error.field, '--project');
  });
});
