/**
 * @module bench/run
 * Benchmarks of the foundation (`npm run bench`; never part of `npm test`). Prints a Markdown
 * table; docs/performance.md records the figures. Each case runs after a warm-up; times are
 * wall-clock on this machine, memory is the process's peak RSS growth during the case.
 */
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/api/app.ts';
import { addToSummary, emptySummary, evaluateBatch } from '../src/engine/batch.ts';
import { applyRate, fen } from '../src/engine/money.ts';
import { type CalendarDate, parseCalendarDate } from '../src/engine/period.ts';
import { parseRational } from '../src/engine/rational.ts';
import { evaluateRule } from '../src/engine/rule.ts';
import { getPolicy, getRule, POLICIES, policyWindow } from '../src/policies/index.ts';
import { OUTLINE_OPTIONS as O31 } from '../src/policies/jingjiguanfa-2023-31/index.ts';
import { TEXT as T31 } from '../src/policies/jingjiguanfa-2023-31/text.ts';
import { parseOutline } from '../src/policies/outline.ts';
import { openMigratedStore } from '../src/store/db.ts';

interface Row {
  name: string;
  n: number;
  ms: number;
  rssMb: number;
}
const rows: Row[] = [];
const asOf: CalendarDate = parseCalendarDate('2024-06-30');
const RULE = 'jingjiguanfa-2023-32/art-05-rent';
const facts = (i: number) => ({
  inInnovationGrowthPlan: i % 7 !== 0,
  beijingSrdiSme: true,
  rentPerSqmPerDay: `1.${(i % 90) + 10}`,
  leasedAreaSqm: 100 + (i % 700),
  subsidisedDays: 1 + (i % 366),
  location: i % 10 === 0 ? 'outside' : 'etdz_60',
  registeredTaxedAndInStatistics: true,
  majorAdministrativePenaltyWithin3Years: false,
  criminalRecordWithin3Years: false,
  onSeriousDishonestyList: false,
});

async function bench(name: string, n: number, fn: () => unknown | Promise<unknown>): Promise<void> {
  await fn(); // warm-up
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  rows.push({ name, n, ms, rssMb: (peak - rss0) / 2 ** 20 });
  process.stderr.write(`${name}: ${ms.toFixed(0)} ms\n`);
}

const rule = getRule(RULE);
const window = policyWindow(getPolicy(rule.policyId));

await bench('exact money: 30% of an amount, half up (applyRate)', 1_000_000, () => {
  const r = parseRational('30%');
  let s = 0;
  for (let i = 0; i < 1_000_000; i++) s += applyRate(fen(i * 101), r, 'half_up');
  return s;
});

await bench('one rule, facts validated (32号 第五条)', 100_000, () => {
  for (let i = 0; i < 100_000; i++) evaluateRule(rule, facts(i), asOf, window);
});

await bench('batch: 1,000,000 entities streamed through evaluateBatch', 1_000_000, async () => {
  function* source() {
    for (let i = 0; i < 1_000_000; i++) yield { id: String(i), facts: facts(i) };
  }
  const summary = emptySummary();
  for await (const chunk of evaluateBatch([rule], source(), asOf, (ru, f, a) =>
    evaluateRule(ru, f, a, window),
  )) {
    for (const r of chunk) addToSummary(summary, r);
  }
  if (summary.entities !== 1_000_000) throw new Error('lost entities');
});

await bench('clause outline of 31号 parsed from its text', 1_000, () => {
  for (let i = 0; i < 1_000; i++) parseOutline(T31, O31);
});

// The API over a real socket on loopback (inject() is not used: light-my-request retains memory
// per request on Node 20, which would distort the figures).
const store = await openMigratedStore(':memory:');
const app = await buildApp(
  { store, now: () => new Date(), version: 'bench', secureCookies: false },
  { webRoot: '/nonexistent' },
);
const base = await app.listen({ port: 0, host: '127.0.0.1' });
await bench('API over loopback: POST evaluate, one client in sequence', 5_000, async () => {
  for (let i = 0; i < 5_000; i++) {
    const r = await fetch(`${base}/api/v1/rules/${RULE}/evaluate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ asOf, facts: facts(i) }),
    });
    if (r.status !== 200) throw new Error(await r.text());
    await r.arrayBuffer();
  }
});
await bench('API over loopback: GET /api/v1/policies, one client in sequence', 5_000, async () => {
  for (let i = 0; i < 5_000; i++)
    await (await fetch(`${base}/api/v1/policies?asOf=2026-11-27`)).arrayBuffer();
});
await app.close();
await store.close();

console.log(`Node ${process.version}, ${POLICIES.length} policies. \`npm run bench\`\n`);
console.log('| case | n | total ms | per second | peak RSS growth MB |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.n.toLocaleString('en')} | ${r.ms.toFixed(0)} | ${Math.round((r.n / r.ms) * 1000).toLocaleString('en')} | ${r.rssMb.toFixed(1)} |`,
  );
}
