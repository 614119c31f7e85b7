/**
 * @module services/alerts/plan-input
 * Text fields of the sub-plan and inspection inputs, checked the way lifecycle.ts checks the
 * alert's: a rejected value names the field, the value and why, in both languages.
 */
import { invalidInput } from '../../engine/errors.ts';

/** Trimmed text of at most `max` characters, or null when absent or blank. */
export function optionalText(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.length > max) {
    throw invalidInput(field, value, `must be text of at most ${max} characters`, `须为不超过 ${max} 字的文本`);
  }
  const t = value.trim();
  return t === '' ? null : t;
}

/** Trimmed, non-blank text of at most `max` characters. */
export function requiredText(value: unknown, field: string, max: number): string {
  const t = optionalText(value, field, max);
  if (t === null) throw invalidInput(field, value, 'is required', '必填');
  return t;
}
