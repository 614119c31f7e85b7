/**
 * The air-pollution routes through `app.inject()`: the interfaces of issue #3 that must hold
 * exactly, and their 400 answers naming the field.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testStores } from '../store/test-stores.ts';
import { json, openTestApp, type TestApp } from './test-app.ts';

type Err = { error: { code: string; field: string | null } };

describe('air routes', () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp(testStores()[0]!);
  });
  after(async () => {
    await t?.close();
  });
  const post = (url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, payload: payload as object });

  test('aqi: the edition follows the date of the data (PM2.5 60 µg/m³: 82 under 2012, 100 under 2026)', async () => {
    // HJ 633-2012: segment 35→75 µg/m³ maps IAQI 50→100: 50 + (60−35)×50/40 = 81.25 → 82 (rounded up).
    // HJ 633-2026: the IAQI-100 breakpoint of PM2.5 is 60 µg/m³, so IAQI = 100.
    const a = json<{ standard: string; aqi: number; primary: string[]; level: number }>(
      await post('/api/v1/air/aqi?date=2026-02-28', { pm25_24h: 60 }),
    );
    const b = json<{
      standard: string;
      aqi: number;
      level: number;
      category: { zh: string };
      color: { rgb: number[] };
    }>(await post('/api/v1/air/aqi?date=2026-03-01', { pm25_24h: 60 }));
    assert.deepEqual([a.standard, a.aqi, a.primary, a.level], ['HJ 633-2012', 82, ['pm25_24h'], 2]);
    assert.deepEqual([b.standard, b.aqi, b.level, b.category.zh], ['HJ 633-2026', 100, 2, '良']);
    assert.equal(b.color.rgb.length, 3);
  });

  test('aqi: bad input is 400 naming the indicator', async () => {
    const cases: [string, unknown, string][] = [
      ['/api/v1/air/aqi?date=2026-03-01', { pm25_24h: -1 }, 'pm25_24h'],
      ['/api/v1/air/aqi?date=2026-03-01', { pm25_24h: 'lots' }, 'pm25_24h'],
      ['/api/v1/air/aqi?date=2026-03-01', { pm25_24h: 501 }, 'pm25_24h'],
      ['/api/v1/air/aqi?date=2026-02-30', { pm25_24h: 50 }, 'date'],
    ];
    for (const [url, body, field] of cases) {
      const r = await post(url, body);
      assert.equal(r.statusCode, 400, JSON.stringify(body));
      assert.equal(json<Err>(r).error.field, field);
    }
    assert.equal((await post('/api/v1/air/aqi?mode=weekly', { pm25_24h: 5 })).statusCode, 400);
  });

  test('alert-level: two consecutive days above 200 are orange (二(一)2), response II', async () => {
    const r = json<{ level: string; response: string; reason: { run: { from: string; days: number } } }>(
      await post('/api/v1/air/alert-level', { start: '2026-12-01', dailyAqi: [150, 201, 250, 180] }),
    );
    assert.deepEqual(
      [r.level, r.response, r.reason.run.from, r.reason.run.days],
      ['orange', 'II', '2026-12-02', 2],
    );
    const bad = await post('/api/v1/air/alert-level', { start: '2026-12-01', dailyAqi: [150, 'x'] });
    assert.equal(bad.statusCode, 400);
    assert.equal(json<Err>(bad).error.field, 'dailyAqi[1]');
  });

  test('vehicle-check: a China II gasoline car may not drive in an orange alert (三(二)3)', async () => {
    const r = json<{ mayDrive: boolean; reasons: { code: string; citation: { clause: string } | null }[] }>(
      await post('/api/v1/air/vehicle-check', {
        plate: '京N12346',
        date: '2026-12-02',
        alertLevel: 'orange',
        vehicleClass: 'light_passenger',
        fuel: 'gasoline',
        emissionStandard: 2,
        officialVehicle: false,
        supplyExempt: false,
      }),
    );
    assert.equal(r.mayDrive, false);
    assert.ok(r.reasons.some((x) => x.citation?.clause === '三(二)3'));
    const bad = await post('/api/v1/air/vehicle-check', {
      plate: '京N12346',
      date: '2026-12-02',
      alertLevel: 'purple',
    });
    assert.equal(bad.statusCode, 400);
  });

  test('fleet-plan: ten official vehicles on a red day stop a further ⌈30% × 10⌉ = 3', async () => {
    const vehicles = Array.from({ length: 10 }, (_, i) => ({
      plate: `京A1000${i}`,
      fuel: 'gasoline',
      emissionStandard: 6,
      vehicleClass: 'light_passenger',
    }));
    const p = json<{ total: number; quota: number }>(
      await post('/api/v1/air/fleet-plan', { date: '2026-12-02', alertLevel: 'red', vehicles }),
    );
    assert.deepEqual([p.total, p.quota], [10, 3]);
  });

  test('measures of a level and what changes when it is raised; the 17 member units with duties', async () => {
    const red = json<{ measures: { measure: { group: string } }[] }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/air/measures?level=red' }),
    );
    assert.ok(red.measures.length > 0);
    const up = json<{ direction: string; added: unknown[] }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/air/measures?level=red&from=yellow' }),
    );
    assert.equal(up.direction, 'raise');
    assert.ok(up.added.length > 0);
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/v1/air/measures?level=purple' })).statusCode,
      400,
    );
    const units = json<{ units: { duties: unknown[] }[] }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/air/units' }),
    );
    assert.equal(units.units.length, 17);
    assert.ok(units.units.every((u) => u.duties.length > 0));
  });

  test('the routes are in the OpenAPI document', async () => {
    const doc = json<{ paths: Record<string, unknown> }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }),
    );
    for (const p of [
      '/api/v1/air/aqi',
      '/api/v1/air/alert-level',
      '/api/v1/air/vehicle-check',
      '/api/v1/air/fleet-plan',
    ]) {
      assert.ok(p in doc.paths, p);
    }
  });
});
