/**
 * The air-pollution commands as a user runs them (issue #3 "Interfaces that must hold exactly"):
 * `aqi`, `alert-level` and `vehicle-check` with JSON on stdin; exit 2 and the error body on bad input.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type ErrorBody, json, runCli } from './test-cli.ts';

describe('zhengce aqi / alert-level / vehicle-check', { concurrency: true }, () => {
  test('aqi --date --mode --json answers {standard, aqi, iaqi, primary, level, category, color}', async () => {
    // HJ 633-2026 (data dated 2026-12-01): PM2.5 24-h 115 µg/m³ is the IAQI-150 breakpoint (表3) → 150.
    const r = await runCli(['aqi', '--date', '2026-12-01', '--mode', 'daily', '--json'], {
      stdin: '{"pm25_24h":115,"pm10_24h":50}',
    });
    assert.equal(r.code, 0, r.stderr);
    const a = json<{
      standard: string;
      aqi: number;
      iaqi: Record<string, number>;
      primary: string[];
      level: number;
      category: { zh: string; en: string };
      color: { name: unknown; rgb: number[] };
    }>(r);
    assert.equal(a.standard, 'HJ 633-2026');
    assert.equal(a.aqi, 150);
    assert.equal(a.iaqi.pm25_24h, 150);
    assert.deepEqual(a.primary, ['pm25_24h']);
    assert.equal(a.level, 3);
    assert.equal(a.category.zh, '轻度污染');
  });

  test('aqi with a value above the table exits 2 naming the indicator', async () => {
    const r = await runCli(['aqi', '--date', '2025-12-01', '--json'], { stdin: '{"pm25_24h":600}' });
    assert.equal(r.code, 2);
    assert.equal(json<ErrorBody>(r).error.field, 'pm25_24h');
  });

  test('alert-level --jsonl answers one line per forecast', async () => {
    // 二(一): [201] is yellow (one day above 200); [201,301,201] red (3 days above 200 with one above 300).
    const r = await runCli(['alert-level', '--jsonl'], {
      stdin: '{"start":"2026-12-01","dailyAqi":[201]}\n{"start":"2026-12-01","dailyAqi":[201,301,201]}\n',
    });
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { level: string; response: string | null });
    assert.deepEqual(
      out.map((x) => [x.level, x.response]),
      [
        ['yellow', 'III'],
        ['red', 'I'],
      ],
    );
  });

  test('vehicle-check: a pure-electric car drives on a red day whatever its plate (三(三)3)', async () => {
    const car = {
      plate: '京AD12345',
      date: '2026-12-02',
      alertLevel: 'red',
      vehicleClass: 'light_passenger',
      fuel: 'electric',
      emissionStandard: 6,
      officialVehicle: false,
      supplyExempt: false,
    };
    const r = await runCli(['vehicle-check', '--json'], { stdin: JSON.stringify(car) });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(json<{ mayDrive: boolean }>(r).mayDrive, true);
    const bad = await runCli(['vehicle-check', '--json'], {
      stdin: JSON.stringify({ ...car, emissionStandard: 7 }),
    });
    assert.equal(bad.code, 2);
    assert.equal(json<ErrorBody>(bad).error.field, 'emissionStandard');
  });

  test('alerts issue → outbox drain → alerts receipts, on a fresh database; a second issue is a conflict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zc-cli-air-'));
    const env = { DATABASE_URL: join(dir, 'air.db') };
    try {
      const issued = await runCli(
        [
          'alerts',
          'issue',
          '--number',
          '京重污染〔2026〕3号',
          '--level',
          'red',
          '--starts-at',
          '2026-12-01T20:00+08:00',
          '--json',
        ],
        { env },
      );
      assert.equal(issued.code, 0, issued.stderr);
      assert.deepEqual(
        [
          json<{ level: string; response: string; receipts: { total: number } }>(issued).level,
          json<{ response: string }>(issued).response,
          json<{ receipts: { total: number } }>(issued).receipts.total,
        ],
        ['red', 'I', 17],
      );
      const drained = await runCli(['outbox', 'drain', '--json'], { env });
      assert.deepEqual(json(drained), { delivered: 17, pending: 0 });
      const board = await runCli(['alerts', 'receipts', '1', '--json'], { env });
      assert.equal(json<{ summary: { pending: number } }>(board).summary.pending, 17);
      const again = await runCli(
        [
          'alerts',
          'issue',
          '--number',
          'x',
          '--level',
          'red',
          '--starts-at',
          '2026-12-01T20:00+08:00',
          '--json',
        ],
        { env },
      );
      assert.equal(again.code, 2);
      assert.equal(json<ErrorBody>(again).error.code, 'ZC_ERR_CONFLICT');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
