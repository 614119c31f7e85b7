/**
 * Golden tests of the driving rules of 京技管发〔2023〕29号 三(二)3 (orange) and 三(三)3 (red),
 * named by clause, and of the official fleet's extra 30%. Each expected value is worked out from
 * the quoted text in the comment above it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import { ENGINE_MESSAGES, hasMessage } from '../../engine/messages.ts';
import { parseCalendarDate } from '../../engine/period.ts';
import { evaluateRule, validatorFor } from '../../engine/rule.ts';
import { findClause, fullText, getPolicy, policyWindow } from '../index.ts';
import { ceilShare, planOfficialFleet } from './fleet.ts';
import { VEHICLE_MESSAGES } from './vehicle-messages.ts';
import { VEHICLE_CITATIONS, type VehicleCheckResult, vehicleCheck, vehicleCheckRule } from './vehicles.ts';

const ODD = '2024-01-15';
const EVEN = '2024-01-16';
const base = {
  plate: '京A12345',
  date: ODD,
  alertLevel: 'orange',
  vehicleClass: 'light_passenger',
  fuel: 'gasoline',
  emissionStandard: 6,
  officialVehicle: false,
  supplyExempt: false,
};
const emitted = new Set<string>();
const check = (over: object): VehicleCheckResult => {
  const r = vehicleCheck({ ...base, ...over });
  for (const x of r.reasons) emitted.add(x.code);
  return r;
};
const codes = (r: VehicleCheckResult) => r.reasons.map((x) => x.code);
const reason = (r: VehicleCheckResult, code: string) => {
  const found = r.reasons.find((x) => x.code === code);
  assert.ok(found, `expected reason ${code}, got ${codes(r).join(', ')}`);
  return found;
};
const stopsBy = (over: object, code: string, clause: string) => {
  const r = check(over);
  assert.equal(r.mayDrive, false, JSON.stringify(over));
  assert.deepEqual(r.restrictedBy, [code]);
  assert.equal(reason(r, code).citation?.clause, clause);
  return r;
};
const drives = (over: object, ...expected: string[]) => {
  const r = check(over);
  assert.equal(r.mayDrive, true, `${JSON.stringify(over)}: ${r.restrictedBy.join(', ')}`);
  assert.deepEqual(r.restrictedBy, []);
  for (const c of expected) reason(r, c);
  assert.ok(
    codes(r).includes('j29.vehicle.note.other_rules'),
    'a vehicle that may drive is told other rules apply',
  );
  return r;
};
const throwsField = (fn: () => unknown, code: string, field: string) =>
  assert.throws(fn, (e: unknown) => e instanceof ZhengceError && e.code === code && e.field === field);

describe('三(二)3(3) and 三(三)3(3): 国一和国二排放标准轻型汽油车(含驾校教练车)禁止上路行驶', () => {
  test('orange: a China I gasoline car may not drive (三(二)3)', () => {
    const r = stopsBy({ emissionStandard: 1 }, 'j29.vehicle.china12.banned', '三(二)3');
    assert.match(r.reasons.find((x) => x.passed === false)?.message.zh ?? '', /国一/);
  });
  test('red: a China II gasoline light truck may not drive (三(三)3), whatever its tail number', () => {
    stopsBy(
      { alertLevel: 'red', vehicleClass: 'light_truck', emissionStandard: 2 },
      'j29.vehicle.china12.banned',
      '三(三)3',
    );
  });
  test('含驾校教练车: a China II driving-school car (plate 京A1234学) may not drive', () => {
    const r = stopsBy({ plate: '京A1234学', emissionStandard: 2 }, 'j29.vehicle.china12.banned', '三(二)3');
    assert.equal(reason(r, 'j29.vehicle.china12.banned').params.drivingSchool, true);
  });
  test('a gasoline-electric hybrid counts as gasoline (D-29-14)', () => {
    stopsBy({ fuel: 'hybrid', emissionStandard: 2 }, 'j29.vehicle.china12.banned', '三(二)3');
  });
  test('not covered: China III gasoline, China II diesel light car, China I gasoline heavy truck (orange)', () => {
    drives({ emissionStandard: 3 }, 'j29.vehicle.china12.not_applicable');
    drives({ fuel: 'diesel', emissionStandard: 2 }, 'j29.vehicle.china12.not_applicable');
    drives({ vehicleClass: 'heavy_truck', emissionStandard: 1 }, 'j29.vehicle.china12.not_applicable');
  });
  test('red: a China II diesel car is neither banned nor under odd/even — flagged as a gap (D-29-16)', () => {
    const r = drives({ alertLevel: 'red', fuel: 'diesel', emissionStandard: 2, plate: '京A12346' });
    reason(r, 'j29.vehicle.odd_even.below_china3');
    reason(r, 'j29.vehicle.note.pre_china3_gap');
    assert.ok(r.interpretations.includes('D-29-16'));
  });
});

describe('(4) 建筑垃圾、渣土、砂石运输车辆禁止上路行驶(纯电动和氢燃料电池汽车除外)', () => {
  const muck = { vehicleClass: 'muck_truck', fuel: 'diesel', emissionStandard: 6 };
  test('a China VI diesel muck truck may not drive at orange or red; a gas one neither', () => {
    stopsBy(muck, 'j29.vehicle.muck.banned', '三(二)3');
    stopsBy({ ...muck, fuel: 'gas' }, 'j29.vehicle.muck.banned', '三(二)3');
    const red = check({ ...muck, alertLevel: 'red', plate: '京A12345' });
    assert.equal(red.mayDrive, false);
    assert.ok(red.restrictedBy.includes('j29.vehicle.muck.banned'));
  });
  test('pure electric (京A12345D) and fuel cell (京A12345F) muck trucks may drive, even at red', () => {
    drives({ ...muck, fuel: 'electric', plate: '京A12345D' }, 'j29.vehicle.muck.exempt');
    drives({ ...muck, fuel: 'fuel_cell', plate: '京A12345F', alertLevel: 'red' }, 'j29.vehicle.muck.exempt');
  });
});

describe('(5) 本市核发号牌(含临时号牌)的国四排放标准柴油载货汽车停止上路行驶', () => {
  const truck = { vehicleClass: 'heavy_truck', fuel: 'diesel', emissionStandard: 4 };
  test('a Beijing-plated China IV diesel truck may not drive (orange)', () => {
    stopsBy(truck, 'j29.vehicle.diesel4.banned', '三(二)3');
  });
  test('经相关管理部门确认为保障本市生产生活物资运输、整车运送鲜活农产品的汽车除外', () => {
    drives({ ...truck, supplyExempt: true }, 'j29.vehicle.diesel4.supply_exempt');
  });
  test('a non-Beijing plate (冀B12345) is not covered', () => {
    drives({ ...truck, plate: '冀B12345' }, 'j29.vehicle.diesel4.not_beijing');
  });
  test('含临时号牌: a Beijing temporary plate is covered (D-29-17); without the flag it is no plate', () => {
    const r = stopsBy(
      { ...truck, plate: '京0123456', temporaryPlate: true },
      'j29.vehicle.diesel4.banned',
      '三(二)3',
    );
    assert.equal(r.plate.temporary, true);
    assert.equal(r.plate.beijing, true);
    throwsField(
      () => vehicleCheck({ ...base, ...truck, plate: '京0123456' }),
      'ZC_ERR_INVALID_INPUT',
      'plate',
    );
  });
  test('not China IV, or not a truck: not covered', () => {
    drives({ ...truck, emissionStandard: 5 }, 'j29.vehicle.diesel4.not_applicable');
    drives({ ...truck, emissionStandard: 3 }, 'j29.vehicle.diesel4.not_applicable');
    drives({ ...truck, vehicleClass: 'light_passenger' }, 'j29.vehicle.diesel4.not_applicable');
  });
  test('red: the supply exemption covers (5) only — odd/even still applies', () => {
    const r = stopsBy(
      { ...truck, supplyExempt: true, alertLevel: 'red', plate: '京A12346' },
      'j29.vehicle.odd_even.stops',
      '三(三)3',
    );
    reason(r, 'j29.vehicle.diesel4.supply_exempt');
  });
});

describe('三(三)3(3) 国三及以上排放标准机动车(含驾校教练车)按单双号行驶(纯电动、氢燃料电池汽车除外)', () => {
  const red = (plate: string, date: string, over: object = {}) =>
    check({ alertLevel: 'red', plate, date, ...over });
  test('odd date 2024-01-15: tail 5 drives, tail 6 stops, final letter (0, even) stops (D-29-4)', () => {
    assert.equal(red('京A12345', ODD).mayDrive, true);
    assert.deepEqual(red('京A12346', ODD).restrictedBy, ['j29.vehicle.odd_even.stops']);
    const letter = red('京A1234X', ODD);
    assert.equal(letter.mayDrive, false);
    assert.equal(letter.plate.tail, 0);
    assert.ok(letter.interpretations.includes('D-29-4'));
  });
  test('even date 2024-01-16: tail 5 stops, tail 6 drives, final letter drives', () => {
    assert.equal(red('京A12345', EVEN).mayDrive, false);
    assert.equal(red('京A12346', EVEN).mayDrive, true);
    assert.equal(red('京A1234X', EVEN).mayDrive, true);
  });
  test('the 31st and the 1st are both odd dates (day of month)', () => {
    assert.equal(red('京A12345', '2024-01-31').mayDrive, true);
    assert.equal(red('京A12345', '2024-02-01').mayDrive, true);
    assert.equal(red('京A12346', '2024-02-01').mayDrive, false);
  });
  test('含驾校教练车: a China V driving-school car 京A1234学 (tail 4) stops on an odd date', () => {
    assert.equal(red('京A1234学', ODD, { emissionStandard: 5 }).mayDrive, false);
  });
  test('every plate, not only Beijing ones: 冀B12345 stops on an even date', () => {
    assert.equal(red('冀B12345', EVEN).mayDrive, false);
  });
  test('D plate (pure electric) is exempt: 京AD12345 drives on an even date', () => {
    const r = red('京AD12345', EVEN, { fuel: 'electric' });
    assert.equal(r.mayDrive, true);
    reason(r, 'j29.vehicle.odd_even.exempt');
  });
  test('F plate is not exempt by the plate alone: hybrid 京AF12345 stops on an even date; fuel cell drives', () => {
    assert.equal(red('京AF12345', EVEN, { fuel: 'hybrid' }).mayDrive, false);
    assert.equal(red('京AF12345', EVEN, { fuel: 'fuel_cell' }).mayDrive, true);
    // A large F plate ends in its energy letter, tail 0: a hybrid bus 京A12345F stops on an odd date.
    assert.equal(red('京A12345F', ODD, { fuel: 'hybrid', vehicleClass: 'bus' }).mayDrive, false);
  });
  test('a pure electric car on an old blue plate is exempt by its fuel, with a note to check', () => {
    const r = red('京A12346', ODD, { fuel: 'electric' });
    assert.equal(r.mayDrive, true);
    reason(r, 'j29.vehicle.note.energy_from_fuel');
  });
  test('a plate contradicting the fuel is an input error naming fuel (D-29-15)', () => {
    throwsField(() => red('京AD12345', ODD, { fuel: 'gasoline' }), 'ZC_ERR_INVALID_INPUT', 'fuel');
    throwsField(() => red('京AF12345', ODD, { fuel: 'electric' }), 'ZC_ERR_INVALID_INPUT', 'fuel');
    throwsField(() => red('京A12345D', ODD, { fuel: 'diesel' }), 'ZC_ERR_INVALID_INPUT', 'fuel');
  });
  test('其中本市公务用车…再停驶车辆总数的30%: an official car allowed by odd/even is left to its fleet plan', () => {
    const r = red('京A12345', ODD, { officialVehicle: true });
    assert.equal(r.mayDrive, true);
    assert.equal(r.fleetQuotaApplies, true);
    assert.match(reason(r, 'j29.vehicle.official.fleet_quota').citation?.quote ?? '', /再停驶车辆总数的30%/);
    assert.equal(red('京A12346', ODD, { officialVehicle: true }).fleetQuotaApplies, false);
    assert.equal(check({ officialVehicle: true }).fleetQuotaApplies, false, 'orange has no fleet quota');
  });
  test('buses and special vehicles are not exempted by the text; a note names the city-operation proviso', () => {
    assert.equal(red('京A12346', ODD, { vehicleClass: 'bus' }).mayDrive, false);
    reason(red('京A12345', ODD, { vehicleClass: 'special' }), 'j29.vehicle.note.city_operation');
  });
});

describe('三(一) yellow, no alert, and the plan window', () => {
  test('yellow: no driving ban, even for a China I gasoline car; the advice to drive less is cited', () => {
    const r = drives({ alertLevel: 'yellow', emissionStandard: 1 }, 'j29.vehicle.alert.yellow');
    assert.equal(reason(r, 'j29.vehicle.alert.yellow').citation?.clause, '三(一)2');
  });
  test('no alert: nothing restricted', () => {
    drives({ alertLevel: 'none', vehicleClass: 'muck_truck', fuel: 'diesel' }, 'j29.vehicle.alert.none');
  });
  test('orange: a heavy diesel truck that may drive gets the transport advice of 三(二)2', () => {
    drives({ vehicleClass: 'heavy_truck', fuel: 'diesel' }, 'j29.vehicle.note.truck_advice');
  });
  test('before 2023-11-13 the plan was not in force: nothing restricted, inForce false', () => {
    const r = check({ date: '2023-11-12', alertLevel: 'red', emissionStandard: 1 });
    assert.deepEqual([r.mayDrive, r.inForce, codes(r)], [true, false, ['engine.not_in_force.not_yet']]);
  });
});

describe('invalid input names the field', () => {
  const bad = (over: object, code: string, field: string) =>
    throwsField(() => vehicleCheck({ ...base, ...over }), code, field);
  test('plate, date, emissionStandard, fuel, alertLevel, a missing or unknown field', () => {
    bad({ plate: 'ABC123' }, 'ZC_ERR_INVALID_INPUT', 'plate');
    bad({ date: '2024-02-30' }, 'ZC_ERR_INVALID_DATE', 'date');
    bad({ date: '2024/01/15' }, 'ZC_ERR_INVALID_DATE', 'date');
    bad({ emissionStandard: 7 }, 'ZC_ERR_INVALID_INPUT', 'emissionStandard');
    bad({ emissionStandard: 4.5 }, 'ZC_ERR_INVALID_INPUT', 'emissionStandard');
    bad({ fuel: 'lpg' }, 'ZC_ERR_INVALID_INPUT', 'fuel');
    bad({ alertLevel: 'purple' }, 'ZC_ERR_INVALID_INPUT', 'alertLevel');
    bad({ supplyExempt: undefined }, 'ZC_ERR_INVALID_INPUT', 'supplyExempt');
    bad({ colour: 'red' }, 'ZC_ERR_INVALID_INPUT', 'colour');
  });
});

describe('the rule jingjiguanfa-2023-29/vehicle-check in the engine', () => {
  const policy = getPolicy('jingjiguanfa-2023-29');
  const asOf = parseCalendarDate(ODD);
  const run = (over: object) =>
    evaluateRule(vehicleCheckRule, { ...base, ...over }, asOf, policyWindow(policy));
  test('eligible = may drive, ineligible = may not; amount null', () => {
    assert.deepEqual([run({}).outcome, run({}).amount], ['eligible', null]);
    assert.equal(run({ emissionStandard: 1 }).outcome, 'ineligible');
    assert.equal(run({ alertLevel: 'red', plate: '京A12346' }).outcome, 'ineligible');
  });
  test('bad facts: ZC_ERR_FACTS_INVALID naming facts.emissionStandard', () => {
    throwsField(() => run({ emissionStandard: 7 }), 'ZC_ERR_FACTS_INVALID', 'facts.emissionStandard');
    throwsField(() => run({ date: '2024-02-30' }), 'ZC_ERR_INVALID_DATE', 'facts.date');
  });
  test('a driving date before the plan (2023-11-12) is not_in_force even when asOf is later', () => {
    assert.equal(run({ date: '2023-11-12', emissionStandard: 1 }).outcome, 'not_in_force');
  });
  test('every citation quotes its clause verbatim', () => {
    for (const c of vehicleCheckRule.citations)
      assert.ok(fullText(findClause(policy, c.clause)).includes(c.quote), c.quote);
    assert.equal(VEHICLE_CITATIONS.red.officialFleet.clause, '三(三)3');
  });
  test('the schema compiles and describes every fact in both languages; the example evaluates', () => {
    validatorFor(vehicleCheckRule.factsSchema);
    for (const node of Object.values(vehicleCheckRule.factsSchema.properties)) {
      assert.equal(typeof node.description, 'string');
      assert.equal(typeof node['x-description-zh'], 'string');
    }
    const ex = vehicleCheckRule.examples?.[0];
    assert.ok(ex);
    assert.equal(evaluateRule(vehicleCheckRule, ex.facts, ex.asOf).outcome, 'ineligible');
  });
});

describe('三(三)3 本市公务用车在单双号行驶基础上,再停驶车辆总数的30% (fleet plan)', () => {
  test('⌈30%⌉ in integers: 10 → 3, 11 → 4, 1 → 1, 0 → 0, 20 → 6, 7 → 3', () => {
    for (const [n, q] of [
      [10, 3],
      [11, 4],
      [1, 1],
      [0, 0],
      [20, 6],
      [7, 3],
    ] as const)
      assert.equal(ceilShare(n, 3, 10), q, `${n}`);
  });
  const car = (plate: string, over: object = {}) => ({
    plate,
    fuel: 'gasoline',
    emissionStandard: 6,
    vehicleClass: 'light_passenger',
    ...over,
  });
  const fleetOf = (n: number) => Array.from({ length: n }, (_, i) => car(`京A${String(10001 + i)}`));
  test('the quota through the planner: 10 → 3, 11 → 4, 1 → 1, 0 → 0', () => {
    for (const [n, q] of [
      [10, 3],
      [11, 4],
      [1, 1],
      [0, 0],
    ] as const) {
      const p = planOfficialFleet({ date: ODD, alertLevel: 'red', vehicles: fleetOf(n) });
      assert.equal(p.quota, q, `${n}`);
      assert.equal(p.stoppedTotal + p.driving, n);
    }
  });
  // 10 vehicles on an odd date: even tails 2, 4, 6, 8 stop by odd/even (4); six may drive: tails
  // 1 (VI gasoline), 3 (IV gasoline), 5 (IV diesel), 9 (VI gasoline) and two pure electric.
  // ⌈3 × 10 / 10⌉ = 3 more stop, highest emissions first: 京A00005 (IV diesel), 京A00003
  // (IV gasoline), then 京A00001 before 京A00009 by plate. 7 stop, 3 drive.
  const ten = [
    car('京A00001'),
    car('京A00002'),
    car('京A00003', { emissionStandard: 4 }),
    car('京A00004', { emissionStandard: 5 }),
    car('京A00005', { fuel: 'diesel', emissionStandard: 4 }),
    car('京A00006'),
    car('京AD00007', { fuel: 'electric' }),
    car('京A00008'),
    car('京A00009'),
    car('京AD00010', { fuel: 'electric' }),
  ];
  test('on top of odd/even (D-29-18): 4 stop by odd/even, 3 more by emissions then plate', () => {
    const p = planOfficialFleet({ date: ODD, alertLevel: 'red', vehicles: ten });
    assert.deepEqual(
      [p.total, p.quota, p.stoppedByRules, p.stoppedByQuota, p.stoppedTotal, p.driving],
      [10, 3, 4, 3, 7, 3],
    );
    const quota = p.vehicles
      .filter((v) => v.stop === 'fleet_quota')
      .sort((a, b) => (a.quotaRank ?? 0) - (b.quotaRank ?? 0));
    assert.deepEqual(
      quota.map((v) => v.plate),
      ['京A00005', '京A00003', '京A00001'],
    );
    assert.deepEqual(
      p.vehicles.filter((v) => v.mayDrive).map((v) => v.plate),
      ['京AD00007', '京A00009', '京AD00010'],
    );
    for (const v of p.vehicles)
      assert.ok(
        v.reasons.some((r) => r.code.startsWith('j29.fleet.')),
        v.plate,
      );
    const stop = p.vehicles[4]?.reasons.find((r) => r.code === 'j29.fleet.quota_stop');
    assert.equal(stop?.passed, false);
    assert.ok(p.interpretations.includes('D-29-3') && p.interpretations.includes('D-29-18'));
    for (const v of p.vehicles) for (const r of v.reasons) emitted.add(r.code);
    for (const s of p.trace) emitted.add(s.code);
  });
  test('the same plan whatever the input order', () => {
    const p = planOfficialFleet({ date: ODD, alertLevel: 'red', vehicles: [...ten].reverse() });
    const stopped = p.vehicles
      .filter((v) => v.stop === 'fleet_quota')
      .map((v) => v.plate)
      .sort();
    assert.deepEqual(stopped, ['京A00001', '京A00003', '京A00005']);
  });
  test("counting 'within': 4 already stopped ≥ 3, so no more stop", () => {
    const p = planOfficialFleet({ date: ODD, alertLevel: 'red', vehicles: ten, counting: 'within' });
    assert.deepEqual([p.stoppedByQuota, p.stoppedTotal, p.driving], [0, 4, 6]);
  });
  test('pure electric vehicles stop last, but do stop when nothing else can', () => {
    // The electric car's declared standard (V) is older than the gasoline car's (VI): energy comes first.
    const two = [car('京AD00001', { fuel: 'electric', emissionStandard: 5 }), car('京A00003')];
    const p = planOfficialFleet({ date: ODD, alertLevel: 'red', vehicles: two });
    assert.deepEqual(
      p.vehicles.map((v) => v.stop),
      [null, 'fleet_quota'],
    );
    const evOnly = planOfficialFleet({
      date: ODD,
      alertLevel: 'red',
      vehicles: [car('京AD00001', { fuel: 'electric' })],
    });
    assert.equal(evOnly.vehicles[0]?.stop, 'fleet_quota');
  });
  test('fewer vehicles may drive than the quota: all of them stop, and the plan says so', () => {
    const p = planOfficialFleet({ date: EVEN, alertLevel: 'red', vehicles: fleetOf(10) });
    // Tails 1…9, 0 on an even date: 5 stop by odd/even; ⌈3⌉ more of the 5 left → 2 drive.
    assert.deepEqual([p.stoppedByRules, p.stoppedByQuota, p.driving], [5, 3, 2]);
    const short = planOfficialFleet({
      date: EVEN,
      alertLevel: 'red',
      vehicles: [car('京A00001'), car('京A00002')],
    });
    assert.deepEqual([short.quota, short.stoppedByQuota, short.driving], [1, 1, 0]);
    const nine = [...fleetOf(9).map((v) => ({ ...v, emissionStandard: 1 })), car('京A00002')];
    const all = planOfficialFleet({ date: EVEN, alertLevel: 'red', vehicles: nine });
    assert.deepEqual([all.stoppedByRules, all.stoppedByQuota, all.driving], [9, 1, 0]);
    assert.ok(all.reasons.some((r) => r.code === 'j29.fleet.quota_short'));
  });
  test('orange: no fleet quota; the vehicle rules still apply', () => {
    const p = planOfficialFleet({
      date: ODD,
      alertLevel: 'orange',
      vehicles: [car('京A00001', { emissionStandard: 1 }), car('京A00002')],
    });
    assert.deepEqual([p.quota, p.stoppedByRules, p.driving], [0, 1, 1]);
    assert.equal(p.reasons[0]?.code, 'j29.fleet.not_red');
  });
  test('invalid fleets name the field', () => {
    const plan = (over: object) => () =>
      planOfficialFleet({ date: ODD, alertLevel: 'red', vehicles: ten, ...over });
    throwsField(plan({ date: '2024-13-01' }), 'ZC_ERR_INVALID_DATE', 'date');
    throwsField(plan({ alertLevel: 'black' }), 'ZC_ERR_INVALID_INPUT', 'alertLevel');
    throwsField(
      plan({ vehicles: [car('京A00001', { fuel: 'coal' })] }),
      'ZC_ERR_INVALID_INPUT',
      'vehicles[0].fuel',
    );
    throwsField(
      plan({ vehicles: [car('京A00001'), car('京A·00001')] }),
      'ZC_ERR_INVALID_INPUT',
      'vehicles[1].plate',
    );
    throwsField(
      plan({ vehicles: [car('京A00001', { colour: 'black' })] }),
      'ZC_ERR_INVALID_INPUT',
      'vehicles[0].colour',
    );
  });
});

test('every code emitted above has wording in both languages', () => {
  assert.ok(emitted.size > 20);
  for (const code of emitted) {
    assert.ok(hasMessage(code, VEHICLE_MESSAGES, ENGINE_MESSAGES), code);
  }
});
