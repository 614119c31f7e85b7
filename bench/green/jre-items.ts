/**
 * @module bench/green/jre-items
 * 31号 items 1, 3, 13, 16 and 17 written for json-rules-engine (23 and 24: jre-items-building):
 * each item's conditions as rule conditions (see jre-common), its rates, bonuses and caps as
 * computed facts in BigInt fen, rounded as the text implies (half up for awards, down for "不超过").
 */
import { dec, divHalfUp, fenOf } from './decimal.ts';
import { commonChecks, decimal, isIn, isTrue, type JreItem, projectChecks, type Read } from './jre-common.ts';
import { JRE_ITEM23, JRE_ITEM24 } from './jre-items-building.ts';
import type { SubsetItem } from './profiles.ts';

const num = (x: bigint | null): number | null => (x === null ? null : Number(x));
/** The smallest of some bigints (Math.min does not take them). */
function min(...xs: bigint[]): bigint {
  let m = xs[0]!;
  for (const x of xs) if (x < m) m = x;
  return m;
}

/** Base rate + the higher bonus (首台套 +10 over 高新技术 +5, not stacked), in percent. */
async function enterpriseRate(read: Read, base: number, bonuses = true): Promise<bigint> {
  if (bonuses && (await read('usesFirstSet')) === true) return BigInt(base + 10);
  if (bonuses && (await read('usesHighTechProduct')) === true) return BigInt(base + 5);
  return BigInt(base);
}

const item1: JreItem = {
  checks: [
    isTrue('enterprise'),
    isIn('airPollutant', ['vocs', 'nox', 'so2_dust', 'toxic_gas', 'odour', 'other_air']),
    decimal('paymentExcludingTax', 'gt', '0'),
    ...commonChecks(1),
    ...projectChecks(true),
  ],
  facts: {
    amountFen: async (read) =>
      num(divHalfUp(fenOf(await read('paymentExcludingTax')) * (await enterpriseRate(read, 30)), 100n)),
  },
};

const item3: JreItem = {
  checks: [
    {
      pass: { fact: 'boilerCompletedOn', operator: 'onOrBefore', value: '2017-03-31' },
      fail: { fact: 'boilerCompletedOn', operator: 'after', value: '2017-03-31' },
    },
    isTrue('wholeBoilerReplaced'),
    decimal('noxAfterMgPerM3', 'lte', '30'),
    isTrue('acceptanceRequirementsMet'),
    decimal('paymentExcludingTax', 'gt', '0'),
    ...commonChecks(3),
    ...projectChecks(true),
  ],
  facts: {
    amountFen: async (read) => {
      const unit = await read('unitType');
      const rate =
        unit === 'full_budget_unit'
          ? 100n
          : unit === 'partial_budget_unit'
            ? 50n
            : await enterpriseRate(read, 50, unit === 'enterprise');
      return num(divHalfUp(fenOf(await read('paymentExcludingTax')) * rate, 100n));
    },
  },
};

interface Retired {
  vin: string;
  category: string;
  fuelOrGas: boolean;
  beijingRegistered: boolean;
  ownedByEnterprise: boolean;
  disposal: string;
}
interface Fresh {
  vin: string;
  category: string;
  energy: string;
  terminalPrice: string;
  highTechProduct: boolean;
}
/** 一（十三）1–3: rate %, high-tech bonus points, caps in yuan (electric, hydrogen). */
const SCHEDULE: Record<string, [bigint, bigint, bigint, bigint]> = {
  truck: [30n, 5n, 200_000n, 200_000n],
  bus: [30n, 5n, 350_000n, 400_000n],
  special: [50n, 5n, 950_000n, 1_400_000n],
};

/** Per category the smaller of qualifying retired and new; the highest awards count. Sum in 1/100 fen. */
async function vehiclePlan(read: Read): Promise<{ counted: number; sumCentiFen: bigint }> {
  const retired = (await read('retiredVehicles')) as Retired[];
  const fresh = (await read('newVehicles')) as Fresh[];
  let counted = 0;
  let sum = 0n;
  for (const category of Object.keys(SCHEDULE)) {
    const [rate, bonus, capE, capH] = SCHEDULE[category]!;
    const ok = retired.filter(
      (r) =>
        r.category === category &&
        r.fuelOrGas &&
        r.beijingRegistered &&
        r.ownedByEnterprise &&
        r.disposal !== 'not_disposed',
    ).length;
    const awards = fresh
      .filter((v) => v.category === category)
      .map((v) =>
        min(
          fenOf(v.terminalPrice) * (v.highTechProduct ? rate + bonus : rate),
          (v.energy === 'hydrogen' ? capH : capE) * 100n * 100n,
        ),
      )
      .sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
    const n = Math.min(ok, awards.length);
    counted += n;
    for (const a of awards.slice(0, n)) sum += a;
  }
  return { counted, sumCentiFen: sum };
}

