/**
 * @module services/alerts/plan-input
 * Text fields of the sub-plan and inspection inputs, checked the way lifecycle.ts checks the
 * alert's: a rejected value names the field, the value and why, in both languages; and the
 * 24-hour contact's phone number (29号 四(三)).
 */
import { invalidInput } from '../../engine/errors.ts';
import { checkMobilePhone, maskPhone } from '../../engine/identifiers.ts';

/** Trimmed text of at most `max` characters, or null when absent or blank. */
export function optionalText(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.length > max) {
    throw invalidInput(
      field,
      value,
      `must be text of at most ${max} characters`,
      `须为不超过 ${max} 字的文本`,
    );
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

/**
 * A 24-hour contact number: a mainland mobile (`13812345678`, `+86 138 1234 5678`) or a landline
 * with its area code and a local number of 7–8 digits not starting with 0 or 1 (`010-67881234`,
 * `(0755)22345678`; 010 and 02x take 8 digits; no extension — a duty line must ring through).
 * Returns the normalised number: 11 digits, or `area-local`.
 */
export function parseContactPhone(value: unknown, field = 'contactPhone'): string {
  const mobile = checkMobilePhone(value);
  if (mobile.valid) return mobile.normalized;
  const digits = typeof value === 'string' ? value.normalize('NFKC').replace(/[\s\-()（）]/g, '') : '';
  const m = /^(0(?:[12]\d|[3-9]\d{2}))([2-9]\d{6,7})$/.exec(digits);
  if (m && !(m[1]!.length === 3 && m[2]!.length !== 8)) return `${m[1]}-${m[2]}`;
  // The value may be a real number mistyped: name it masked, never in full.
  throw invalidInput(
    field,
    typeof value === 'string' || typeof value === 'number' ? maskPhone(String(value)) : value,
    'must be a mainland mobile number (11 digits, 1[3-9]…) or a landline with its area code, e.g. 010-67881234',
    '须为大陆手机号（11 位，1[3-9] 开头）或带区号的固定电话，如 010-67881234',
  );
}
