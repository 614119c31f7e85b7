/**
 * @module engine/money
 * Money as integer fen (分), a safe integer, never a float. Rates are exact rationals; every
 * conversion to fen names its rounding mode at the step the clause implies. Serialised as yuan
 * strings (`"1234.50"`), shown as 元 or 万元.
 */
import { describe, ZhengceError } from './errors.ts';
import { divRound, mul, parseRational, type Rational, type RoundingMode, ratio } from './rational.ts';

declare const fenBrand: unique symbol;
/** An amount in fen (1 元 = 100 fen), a safe integer. */
export type Fen = number & { readonly [fenBrand]: true };

export const FEN_PER_YUAN = 100;
export const FEN_PER_WAN_YUAN = 1_000_000;

/** Checks and brands an integer number of fen. */
export function fen(amount: number | bigint): Fen {
  const n = typeof amount === 'bigint' ? Number(amount) : amount;
  if (!Number.isSafeInteger(n) || (typeof amount === 'bigint' && BigInt(n) !== amount)) {
    throw new ZhengceError('ZC_ERR_INVALID_MONEY', `amount ${String(amount)} fen is not a safe integer`);
  }
  return n as Fen;
}

/** Whole yuan to fen. */
export function fromYuan(yuanAmount: number | bigint): Fen {
  return fen(BigInt(yuanAmount) * 100n);
}

/** 万元 to fen (e.g. `fromWanYuan(50)` is 500,000 元). Accepts exact decimal text: `"2.5"`. */
export function fromWanYuan(wan: number | string): Fen {
  const r = parseRational(wan, 'wanYuan');
  return toFen(mul(r, ratio(FEN_PER_WAN_YUAN)), 'half_up');
}

/**
 * Parses a yuan amount: a decimal string with at most two decimals (`"1234.5"`) or a number read
 * through its decimal text. More than two decimals is an error, not a silent rounding.
 */
export function parseYuan(value: unknown, field = 'amount'): Fen {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw moneyError(field, value, 'is not a yuan amount', '不是金额');
  }
  const s = String(value).trim();
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) {
    throw moneyError(
      field,
      value,
      'is not a yuan amount with at most two decimals',
      '不是最多两位小数的金额（元）',
    );
  }
  const neg = s.startsWith('-');
  const [int = '0', frac = ''] = (neg ? s.slice(1) : s).split('.');
  // Up to 13 integer digits the amount in fen stays below 2^53, where numbers are exact: no bigint
  // needed (this runs for every amount of every row of a grant run).
  if (int.length <= 13) {
    const n = Number(int) * 100 + (frac === '' ? 0 : Number(frac.padEnd(2, '0')));
    return (neg && n !== 0 ? -n : n) as Fen;
  }
  const f = BigInt(int) * 100n + BigInt(frac.padEnd(2, '0'));
  const n = Number(neg ? -f : f);
  if (!Number.isSafeInteger(n)) throw moneyError(field, value, 'is too large', '金额过大');
  return n as Fen;
}

function moneyError(field: string, value: unknown, reason: string, reasonZh: string): ZhengceError {
  return new ZhengceError('ZC_ERR_INVALID_MONEY', `${field}: ${describe(value)} ${reason}`, {
    field,
    value,
    messageZh: `${field}：${describe(value)} ${reasonZh}`,
  });
}

/** Rounds an exact amount of fen to whole fen. */
export function toFen(amountInFen: Rational, mode: RoundingMode): Fen {
  return fen(divRound(amountInFen.n, amountInFen.d, mode));
}

/** `amount × rate`, rounded to the fen by `mode`. */
export function applyRate(amount: Fen, rate: Rational, mode: RoundingMode): Fen {
  return fen(divRound(BigInt(amount) * rate.n, rate.d, mode));
}

/** The exact product `amount × rate`, in fen, before rounding (for traces and further steps). */
export function exactProduct(amount: Fen, rate: Rational): Rational {
  return ratio(BigInt(amount) * rate.n, rate.d);
}

export function addFen(...amounts: readonly Fen[]): Fen {
  return fen(amounts.reduce((s, a) => s + BigInt(a), 0n));
}
export function subFen(a: Fen, b: Fen): Fen {
  return fen(BigInt(a) - BigInt(b));
}
export function minFen(...amounts: readonly Fen[]): Fen {
  if (amounts.length === 0) throw new ZhengceError('ZC_ERR_INTERNAL', 'minFen of nothing');
  return Math.min(...amounts) as Fen;
}
export function maxFen(...amounts: readonly Fen[]): Fen {
  if (amounts.length === 0) throw new ZhengceError('ZC_ERR_INTERNAL', 'maxFen of nothing');
  return Math.max(...amounts) as Fen;
}
/** Multiplies by a whole count (vehicles, units). */
export function timesFen(amount: Fen, count: number): Fen {
  if (!Number.isSafeInteger(count))
    throw new ZhengceError('ZC_ERR_INVALID_INPUT', `count ${count} is not an integer`);
  return fen(BigInt(amount) * BigInt(count));
}

/** Serialises fen as a yuan string with two decimals: `123450` → `"1234.50"`. */
export function formatYuan(amount: Fen): string {
  const neg = amount < 0;
  const abs = Math.abs(amount);
  const s = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** Display form with thousands separators: `"1,234.50 元"` (zh) or `"¥1,234.50"` (en). */
export function displayYuan(amount: Fen, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const [int = '0', frac = '00'] = formatYuan(amount).split('.');
  const neg = int.startsWith('-');
  const grouped = (neg ? int.slice(1) : int).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = `${neg ? '-' : ''}${grouped}.${frac}`;
  return locale === 'en' ? `¥${body}` : `${body} 元`;
}

/** 万元 display, exact (trailing zeros trimmed): `5000000` fen → `"5 万元"`, `123450` → `"0.12345 万元"`. */
export function displayWanYuan(amount: Fen, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const neg = amount < 0;
  const abs = Math.abs(amount);
  const int = Math.floor(abs / FEN_PER_WAN_YUAN);
  const frac = String(abs % FEN_PER_WAN_YUAN)
    .padStart(6, '0')
    .replace(/0+$/, '');
  const body = `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
  return locale === 'en' ? `${body} × 10,000 yuan` : `${body} 万元`;
}
