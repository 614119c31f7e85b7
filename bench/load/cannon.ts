/**
 * @module bench/load/cannon
 * One autocannon run (autocannon 8, programmatic API) against one target or a mix of targets,
 * reduced to what the tables show. Latencies are taken from autocannon's `response` events, which
 * carry the time in fractional milliseconds (its own histogram keeps whole milliseconds only).
 */
import autocannon from 'autocannon';
import type { Target } from './targets.ts';

/** Load shape shared by every run of a benchmark. */
export interface LoadShape {
  readonly connections: number;
  readonly pipelining: number;
  readonly seconds: number;
  /** Requests per second over all connections; unset = as fast as the server answers. */
  readonly overallRate?: number;
}

/** What one run measured. */
export interface RunFigures {
  readonly requests: number;
  readonly seconds: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Responses outside 2xx, plus connection errors and timeouts. */
  readonly non2xx: number;
  readonly errors: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Drives `targets` (cycled in order on each connection) at `baseUrl` with the shape given. */
export async function runLoad(
  baseUrl: string,
  targets: readonly Target[],
  shape: LoadShape,
): Promise<RunFigures> {
  let lat = new Float64Array(1 << 16);
  let n = 0;
  const first = targets[0]!;
  const opts: autocannon.Options = {
    url: baseUrl + first.path,
    connections: shape.connections,
    pipelining: shape.pipelining,
    duration: shape.seconds,
    requests: targets.map((t) => ({
      method: t.method,
      path: t.path,
      headers: t.headers ?? {},
      ...(t.body === undefined ? {} : { body: t.body }),
    })),
    ...(shape.overallRate === undefined ? {} : { overallRate: shape.overallRate }),
  };
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
  instance?.on('response', (_client, _status, _bytes, ms) => {
    if (n === lat.length) {
      const bigger = new Float64Array(lat.length * 2);
      bigger.set(lat);
      lat = bigger;
    }
    lat[n++] = ms;
  });
  const result = await done;
  const sorted = lat.subarray(0, n).sort();
  const requests = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    requests,
    seconds: result.duration,
    rps: requests / result.duration,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: n === 0 ? Number.NaN : sorted[n - 1]!,
    non2xx: result.non2xx + result.errors,
    errors: result.errors + result.timeouts,
  };
}
