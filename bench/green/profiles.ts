/**
 * @module bench/green/profiles
 * Synthetic enterprise profiles for the green-fund benchmark: an enterprise (area, 第二章 standing)
 * and, for each item of the side-by-side subset (31号 items 1, 3, 13, 16, 17, 23, 24), that item's
 * own facts, valid for its schema, drawn so that the mix is realistic: mostly eligible, a share
 * failing each condition, boundary values (90% paid exactly and one fen short, 30 mg/m³ exactly,
 * the boiler built on 2017-03-31, caps just hit, thresholds at the limit, both bonuses) and the
 * undecidable cases that leave an award for review. Deterministic from a seed.
 */
import type { STANDING_KEYS } from '../../src/services/green/facts.ts';
import { Gen, yuanText } from './gen.ts';
import { item23Facts, item24Facts } from './profiles-building.ts';

export type Area = 'etdz_60' | 'yizhuang_225' | 'outside';
export type Facts = Record<string, unknown>;

/** The items run side by side on every engine. */
export const SUBSET = [1, 3, 13, 16, 17, 23, 24] as const;
export type SubsetItem = (typeof SUBSET)[number];

/** An enterprise as the store knows it: where it is, and its 第二章 conduct record. */
export interface SyntheticEnterprise {
  readonly creditCode: string;
  readonly area: Area;
  readonly standing: Readonly<Record<(typeof STANDING_KEYS)[number], boolean>>;
}

/** One profile: the enterprise and the full facts (its own, the project's, 第二章's) of each item. */
export interface Profile {
  readonly index: number;
  readonly enterprise: SyntheticEnterprise;
  readonly facts: Readonly<Record<SubsetItem, Facts>>;
}

/** An 18-character code unique to `i` (a map key here; the grant plan does not re-check it). */
export function creditCodeOf(i: number): string {
  return `91110302${String(i).padStart(9, '0')}X`;
}

export function enterprise(g: Gen, i: number): SyntheticEnterprise {
  return {
    creditCode: creditCodeOf(i),
    area: g.weighted<Area>([
      ['etdz_60', 70],
      ['yizhuang_225', 22],
      ['outside', 8],
    ]),
    standing: {
      registeredTaxedAndInStatistics: !g.chance(0.03),
      majorAdministrativePenaltyWithin3Years: g.chance(0.03),
      criminalRecordWithin3Years: g.chance(0.01),
      onSeriousDishonestyList: g.chance(0.015),
      majorSafetyAccidentWithin3Years: g.chance(0.01),
      environmentalIncidentWithin3Years: g.chance(0.015),
    },
  };
}

/** The 第二章 facts the store supplies: area and standing. */
export function commonFacts(e: SyntheticEnterprise): Facts {
  return { location: e.area, ...e.standing };
}

/**
 * The project facts of 第二章 二（四）（五）: completion, tax-included payment against the total
 * (in full; exactly 90%; one fen short of 90%; anything), and the exclusions.
 */
export function projectFacts(g: Gen, totalFen: number): Facts {
  let total = Math.max(totalFen, 1_000);
  let paid = total;
  const shape = g.float();
  if (shape < 0.08) {
    total -= total % 10; // 90% of it is a whole fen: paid exactly at the threshold
    paid = (total * 9) / 10;
  } else if (shape < 0.12) {
    paid = Math.ceil((total * 9) / 10) - 1; // one fen short
  } else if (shape < 0.22) {
    paid = Math.floor(total * (0.5 + 0.5 * g.float()));
  }
  const dataCentre = g.chance(0.04);
  const review = g.weighted<boolean | undefined>([
    [true, 7],
    [false, 2],
    [undefined, 1],
  ]);
  return {
    projectCompleted: !g.chance(0.04),
    paidIncludingTax: yuanText(paid),
    totalInvestmentIncludingTax: yuanText(total),
    threeSimultaneousProject: g.chance(0.05),
    dataCentre,
    ...(dataCentre && review !== undefined ? { energySavingReviewObtained: review } : {}),
    ...(!dataCentre && g.chance(0.05) ? { energySavingReviewObtained: g.chance(0.5) } : {}),
    builtWithGovernmentFunds: g.chance(0.03),
  };
}