const item13: JreItem = {
  checks: [
    isTrue('existingEnterprise'),
    {
      pass: { fact: 'duplicateVins', operator: 'equal', value: 0 },
      fail: { fact: 'duplicateVins', operator: 'greaterThan', value: 0 },
    },
    {
      pass: { fact: 'zeroPriced', operator: 'equal', value: 0 },
      fail: { fact: 'zeroPriced', operator: 'greaterThan', value: 0 },
    },
    {
      pass: { fact: 'vehiclesCounted', operator: 'greaterThan', value: 0 },
      fail: { fact: 'vehiclesCounted', operator: 'equal', value: 0 },
    },
    ...commonChecks(13),
    ...projectChecks(true),
  ],
  facts: {
    duplicateVins: async (read) => {
      const vins = [
        ...((await read('retiredVehicles')) as Retired[]),
        ...((await read('newVehicles')) as Fresh[]),
      ].map((v) => v.vin);
      return vins.length - new Set(vins).size;
    },
    zeroPriced: async (read) =>
      ((await read('newVehicles')) as Fresh[]).filter((v) => fenOf(v.terminalPrice) <= 0n).length,
    vehiclesCounted: async (read) => (await vehiclePlan(read)).counted,
    amountFen: async (read) => num(divHalfUp((await vehiclePlan(read)).sumCentiFen, 100n)),
  },
};

const item16: JreItem = {
  checks: [
    isTrue('enterprise'),
    isTrue('retrofitOfExistingProcessOrEquipment'),
    isTrue('drcFinalReviewPassed'),
    isTrue('publicised'),
    decimal('energySavedTce', 'gt', '0'),
    ...commonChecks(16),
    ...projectChecks(false),
  ],
  facts: {
    amountFen: async (read) => {
      const saved = dec(await read('energySavedTce'));
      const perTceFen = (await read('sector')) === 'industrial' ? 60_000n : 80_000n;
      return num(divHalfUp(saved.n * perTceFen, 10n ** BigInt(saved.scale)));
    },
  },
};

const item17: JreItem = {
  checks: [
    isTrue('distributedPv'),
    decimal('installedCapacityKw', 'gt', '0'),
    {
      pass: {
        any: [
          { fact: 'applicantRole', operator: 'equal', value: 'self' },
          { fact: 'siteOwnerBudgetFunded', operator: 'in', value: [true, false] },
        ],
      },
    },
    {
      pass: {
        any: [
          { fact: 'applicantRole', operator: 'notEqual', value: 'site_owner' },
          { fact: 'siteOwnerBudgetFunded', operator: 'equal', value: false },
        ],
      },
      fail: {
        all: [
          { fact: 'applicantRole', operator: 'equal', value: 'site_owner' },
          { fact: 'siteOwnerBudgetFunded', operator: 'equal', value: true },
        ],
      },
    },
    ...commonChecks(17),
    ...projectChecks(false),
  ],
  facts: {
    amountFen: async (read) => {
      const role = await read('applicantRole');
      const budget = await read('siteOwnerBudgetFunded');
      if (role !== 'self' && typeof budget !== 'boolean') return null; // share undecided
      const whole = role === 'self' || (role === 'investor' && budget === true);
      const kw = dec(await read('installedCapacityKw'));
      return num(divHalfUp(kw.n * 80_000n, 10n ** BigInt(kw.scale) * (whole ? 1n : 2n)));
    },
  },
};

/** The json-rules-engine port of each subset item. */
export const JRE_ITEMS: Readonly<Record<SubsetItem, JreItem>> = {
  1: item1,
  3: item3,
  13: item13,
  16: item16,
  17: item17,
  23: JRE_ITEM23,
  24: JRE_ITEM24,
};
