/**
 * @module bench/green/gen
 * Seeded drawing helpers for the synthetic profiles of the green-fund benchmark (mulberry32 from
 * the engine, never `Math.random`): the same seed gives the same profiles on every machine, so a
 * mismatch between engines can be replayed from its profile number.
 */
import { mulberry32 } from '../../src/engine/random.ts';

/** A seeded source of the values the profile generators need. */
export class Gen {
  readonly #next: () => number;

  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.#next();
  }
  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.#next() < p;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }
  /** One of `items`. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.#next() * items.length)]!;
  }
  /** One of `items`, weighted. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.#next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1]![0];
  }
  /** An integer spread evenly on a log scale over [min, max] (amounts, areas). */
  logInt(min: number, max: number): number {
    return Math.floor(Math.exp(Math.log(min) + this.#next() * (Math.log(max) - Math.log(min))));
  }
  /** Whole fen on a log scale between two yuan amounts; often whole yuan or 100 yuan, as real lists are. */
  fen(minYuan: number, maxYuan: number): number {
    const f = this.logInt(minYuan * 100, maxYuan * 100);
    const shape = this.#next();
    if (shape < 0.3) return f - (f % 10_000); // whole hundreds of yuan
    if (shape < 0.55) return f - (f % 100); // whole yuan
    return f;
  }
  /** Exact decimal text in [min, max] with up to `decimals` decimals (quantities: kW, tce, m², %). */
  decimal(min: number, max: number, decimals: number, log = false): string {
    const d = this.int(0, decimals);
    const scale = 10 ** d;
    const v = log ? this.logInt(min * scale, max * scale) : this.int(min * scale, max * scale);
    return decimalText(v, d);
  }
}

/** `units / 10^decimals` as decimal text without exponent (`decimalText(12345, 2)` is `"123.45"`). */
export function decimalText(units: number, decimals: number): string {
  if (decimals === 0) return String(units);
  const s = String(units).padStart(decimals + 1, '0');
  return `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}

/** Fen as a yuan string the schemas accept: `"1234"`, `"1234.5"` or `"1234.56"`. */
export function yuanText(fen: number): string {
  const int = Math.floor(fen / 100);
  const cents = fen % 100;
  if (cents === 0) return String(int);
  if (cents % 10 === 0) return `${int}.${cents / 10}`;
  return `${int}.${String(cents).padStart(2, '0')}`;
}
