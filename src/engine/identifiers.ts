/**
 * @module engine/identifiers
 * Identifiers the documents' workflows take in: the Unified Social Credit Code (GB 32100-2015),
 * the resident ID number (GB 11643-1999), bank cards (Luhn), mainland mobile numbers and vehicle
 * plates (GA 36-2018). Checks answer data — `issues` with a code, a severity, params and wording
 * from {@link IDENTIFIER_MESSAGES} — and never throw; `parse*` throw `ZC_ERR_INVALID_INPUT` naming
 * the field. Decisions (policy-notes.md "Identifiers"; D-29-4): positions 3–8 of a credit code are
 * not checked against GB/T 2260 (E-Town codes carry 110302); a failing credit-code or Luhn check is
 * a warning, a failing resident-ID check an error; a plate ending in a letter counts as digit 0.
 */
import { invalidInput } from './errors.ts';
import {
  BLANKS,
  done,
  fail,
  type IdentifierCheck,
  type IdentifierIssue,
  issue,
  normalize,
} from './identifier-check.ts';
import type { Bilingual } from './messages.ts';
import { type CalendarDate, isCalendarDate } from './period.ts';

export * from './identifier-check.ts';
export * from './plate.ts';

// ---------------------------------------------------------------- Unified Social Credit Code

/** GB 32100-2015: the 31 code characters (no I, O, S, V, Z); a character's value is its index. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100-2015 weights of positions 1–17 (3^(i−1) mod 31). */
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Registration authorities (position 1) and, where checked, their institution types (position 2).
 * GB 32100-2015 Table 1 defines 1, 5, 9 and Y; the others were assigned by later notices (law firms
 * carry 3, trade unions 8, rural collectives N). Types are checked only for 1 (机关 1, 事业单位 2,
 * 群众团体 3, 其他 9), 5 (社会团体 1, 民办非企业单位 2, 基金会 3, 其他 9) and 9 (企业 1, 个体工商户 2,
 * 农民专业合作社 3); elsewhere any code character passes (`types: null`), so that no issued code is
 * refused for a table this module may not know in full.
 */
export const CREDIT_CODE_AUTHORITIES: Readonly<Record<string, { name: Bilingual; types: string | null }>> = {
  '1': { name: { zh: '机构编制', en: 'institutional establishment' }, types: '1239' },
  '2': { name: { zh: '外交', en: 'foreign affairs' }, types: null },
  '3': { name: { zh: '司法行政', en: 'judicial administration' }, types: null },
  '4': { name: { zh: '文化', en: 'culture' }, types: null },
  '5': { name: { zh: '民政', en: 'civil affairs' }, types: '1239' },
  '6': { name: { zh: '旅游', en: 'tourism' }, types: null },
  '7': { name: { zh: '宗教', en: 'religious affairs' }, types: null },
  '8': { name: { zh: '工会', en: 'trade unions' }, types: null },
  '9': { name: { zh: '工商', en: 'industry and commerce' }, types: '123' },
  A: { name: { zh: '中央军委改革和编制办公室', en: 'the CMC reform and establishment office' }, types: null },
  N: { name: { zh: '农业', en: 'agriculture' }, types: null },
  Y: { name: { zh: '其他', en: 'other authorities' }, types: null },
};

/** The result of {@link checkCreditCode}. */
export interface CreditCodeCheck extends IdentifierCheck {
  /** True when the 18th character matches positions 1–17 (false when the format is broken). */
  readonly checksumOk: boolean;
  /** Positions 3–8, the registering authority's area code (`110302` for E-Town), when well-formed. */
  readonly regionCode: string | null;
}

/**
 * The check character of the first 17 characters: `(31 − Σ value×weight mod 31) mod 31`.
 * @throws ZC_ERR_INVALID_INPUT (field `first17`) when not 17 code characters.
 */
