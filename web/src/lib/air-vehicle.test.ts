/**
 * @module web/lib/air-vehicle.test
 * The vehicle check's body and the order of its reasons.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { VehicleReason } from './air-types.ts';
import { orderReasons, vehicleBody, vehicleFieldOf } from './air-vehicle.ts';

test('the plate is sent without spaces or dots, letters in capitals', () => {
  const body = vehicleBody({
    plate: ' 京a·123 45 ',
    date: '2026-11-28',
    alertLevel: 'orange',
    vehicleClass: 'heavy_truck',
    fuel: 'diesel',
    emissionStandard: 4,
    officialVehicle: false,
    supplyExempt: true,
  });
  assert.equal(body.plate, '京A12345');
  assert.equal(body.supplyExempt, true);
  assert.equal(body.emissionStandard, 4);
});

const reason = (code: string, passed: boolean | null): VehicleReason => ({
  code,
  passed,
  citation: null,
  message: { zh: code, en: code },
  params: {},
});

test('reasons that stop the vehicle come first, then undecided, then passed', () => {
  const order = orderReasons(
    [reason('a', true), reason('b', null), reason('c', false), reason('d', true), reason('e', false)],
    ['e'],
  ).map((r) => r.code);
  assert.deepEqual(order, ['e', 'c', 'b', 'a', 'd']);
});

test('an API error field names a form field', () => {
  assert.equal(vehicleFieldOf('plate'), 'plate');
  assert.equal(vehicleFieldOf('facts.fuel'), 'fuel');
  assert.equal(vehicleFieldOf('vehicles[0].date'), 'date');
  assert.equal(vehicleFieldOf('input'), null);
  assert.equal(vehicleFieldOf(null), null);
});
