/**
 * @module policies/jingjiguanfa-2023-29/vehicles
 * 三(二)3 and 三(三)3 强制性减排措施: who may drive on a day of an orange or red alert.
 *
 * > 橙色 (3)在实施工作日高峰时段区域限行交通管理措施基础上,国一和国二排放标准轻型汽油车(含驾校教练车)禁止上路行驶。
 * > 橙色/红色 (4)建筑垃圾、渣土、砂石运输车辆禁止上路行驶(纯电动和氢燃料电池汽车除外)。
 * > 橙色/红色 (5)本市核发号牌(含临时号牌)的国四排放标准柴油载货汽车停止上路行驶(经相关管理部门确认为保障本市
 * > 生产生活物资运输、整车运送鲜活农产品的汽车除外)。
 * > 红色 (3)……国三及以上排放标准机动车(含驾校教练车)按单双号行驶(纯电动、氢燃料电池汽车除外),其中本市公务用车
 * > 在单双号行驶基础上,再停驶车辆总数的30%。
 *
 * Yellow (三(一)) has no driving measure, only the advice to drive less. What the terms cover and
 * what is deliberately not coded: D-29-14 … D-29-18 (docs/interpretations.md).
 * The fleet's extra 30% is in `fleet.ts`.
 */
import type { Citation } from '../../engine/citation.ts';
import { type Decision, DecisionBuilder, decisionToJson } from '../../engine/decision.ts';
import type { JsonObject } from '../../engine/json.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule, windowCheck } from '../../engine/rule.ts';
import {
  ALERT_LABELS,
  CLASS_LABELS,
  FROM,
  FUEL_LABELS,
  type Fuel,
  LETTER_TAIL_DIGIT,
  POLICY_ID,
  parseVehicleFacts,
  VEHICLE_CITATIONS,
  VEHICLE_FACTS_SCHEMA,
  type VehicleClass,
  type VehicleFacts,
  type VehiclePlate,
} from './vehicle-facts.ts';
import { VEHICLE_MESSAGES } from './vehicle-messages.ts';

export type { AlertLevel, Fuel, VehicleClass, VehicleFacts, VehiclePlate } from './vehicle-facts.ts';
export { LETTER_TAIL_DIGIT, parseVehicleFacts, VEHICLE_CITATIONS } from './vehicle-facts.ts';

/** One reason, rendered in both languages. */
export interface VehicleReason {
  readonly code: string;
  /** `false` when this reason stops the vehicle; notes and passed conditions are `true`. */
  readonly passed: boolean | null;
  readonly citation: Citation | null;
  readonly message: Bilingual;
  readonly params: JsonObject;
}

/** The answer of {@link vehicleCheck}. */
export interface VehicleCheckResult {
  readonly mayDrive: boolean;
  readonly reasons: readonly VehicleReason[];
  /** Codes of the reasons that stop the vehicle (empty when it may drive). */
  readonly restrictedBy: readonly string[];
  readonly plate: VehiclePlate;
  /** Red alert, official vehicle, not stopped by a rule: its fleet's extra 30% may still stop it. */
  readonly fleetQuotaApplies: boolean;
  /** False when `date` is before the plan took effect (2023-11-13); nothing is then restricted. */
  readonly inForce: boolean;
  readonly interpretations: readonly string[];
}

const ZERO_EMISSION: readonly Fuel[] = ['electric', 'fuel_cell'];
const TRUCKS: readonly VehicleClass[] = ['light_truck', 'heavy_truck', 'muck_truck'];
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI'];
const HAN = ['', '一', '二', '三', '四', '五', '六'];

