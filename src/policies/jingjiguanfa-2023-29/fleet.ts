/**
 * @module policies/jingjiguanfa-2023-29/fleet
 * 三(三)3, the official fleet's extra stops during a red alert:
 *
 * > 其中本市公务用车在单双号行驶基础上,再停驶车辆总数的30%。
 *
 * "在单双号行驶基础上,再停驶" reads as a further 30% on top of the vehicles odd/even (or a ban)
 * already stops (D-29-18, default `counting: 'on_top'`); `counting: 'within'` instead stops just
 * enough for the stopped total to reach the 30%. Either way the 30% is of 车辆总数, every vehicle of
 * the fleet, rounded up in exact integers (D-29-3): ⌈3n/10⌉. The further stops are chosen among the
 * vehicles still allowed to drive, highest emissions first: fuel-burning before pure electric and
 * fuel cell; then the older emission standard; then diesel, gasoline, gas, hybrid; then the plate
 * in code-point order; then input order.
 */
import { DecisionBuilder, decisionToJson, type RenderedStep } from '../../engine/decision.ts';
import { invalidInput } from '../../engine/errors.ts';
import type { JsonObject } from '../../engine/json.ts';
import { renderBilingual } from '../../engine/messages.ts';
import { parameter, valueAt } from '../../engine/parameter.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { windowCheck } from '../../engine/rule.ts';
import { ALERT_LABELS, POLICY_ID } from './vehicle-facts.ts';
import { VEHICLE_MESSAGES } from './vehicle-messages.ts';
import {
  type AlertLevel,
  type Fuel,
  VEHICLE_CITATIONS,
  type VehicleCheckResult,
  type VehicleClass,
  type VehicleReason,
  vehicleCheck,
  vehicleCheckRule,
} from './vehicles.ts';

const OFFICIAL = VEHICLE_CITATIONS.red.officialFleet;

/** "再停驶车辆总数的30%" as an exact fraction. */
export const OFFICIAL_FLEET_EXTRA_SHARE = parameter<{
  readonly numerator: number;
  readonly denominator: number;
}>({
  id: 'jingjiguanfa-2023-29.official-fleet.extra-share',
  title: {
    zh: '红色预警公务用车再停驶比例',
    en: 'Share of an official fleet stopped on top of odd/even (red)',
  },
  values: [
    { from: '2023-11-13' as CalendarDate, value: { numerator: 3, denominator: 10 }, citation: OFFICIAL },
  ],
});

/** One vehicle of the fleet; `officialVehicle` is implied, `supplyExempt` defaults to false. */
export interface FleetVehicleInput {
  /** The caller's own label for the vehicle, returned as given. */
  readonly id?: string;
  readonly plate: string;
  readonly fuel: Fuel;
  readonly emissionStandard: number;
  readonly vehicleClass: VehicleClass;
  readonly supplyExempt?: boolean;
  readonly drivingSchool?: boolean;
  readonly temporaryPlate?: boolean;
}
/** `on_top` (D-29-18): ⌈30%⌉ more stop beyond the rules; `within`: stop until ⌈30%⌉ in all stop. */
export type FleetCounting = 'on_top' | 'within';
export interface FleetPlanInput {
  readonly date: string;
  readonly alertLevel: AlertLevel;
  readonly vehicles: readonly FleetVehicleInput[];
  readonly counting?: FleetCounting;
}
/** Why a vehicle stops: a rule of the plan (odd/even, a ban), the fleet's extra 30%, or not at all. */
export type FleetStop = 'rule' | 'fleet_quota' | null;
export interface FleetVehiclePlan {
  readonly index: number;
  readonly id: string | null;
  readonly plate: string;
  readonly mayDrive: boolean;
  readonly stop: FleetStop;
  /** 1-based position among the further stops, or null. */
  readonly quotaRank: number | null;
  readonly reasons: readonly VehicleReason[];
}
/** The plan of one official fleet for one day; `vehicles` in input order. */
export interface FleetPlan {
  readonly date: CalendarDate;
  readonly alertLevel: AlertLevel;
  readonly counting: FleetCounting;
  readonly total: number;
  /** ⌈30% × total⌉ at red, else 0. */
  readonly quota: number;
  readonly stoppedByRules: number;
  readonly stoppedByQuota: number;
  readonly stoppedTotal: number;
  readonly driving: number;
  readonly vehicles: readonly FleetVehiclePlan[];
  readonly reasons: readonly VehicleReason[];
  readonly trace: readonly RenderedStep[];
  readonly interpretations: readonly string[];
}

