/**
 * @module web/lib/air-aqi.test
 * The calculator offers each edition's indicators and sends only what was filled, as text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  aqiBody,
  averaging,
  editionFor,
  indicatorsFor,
  noteParams,
  pollutantSymbol,
  unitOf,
} from './air-aqi.ts';

test('the date of the data chooses the edition (HJ 633-2026 from 2026-03-01)', () => {
  assert.equal(editionFor('2026-02-28'), '2012');
  assert.equal(editionFor('2026-03-01'), '2026');
});

test('O₃ 1-hour is a daily indicator only before 2026-03-01', () => {
  assert.ok(indicatorsFor('2026-02-28', 'daily').includes('o3_1h'));
  assert.ok(!indicatorsFor('2026-03-01', 'daily').includes('o3_1h'));
  assert.equal(indicatorsFor('2026-03-01', 'daily').length, 6);
  assert.deepEqual([...indicatorsFor('2026-11-28', 'hourly')].sort(), [
    'co_1h',
    'no2_1h',
    'o3_1h',
    'pm10_1h',
    'pm25_1h',
    'so2_1h',
  ]);
  // 2012 real-time: PM by its 24-hour moving mean, never a 1-hour PM value.
  assert.ok(!indicatorsFor('2025-12-01', 'hourly').includes('pm25_1h'));
});

test('names and units', () => {
  assert.equal(pollutantSymbol('pm25_24h'), 'PM2.5');
  assert.equal(pollutantSymbol('o3_8h'), 'O₃');
  assert.equal(pollutantSymbol('so2_1h'), 'SO₂');
  assert.equal(averaging('o3_8h'), '8h');
  assert.equal(averaging('pm10_24h'), '24h');
  assert.equal(unitOf('co_24h'), 'mg/m³');
  assert.equal(unitOf('no2_1h'), 'µg/m³');
});

test('only filled inputs are sent, as trimmed decimal text', () => {
  const keys = indicatorsFor('2026-11-28', 'daily');
  const r = aqiBody(keys, { pm25_24h: ' 35.5 ', pm10_24h: '', co_24h: '１．２', o3_8h: '80.', so2_1h: '9' });
  assert.deepEqual(r.body, { pm25_24h: '35.5', co_24h: '1.2', o3_8h: '80' });
  assert.deepEqual(r.invalid, []);
});

test('text that is no non-negative number is marked, not sent', () => {
  const r = aqiBody(['pm25_24h', 'pm10_24h', 'no2_24h'], { pm25_24h: '-3', pm10_24h: 'abc', no2_24h: '1e3' });
  assert.deepEqual(r.body, {});
  assert.deepEqual(r.invalid, ['pm25_24h', 'pm10_24h', 'no2_24h']);
});

test('note parameters name indicators and join lists', () => {
  const label = (k: string) => `<${k}>`;
  assert.deepEqual(noteParams({ missing: ['so2_24h', 'co_24h'], aqi: 80 }, label, '、'), {
    missing: '<so2_24h>、<co_24h>',
    aqi: '80',
  });
  assert.deepEqual(noteParams({ indicator: 'so2_1h', limit: '800 µg/m³', for: undefined }, label, ', '), {
    indicator: '<so2_1h>',
    limit: '800 µg/m³',
    for: '',
  });
});
