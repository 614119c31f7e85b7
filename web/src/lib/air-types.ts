/**
 * @module web/lib/air-types
 * The shapes of the air-pollution endpoints (`/api/v1/air/…`, 京技管发〔2023〕29号) as the web shell
 * reads them: the public alert, the AQI, the vehicle check, and the command centre's alerts,
 * receipts and notices, and what a change of level does to the measures. Kept apart from `api.ts`
 * so that file stays small; `api.ts` uses them.
 */
import type { Bilingual, CalendarDate, Citation } from '../api.ts';

/** The three alert levels, mildest first (二(一)). */
export type AlertLevel = 'yellow' | 'orange' | 'red';
/** An alert level, or no alert. */
export type AlertLevelOrNone = AlertLevel | 'none';
/** The emergency response a level starts (三): yellow III, orange II, red I. */
export type ResponseLevel = 'III' | 'II' | 'I';
/** An instant as ISO 8601 text with its offset, e.g. `2026-11-28T20:00:00+08:00`. */
export type Instant = string;
export type Rgb = readonly [number, number, number];

/** One measure of a level (四(一)–(三)), with the units that lead it. */
export interface AirMeasure {
  readonly id: string;
  readonly group: 'health' | 'advisory' | 'mandatory' | string;
  readonly text: Bilingual;
  readonly clause: string;
  readonly leads: readonly { readonly code: string; readonly name: Bilingual }[];
}

/** The alert in force as the public sees it. */
export interface PublicAlert {
  readonly id: number;
  readonly number: string;
  readonly level: AlertLevel;
  readonly levelLabel: Bilingual;
  readonly colour: { readonly name: Bilingual; readonly rgb: Rgb };
  readonly response: ResponseLevel;
  readonly startsAt: Instant;
  readonly endsAt: Instant | null;
  readonly issuedAt: Instant;
  readonly updatedAt: Instant;
  readonly measures: {
    readonly health: readonly AirMeasure[];
    readonly advisory: readonly AirMeasure[];
    readonly mandatory: readonly AirMeasure[];
  };
  readonly driving: { readonly zh: readonly string[]; readonly en: readonly string[] };
  readonly citations: readonly Citation[];
}

export interface CurrentAlert {
  readonly asOf: Instant;
  readonly alert: PublicAlert | null;
}

/** The AQI indicator keys: pollutant and averaging time. */
export type AqiKey =
  | 'so2_24h'
  | 'so2_1h'
  | 'no2_24h'
  | 'no2_1h'
  | 'co_24h'
  | 'co_1h'
  | 'o3_1h'
  | 'o3_8h'
  | 'pm10_24h'
  | 'pm10_1h'
  | 'pm25_24h'
  | 'pm25_1h';
export type AqiMode = 'daily' | 'hourly';

export interface AqiResult {
  readonly standard: string;
  readonly mode: AqiMode;
  readonly aqi: number;
  readonly iaqi: Readonly<Partial<Record<AqiKey, number>>>;
  readonly concentrations?: Readonly<Partial<Record<AqiKey, string>>>;
  readonly primary: readonly AqiKey[];
  readonly exceeding?: readonly AqiKey[];
  readonly sensitiveGroups?: readonly {
    readonly indicators: readonly AqiKey[];
    readonly groups: Bilingual;
  }[];
  readonly level: 1 | 2 | 3 | 4 | 5 | 6;
  readonly category: Bilingual;
  readonly color: { readonly name: Bilingual; readonly rgb: Rgb };
  readonly healthEffects: Bilingual;
  readonly advice: Bilingual;
  readonly notes: readonly { readonly code: string; readonly params: Readonly<Record<string, unknown>> }[];
  readonly standardRef: string;
}

export type VehicleClass =
  | 'light_passenger'
  | 'light_truck'
  | 'heavy_truck'
  | 'bus'
  | 'muck_truck'
  | 'special'
  | 'other';
export type Fuel = 'gasoline' | 'diesel' | 'gas' | 'electric' | 'fuel_cell' | 'hybrid';

export interface VehicleCheckInput {
  readonly plate: string;
  readonly date: CalendarDate;
  readonly alertLevel: AlertLevelOrNone;
  readonly vehicleClass: VehicleClass;
  readonly fuel: Fuel;
  readonly emissionStandard: number;
  readonly officialVehicle: boolean;
  readonly supplyExempt: boolean;
}