/**
 * ⌈total × numerator / denominator⌉ in exact integer arithmetic (no floating-point division).
 * @throws ZC_ERR_INVALID_INPUT when an argument is not a non-negative safe integer (denominator > 0).
 */
export function ceilShare(total: number, numerator: number, denominator: number): number {
  const product = total * numerator;
  for (const [field, v] of [
    ['total', total],
    ['numerator', numerator],
    ['product', product],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 0)
      throw invalidInput(field, v, 'must be a non-negative safe integer');
  }
  if (!Number.isSafeInteger(denominator) || denominator <= 0) {
    throw invalidInput('denominator', denominator, 'must be a positive safe integer');
  }
  const rest = product % denominator;
  return (product - rest) / denominator + (rest === 0 ? 0 : 1);
}

const VEHICLE_KEYS = [
  'id',
  'plate',
  'fuel',
  'emissionStandard',
  'vehicleClass',
  'supplyExempt',
  'drivingSchool',
  'temporaryPlate',
];
const TOP_KEYS = ['date', 'alertLevel', 'vehicles', 'counting'];
const FUEL_RANK: Readonly<Record<Fuel, number>> = {
  diesel: 0,
  gasoline: 1,
  gas: 2,
  hybrid: 3,
  fuel_cell: 4,
  electric: 5,
};
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownKey(o: Record<string, unknown>, allowed: readonly string[], prefix: string): void {
  const k = Object.keys(o).find((x) => !allowed.includes(x));
  if (k !== undefined) throw invalidInput(prefix + k, o[k], 'is not a known field', '不是可识别的字段');
}

interface Checked {
  readonly index: number;
  readonly id: string | null;
  readonly input: FleetVehicleInput;
  readonly check: VehicleCheckResult;
}

/** Highest emissions first (see the module comment); a total order, so the plan is deterministic. */
function byEmissions(a: Checked, b: Checked): number {
  const zero = (x: Checked) => (x.input.fuel === 'electric' || x.input.fuel === 'fuel_cell' ? 1 : 0);
  return (
    zero(a) - zero(b) ||
    a.input.emissionStandard - b.input.emissionStandard ||
    FUEL_RANK[a.input.fuel] - FUEL_RANK[b.input.fuel] ||
    (a.check.plate.normalized < b.check.plate.normalized
      ? -1
      : a.check.plate.normalized > b.check.plate.normalized
        ? 1
        : 0) ||
    a.index - b.index
  );
}

/**
 * Plans which vehicles of a Beijing official fleet (本市公务用车) stop on `date`: each by the
 * vehicle rules, plus at red the fleet's extra ⌈30%⌉, with every vehicle's reasons.
 * @throws ZC_ERR_INVALID_DATE (`date`) or ZC_ERR_INVALID_INPUT naming the field (`vehicles[2].fuel`).
 */
