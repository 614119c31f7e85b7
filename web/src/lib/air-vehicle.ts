/**
 * @module web/lib/air-vehicle
 * The vehicle check form: its choices, the body sent to `POST /api/v1/air/vehicle-check`, and the
 * reasons ordered so the ones that stop the vehicle come first.
 */
import type { AlertLevelOrNone, Fuel, VehicleCheckInput, VehicleClass, VehicleReason } from './air-types.ts';

export const VEHICLE_CLASSES: readonly VehicleClass[] = [
  'light_passenger',
  'light_truck',
  'heavy_truck',
  'bus',
  'muck_truck',
  'special',
  'other',
];

export const FUELS: readonly Fuel[] = ['gasoline', 'diesel', 'gas', 'electric', 'fuel_cell', 'hybrid'];

/** 国一 … 国六. */
export const EMISSION_STANDARDS = [1, 2, 3, 4, 5, 6] as const;

export const LEVEL_CHOICES: readonly AlertLevelOrNone[] = ['none', 'yellow', 'orange', 'red'];

/** What the form holds (the date and level may still be "use the default"). */
export interface VehicleForm {
  readonly plate: string;
  readonly date: string;
  readonly alertLevel: AlertLevelOrNone;
  readonly vehicleClass: VehicleClass;
  readonly fuel: Fuel;
  readonly emissionStandard: number;
  readonly officialVehicle: boolean;
  readonly supplyExempt: boolean;
}

/** The request body: the plate trimmed and in upper case (号牌 letters are capitals), no spaces. */
export function vehicleBody(f: VehicleForm): VehicleCheckInput {
  return {
    plate: f.plate.replace(/[\s·•]/g, '').toUpperCase(),
    date: f.date,
    alertLevel: f.alertLevel,
    vehicleClass: f.vehicleClass,
    fuel: f.fuel,
    emissionStandard: f.emissionStandard,
    officialVehicle: f.officialVehicle,
    supplyExempt: f.supplyExempt,
  };
}

const RANK = (r: VehicleReason): number => (r.passed === false ? 0 : r.passed === null ? 1 : 2);

/**
 * The reasons with those that stop the vehicle first (named in `restrictedBy`, or not passed),
 * then the undecided, then those passed; otherwise in the API's order.
 */
export function orderReasons(
  reasons: readonly VehicleReason[],
  restrictedBy: readonly string[],
): VehicleReason[] {
  const rank = (r: VehicleReason) => (restrictedBy.includes(r.code) ? -1 : RANK(r));
  return reasons
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map((x) => x.r);
}

/** Maps an API error's field (`plate`, `facts.fuel`, `vehicles[0].date`) to a form field name. */
export function vehicleFieldOf(field: string | null): keyof VehicleForm | null {
  if (!field) return null;
  const name = field.replace(/^facts\./, '').replace(/^.*\]\./, '');
  const known: readonly (keyof VehicleForm)[] = [
    'plate',
    'date',
    'alertLevel',
    'vehicleClass',
    'fuel',
    'emissionStandard',
    'officialVehicle',
    'supplyExempt',
  ];
  return (known as readonly string[]).includes(name) ? (name as keyof VehicleForm) : null;
}
