/**
 * @module services/enterprise-service/input
 * Reading request bodies: text, lists of objects and JSON, each refusal naming its field.
 */
import { invalidInput } from '../../engine/errors.ts';

export type Input = Readonly<Record<string, unknown>>;

/** An input object; anything else is refused naming `body`. */
export function asInput(value: unknown): Input {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Input;
  throw invalidInput('body', value, 'must be an object', '须为对象');
}

/** Trimmed text of at most `max` characters; undefined when absent and not required. */
export function text(input: Input, field: string, required: boolean, max = 200): string | undefined {
  const v = input[field];
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
    if (required) throw invalidInput(field, v, 'is required', '必填');
    return undefined;
  }
  if (typeof v !== 'string') throw invalidInput(field, v, 'must be text', '须为文本');
  const s = v.trim();
  if (s.length > max)
    throw invalidInput(field, `${s.slice(0, 20)}…`, `is longer than ${max} characters`, `超过 ${max} 个字符`);
  return s;
}

/** One of `allowed`, or `fallback` when absent. */
export function oneOf<T extends string>(input: Input, field: string, allowed: readonly T[], fallback?: T): T {
  const v = input[field];
  if ((v === undefined || v === null || v === '') && fallback !== undefined) return fallback;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  const known = allowed.join(', ');
  throw invalidInput(field, v, `must be one of ${known}`, `须为以下之一：${known}`);
}

/** A list of objects each with a non-empty text `name` (sites, key projects, packages). */
export function namedList(input: Input, field: string): Record<string, unknown>[] | undefined {
  const v = input[field];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.length > 200)
    throw invalidInput(field, v, 'must be a list (at most 200)', '须为列表（至多200项）');
  return v.map((x, i) => {
    const o =
      x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : null;
    if (!o || typeof o.name !== 'string' || o.name.trim() === '')
      throw invalidInput(`${field}[${i}].name`, o?.name, 'is required', '必填');
    return o;
  });
}

/** A list of department codes (协同商办). */
export function textList(input: Input, field: string): string[] | undefined {
  const v = input[field];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.trim() !== ''))
    throw invalidInput(field, v, 'must be a list of texts', '须为文本列表');
  return v.map((x: string) => x.trim());
}

export const parseJson = <T>(s: string | null, fallback: T): T =>
  s === null ? fallback : (JSON.parse(s) as T);
