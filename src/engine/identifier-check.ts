/**
 * @module engine/identifier-check
 * What every identifier check shares: issues with a code, a severity, params and wording in zh-CN
 * and en ({@link IDENTIFIER_MESSAGES}), normalisation of what people type, and the error a `parse*`
 * throws. See `identifiers.ts` (credit codes, resident IDs, cards, phones) and `plate.ts`.
 */
import { invalidInput } from './errors.ts';
import { type Bilingual, type MessageCatalog, renderBilingual } from './messages.ts';

/** `error` makes the value invalid; `warning` is shown and may be overridden (with an audit entry). */
export type IssueSeverity = 'error' | 'warning';
/** One finding about an identifier; `message` is rendered from {@link IDENTIFIER_MESSAGES}. */
export interface IdentifierIssue {
  readonly code: string;
  readonly severity: IssueSeverity;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: Bilingual;
}
/** The common answer of every check: `valid` is false exactly when some issue is an error. */
export interface IdentifierCheck {
  readonly valid: boolean;
  /** The value after normalisation (NFKC, separators removed, upper case). */
  readonly normalized: string;
  readonly issues: readonly IdentifierIssue[];
}

/** Wording of every issue code, zh-CN and en. */
export const IDENTIFIER_MESSAGES: MessageCatalog = {
  'credit_code.length': { zh: '应为 18 位，实为 {length} 位', en: 'must have 18 characters, has {length}' },
  'credit_code.character': {
    zh: '第 {position} 位“{char}”不是代码字符（代码不使用 I、O、S、V、Z）',
    en: 'character {position} "{char}" is not a code character (codes never use I, O, S, V or Z)',
  },
  'credit_code.authority': {
    zh: '第 1 位“{char}”不是登记管理部门代码',
    en: 'first character "{char}" is not a registration-authority code',
  },
  'credit_code.type': {
    zh: '第 2 位“{char}”不是{authorityZh}登记的机构类别代码（应为 {allowed} 之一）',
    en: 'second character "{char}" is not an institution type of {authorityEn} (one of {allowed})',
  },
  'credit_code.region': {
    zh: '第 3–8 位“{region}”应为 6 位数字',
    en: 'characters 3–8 "{region}" must be digits',
  },
  'credit_code.checksum': {
    zh: '校验码为“{actual}”，按 GB 32100 计算应为“{expected}”；请核对，管理员核实后可放行',
    en: 'check character is "{actual}", GB 32100 gives "{expected}"; verify it (an administrator may override)',
  },
  'resident_id.length': { zh: '应为 18 位，实为 {length} 位', en: 'must have 18 characters, has {length}' },
  'resident_id.character': {
    zh: '前 17 位应为数字，末位为数字或 X',
    en: 'the first 17 characters must be digits, the last a digit or X',
  },
  'resident_id.birth_date': { zh: '出生日期 {digits} 不存在', en: 'birth date {digits} does not exist' },
  'resident_id.birth_future': {
    zh: '出生日期 {birthDate} 晚于 {asOf}',
    en: 'birth date {birthDate} is after {asOf}',
  },
  'resident_id.checksum': {
    zh: '校验码应为“{expected}”，实为“{actual}”',
    en: 'check character should be "{expected}", is "{actual}"',
  },
  'bank_card.format': { zh: '银行卡号应为 12–19 位数字', en: 'a bank card number has 12–19 digits' },
  'bank_card.luhn': {
    zh: '卡号未通过 Luhn 校验，请核对',
    en: 'the number fails the Luhn check; please verify it',
  },
  'mobile.format': {
    zh: '手机号应为以 13–19 开头的 11 位数字',
    en: 'a mainland mobile number has 11 digits starting 13–19',
  },
  'plate.province': {
    zh: '首字“{char}”不是省份简称',
    en: 'first character "{char}" is not a province abbreviation',
  },
  'plate.authority': {
    zh: '第 2 位“{char}”应为发牌机关字母',
    en: 'second character "{char}" must be the issuing authority letter',
  },
  'plate.serial': {
    zh: '序号只用字母（不含 I、O）和数字',
    en: 'the serial takes digits and letters other than I, O',
  },
  'plate.new_energy': {
    zh: '8 位新能源号牌应如“京AD12345”（小型，D/F 在序号首位）或“京A12345D”（大型，D/F 在末位）',
    en: 'an 8-character new-energy plate reads like 京AD12345 (small: D/F first) or 京A12345D (large: D/F last)',
  },
  'plate.length': {
    zh: '号牌应为 7 位（新能源 8 位），实为 {length} 位',
    en: 'a plate has 7 characters (8 for new energy), this has {length}',
  },
};

export type Params = Readonly<Record<string, string | number>>;
/** An issue with its wording. */
export const issue = (code: string, severity: IssueSeverity, params: Params = {}): IdentifierIssue => ({
  code,
  severity,
  params,
  message: renderBilingual(code, params, IDENTIFIER_MESSAGES),
});
/** A check's result from its issues: valid unless an issue is an error. */
export const done = <T extends object>(normalized: string, issues: IdentifierIssue[], extra: T) => ({
  valid: !issues.some((i) => i.severity === 'error'),
  normalized,
  issues,
  ...extra,
});
/** NFKC (full-width to half-width), drop blanks and the separators people type, upper case. */
export function normalize(value: unknown, separators: RegExp): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  return String(value).normalize('NFKC').replace(separators, '').toUpperCase();
}
/** Blanks and dashes people type inside identifiers. */
export const BLANKS = /[\s\-‐‑–—]/g;
/** Throws `ZC_ERR_INVALID_INPUT` naming `field`, worded from the error issues. */
export function fail(field: string, value: unknown, issues: readonly IdentifierIssue[]): never {
  const errors = issues.filter((i) => i.severity === 'error');
  const en = errors.map((i) => i.message.en).join('; ');
  throw invalidInput(field, value, en, errors.map((i) => i.message.zh).join('；'));
}