/** Records the driving rules of the day into `d`; returns whether the vehicle may drive. */
function assess(d: DecisionBuilder, f: VehicleFacts, date: CalendarDate, plate: VehiclePlate): boolean {
  const zeroEmission = ZERO_EMISSION.includes(f.fuel);
  const drivingSchool = f.drivingSchool === true || plate.normalized.endsWith('学');
  const day = Number(date.slice(8, 10));
  const [levelZh, levelEn] = ALERT_LABELS[f.alertLevel];
  const [classZh, classEn] = CLASS_LABELS[f.vehicleClass];
  const [fuelZh, fuelEn] = FUEL_LABELS[f.fuel];
  const p: JsonObject = {
    ...{ date, alertLevel: f.alertLevel, levelZh, levelEn, plate: plate.normalized },
    ...{ vehicleClass: f.vehicleClass, classZh, classEn, fuel: f.fuel, fuelZh, fuelEn },
    ...{ emissionStandard: f.emissionStandard, standardZh: `国${HAN[f.emissionStandard]}` },
    ...{
      standardEn: `China ${ROMAN[f.emissionStandard]}`,
      drivingSchool,
      officialVehicle: f.officialVehicle,
    },
  };
  const plateLetter = !/\d/.test(plate.lastChar);
  d.step('j29.vehicle.tail', {
    inputs: { plate: plate.normalized, lastChar: plate.lastChar, beijing: plate.beijing },
    parameters: { letterCountsAs: valueAt(LETTER_TAIL_DIGIT, date).value },
    result: plate.tail,
  });
  if (f.temporaryPlate === true) d.interpret('D-29-17');
  if (plate.energy !== null || zeroEmission) d.interpret('D-29-15');
  if (f.alertLevel === 'none' || f.alertLevel === 'yellow') {
    const advice = f.alertLevel === 'yellow' ? VEHICLE_CITATIONS.yellowAdvice : undefined;
    d.check(`j29.vehicle.alert.${f.alertLevel}`, true, p, advice);
    d.check('j29.vehicle.note.other_rules', true, p);
    return true;
  }
  const cites = VEHICLE_CITATIONS[f.alertLevel];
  d.interpret('D-29-14');
  // (3) 国一和国二排放标准轻型汽油车(含驾校教练车)禁止上路行驶
  const light = f.vehicleClass === 'light_passenger' || f.vehicleClass === 'light_truck';
  const china12 = light && (f.fuel === 'gasoline' || f.fuel === 'hybrid') && f.emissionStandard <= 2;
  d.check(`j29.vehicle.china12.${china12 ? 'banned' : 'not_applicable'}`, !china12, p, cites.china12);
  // (4) 建筑垃圾、渣土、砂石运输车辆禁止上路行驶(纯电动和氢燃料电池汽车除外)
  const muck = f.vehicleClass === 'muck_truck';
  const muckCode = !muck ? 'not_applicable' : zeroEmission ? 'exempt' : 'banned';
  d.check(`j29.vehicle.muck.${muckCode}`, muckCode !== 'banned', p, cites.muck);
  // (5) 本市核发号牌(含临时号牌)的国四排放标准柴油载货汽车停止上路行驶(…确认为…的汽车除外)
  const diesel4 = TRUCKS.includes(f.vehicleClass) && f.fuel === 'diesel' && f.emissionStandard === 4;
  const dieselCode = !diesel4
    ? 'not_applicable'
    : !plate.beijing
      ? 'not_beijing'
      : f.supplyExempt
        ? 'supply_exempt'
        : 'banned';
  d.check(`j29.vehicle.diesel4.${dieselCode}`, dieselCode !== 'banned', p, cites.diesel4);
  let fleetQuota = false;
  if (f.alertLevel === 'red') {
    // 国三及以上排放标准机动车(含驾校教练车)按单双号行驶(纯电动、氢燃料电池汽车除外)
    const oe = VEHICLE_CITATIONS.red.oddEven;
    if (zeroEmission) d.check('j29.vehicle.odd_even.exempt', true, p, oe);
    else if (f.emissionStandard < 3) d.check('j29.vehicle.odd_even.below_china3', true, p, oe);
    else {
      const dayOdd = day % 2 === 1;
      const tailOdd = plate.tail % 2 === 1;
      if (plateLetter) d.interpret('D-29-4');
      const q = {
        ...p,
        ...{ day, tail: plate.tail, lastChar: plate.lastChar },
        ...{ dayZh: dayOdd ? '单号' : '双号', dayEn: dayOdd ? 'odd' : 'even' },
        ...{ tailZh: tailOdd ? '单号' : '双号', tailEn: tailOdd ? 'odd' : 'even' },
      };
      d.check(`j29.vehicle.odd_even.${dayOdd === tailOdd ? 'drives' : 'stops'}`, dayOdd === tailOdd, q, oe);
    }
    fleetQuota = f.officialVehicle && !d.anyFailed;
    if (fleetQuota) {
      d.interpret('D-29-3');
      d.check('j29.vehicle.official.fleet_quota', true, p, VEHICLE_CITATIONS.red.officialFleet);
    }
  }
  const mayDrive = !d.anyFailed;
  if (zeroEmission && !plate.newEnergy && (muck || f.alertLevel === 'red')) {
    d.check('j29.vehicle.note.energy_from_fuel', true, p);
  }
  if (mayDrive && f.alertLevel === 'red' && f.emissionStandard < 3 && !zeroEmission) {
    d.interpret('D-29-16');
    d.check('j29.vehicle.note.pre_china3_gap', true, p, VEHICLE_CITATIONS.red.oddEven);
  }
  if (mayDrive && (f.vehicleClass === 'bus' || f.vehicleClass === 'special')) {
    d.interpret('D-29-16');
    d.check('j29.vehicle.note.city_operation', true, p, cites.cityOperation);
  }
  if (mayDrive && !zeroEmission && (f.vehicleClass === 'heavy_truck' || muck)) {
    d.check('j29.vehicle.note.truck_advice', true, p, cites.truckAdvice);
  }
  if (mayDrive) {
    d.check('j29.vehicle.note.other_rules', true, p, f.alertLevel === 'orange' ? cites.china12 : undefined);
  }
  return mayDrive;
}

