/**
 * @module web/lib/air-aqi
 * The AQI calculator's inputs: which indicators each edition of HJ 633 reports (chosen, like the
 * API does, by the date of the data), their names and units, the body sent (filled values only,
 * as decimal text), and the parameters of the API's notes made readable.
 */
import type { AqiKey, AqiMode } from './air-types.ts';

/** The first day of data HJ 633-2026 governs (its 前言: HJ 633-2012 废止 from then). */
export const HJ633_2026_FROM = '2026-03-01';

/**
 * The inputs offered per edition and report. 2012 daily §5.1.2 (seven, O₃ 1-hour included);
 * 2012 real-time §5.1.3 (PM by 24-hour moving mean; SO₂ 24-hour only stands in above 800 µg/m³);
 * 2026 daily §4.2.2 (six) and real-time (1-hour values).
 */
const INDICATORS: Readonly<Record<'2012' | '2026', Readonly<Record<AqiMode, readonly AqiKey[]>>>> = {
  '2012': {
    daily: ['pm25_24h', 'pm10_24h', 'o3_8h', 'o3_1h', 'no2_24h', 'so2_24h', 'co_24h'],
    hourly: ['pm25_24h', 'pm10_24h', 'o3_1h', 'o3_8h', 'no2_1h', 'so2_1h', 'co_1h', 'so2_24h'],
  },
  '2026': {
    daily: ['pm25_24h', 'pm10_24h', 'o3_8h', 'no2_24h', 'so2_24h', 'co_24h'],
    hourly: ['pm25_1h', 'pm10_1h', 'o3_1h', 'no2_1h', 'so2_1h', 'co_1h'],
  },
};

/** The edition the API will use for data of `date`. */
export function editionFor(date: string): '2012' | '2026' {
  return date < HJ633_2026_FROM ? '2012' : '2026';
}

/** The indicator inputs to show for data of `date` in `mode`. */
export function indicatorsFor(date: string, mode: AqiMode): readonly AqiKey[] {
  return INDICATORS[editionFor(date)][mode];
}

const SYMBOL: Readonly<Record<string, string>> = {
  pm25: 'PM2.5',
  pm10: 'PM10',
  so2: 'SO₂',
  no2: 'NO₂',
  co: 'CO',
  o3: 'O₃',
};

/** Every key the API knows. */
export const AQI_KEYS: readonly AqiKey[] = [
  'so2_24h',
  'so2_1h',
  'no2_24h',
  'no2_1h',
  'co_24h',
  'co_1h',
  'o3_1h',
  'o3_8h',
  'pm10_24h',
  'pm10_1h',
  'pm25_24h',
  'pm25_1h',
];

export function isAqiKey(value: unknown): value is AqiKey {
  return typeof value === 'string' && (AQI_KEYS as readonly string[]).includes(value);
}

/** The pollutant's symbol, e.g. `pm25_24h` → `PM2.5`. */
export function pollutantSymbol(key: AqiKey): string {
  const p = key.split('_')[0] ?? key;
  return SYMBOL[p] ?? p;
}

/** The averaging time of a key: `24h`, `8h` or `1h`. */
export function averaging(key: AqiKey): '24h' | '8h' | '1h' {
  const a = key.split('_')[1];
  return a === '8h' || a === '1h' ? a : '24h';
}

/** CO in mg/m³, every other pollutant in µg/m³. */
export function unitOf(key: AqiKey): 'mg/m³' | 'µg/m³' {
  return key.startsWith('co_') ? 'mg/m³' : 'µg/m³';
}

/** A non-negative decimal as typed (full-width digits and a trailing point tolerated). */
const DECIMAL = /^\d+(?:\.\d*)?$|^\.\d+$/;

/** Full-width digits and point (typed with a Chinese IME) as ASCII. */
function halfWidth(s: string): string {
  return s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * The request body: the filled inputs of the shown indicators as trimmed decimal text, and the
 * keys whose text is no number (marked before anything is sent).
 */
export function aqiBody(
  keys: readonly AqiKey[],
  values: Readonly<Record<string, string>>,
): { body: Record<string, string>; invalid: AqiKey[] } {
  const body: Record<string, string> = {};
  const invalid: AqiKey[] = [];
  for (const k of keys) {
    const raw = halfWidth((values[k] ?? '').trim());
    if (raw === '') continue;
    if (!DECIMAL.test(raw)) invalid.push(k);
    else body[k] = raw.endsWith('.') ? raw.slice(0, -1) : raw;
  }
  return { body, invalid };
}

/**
 * A note's parameters ready for a message: indicator keys by name, lists joined, the rest as text.
 * @param label how to name an indicator key in the interface language.
 * @param separator between list items (`、` in Chinese).
 */
export function noteParams(
  params: Readonly<Record<string, unknown>>,
  label: (key: AqiKey) => string,
  separator: string,
): Record<string, string> {
  const one = (v: unknown): string => {
    if (isAqiKey(v)) return label(v);
    if (v === null || v === undefined) return '';
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params))
    out[k] = Array.isArray(v) ? v.map(one).join(separator) : one(v);
  return out;
}