/** 高新技术产品 / 首台套: either, both (the higher applies) or neither. */
function bonuses(g: Gen): Facts {
  return { usesHighTechProduct: g.chance(0.25), usesFirstSet: g.chance(0.12) };
}

/** Payment excluding tax: the tax-included total / 1.13, sometimes nothing. */
function paymentExcludingTax(g: Gen, totalFen: number): string {
  return g.chance(0.02) ? '0' : yuanText(Math.round(totalFen / 1.13));
}

function item1(g: Gen): Facts {
  const total = g.fen(20_000, 20_000_000);
  return {
    enterprise: !g.chance(0.05),
    airPollutant: g.pick(['vocs', 'nox', 'so2_dust', 'toxic_gas', 'odour', 'other_air']),
    paymentExcludingTax: paymentExcludingTax(g, total),
    ...bonuses(g),
    ...projectFacts(g, total),
  };
}

/** A date between 2005 and 2020 as `YYYY-MM-DD`; often the 2017-03-31 limit or the day after. */
function boilerDate(g: Gen): string {
  const shape = g.float();
  if (shape < 0.06) return '2017-03-31';
  if (shape < 0.09) return '2017-04-01';
  return new Date(Date.UTC(2005, 0, 1) + g.int(0, 16 * 365) * 86_400_000).toISOString().slice(0, 10);
}

function item3(g: Gen): Facts {
  const total = g.fen(50_000, 5_000_000);
  const nox = g.weighted<() => string>([
    [() => '30', 8],
    [() => '30.01', 3],
    [() => '30.0', 2],
    [() => g.decimal(5, 45, 2), 87],
  ])();
  return {
    unitType: g.weighted([
      ['enterprise', 55],
      ['institution', 15],
      ['partial_budget_unit', 15],
      ['full_budget_unit', 15],
    ]),
    boilerCompletedOn: boilerDate(g),
    wholeBoilerReplaced: !g.chance(0.07),
    noxAfterMgPerM3: nox,
    acceptanceRequirementsMet: !g.chance(0.05),
    paymentExcludingTax: paymentExcludingTax(g, total),
    ...bonuses(g),
    ...projectFacts(g, total),
  };
}

type Category = 'truck' | 'bus' | 'special';
const PRICE: Record<Category, [number, number]> = {
  truck: [100_000, 1_000_000],
  bus: [400_000, 2_000_000],
  special: [600_000, 4_000_000],
};
/** Per-vehicle caps (元) by category and energy, and the base rates (%), as 一（十三）1–3 set them. */
const CAP: Record<Category, { electric: number; hydrogen: number; rate: number }> = {
  truck: { electric: 200_000, hydrogen: 200_000, rate: 30 },
  bus: { electric: 350_000, hydrogen: 400_000, rate: 30 },
  special: { electric: 950_000, hydrogen: 1_400_000, rate: 50 },
};
const vin = (prefix: string, n: number) => `${prefix}${String(n).padStart(14, '0')}`;