/** The rule `jingjiguanfa-2023-29/vehicle-check`: eligible = may drive, ineligible = may not. */
export const vehicleCheckRule: Rule = defineRule<VehicleFacts>({
  id: `${POLICY_ID}/vehicle-check`,
  policyId: POLICY_ID,
  title: {
    zh: '空气重污染预警期间机动车能否上路行驶',
    en: 'May this vehicle drive during a heavy-pollution alert?',
  },
  citations: [
    ...Object.values(VEHICLE_CITATIONS.orange),
    ...Object.values(VEHICLE_CITATIONS.red),
    VEHICLE_CITATIONS.yellowAdvice,
  ],
  validity: { from: FROM },
  department: 'traffic-brigade',
  factsSchema: VEHICLE_FACTS_SCHEMA,
  messages: VEHICLE_MESSAGES,
  examples: [
    {
      title: {
        zh: '红色预警、单号日、尾号为字母的汽油车',
        en: 'Red alert, odd date, gasoline car whose plate ends in a letter',
      },
      asOf: '2024-01-15' as CalendarDate,
      facts: {
        ...{ plate: '京A1234X', date: '2024-01-15', alertLevel: 'red', vehicleClass: 'light_passenger' },
        ...{ fuel: 'gasoline', emissionStandard: 5, officialVehicle: false, supplyExempt: false },
      },
    },
  ],
  evaluate(f, { asOf }): Decision {
    const { date, plate } = parseVehicleFacts(f, 'facts.');
    // The day of driving, not only asOf, must fall inside the plan's window.
    const outside = windowCheck(vehicleCheckRule, date);
    if (outside) return outside;
    const d = new DecisionBuilder(this, asOf);
    return assess(d, f, date, plate) ? d.eligible(null) : d.ineligible();
  },
});

/**
 * Whether a vehicle may drive on `input.date` under this plan, with every reason rendered in
 * zh-CN and en. Before the plan took effect (2023-11-13) nothing is restricted (`inForce: false`).
 * @param fieldPrefix prefix for the field named in an input error (e.g. `vehicles[2].`).
 * @throws ZC_ERR_INVALID_DATE or ZC_ERR_INVALID_INPUT naming the field.
 */
export function vehicleCheck(input: unknown, fieldPrefix = ''): VehicleCheckResult {
  const { facts, date, plate } = parseVehicleFacts(input, fieldPrefix);
  const outside = windowCheck(vehicleCheckRule, date);
  const d = new DecisionBuilder(vehicleCheckRule, date);
  const decision = outside ?? (assess(d, facts, date, plate) ? d.eligible(null) : d.ineligible());
  const json = decisionToJson(decision, VEHICLE_MESSAGES);
  const reasons = json.reasons.map(
    (r): VehicleReason => ({
      code: r.code,
      passed: r.passed,
      citation: r.citation ?? null,
      message: r.message,
      params: r.params,
    }),
  );
  return {
    mayDrive: decision.outcome !== 'ineligible',
    reasons,
    restrictedBy: reasons.filter((r) => r.passed === false && outside === null).map((r) => r.code),
    plate,
    fleetQuotaApplies: reasons.some((r) => r.code === 'j29.vehicle.official.fleet_quota'),
    inForce: outside === null,
    interpretations: decision.interpretations,
  };
}
