/**
 * @module bench/green/grant-parallel
 * The grant run split by enterprise over worker threads (ARCHITECTURE: a 免申即享 batch "may use
 * worker threads"). Each worker plans the rows of its enterprises with `planGrants`; the parts'
 * figures add up, and their checksum equals the sequential plan's (checked by the benchmark).
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { GrantResult } from '../../src/store/green-schema.ts';
import type { GrantRunOptions, GrantRunPart } from './grant-run.ts';

export interface ParallelGrantRun {
  readonly workers: number;
  readonly parts: readonly GrantRunPart[];
  /** The run's time: the slowest worker's reading and planning. */
  readonly ms: number;
  /** From starting the workers until the last one answered (includes drawing the rows and start-up). */
  readonly wallMs: number;
  readonly rows: number;
  readonly results: Record<GrantResult, number>;
  readonly grantedFen: bigint;
  readonly checksum: number;
}

/** Starts a worker on a TypeScript module (Node 20 workers do not inherit `--import tsx`). */
function tsWorker(module: URL, workerData: unknown, youngGenerationMb?: number): Worker {
  const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(code, {
    eval: true,
    workerData,
    ...(youngGenerationMb ? { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } } : {}),
  });
}

/**
 * Plans the run in `workers` threads. `youngGenerationMb` sizes each worker's young generation
 * (V8's default is small for a workload that makes many short-lived objects per row).
 */
export async function runGrantsInWorkers(
  options: GrantRunOptions,
  workers: number,
  youngGenerationMb?: number,
): Promise<ParallelGrantRun> {
  const t0 = performance.now();
  const parts = await Promise.all(
    Array.from(
      { length: workers },
      (_, index) =>
        new Promise<GrantRunPart>((resolve, reject) => {
          const w = tsWorker(
            new URL('./grant-worker.ts', import.meta.url),
            { ...options, part: { index, of: workers } },
            youngGenerationMb,
          );
          w.once('message', (m: GrantRunPart) => {
            resolve(m);
            void w.terminate();
          });
          w.once('error', reject);
        }),
    ),
  );
  const results: Record<GrantResult, number> = {
    granted: 0,
    already_granted: 0,
    ineligible: 0,
    needs_review: 0,
    held: 0,
  };
  for (const p of parts) for (const k of Object.keys(results) as GrantResult[]) results[k] += p.results[k];
  return {
    workers,
    parts,
    ms: Math.max(...parts.map((p) => p.ms)),
    wallMs: performance.now() - t0,
    rows: parts.reduce((s, p) => s + p.rows, 0),
    results,
    grantedFen: parts.reduce((s, p) => s + BigInt(p.grantedFen), 0n),
    checksum: parts.reduce((s, p) => (s + p.checksum) >>> 0, 0),
  };
}