export interface VehicleReason {
  readonly code: string;
  readonly passed: boolean | null;
  readonly citation: Citation | null;
  readonly message: Bilingual;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface VehicleCheckResult {
  readonly mayDrive: boolean;
  readonly reasons: readonly VehicleReason[];
  readonly restrictedBy: readonly string[];
  readonly plate: { readonly normalized?: string; readonly [k: string]: unknown };
  readonly inForce: boolean;
  /** Red alert, official vehicle: its fleet's extra 30% may still stop it (sent, not in the brief). */
  readonly fleetQuotaApplies?: boolean;
}

/** What a daily AQI forecast calls for (二(一)). */
export interface AlertLevelSuggestion {
  readonly level: AlertLevelOrNone;
  readonly response: ResponseLevel | null;
  readonly reason: {
    readonly run: {
      readonly from: CalendarDate;
      readonly to: CalendarDate;
      readonly days: number;
      readonly values: readonly number[];
    };
    readonly description?: Bilingual;
  } | null;
  readonly command: Bilingual | null;
  readonly duty: Bilingual | null;
}

export type AlertEventKind = 'issue' | 'raise' | 'lower' | 'lift' | 'extend';

export interface AlertEvent {
  readonly seq: number;
  readonly kind: AlertEventKind;
  readonly fromLevel: AlertLevel | null;
  readonly toLevel: AlertLevel | null;
  readonly at: Instant;
  readonly actor: string;
  readonly number: string | null;
  readonly note: string | null;
}

/** An alert as the command centre sees it. */
export interface Alert {
  readonly id: number;
  readonly number: string;
  readonly level: AlertLevel;
  readonly levelLabel: Bilingual;
  readonly status: 'active' | 'lifted';
  readonly source: 'municipal_order' | 'forecast';
  readonly startsAt: Instant;
  readonly endsAt: Instant | null;
  readonly issuedAt: Instant;
  readonly liftedAt: Instant | null;
  readonly response: ResponseLevel | null;
  readonly command: Bilingual | null;
  readonly duty: Bilingual | null;
  readonly events: readonly AlertEvent[];
  readonly receipts: { readonly total: number; readonly acknowledged: number; readonly pending: number };
}

export interface IssueAlertInput {
  readonly number: string;
  readonly level: AlertLevel;
  readonly startsAt: Instant;
  readonly endsAt?: Instant;
  readonly note?: string;
}

export interface ChangeAlertInput {
  readonly level: AlertLevel;
  readonly number?: string;
  readonly note?: string;
}

export interface LiftAlertInput {
  readonly number?: string;
  readonly note?: string;
}

export type RecipientKind = 'unit' | 'enterprise' | 'site';

export interface Recipient {
  readonly noticeId: number;
  readonly eventSeq: number;
  readonly kind: RecipientKind;
  readonly recipientId: string;
  readonly name: Bilingual;
  readonly deliveredAt: Instant | null;
  readonly acknowledgedAt: Instant | null;
  readonly acknowledgedBy: string | null;
  readonly reminders: number;
}

export interface Receipts {
  readonly summary: {
    readonly total: number;
    readonly acknowledged: number;
    readonly pending: number;
    readonly byKind: Readonly<
      Partial<Record<RecipientKind, { readonly total: number; readonly acknowledged: number }>>
    >;
  };
  readonly recipients: readonly Recipient[];
  /** The office's receipt report to the municipal office (sent by the server, not in the brief). */
  readonly report?: Bilingual;
}

/** A notice addressed to the signed-in user's unit or enterprise. */
export interface AirNotice {
  readonly id: number;
  readonly alertId: number;
  readonly eventSeq: number;
  /** The event's kind (the server sends it); a recipient kind is shown too, should one come. */
  readonly kind: AlertEventKind | RecipientKind;
  readonly level: AlertLevel | null;
  readonly levelLabel: Bilingual | null;
  readonly number: string | null;
  readonly at: Instant;
  readonly text: Bilingual;
  readonly deliveredAt: Instant | null;
  readonly acknowledgedAt: Instant | null;
}

/** The three kinds of measure, as 三 heads them under each level. */
export type MeasureGroup = 'health' | 'advisory' | 'mandatory';

/** One measure paragraph of 三 as `GET /api/v1/air/measures` sends it. */
export interface LevelMeasure {
  /** `<level>.<group>.<n>`, e.g. `orange.mandatory.3`. */
  readonly id: string;
  readonly level: AlertLevel;
  readonly group: MeasureGroup;
  readonly number: number;
  readonly family: string;
  /** Citation form, e.g. `三(二)3(3)`. */
  readonly clause: string;
  readonly text: Bilingual;
  /** The lead units as printed after "牵头单位:", or null where the paragraph names none. */
  readonly leadText: string | null;
  readonly leads: readonly {
    readonly code: string;
    readonly name: Bilingual;
    readonly as: string;
    readonly territorial: boolean;
  }[];
  /** True when the paragraph names no lead and the leads are the software's reading. */
  readonly leadsInferred: boolean;
  readonly proviso: Citation | null;
  readonly citation: Citation;
}

/** A measure of one family before and after a change of level. */
export interface MeasurePair {
  readonly family: string;
  readonly before: LevelMeasure;
  readonly after: LevelMeasure;
}

/** What a change of level adds, removes, rewords and keeps (`?level=<to>&from=<from>`). */
export interface MeasureChanges {
  readonly from: AlertLevelOrNone;
  readonly to: AlertLevelOrNone;
  readonly direction: 'raise' | 'lower' | 'same';
  readonly added: readonly LevelMeasure[];
  readonly removed: readonly LevelMeasure[];
  readonly changed: readonly MeasurePair[];
  readonly unchanged: readonly MeasurePair[];
}
