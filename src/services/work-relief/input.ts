/**
 * @module services/work-relief/input
 * The field checks of the work-relief inputs: every rejection names the field, the value and why,
 * in English and Chinese. Money arrives as yuan text and leaves as integer fen; dates are
 * `YYYY-MM-DD` in Asia/Shanghai; yes/no accepts the words a spreadsheet holds (是/否).
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { type Fen, parseYuan } from '../../engine/money.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';

const absent = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Trimmed text of at most `max` characters, or null when absent or blank. */
export function optionalText(value: unknown, field: string, max = 200): string | null {
  if (absent(value)) return null;
  if (typeof value !== 'string' && typeof value !== 'number')
    throw invalidInput(field, value, 'must be text', '须为文本');
  const t = String(value).trim();
  if (t.length > max)
    throw invalidInput(field, value, `must be at most ${max} characters`, `不得超过 ${max} 个字`);
  return t;
}

/** Trimmed, non-blank text of at most `max` characters. */
export function requiredText(value: unknown, field: string, max = 200): string {
  const t = optionalText(value, field, max);
  if (t === null) throw invalidInput(field, value, 'is required', '必填');
  return t;
}

/** A yuan amount (text with at most two decimals), not negative, as fen. */
export function yuanField(value: unknown, field: string, opts: { positive?: boolean } = {}): Fen {
  if (absent(value)) throw invalidInput(field, value, 'is required', '必填');
  const fen = parseYuan(typeof value === 'number' ? String(value) : value, field);
  if (fen < 0) throw invalidInput(field, value, 'must not be negative', '不得为负数');
  if (opts.positive && fen === 0) throw invalidInput(field, value, 'must be more than 0', '须大于 0');
  return fen;
}

/** A calendar date, required. */
export function dateField(value: unknown, field: string): CalendarDate {
  if (absent(value)) throw invalidInput(field, value, 'is required', '必填');
  return parseCalendarDate(typeof value === 'string' ? value.trim() : value, field);
}

/** A calendar date, or null when absent. */
export function optionalDate(value: unknown, field: string): CalendarDate | null {
  return absent(value) ? null : dateField(value, field);
}

/** An integer in `[min, max]`; absent gives `fallback` when there is one. */
export function intField(value: unknown, field: string, min: number, max: number, fallback?: number): number {
  if (absent(value)) {
    if (fallback !== undefined) return fallback;
    throw invalidInput(field, value, 'is required', '必填');
  }
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max)
    throw invalidInput(
      field,
      value,
      `must be a whole number from ${min} to ${max}`,
      `须为 ${min} 至 ${max} 的整数`,
    );
  return n;
}

const YES = new Set(['true', 'yes', 'y', '1', '是', '有', '√', '✓']);
const NO = new Set(['false', 'no', 'n', '0', '否', '无', '×']);
/** Yes or no: a boolean, or 是/否, yes/no, 1/0; absent gives `fallback`. */
export function boolField(value: unknown, field: string, fallback?: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (absent(value)) {
    if (fallback !== undefined) return fallback;
    throw invalidInput(field, value, 'is required', '必填');
  }
  const s = String(value).trim().toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  throw invalidInput(field, value, 'must be yes or no (是/否)', '须为“是”或“否”');
}

/** One of `allowed`'s keys, also given as its Chinese label. */
export function enumField<K extends string>(
  value: unknown,
  field: string,
  allowed: Readonly<Record<K, { zh: string; en: string }>>,
  fallback?: K,
): K {
  if (absent(value) && fallback !== undefined) return fallback;
  const s = typeof value === 'string' ? value.trim() : value;
  for (const [k, label] of Object.entries(allowed) as [K, { zh: string; en: string }][]) {
    if (s === k || s === label.zh) return k;
  }
  const keys = Object.keys(allowed);
  throw invalidInput(
    field,
    value,
    `must be one of ${keys.join(', ')}`,
    `须为 ${keys.join('、')} 之一（或其中文名称）`,
  );
}

/** A list of `allowed` keys: an array, or text separated by 、 , ; or spaces. */
export function enumList<K extends string>(
  value: unknown,
  field: string,
  allowed: Readonly<Record<K, { zh: string; en: string }>>,
): K[] {
  if (absent(value)) return [];
  const items = Array.isArray(value) ? value : String(value).split(/[、,，;；\s]+/);
  const out = items.filter((x) => !absent(x)).map((x, i) => enumField<K>(x, `${field}[${i}]`, allowed));
  return [...new Set(out)];
}

/** A month `YYYY-MM`. */
export function monthField(value: unknown, field: string): string {
  if (typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value.trim())) return value.trim();
  throw invalidInput(field, value, 'must be a month YYYY-MM', '须为 YYYY-MM 格式的月份');
}

/** A year from 2023 (the circular's year) to 2100. */
export function yearField(value: unknown, field = 'year'): number {
  return intField(value, field, 2023, 2100);
}

/**
 * Turns the database's unique-constraint refusal (two clerks writing the same thing at once; the
 * checks inside the transaction catch it otherwise) into `ZC_ERR_CONFLICT` naming the field.
 */
export async function uniqueOr<T>(work: Promise<T>, field: string, value: unknown, zh: string): Promise<T> {
  try {
    return await work;
  } catch (e) {
    const m = e instanceof Error ? e.message : '';
    if (!/UNIQUE constraint failed|duplicate key value|unique constraint/i.test(m)) throw e;
    throw new ZhengceError('ZC_ERR_CONFLICT', `${field}: ${JSON.stringify(value)} already exists`, {
      field,
      value,
      messageZh: `${field}：${zh}`,
    });
  }
}
