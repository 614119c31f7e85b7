/**
 * `zhengce heating …`, `zhengce buildings …` and `zhengce targets` through the bin, on a demo
 * database: the demo's projects and season report (SPF, carbon with the 0.6776 factor), a readings
 * file with a bad row (good rows land, exit 2), the statistics bureau's 2025 figure meeting 1.45 亿
 * m², a checklist item recorded, and bad input exiting 2 naming the field.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type ErrorBody, json, runCli } from './test-cli.ts';

describe('zhengce heating, buildings and targets', () => {
  let dir = '';
  let env: Record<string, string> = {};
  const cli = (args: string[]) => runCli(args, { env });
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zc-hb-cli-'));
    env = { DATABASE_URL: join(dir, 'hb.db') };
    const seeded = await runCli(['demo', 'seed'], { env });
    assert.equal(seeded.code, 0, seeded.stderr);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('the demo projects and their post-evaluation (五(四))', async () => {
    const list = await cli(['heating', 'projects', '--json']);
    assert.equal(list.code, 0, list.stderr);
    const projects = json<{ projects: { code: string; readings: { count: number } }[] }>(list).projects;
    assert.deepEqual(
      projects.map((p) => p.code),
      ['HP-2023-001', 'HP-2024-002', 'HP-2024-003'],
    );
    assert.ok(projects.every((p) => p.readings.count > 40));
    const r = await cli(['heating', 'report', 'HP-2023-001', '--season', '2024-2025', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const report = json<{
      ok: boolean;
      summary: {
        spf: { exact: string };
        totals: { electricityKwh: { exact: string } };
        carbon: { kgCo2: { exact: string }; factor: { value: string; platformParameter: boolean } };
        monthly: { month: string }[];
      };
    }>(r);
    assert.equal(report.ok, true);
    assert.deepEqual(report.summary.carbon.factor, {
      ...report.summary.carbon.factor,
      value: '0.6776',
      platformParameter: true,
    });
    // Carbon = electricity × 0.6776 exactly.
    const kwh = Number(report.summary.totals.electricityKwh.exact);
    assert.ok(Math.abs(Number(report.summary.carbon.kgCo2.exact) - kwh * 0.6776) < 0.01);
    assert.deepEqual(
      report.summary.monthly.map((m) => m.month),
      ['2024-11', '2024-12', '2025-01', '2025-02', '2025-03'],
    );
    const text = await cli(['heating', 'report', 'HP-2024-003', '--season', '2024-2025']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /SPF \d\.\d\d/);
    assert.match(text.stderr, /96\.00 hours after the previous reading/);
    const empty = await cli(['heating', 'report', 'HP-2023-001', '--season', '2022-2023']);
    assert.equal(empty.code, 2);
    assert.match(empty.stdout, /readings have errors/);
  });

  test('readings import: good rows land, bad rows are reported, exit 2', async () => {
    const file = join(dir, 'readings.csv');
    writeFileSync(
      file,
      [
        'projectCode,at,electricityKwh,heatGj,waterM3',
        'HP-2024-002,2025-11-15T00:00:00+08:00,500000,9000,3000',
        'HP-2024-002,2025-11-16T00:00:00+08:00,503000,9055,3014',
        'HP-2024-002,2025-11-17T00:00:00+08:00,abc,9100,3020',
      ].join('\n'),
    );
    const r = await cli(['heating', 'readings', 'import', file, '--json']);
    assert.equal(r.code, 2);
    const body = json<{ added: number; errors: { row: number; field: string }[] }>(r);
    assert.equal(body.added, 2);
    assert.deepEqual(
      body.errors.map((e) => [e.row, e.field]),
      [[4, 'electricityKwh']],
    );
  });

  test('一(三) a 2025 figure of 1.46 亿 m² meets the area target; 四 is measured at 2025-12-31', async () => {
    const set = await cli([
      'heating',
      'figures',
      'set',
      '2025',
      '--new-energy',
      '146000000',
      '--total',
      '1000000000',
      '--json',
    ]);
    assert.equal(set.code, 0, set.stderr);
    const t = await cli(['targets', '--as-of', '2026-01-10', '--json']);
    assert.equal(t.code, 0, t.stderr);
    const body = json<{
      heating: { progress: { kind: string; points: { year: number; achieved: boolean }[] }[] };
      buildings: { report: { status: string; measuredOn: string } };
    }>(t);
    const area = body.heating.progress.find((p) => p.kind === 'area')!;
    assert.deepEqual(area.points.at(-1), { ...area.points.at(-1), year: 2025, achieved: true });
    assert.deepEqual(
      [body.buildings.report.status, body.buildings.report.measuredOn],
      ['expired', '2025-12-31'],
    );
  });

  test('buildings: the checklist of the demo school, one item recorded', async () => {
    const before = json<{ missing: string[] }>(
      await cli(['buildings', 'checklist', 'BP-2024-01', '--as-of', '2025-06-30', '--json']),
    );
    assert.ok(before.missing.includes('construction.standards'));
    const r = await cli([
      'buildings',
      'record',
      'BP-2024-01',
      'construction.standards',
      '--note',
      '抽查合格',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const after = json<{ missing: string[] }>(
      await cli(['buildings', 'checklist', 'BP-2024-01', '--as-of', '2025-06-30', '--json']),
    );
    assert.equal(after.missing.length, before.missing.length - 1);
  });

  test('register a heating and a building project from JSON on stdin', async () => {
    const heat = {
      code: 'HP-CLI-1',
      name: '【演示】污水源热泵站',
      technology: 'sewage_source',
      heatedAreaM2: '90000',
    };
    const r = await runCli(['heating', 'register', '--json'], { env, stdin: JSON.stringify(heat) });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(json<{ department: string }>(r).department, 'beijing-urban-management');
    const bad = await runCli(['heating', 'register', '--json'], {
      env,
      stdin: JSON.stringify({ ...heat, code: 'HP-CLI-2', technology: 'coal' }),
    });
    assert.equal(bad.code, 2);
    assert.equal(json<ErrorBody>(bad).error.field, 'technology');
    const building = {
      code: 'BP-CLI-1',
      name: '【演示】专家公寓',
      facts: {
        location: 'etdz_60',
        projectKind: 'new',
        buildingClass: 'civil',
        use: 'expert_apartment',
        investor: 'social',
        centrallyBuilt: true,
        approvalDate: '2025-03-01',
      },
      gate: { investmentPromotion: false, landSupply: 'transfer' },
      targetKind: 'ule_new_building',
      areaSqm: '28000',
    };
    const b = await runCli(['buildings', 'register'], { env, stdin: JSON.stringify(building) });
    assert.equal(b.code, 0, b.stderr);
    assert.match(b.stdout, /BP-CLI-1 registered/);
    const c = json<{ requirement: { outcome: string }; missing: string[] }>(
      await cli(['buildings', 'checklist', 'BP-CLI-1', '--json']),
    );
    // Centrally built expert apartments are ultra-low-energy buildings (四(二)).
    assert.equal(c.requirement.outcome, 'eligible');
    assert.ok(c.missing.includes('design.ule-performance'));
  });

  test('bad input names the field and exits 2', async () => {
    const r = await cli(['heating', 'report', 'HP-2023-001', '--season', '2024', '--json']);
    assert.equal(r.code, 2);
    assert.equal(json<ErrorBody>(r).error.field, 'season');
    const item = await cli(['buildings', 'record', 'BP-2024-01', 'design.nothing', '--json']);
    assert.equal(item.code, 2);
    assert.equal(json<ErrorBody>(item).error.field, 'itemId');
  });
});
