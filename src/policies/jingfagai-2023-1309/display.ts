/**
 * @module policies/jingfagai-2023-1309/display
 * Exact quantities with a rounded display form, for the monitoring and targets modules: the exact
 * value (decimal text when it terminates, else `n/d`) and a fixed-point text rounded half up.
 */
import { divRound, mul, type Rational, ratio, toDecimalString } from '../../engine/rational.ts';

/** An exact quantity and its display text. */
export interface Quantity {
  /** Exact: decimal text when it terminates within 12 digits, else `n/d`. */
  readonly exact: string;
  /** Rounded half up to the quantity's display digits. */
  readonly display: string;
}

/** `x` rounded half up to `digits` decimals, as fixed-point text (`fixed(2/3, 2)` = `"0.67"`). */
export function fixed(x: Rational, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const n = divRound(x.n * scale, x.d, 'half_up');
  const neg = n < 0n;
  const abs = (neg ? -n : n).toString().padStart(digits + 1, '0');
  const int = abs.slice(0, abs.length - digits);
  return `${neg ? '-' : ''}${int}${digits > 0 ? `.${abs.slice(abs.length - digits)}` : ''}`;
}

/** A {@link Quantity} of `x` displayed with `digits` decimals. */
export function quantity(x: Rational, digits: number): Quantity {
  return { exact: toDecimalString(x, 12), display: fixed(x, digits) };
}

/** `x` as a percentage with `digits` decimals (`percent(1/3, 2)` = `"33.33%"`). */
export function percent(x: Rational, digits = 2): string {
  return `${fixed(mul(x, ratio(100)), digits)}%`;
}
