/**
 * @module scripts/green-ports.test
 * The benchmark's ports of 31号 items 1, 3, 13, 16, 17, 23 and 24 (bench/green/) to
 * json-rules-engine and @gorules/zen-engine answer exactly as Zhengce's rules do — outcome and
 * amount in fen — on 2,000 generated profiles; the profiles reach every outcome and the
 * boundaries; and the comparison catches a port that is one fen off.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fenOf } from '../bench/green/decimal.ts';
import { buildEngine, type JreItem, runEngine } from '../bench/green/jre-common.ts';
import { JRE_ITEMS } from '../bench/green/jre-items.ts';
import { profiles, SUBSET, type SubsetItem } from '../bench/green/profiles.ts';
import { type PortResult, ZhengceSubset } from '../bench/green/result.ts';
import { ZenSubset } from '../bench/green/zen-common.ts';
import { ZEN_ITEMS } from '../bench/green/zen-items.ts';

const N = 2_000;
const PROFILES = profiles(20_240_630, 0, N); // not the benchmark's seed: more profiles seen overall
const zhengce = new ZhengceSubset();
const zen = new ZenSubset(ZEN_ITEMS);
after(() => zen.dispose());

const expected = new Map<SubsetItem, PortResult[]>(
  SUBSET.map((item) => [item, PROFILES.map((p) => zhengce.evaluate(item, p.facts[item]))]),
);

for (const item of SUBSET) {
  test(`item ${item}: json-rules-engine and zen-engine give Zhengce's outcome and amount on ${N} profiles`, async () => {
    const jre = buildEngine(JRE_ITEMS[item]);
    const want = expected.get(item)!;
    for (const [i, p] of PROFILES.entries()) {
      const facts = JSON.stringify(p.facts[item]);
      assert.deepEqual(
        await runEngine(jre, p.facts[item]),
        want[i],
        `json-rules-engine, profile ${p.index}: ${facts}`,
      );
      assert.deepEqual(
        await zen.evaluate(item, p.facts[item]),
        want[i],
        `zen-engine, profile ${p.index}: ${facts}`,
      );
    }
  });
}

test('the profiles reach every outcome of every item, and the boundaries', () => {
  for (const item of SUBSET) {
    const outcomes = new Set(expected.get(item)!.map((r) => r.outcome));
    for (const o of ['eligible', 'ineligible', 'needs_review'] as const)
      assert.ok(outcomes.has(o), `item ${item} never ${o}`);
  }
  const eligible = (item: SubsetItem) =>
    PROFILES.filter((_, i) => expected.get(item)![i]!.outcome === 'eligible').map((p) => p.facts[item]);
  // 第二章 二（四）: paid exactly 90% of the total passes.
  assert.ok(
    eligible(16).some((f) => fenOf(f.paidIncludingTax) * 10n === fenOf(f.totalInvestmentIncludingTax) * 9n),
    'no eligible project paid exactly 90%',
  );
  // 一（三）: a boiler built on 2017-03-31 and NOx at exactly 30 mg/m³ qualify.
  assert.ok(eligible(3).some((f) => f.boilerCompletedOn === '2017-03-31'));
  assert.ok(eligible(3).some((f) => f.noxAfterMgPerM3 === '30'));
  // 三（二十三）: the 500万 project cap reached.
  assert.ok(expected.get(23)!.some((r) => r.outcome === 'eligible' && r.amountFen === 500_000_000));
  // 三（二十四）: awards on a converted area (rate above the floor, below the target).
  assert.ok(
    eligible(24).some((f) => Number(f.energySavingRatePercent) < (f.buildingClass === 'large' ? 20 : 15)),
  );
  // 一（十三）: a vehicle whose award is capped, among eligible replacements.
  const capped = (v: {
    category: string;
    energy: string;
    terminalPrice: string;
    highTechProduct: boolean;
  }) => {
    const [rate, cap] = {
      truck: [30, 200_000],
      bus: [30, v.energy === 'hydrogen' ? 400_000 : 350_000],
      special: [50, v.energy === 'hydrogen' ? 1_400_000 : 950_000],
    }[v.category]!;
    return fenOf(v.terminalPrice) * BigInt(rate! + (v.highTechProduct ? 5 : 0)) >= BigInt(cap!) * 10_000n;
  };
  assert.ok(eligible(13).some((f) => (f.newVehicles as Parameters<typeof capped>[0][]).some(capped)));
});

test('a port one fen off is caught: rounding item 1 down instead of half up', async () => {
  const item1 = JRE_ITEMS[1];
  const wrong: JreItem = {
    ...item1,
    facts: {
      ...item1.facts,
      amountFen: async (read) => {
        const fen = fenOf(await read('paymentExcludingTax'));
        const rate = (await read('usesFirstSet')) ? 40n : (await read('usesHighTechProduct')) ? 35n : 30n;
        return Number((fen * rate) / 100n);
      },
    },
  };
  const engine = buildEngine(wrong);
  let differ = 0;
  for (const [i, p] of PROFILES.entries()) {
    const got = await runEngine(engine, p.facts[1]);
    if (got.outcome !== expected.get(1)![i]!.outcome || got.amountFen !== expected.get(1)![i]!.amountFen)
      differ++;
  }
  assert.ok(differ > 0, 'a port that rounds down was not told apart');
});
