/**
 * @module services/air
 * The computations of the heavy air-pollution emergency plan (京技管发〔2023〕29号) as the shells
 * offer them: AQI by HJ 633 (edition by the data's date), the alert level a forecast calls for,
 * whether a vehicle may drive, and the official-fleet plan for a red alert. Open to everyone.
 */
import { invalidInput } from '../../engine/errors.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import {
  type AlertInput,
  type AlertLevelResult,
  alertLevel,
} from '../../policies/jingjiguanfa-2023-29/alert-level.ts';
import { type AqiResult, computeAqi } from '../../policies/jingjiguanfa-2023-29/aqi.ts';
import { type FleetPlan, planOfficialFleet } from '../../policies/jingjiguanfa-2023-29/fleet.ts';
import { type VehicleCheckResult, vehicleCheck } from '../../policies/jingjiguanfa-2023-29/vehicles.ts';
import { type Actor, authorize } from '../accounts/index.ts';

export const AQI_MODES = ['daily', 'hourly'] as const;
export type AqiMode = (typeof AQI_MODES)[number];

/** Checks the `--mode`/`mode` option. */
export function parseAqiMode(value: unknown, field = 'mode'): AqiMode {
  if (value === undefined || value === null || value === '') return 'daily';
  if (typeof value === 'string' && (AQI_MODES as readonly string[]).includes(value)) return value as AqiMode;
  throw invalidInput(field, value, 'must be daily or hourly', '须为 daily 或 hourly');
}

/** AQI of one set of concentrations (keys `so2_24h` … `pm25_1h`; µg/m³, CO mg/m³) on `date`. */
export function aqi(actor: Actor, values: unknown, date: CalendarDate, mode: AqiMode): AqiResult {
  authorize(actor, 'rules.evaluate');
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    throw invalidInput(
      'input',
      values,
      'must be an object of indicator concentrations',
      '须为各项污染物浓度组成的对象',
    );
  }
  return computeAqi(values as Record<string, unknown>, { date, mode });
}

/** The alert level a daily AQI forecast `{start, dailyAqi}` calls for (二(一)), with the response. */
export function forecastAlertLevel(actor: Actor, input: unknown): AlertLevelResult {
  authorize(actor, 'rules.evaluate');
  return alertLevel(input as AlertInput); // validated inside: a bad field is named
}

/** May this vehicle drive on its date under the alert level given? */
export function checkVehicle(actor: Actor, input: unknown): VehicleCheckResult {
  authorize(actor, 'rules.evaluate');
  return vehicleCheck(input);
}

/** Which vehicles of a Beijing official fleet stop on a red-alert day (odd/even plus the extra 30%). */
export function planFleet(actor: Actor, input: unknown): FleetPlan {
  authorize(actor, 'rules.evaluate');
  return planOfficialFleet(input);
}

/** An optional date option, default `today`. */
export function dateOption(value: unknown, today: CalendarDate, field = 'date'): CalendarDate {
  return value === undefined || value === null || value === '' ? today : parseCalendarDate(value, field);
}
