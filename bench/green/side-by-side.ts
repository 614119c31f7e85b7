/**
 * @module bench/green/side-by-side
 * The subset (31号 items 1, 3, 13, 16, 17, 23, 24) on the same synthetic profiles through Zhengce,
 * json-rules-engine and @gorules/zen-engine. Profiles are drawn in chunks (not timed); each engine
 * is timed item by item over a chunk. Zhengce's results on the first profiles are kept, and every
 * other engine's result is compared with them as it comes: the first difference throws
 * {@link PortMismatch}, naming the profile, the item, both answers and the facts.
 */
import { performance } from 'node:perf_hooks';
import { buildEngine, runEngine } from './jre-common.ts';
import { JRE_ITEMS } from './jre-items.ts';
import { type Profile, profiles, SUBSET, type SubsetItem } from './profiles.ts';
import { describeResult, OUTCOME_CODE, OUTCOME_OF, type PortResult, ZhengceSubset } from './result.ts';
import { ZenSubset } from './zen-common.ts';
import { ZEN_ITEMS } from './zen-items.ts';

const CHUNK = 5_000;

export interface EngineRun {
  readonly engine: string;
  readonly profiles: number;
  /** All items, all profiles. */
  readonly ms: number;
  readonly itemMs: Readonly<Record<SubsetItem, number>>;
  /** Zhengce only: its time on the chunks holding the first `n` profiles, and how many profiles they hold. */
  readonly upTo?: (n: number) => { ms: number; profiles: number };
}

export class PortMismatch extends Error {
  constructor(
    readonly engine: string,
    readonly profile: Profile,
    readonly item: SubsetItem,
    readonly expected: PortResult,
    readonly got: PortResult,
  ) {
    super(
      `${engine} differs from Zhengce on profile ${profile.index}, item ${item}: Zhengce ${describeResult(expected)}, ${engine} ${describeResult(got)}\nfacts: ${JSON.stringify(profile.facts[item])}`,
    );
  }
}

/** Zhengce's answers on the first `size` profiles, per item. */
export class Expected {
  readonly #outcome: Int8Array;
  readonly #amount: Float64Array;

  constructor(readonly size: number) {
    this.#outcome = new Int8Array(size * SUBSET.length);
    this.#amount = new Float64Array(size * SUBSET.length);
  }
  set(index: number, k: number, r: PortResult): void {
    if (index >= this.size) return;
    this.#outcome[index * SUBSET.length + k] = OUTCOME_CODE[r.outcome];
    this.#amount[index * SUBSET.length + k] = r.amountFen ?? Number.NaN;
  }
  /** How many of the kept profiles each outcome has for item `k`. */
  mix(k: number): Record<PortResult['outcome'], number> {
    const out = { eligible: 0, ineligible: 0, needs_review: 0 };
    for (let i = 0; i < this.size; i++) out[OUTCOME_OF[this.#outcome[i * SUBSET.length + k]!]!]++;
    return out;
  }
  get(index: number, k: number): PortResult {
    const a = this.#amount[index * SUBSET.length + k]!;
    return {
      outcome: OUTCOME_OF[this.#outcome[index * SUBSET.length + k]!]!,
      amountFen: Number.isNaN(a) ? null : a,
    };
  }
}

const zeroItems = () => Object.fromEntries(SUBSET.map((i) => [i, 0])) as Record<SubsetItem, number>;
const same = (a: PortResult, b: PortResult) => a.outcome === b.outcome && a.amountFen === b.amountFen;

/** Zhengce on `n` profiles; keeps its answers on the first `keep`. */
export function runZhengce(seed: number, n: number, keep: number, onChunk?: (done: number) => void) {
  const z = new ZhengceSubset();
  const expected = new Expected(keep);
  const itemMs = zeroItems();
  const cumulative: number[] = []; // ms after each chunk
  let ms = 0;
  for (let from = 0; from < n; from += CHUNK) {
    const chunk = profiles(seed, from, Math.min(CHUNK, n - from));
    SUBSET.forEach((item, k) => {
      const t0 = performance.now();
      for (const p of chunk) expected.set(p.index, k, z.evaluate(item, p.facts[item]));
      const dt = performance.now() - t0;
      itemMs[item] += dt;
      ms += dt;
    });
    cumulative.push(ms);
    onChunk?.(from + chunk.length);
  }
  const run: EngineRun = {
    engine: 'Zhengce',
    profiles: n,
    ms,
    itemMs,
    upTo: (m) => {
      const chunks = Math.min(Math.ceil(m / CHUNK), cumulative.length);
      return { ms: cumulative[chunks - 1] ?? ms, profiles: Math.min(chunks * CHUNK, n) };
    },
  };
  return { run, expected };
}

/** An engine that answers one item on one set of facts, asynchronously. */
type Evaluate = (item: SubsetItem, facts: Profile['facts'][SubsetItem]) => Promise<PortResult>;

/** Runs `evaluate` on the first `n` profiles, `concurrency` evaluations in flight, checking each answer. */
async function runPort(
  engine: string,
  evaluate: Evaluate,
  seed: number,
  n: number,
  expected: Expected,
  concurrency = 1,
): Promise<EngineRun> {
  if (n > expected.size) throw new Error(`${engine}: only ${expected.size} profiles have Zhengce's answers`);
  const itemMs = zeroItems();
  let ms = 0;
  for (let from = 0; from < n; from += CHUNK) {
    const chunk = profiles(seed, from, Math.min(CHUNK, n - from));
    for (const [k, item] of SUBSET.entries()) {
      const got: PortResult[] = new Array(chunk.length);
      const t0 = performance.now();
      if (concurrency <= 1) {
        for (let i = 0; i < chunk.length; i++) got[i] = await evaluate(item, chunk[i]!.facts[item]);
      } else {
        for (let i = 0; i < chunk.length; i += concurrency) {
          const part = chunk.slice(i, i + concurrency);
          const answers = await Promise.all(part.map((p) => evaluate(item, p.facts[item])));
          answers.forEach((a, j) => {
            got[i + j] = a;
          });
        }
      }
      const dt = performance.now() - t0;
      itemMs[item] += dt;
      ms += dt;
      chunk.forEach((p, i) => {
        const want = expected.get(p.index, k);
        if (!same(want, got[i]!)) throw new PortMismatch(engine, p, item, want, got[i]!);
      });
    }
  }
  return { engine, profiles: n, ms, itemMs };
}

/** json-rules-engine on the first `n` profiles (one engine per item, built once). */
export function runJre(seed: number, n: number, expected: Expected): Promise<EngineRun> {
  const engines = new Map(SUBSET.map((item) => [item, buildEngine(JRE_ITEMS[item])]));
  return runPort(
    'json-rules-engine',
    (item, facts) => runEngine(engines.get(item)!, facts),
    seed,
    n,
    expected,
  );
}

/** zen-engine on the first `n` profiles: one evaluation at a time, or `concurrency` in flight. */
export async function runZen(
  seed: number,
  n: number,
  expected: Expected,
  concurrency = 1,
): Promise<EngineRun> {
  const zen = new ZenSubset(ZEN_ITEMS);
  try {
    const name = concurrency > 1 ? `zen-engine, ${concurrency} in flight` : 'zen-engine';
    return await runPort(name, (item, facts) => zen.evaluate(item, facts), seed, n, expected, concurrency);
  } finally {
    zen.dispose();
  }
}
