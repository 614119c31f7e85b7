/**
 * @module services/demo/random.test
 * The seeded generator: reproducible, in range, and fair enough for demo data.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mulberry32, Random } from './random.ts';

describe('mulberry32 and Random', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 5 }, () => a());
    assert.deepEqual(
      Array.from({ length: 5 }, () => b()),
      xs,
    );
    assert.notDeepEqual(
      Array.from({ length: 5 }, () => c()),
      xs,
    );
  });

  it('draws floats in [0, 1) and integers in their inclusive range, reaching both ends', () => {
    const r = new Random(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const f = r.float();
      assert.ok(f >= 0 && f < 1);
      const n = r.int(3, 7);
      assert.ok(Number.isInteger(n) && n >= 3 && n <= 7);
      seen.add(n);
    }
    assert.deepEqual([...seen].sort(), [3, 4, 5, 6, 7]);
  });

  it('weights choices roughly by their weight and shuffles without losing items', () => {
    const r = new Random(2);
    let heavy = 0;
    for (let i = 0; i < 4000; i++)
      if (
        r.weighted([
          ['a', 3],
          ['b', 1],
        ] as const) === 'a'
      )
        heavy++;
    assert.ok(Math.abs(heavy / 4000 - 0.75) < 0.03, String(heavy));
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    assert.deepEqual(r.shuffle(items).sort(), items);
    assert.throws(() => r.pick([]));
  });
});
