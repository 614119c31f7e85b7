/**
 * @module bench/green/decimal
 * Exact decimals over BigInt for the json-rules-engine port (its operators compare JavaScript
 * values and would meet binary floats): `"12.345"` is 12345 × 10⁻³. Independent of Zhengce's own
 * `engine/rational`, so the port does not share the code it is checked against.
 */

/** `n × 10^-scale`. */
export interface Dec {
  readonly n: bigint;
  readonly scale: number;
}

const TEXT = /^(\d+)(?:\.(\d+))?$/;

/** Parses non-negative decimal text (the schemas' `^\d+(\.\d+)?$`); throws on anything else. */
export function dec(text: unknown): Dec {
  const m = typeof text === 'string' ? TEXT.exec(text) : null;
  if (!m) throw new Error(`not a decimal: ${String(text)}`);
  const frac = m[2] ?? '';
  return { n: BigInt(m[1]! + frac), scale: frac.length };
}

/** `a` at `scale` (≥ its own). */
function at(a: Dec, scale: number): bigint {
  return a.n * 10n ** BigInt(scale - a.scale);
}

export function cmpDec(a: Dec, b: Dec): number {
  const s = Math.max(a.scale, b.scale);
  const x = at(a, s);
  const y = at(b, s);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function mulDec(a: Dec, b: Dec): Dec {
  return { n: a.n * b.n, scale: a.scale + b.scale };
}

export function subDec(a: Dec, b: Dec): Dec {
  const s = Math.max(a.scale, b.scale);
  return { n: at(a, s) - at(b, s), scale: s };
}

/** Exact decimal text (`"1017000.000"`), for facts that other conditions compare against. */
export function decText(a: Dec): string {
  const neg = a.n < 0n;
  const digits = (neg ? -a.n : a.n).toString().padStart(a.scale + 1, '0');
  const body = a.scale === 0 ? digits : `${digits.slice(0, -a.scale)}.${digits.slice(-a.scale)}`;
  return neg ? `-${body}` : body;
}

/** Yuan text (at most two decimals) to whole fen. */
export function fenOf(yuan: unknown): bigint {
  const d = dec(yuan);
  if (d.scale > 2) throw new Error(`more than two decimals: ${String(yuan)}`);
  return at(d, 2);
}

/** `num / den` (den > 0, num ≥ 0) rounded half up (四舍五入). */
export function divHalfUp(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

/** `num / den` (den > 0) rounded down, never below 0. */
export function divFloorPositive(num: bigint, den: bigint): bigint {
  return num <= 0n ? 0n : num / den;
}

/** `a × 10^-scale` in fen units (`fenOfYuanDec`: the exact value of a yuan decimal, scaled by 10^extra). */
export function scaled(a: Dec, scale: number): bigint {
  if (scale < a.scale) throw new Error('scale too small');
  return at(a, scale);
}
