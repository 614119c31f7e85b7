/**
 * @module engine/random
 * A small seeded PRNG for generated data (demo data, property tests, benchmarks). Never
 * `Math.random`: the same seed gives the same data on every machine, so a failure can be replayed.
 */

/** mulberry32: a 32-bit seeded generator of floats in [0, 1). Fast, small, not cryptographic. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