export function planOfficialFleet(input: unknown): FleetPlan {
  if (!isObject(input)) throw invalidInput('input', input, 'must be an object', '应为对象');
  unknownKey(input, TOP_KEYS, '');
  const date = parseCalendarDate(input.date, 'date');
  const alertLevel = input.alertLevel as AlertLevel;
  if (!Object.hasOwn(ALERT_LABELS, String(alertLevel)) || typeof alertLevel !== 'string') {
    throw invalidInput('alertLevel', input.alertLevel, 'must be one of "none", "yellow", "orange", "red"');
  }
  const counting = (input.counting ?? 'on_top') as FleetCounting;
  if (counting !== 'on_top' && counting !== 'within') {
    throw invalidInput('counting', input.counting, 'must be "on_top" or "within"');
  }
  if (!Array.isArray(input.vehicles))
    throw invalidInput('vehicles', input.vehicles, 'must be an array', '应为数组');
  const seen = new Map<string, number>();
  const checked: Checked[] = input.vehicles.map((v: unknown, index): Checked => {
    const prefix = `vehicles[${index}].`;
    if (!isObject(v)) throw invalidInput(`vehicles[${index}]`, v, 'must be an object', '应为对象');
    unknownKey(v, VEHICLE_KEYS, prefix);
    if (v.id !== undefined && typeof v.id !== 'string')
      throw invalidInput(`${prefix}id`, v.id, 'must be a string');
    const { id, ...rest } = v;
    const facts = { supplyExempt: false, ...rest, date, alertLevel, officialVehicle: true };
    const check = vehicleCheck(facts, prefix);
    const first = seen.get(check.plate.normalized);
    if (first !== undefined)
      throw invalidInput(`${prefix}plate`, v.plate, `duplicates vehicles[${first}].plate`);
    seen.set(check.plate.normalized, index);
    return { index, id: typeof id === 'string' ? id : null, input: v as unknown as FleetVehicleInput, check };
  });

  const target = { id: `${POLICY_ID}/official-fleet`, policyId: POLICY_ID, citations: [OFFICIAL] };
  const d = new DecisionBuilder(target, date);
  const total = checked.length;
  const allowed = checked.filter((x) => x.check.mayDrive);
  const stoppedByRules = total - allowed.length;
  const outside = windowCheck(vehicleCheckRule, date);
  let quota = 0;
  let extra = 0;
  if (outside !== null) {
    for (const r of outside.reasons) d.check(r.code, true, r.params);
  } else if (alertLevel !== 'red') {
    const [levelZh, levelEn] = ALERT_LABELS[alertLevel];
    d.check('j29.fleet.not_red', true, { levelZh, levelEn }, OFFICIAL);
  } else {
    d.interpret('D-29-3');
    d.interpret('D-29-18');
    const share = valueAt(OFFICIAL_FLEET_EXTRA_SHARE, date);
    const { numerator, denominator } = share.value;
    quota = d.step('j29.fleet.quota', {
      inputs: { total },
      parameters: { numerator, denominator },
      result: ceilShare(total, numerator, denominator),
      citation: share.citation,
    });
    const needed = counting === 'on_top' ? quota : Math.max(0, quota - stoppedByRules);
    extra = d.step(`j29.fleet.additional.${counting}`, {
      inputs: { quota, stoppedByRules, available: allowed.length },
      result: Math.min(needed, allowed.length),
      citation: OFFICIAL,
    });
    if (needed > allowed.length) {
      d.check('j29.fleet.quota_short', true, { needed, available: allowed.length }, OFFICIAL);
    }
  }
  const rank = new Map<number, number>();
  [...allowed]
    .sort(byEmissions)
    .slice(0, extra)
    .forEach((x, i) => {
      rank.set(x.index, i + 1);
    });

  const fleetReason = (code: string, params: JsonObject): VehicleReason => ({
    code,
    passed: code !== 'j29.fleet.quota_stop',
    citation: OFFICIAL,
    message: renderBilingual(code, params, VEHICLE_MESSAGES),
    params,
  });
  const red = alertLevel === 'red' && outside === null;
  const vehicles = checked.map((x): FleetVehiclePlan => {
    const r = rank.get(x.index) ?? null;
    const own = x.check.reasons.filter(
      (y) =>
        y.code !== 'j29.vehicle.official.fleet_quota' &&
        (r === null || y.code !== 'j29.vehicle.note.other_rules'),
    );
    const fleet = !red
      ? []
      : !x.check.mayDrive
        ? [fleetReason('j29.fleet.stopped_by_rule', {})]
        : [
            fleetReason(r === null ? 'j29.fleet.quota_spared' : 'j29.fleet.quota_stop', {
              rank: r,
              count: extra,
            }),
          ];
    const stop: FleetStop = !x.check.mayDrive ? 'rule' : r !== null ? 'fleet_quota' : null;
    const plate = x.check.plate.normalized;
    return {
      index: x.index,
      id: x.id,
      plate,
      mayDrive: stop === null,
      stop,
      quotaRank: r,
      reasons: [...own, ...fleet],
    };
  });

  const json = decisionToJson(d.eligible(null), VEHICLE_MESSAGES);
  const interpretations = new Set([
    ...json.interpretations,
    ...checked.flatMap((x) => x.check.interpretations),
  ]);
  return {
    ...{ date, alertLevel, counting, total, quota, stoppedByRules, stoppedByQuota: extra },
    ...{ stoppedTotal: stoppedByRules + extra, driving: total - stoppedByRules - extra, vehicles },
    reasons: json.reasons.map((r) => ({ ...r, citation: r.citation ?? null })),
    trace: json.trace,
    interpretations: [...interpretations].sort(),
  };
}
