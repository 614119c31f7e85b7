/**
 * @module scripts/crash/driver
 * The kill loop every scenario shares: start the server, check what must hold, start the
 * scenario's requests, SIGKILL the server after a seeded random delay, and again — then check
 * once more, let the scenario finish (drain, repeat, re-run) and stop the server.
 */
import type { sql } from 'kysely';
import type { Store } from '../../src/store/db.ts';
import { commonChecks, delays, scalar, withStore } from './checks.ts';
import { type Bundle, Client, Server } from './server.ts';

/** One crash scenario. */
export interface Scenario {
  readonly name: string;
  /** How many times the server is killed. */
  readonly kills: number;
  /** The kill delay's range in ms, counted from the start of the requests (after `setup`). */
  window(cycle: number): readonly [number, number];
  /**
   * Every third kill instead falls at the first sign of a write: a count the work raises (rows
   * of the table it fills), polled until it moves — at most for twice the window. Done in one
   * transaction the count moves at the commit, so the kill lands between the commit and the
   * answer; done in several, it lands between two of them.
   */
  watch?(cycle: number): ReturnType<typeof sql>;
  /** Signs in and prepares data on the first server (not killed). */
  setup(client: Client): Promise<void>;
  /**
   * Sends requests until the server dies; records what each request answered. Must resolve (not
   * reject) when the connection fails, and record any other surprise for `check`.
   */
  work(client: Client, cycle: number): Promise<void>;
  /** What must hold after a restart, on the server's database. */
  check(client: Client, store: Store, where: string): Promise<void>;
  /** After the last restart: drain, repeat, re-run; on the running server. */
  finish(client: Client, store: Store, where: string): Promise<void>;
  /** What the kills cut off and how it ended, for the report (after `finish`). */
  stats(): string;
}

/** What a run of a scenario did, for the report. */
export interface ScenarioReport {
  readonly name: string;
  readonly kills: number;
  readonly ms: number;
  readonly stats: string;
}

const DEBUG = process.env.ZHENGCE_CRASH_DEBUG === '1';

export async function runScenario(
  bundle: Bundle,
  databaseUrl: string,
  scenario: Scenario,
  seed: number,
): Promise<ScenarioReport> {
  const t0 = Date.now();
  const delay = delays(seed);
  const log = (what: string) => {
    if (DEBUG) console.error(`[crash] ${scenario.name} +${Date.now() - t0} ms: ${what}`);
  };
  const client = new Client('');
  let server = await Server.start(bundle, databaseUrl);
  client.base = server.url;
  try {
    log('started');
    await scenario.setup(client);
    log('set up');
    for (let cycle = 0; cycle < scenario.kills; cycle++) {
      const where = `${scenario.name}, seed ${seed}, before kill ${cycle + 1}`;
      await withStore(databaseUrl, async (store) => {
        await commonChecks(client, store, where);
        await scenario.check(client, store, where);
      });
      const [lo, hi] = scenario.window(cycle);
      const ms = delay(lo, hi);
      const watch = cycle % 3 === 2 ? scenario.watch?.(cycle) : undefined;
      if (watch) {
        await withStore(databaseUrl, async (store) => {
          const before = await scalar(store, watch);
          const work = scenario.work(client, cycle);
          const until = Date.now() + 2 * hi;
          while (Date.now() < until && (await scalar(store, watch)) === before)
            await new Promise((r) => setTimeout(r, 1));
          log(`checked; kill ${cycle + 1} at the first write`);
          await server.kill();
          await work;
        });
      } else {
        const work = scenario.work(client, cycle);
        log(`checked; kill ${cycle + 1} in ${ms} ms`);
        await new Promise((r) => setTimeout(r, ms));
        await server.kill();
        await work;
      }
      server = await Server.start(bundle, databaseUrl);
      client.base = server.url;
      log('restarted');
    }
    const where = `${scenario.name}, seed ${seed}, after ${scenario.kills} kills`;
    await withStore(databaseUrl, async (store) => {
      await commonChecks(client, store, where);
      await scenario.check(client, store, where);
      await scenario.finish(client, store, where);
      await commonChecks(client, store, `${where}, finished`);
      await scenario.check(client, store, `${where}, finished`);
    });
  } finally {
    await server.stop();
  }
  return { name: scenario.name, kills: scenario.kills, ms: Date.now() - t0, stats: scenario.stats() };
}

/** True for the error `fetch` gives when the server died under it. */
export function isConnectionError(e: unknown): boolean {
  return e instanceof TypeError && /fetch failed/.test(e.message);
}