export function creditCodeCheckChar(first17: string): string {
  const s = normalize(first17, BLANKS);
  if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(s)) {
    throw invalidInput(
      'first17',
      first17,
      'is not 17 credit-code characters',
      '不是 17 位统一社会信用代码字符',
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(s.charAt(i)) * CREDIT_CODE_WEIGHTS[i]!;
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** Checks a Unified Social Credit Code. Format faults are errors; a wrong check character a warning. */
export function checkCreditCode(value: unknown): CreditCodeCheck {
  const s = normalize(value, BLANKS);
  const chars = [...s];
  const issues: IdentifierIssue[] = [];
  const bad = chars.findIndex((c) => !CREDIT_CODE_CHARSET.includes(c));
  if (chars.length !== 18) issues.push(issue('credit_code.length', 'error', { length: chars.length }));
  else if (bad >= 0)
    issues.push(issue('credit_code.character', 'error', { position: bad + 1, char: chars[bad]! }));
  if (issues.length > 0) return done(s, issues, { checksumOk: false, regionCode: null });
  const authority = CREDIT_CODE_AUTHORITIES[s.charAt(0)];
  if (!authority) {
    issues.push(issue('credit_code.authority', 'error', { char: s.charAt(0) }));
  } else if (authority.types !== null && !authority.types.includes(s.charAt(1))) {
    const { zh: authorityZh, en: authorityEn } = authority.name;
    const allowed = authority.types.split('').join(', ');
    issues.push(issue('credit_code.type', 'error', { char: s.charAt(1), authorityZh, authorityEn, allowed }));
  }
  const region = s.slice(2, 8);
  const regionOk = /^\d{6}$/.test(region);
  if (!regionOk) issues.push(issue('credit_code.region', 'error', { region }));
  const expected = creditCodeCheckChar(s.slice(0, 17));
  const checksumOk = expected === s.charAt(17);
  if (!checksumOk) issues.push(issue('credit_code.checksum', 'warning', { expected, actual: s.charAt(17) }));
  return done(s, issues, { checksumOk, regionCode: regionOk ? region : null });
}

/**
 * Parses a credit code for a shell: the check, or `ZC_ERR_INVALID_INPUT` naming `field` on a
 * format error. A checksum warning does not throw; it stays in `issues` for the caller to show.
 */
export function parseCreditCode(value: unknown, field = 'creditCode'): CreditCodeCheck {
  const r = checkCreditCode(value);
  return r.valid ? r : fail(field, value, r.issues);
}

// ---------------------------------------------------------------- Resident ID (GB 11643)

/** GB 11643-1999 weights of positions 1–17 (2^(18−i) mod 11). */
export const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/** The result of {@link checkResidentId}. */
export interface ResidentIdCheck extends IdentifierCheck {
  readonly birthDate: CalendarDate | null;
  /** From the parity of position 17 (odd: male). */
  readonly sex: 'male' | 'female' | null;
}

/** The check character of 17 digits: `'10X98765432'[Σ digit×weight mod 11]`. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw invalidInput('first17', first17, 'is not 17 digits', '不是 17 位数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * RESIDENT_ID_WEIGHTS[i]!;
  return '10X98765432'.charAt(sum % 11);
}

/**
 * Checks an 18-character resident ID: digits, a birth date that exists and is not after `asOf`
 * (when given — this module has no clock), and the check character. 15-digit first-generation
 * numbers are refused. Every fault is an error. A lower-case `x` is accepted as `X`.
 */
export function checkResidentId(value: unknown, asOf?: CalendarDate): ResidentIdCheck {
  const s = normalize(value, BLANKS);
  const issues: IdentifierIssue[] = [];
  if (!/^\d{17}[\dX]$/.test(s)) {
    const length = [...s].length;
    issues.push(issue(length === 18 ? 'resident_id.character' : 'resident_id.length', 'error', { length }));
    return done(s, issues, { birthDate: null, sex: null });
  }
  const date = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  const birthDate = isCalendarDate(date) ? date : null;
  if (birthDate === null) issues.push(issue('resident_id.birth_date', 'error', { digits: s.slice(6, 14) }));
  else if (asOf !== undefined && birthDate > asOf) {
    issues.push(issue('resident_id.birth_future', 'error', { birthDate, asOf }));
  }
  const expected = residentIdCheckChar(s.slice(0, 17));
  if (expected !== s.charAt(17)) {
    issues.push(issue('resident_id.checksum', 'error', { expected, actual: s.charAt(17) }));
  }
  return done(s, issues, { birthDate, sex: Number(s.charAt(16)) % 2 === 1 ? 'male' : 'female' });
}

/** Parses a resident ID or throws `ZC_ERR_INVALID_INPUT` naming `field`; the error carries only the masked value. */
export function parseResidentId(value: unknown, field = 'residentId', asOf?: CalendarDate): ResidentIdCheck {
  const r = checkResidentId(value, asOf);
  return r.valid ? r : fail(field, maskResidentId(typeof value === 'string' ? value : ''), r.issues);
}

/** `110101********123X`: keeps the first 6 (area) and last 4 characters. Never throws. */
export function maskResidentId(value: string): string {
  const s = normalize(value, BLANKS);
  return s.length >= 11 ? `${s.slice(0, 6)}${'*'.repeat(s.length - 10)}${s.slice(-4)}` : '*'.repeat(s.length);
}

// ---------------------------------------------------------------- Bank cards and phones

/** The Luhn (mod 10) check; false for anything but digits. Not every Chinese card follows it. */
export function luhnOk(card: string): boolean {
  const s = normalize(card, BLANKS);
  if (!/^\d+$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s.charAt(s.length - 1 - i));
    sum += i % 2 === 0 ? d : d * 2 > 9 ? d * 2 - 9 : d * 2;
  }
  return sum % 10 === 0;
}

/** Checks a bank card number: 12–19 digits (error); a failing Luhn check is only a warning. */
export function checkBankCard(value: unknown): IdentifierCheck & { readonly luhnOk: boolean } {
  const s = normalize(value, BLANKS);
  if (!/^\d{12,19}$/.test(s)) return done(s, [issue('bank_card.format', 'error')], { luhnOk: false });
  const ok = luhnOk(s);
  return done(s, ok ? [] : [issue('bank_card.luhn', 'warning')], { luhnOk: ok });
}

/** `**** **** **** 1234`: only the last 4 digits, in a fixed shape that also hides the length. */
export function maskBankCard(value: string): string {
  const digits = normalize(value, BLANKS).replace(/\D/g, '');
  return digits.length >= 4 ? `**** **** **** ${digits.slice(-4)}` : '****';
}

const PHONE_SEPARATORS = /[\s\-()（）]/g;
/** Checks a mainland mobile number, 11 digits `1[3-9]…`; a `+86` or `0086` prefix is dropped. */
export function checkMobilePhone(value: unknown): IdentifierCheck {
  const s = normalize(value, PHONE_SEPARATORS).replace(/^(\+86|0086)/, '');
  return done(s, /^1[3-9]\d{9}$/.test(s) ? [] : [issue('mobile.format', 'error')], {});
}

/** `138****5678`: keeps the first 3 and last 4 digits of an 11-digit number. Never throws. */
export function maskPhone(value: string): string {
  const s = normalize(value, PHONE_SEPARATORS).replace(/^(\+86|0086)/, '');
  if (s.length === 11) return `${s.slice(0, 3)}****${s.slice(-4)}`;
  return s.length > 4 ? `${'*'.repeat(s.length - 4)}${s.slice(-4)}` : '*'.repeat(s.length);
}
