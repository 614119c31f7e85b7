/**
 * @module engine/rational
 * Exact rational numbers over bigint. Rates ("30%", "1.5 元/m²/day"), areas and concentrations
 * are parsed from their decimal text into exact fractions, so no step ever meets a binary
 * floating-point error (policy-notes: `Math.ceil(100/520*(2120.8-2100)+400)` is 405 in floats,
 * 404 exactly).
 */
import { describe, ZhengceError } from './errors.ts';

/** An exact fraction `n/d` in lowest terms with `d > 0`. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

/** How to turn a fraction into an integer. `half_up` rounds halves away from zero (四舍五入). */
export type RoundingMode = 'half_up' | 'half_even' | 'half_down' | 'up' | 'down' | 'ceiling' | 'floor';

export const ROUNDING_MODES: readonly RoundingMode[] = [
  'half_up',
  'half_even',
  'half_down',
  'up',
  'down',
  'ceiling',
  'floor',
];

const DECIMAL_RE = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const FRACTION_RE = /^([+-]?\d+)\/(\d+)$/;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Builds `n/d` in lowest terms. */
export function ratio(n: bigint | number, d: bigint | number = 1n): Rational {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new ZhengceError('ZC_ERR_INVALID_INPUT', 'division by zero');
  if (dd < 0n) {
    nn = -nn;
    dd = -dd;
  }
  const g = gcd(nn, dd);
  return g > 1n ? { n: nn / g, d: dd / g } : { n: nn, d: dd };
}

/**
 * Parses exact decimal text (`"0.3"`, `"-12.50"`, `"1e3"`), a fraction (`"1/3"`), a percentage
 * (`"30%"`), or a finite JS number (read through its shortest decimal form, i.e. exactly what the
 * user typed in JSON). Throws `ZC_ERR_INVALID_INPUT` naming `field`.
 */
export function parseRational(value: unknown, field = 'value'): Rational {
  if (typeof value === 'string') {
    // Rates and limits ("30%", "0.5") are read on every evaluation: their values are kept.
    const hit = PARSED.get(value);
    if (hit) return hit;
    const r = Object.freeze(parseRationalUncached(value, field));
    if (PARSED.size < PARSED_MAX) PARSED.set(value, r);
    return r;
  }
  return parseRationalUncached(value, field);
}

/** Texts parsed so far (the first {@link PARSED_MAX}; rationals are immutable values). */
const PARSED = new Map<string, Rational>();
const PARSED_MAX = 4096;

function parseRationalUncached(value: unknown, field: string): Rational {
  if (typeof value === 'bigint') return ratio(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw bad(field, value, 'is not a finite number', '不是有限数值');
    return parseRational(String(value), field);
  }
  if (typeof value !== 'string') throw bad(field, value, 'is not a number', '不是数值');
  const s = value.trim();
  if (s.endsWith('%')) {
    const r = parseRational(s.slice(0, -1), field);
    return ratio(r.n, r.d * 100n);
  }
  const f = FRACTION_RE.exec(s);
  if (f) {
    if (BigInt(f[2]!) === 0n) throw bad(field, value, 'has a zero denominator', '分母为零');
    return ratio(BigInt(f[1]!), BigInt(f[2]!));
  }
  const m = DECIMAL_RE.exec(s);
  if (!m) throw bad(field, value, 'is not a decimal number', '不是十进制数');
  const frac = m[3] ?? '';
  let n = BigInt(m[2]! + frac);
  let d = 10n ** BigInt(frac.length);
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  if (Math.abs(exp) > 400) throw bad(field, value, 'has an exponent out of range', '指数超出范围');
  if (exp > 0) n *= 10n ** BigInt(exp);
  else if (exp < 0) d *= 10n ** BigInt(-exp);
  if (m[1] === '-') n = -n;
  return ratio(n, d);
}

function bad(field: string, value: unknown, reason: string, reasonZh: string): ZhengceError {
  return new ZhengceError('ZC_ERR_INVALID_INPUT', `${field}: ${describe(value)} ${reason}`, {
    field,
    value,
    messageZh: `${field}：${describe(value)} ${reasonZh}`,
  });
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

export function add(a: Rational, b: Rational): Rational {
  return ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}
export function sub(a: Rational, b: Rational): Rational {
  return ratio(a.n * b.d - b.n * a.d, a.d * b.d);
}
export function mul(a: Rational, b: Rational): Rational {
  return ratio(a.n * b.n, a.d * b.d);
}
export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new ZhengceError('ZC_ERR_INVALID_INPUT', 'division by zero');
  return ratio(a.n * b.d, a.d * b.n);
}
/** -1, 0 or 1. */
export function cmp(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}
export function min(a: Rational, b: Rational): Rational {
  return cmp(a, b) <= 0 ? a : b;
}
export function max(a: Rational, b: Rational): Rational {
  return cmp(a, b) >= 0 ? a : b;
}

/** Divides `n` by `d` (d > 0) and rounds to an integer by `mode`. */
export function divRound(n: bigint, d: bigint, mode: RoundingMode): bigint {
  if (d <= 0n) throw new ZhengceError('ZC_ERR_INVALID_INPUT', 'divisor must be positive');
  const q = n / d; // truncates toward zero
  const r = n % d;
  if (r === 0n) return q;
  const sign = n < 0n ? -1n : 1n;
  const twice = 2n * (r < 0n ? -r : r);
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return q + sign;
    case 'floor':
      return sign < 0n ? q - 1n : q;
    case 'ceiling':
      return sign > 0n ? q + 1n : q;
    case 'half_up':
      return twice >= d ? q + sign : q;
    case 'half_down':
      return twice > d ? q + sign : q;
    case 'half_even':
      if (twice > d) return q + sign;
      if (twice < d) return q;
      return q % 2n === 0n ? q : q + sign;
  }
}

/** Rounds a rational to an integer. */
export function roundRational(x: Rational, mode: RoundingMode): bigint {
  return divRound(x.n, x.d, mode);
}

/** Exact decimal text when the fraction terminates within `maxDigits`, else `"n/d"`. */
export function toDecimalString(x: Rational, maxDigits = 12): string {
  if (x.d === 1n) return x.n.toString();
  // A fraction in lowest terms terminates iff d = 2^a·5^b; it then needs max(a, b) digits.
  let d = x.d;
  let twos = 0;
  let fives = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  const digits = Math.max(twos, fives);
  if (d !== 1n || digits > maxDigits) return `${x.n}/${x.d}`;
  const scaled = (x.n * 10n ** BigInt(digits)) / x.d;
  const neg = scaled < 0n;
  const abs = (neg ? -scaled : scaled).toString().padStart(digits + 1, '0');
  return `${neg ? '-' : ''}${abs.slice(0, abs.length - digits)}.${abs.slice(abs.length - digits)}`;
}

/** Percentage text, e.g. `30%`, `33.3333%` (rounded half up to `digits` places when inexact). */
export function toPercentString(x: Rational, digits = 4): string {
  const p = mul(x, ratio(100));
  const exact = toDecimalString(p, digits);
  if (!exact.includes('/')) return `${exact}%`;
  const scale = 10n ** BigInt(digits);
  return `${toDecimalString(ratio(roundRational(mul(p, ratio(scale)), 'half_up'), scale))}%`;
}
