/**
 * @module bench/green/grant-run
 * The in-memory part of a grant run (免申即享) at scale: list rows streamed in chunks, as a store
 * cursor would hand them over, each chunk's facts parsed from JSON text (as `runGrants` does) and
 * planned with `planGrants` — the real 31号 rules, the store's facts on top, award history and
 * award keys shared across the run — and folded into a summary at once, so decisions do not pile
 * up. Only reading the rows and planning them is timed; drawing the synthetic rows (and collecting
 * what that leaves, with `--expose-gc`) is not.
 *
 * With `part`, one worker's share: the rows of the enterprises in its partition. Everything a plan
 * carries from row to row (award keys, award history) is keyed by the enterprise, so planning the
 * partitions apart gives every row the result it gets in one sequential plan.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Rule } from '../../src/engine/rule.ts';
import { RULES_31 } from '../../src/policies/jingjiguanfa-2023-31/rules.ts';
import { type PlanRow, planGrants } from '../../src/services/green/grants.ts';
import type { GrantResult } from '../../src/store/green-schema.ts';
import { grantRows, grantWorld } from './grant-rows.ts';
import { AS_OF } from './result.ts';

export interface GrantRunPart {
  readonly rows: number;
  /** Reading and planning, summed over chunks. */
  readonly ms: number;
  /** CPU time of this thread in the timed sections (Linux; NaN elsewhere), in 10 ms ticks. */
  readonly cpuMs: number;
  /** Including drawing the synthetic rows. */
  readonly wallMs: number;
  readonly peakHeapMb: number;
  readonly results: Record<GrantResult, number>;
  /** Granted fen, as decimal text (a bigint does not cross to the main thread as JSON). */
  readonly grantedFen: string;
  readonly byRule: Record<string, { rows: number; granted: number; fen: string }>;
  /** Sum over rows of a hash of (row, result, amount): equal sums, equal plans, in any order. */
  readonly checksum: number;
}

export interface GrantRunOptions {
  readonly seed: number;
  readonly rows: number;
  readonly enterprises: number;
  readonly chunk?: number;
  readonly part?: { readonly index: number; readonly of: number };
}

const CODE: Record<GrantResult, number> = {
  granted: 1,
  already_granted: 2,
  ineligible: 3,
  needs_review: 4,
  held: 5,
};

/** CPU time of the calling thread (user + system), from /proc; NaN where there is none. */
function threadCpuMs(): number {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'latin1').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in 1/100 s
  } catch {
    return Number.NaN;
  }
}

function rowHash(id: number, code: number, amount: number): number {
  let h = Math.imul(id ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(code, 0xc2b2ae35);
  h = Math.imul(h ^ (amount % 2 ** 31), 0x27d4eb2f) ^ Math.floor(amount / 2 ** 31);
  return (h ^ (h >>> 16)) >>> 0;
}

export function runGrantPart(options: GrantRunOptions): GrantRunPart {
  const { seed, rows, enterprises, part } = options;
  const chunk = options.chunk ?? 20_000;
  const world = grantWorld(seed, enterprises, part);
  const rules = new Map<string, Rule>(RULES_31.map((r) => [r.id, r]));
  const ruleOf = (id: string) => rules.get(id)!;
  const results: Record<GrantResult, number> = {
    granted: 0,
    already_granted: 0,
    ineligible: 0,
    needs_review: 0,
    held: 0,
  };
  // Sums of fen as numbers: far below 2^53 here (checked at the end), and cheaper than bigints per row.
  const byRule = new Map<string, { rows: number; granted: number; fen: number }>();
  let grantedFen = 0;
  let checksum = 0;
  let planned = 0;
  let ms = 0;
  let cpuMs = 0;
  let peakHeap = 0;
  const wall0 = performance.now();
  for (let from = 0; from < rows; from += chunk) {
    const text = grantRows(seed, enterprises, from, Math.min(chunk, rows - from), part);
    // Drawing the rows leaves garbage that is not the run's: collect it before the clock starts.
    globalThis.gc?.({ type: 'minor' });
    const t0 = performance.now();
    const c0 = threadCpuMs();
    // Small batches: each batch's decisions are folded and dropped before the next is planned.
    for (let i = 0; i < text.length; i += 256) {
      const batch: PlanRow[] = text.slice(i, i + 256).map((r) => ({
        id: r.id,
        ruleId: r.ruleId,
        creditCode: r.creditCode,
        projectRef: r.projectRef,
        facts: JSON.parse(r.facts) as Record<string, unknown>,
      }));
      for (const p of planGrants(batch, world.enterprises, world.histories, world.taken, AS_OF, {}, ruleOf)) {
        results[p.result]++;
        let b = byRule.get(p.row.ruleId);
        if (!b) {
          b = { rows: 0, granted: 0, fen: 0 };
          byRule.set(p.row.ruleId, b);
        }
        b.rows++;
        const amount = p.decision?.amount ?? -1;
        if (p.result === 'granted') {
          b.granted++;
          b.fen += amount;
          grantedFen += amount;
        }
        checksum = (checksum + rowHash(p.row.id, CODE[p.result], amount)) >>> 0;
      }
    }
    ms += performance.now() - t0;
    cpuMs += threadCpuMs() - c0;
    planned += text.length;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  if (!Number.isSafeInteger(grantedFen)) throw new Error('granted total beyond 2^53 fen');
  return {
    rows: planned,
    ms,
    cpuMs,
    wallMs: performance.now() - wall0,
    peakHeapMb: peakHeap / 2 ** 20,
    results,
    grantedFen: String(grantedFen),
    byRule: Object.fromEntries(
      [...byRule].map(([k, v]) => [k, { rows: v.rows, granted: v.granted, fen: String(v.fen) }]),
    ),
    checksum,
  };
}