function item13(g: Gen, index: number): Facts {
  const categories: Category[] = ['truck', 'bus', 'special'];
  const main = g.weighted<Category>([
    ['truck', 50],
    ['bus', 25],
    ['special', 25],
  ]);
  const cat = () => (g.chance(0.75) ? main : g.pick(categories));
  const retired = Array.from({ length: g.int(0, 5) }, (_, k) => ({
    vin: vin('LRV', index * 10 + k),
    category: cat(),
    fuelOrGas: !g.chance(0.05),
    beijingRegistered: !g.chance(0.08),
    ownedByEnterprise: !g.chance(0.05),
    disposal: g.weighted([
      ['transferred_out_of_beijing', 40],
      ['scrapped', 50],
      ['not_disposed', 10],
    ]),
  }));
  let total = 0;
  const fresh = Array.from({ length: g.int(retired.length === 0 ? 0 : 1, 5) }, (_, k) => {
    const category = cat();
    const energy = g.chance(0.2) ? 'hydrogen' : 'electric';
    const highTechProduct = g.chance(0.3);
    const cap = CAP[category];
    let priceFen: number;
    if (g.chance(0.1)) {
      // At the cap: the price whose award is the cap, to the fen, or one fen either side.
      const rate = cap.rate + (highTechProduct ? 5 : 0);
      priceFen = Math.round((cap[energy] * 100 * 100) / rate) + g.int(-1, 1);
    } else priceFen = g.fen(PRICE[category][0], PRICE[category][1]);
    if (g.chance(0.01)) priceFen = 0;
    total += priceFen;
    return {
      vin: vin('LNE', index * 10 + k),
      category,
      energy,
      terminalPrice: yuanText(priceFen),
      highTechProduct,
    };
  });
  if (fresh.length > 0 && retired.length > 0 && g.chance(0.02)) fresh[0]!.vin = retired[0]!.vin; // listed twice
  return {
    existingEnterprise: !g.chance(0.04),
    retiredVehicles: retired,
    newVehicles: fresh,
    ...projectFacts(g, Math.max(total, 100)),
  };
}

function item16(g: Gen): Facts {
  return {
    enterprise: !g.chance(0.03),
    retrofitOfExistingProcessOrEquipment: !g.chance(0.05),
    sector: g.chance(0.6) ? 'industrial' : 'non_industrial',
    energySavedTce: g.chance(0.01) ? '0' : g.decimal(1, 20_000, 4, true),
    drcFinalReviewPassed: !g.chance(0.05),
    publicised: !g.chance(0.05),
    ...projectFacts(g, g.fen(100_000, 30_000_000)),
  };
}

function item17(g: Gen): Facts {
  const role = g.weighted([
    ['self', 50],
    ['investor', 25],
    ['site_owner', 25],
  ]);
  const budget = g.weighted<boolean | undefined>([
    [true, 25],
    [false, 65],
    [undefined, 10],
  ]);
  return {
    distributedPv: !g.chance(0.03),
    installedCapacityKw: g.chance(0.01) ? '0' : g.decimal(5, 10_000, 3, true),
    applicantRole: role,
    ...(budget === undefined || (role === 'self' && g.chance(0.7)) ? {} : { siteOwnerBudgetFunded: budget }),
    ...projectFacts(g, g.fen(50_000, 40_000_000)),
  };
}

/** The own facts of each subset item, without the enterprise's 第二章 facts. */
export function itemFacts(g: Gen, item: SubsetItem, index: number): Facts {
  switch (item) {
    case 1:
      return item1(g);
    case 3:
      return item3(g);
    case 13:
      return item13(g, index);
    case 16:
      return item16(g);
    case 17:
      return item17(g);
    case 23:
      return item23Facts(g);
    case 24:
      return item24Facts(g);
  }
}

/** Profiles `from` … `from + count - 1` of the stream seeded by `seed`, each with its own sub-seed. */
export function profiles(seed: number, from: number, count: number): Profile[] {
  const out: Profile[] = [];
  for (let i = from; i < from + count; i++) out.push(profileAt(seed, i));
  return out;
}

/** Profile `i` of the stream seeded by `seed` (independent of the others, so chunks can be drawn in any order). */
export function profileAt(seed: number, i: number): Profile {
  const g = new Gen((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
  const e = enterprise(g, i);
  const common = commonFacts(e);
  const facts = {} as Record<SubsetItem, Facts>;
  for (const item of SUBSET) facts[item] = { ...itemFacts(g, item, i), ...common };
  return { index: i, enterprise: e, facts };
}
