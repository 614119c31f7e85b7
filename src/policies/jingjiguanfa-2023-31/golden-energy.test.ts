/**
 * Golden tests of 京技管发〔2023〕31号 第一章 一（十三）–（十五） and 二（十六）–（二十二）, named by
 * clause; each expected value is worked out from the text in the comment above it. Amounts are in
 * fen. Rules are evaluated through the engine with the policy's window.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Decision } from '../../engine/decision.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluateRule, type Rule } from '../../engine/rule.ts';
import { getPolicy, policyWindow } from '../index.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import type { AwardRecord } from './history.ts';
import { EXAMPLE_APPLICANT } from './parameters-energy.ts';
import { ITEMS_13_22 } from './rules-energy.ts';

const policy = getPolicy('jingjiguanfa-2023-31');
const rule = (n: number): Rule => ITEMS_13_22.find((r) => r.id === `jingjiguanfa-2023-31/item-${n}`)!;
const run = (n: number, facts: object = {}, asOf = '2024-06-30'): Decision =>
  evaluateRule(
    rule(n),
    { ...BASE[n], ...facts },
    parseCalendarDate(asOf) as CalendarDate,
    policyWindow(policy),
  );
const amount = (n: number, facts: object = {}, asOf?: string) => {
  const r = run(n, facts, asOf);
  return [r.outcome, r.amount] as const;
};
const failed = (r: Decision) => r.reasons.filter((x) => x.passed === false).map((x) => x.code);
const open = (r: Decision) => r.reasons.filter((x) => x.passed === null).map((x) => x.code);
const subjects = (n: number, facts: object = {}) => rule(n).awardSubjects!({ ...BASE[n], ...facts });
const history = (n: number, ...records: Array<[subject: string, amount: string]>): AwardRecord[] =>
  records.map(([subject, amt]) => ({
    ruleId: `jingjiguanfa-2023-31/item-${n}`,
    subject,
    amount: amt,
    awardedOn: '2024-03-01',
  }));

/** A 17-character VIN: prefix, then the number zero-padded (no I, O or Q). */
const vin = (prefix: string, n: number) => `${prefix}${String(n).padStart(17 - prefix.length, '0')}`;
const retired = (n: number, category = 'truck', over: object = {}) => ({
  vin: vin('LRET', n),
  category,
  fuelOrGas: true,
  beijingRegistered: true,
  ownedByEnterprise: true,
  disposal: 'scrapped',
  ...over,
});
const fresh = (n: number, category: string, terminalPrice: string, over: object = {}) => ({
  vin: vin('LNEW', n),
  category,
  energy: 'electric',
  terminalPrice,
  highTechProduct: false,
  ...over,
});
const replaced = (n: number, over: object = {}) => ({
  vin: vin('LFUEL', n),
  largeOrMediumBus: true,
  fuelOrGas: true,
  beijingRegistered: true,
  leaseTermMonths: 24,
  leaseEnded: true,
  ...over,
});
const leased = (n: number, over: object = {}) => ({
  vin: vin('LBEV', n),
  bus: true,
  energy: 'electric',
  ...over,
});
const client = (n: number, over: object = {}) => ({
  client: `单位${n}`,
  inDistrict: true,
  municipalKeyUnit: true,
  services: ['energy_audit'],
  ...over,
});
/** Item 13 with one retired vehicle and one new vehicle of the same category. */
const pair = (category: string, terminalPrice: string, over: object = {}) => ({
  retiredVehicles: [retired(1, category)],
  newVehicles: [fresh(1, category, terminalPrice, over)],
});

const BASE: Record<number, object> = {
  13: { existingEnterprise: true, ...pair('truck', '500000'), ...EXAMPLE_COMMON },
  14: {
    existingEnterprise: true,
    commitsNoFuelBusLeases: true,
    replacedLeases: [replaced(1), replaced(2), replaced(3)],
    newLeases: [leased(1), leased(2), leased(3)],
    ...EXAMPLE_APPLICANT,
  },
  15: { greenFactory: true, greenSupplyChain: false, greenDesignProducts: [], ...EXAMPLE_APPLICANT },
  16: {
    enterprise: true,
    retrofitOfExistingProcessOrEquipment: true,
    sector: 'industrial',
    energySavedTce: '1250.5',
    drcFinalReviewPassed: true,
    publicised: true,
    ...EXAMPLE_COMMON,
  },
  17: { distributedPv: true, installedCapacityKw: '1000.5', applicantRole: 'self', ...EXAMPLE_COMMON },
  18: {
    municipalSubsidyReceived: true,
    technology: 'sewage_heat_pump',
    projectInvestment: '8000000',
    ...EXAMPLE_COMMON,
  },
  19: {
    enterprise: true,
    beijingGreenPowerTrade: true,
    tradingYear: 2024,
    greenPowerKwh: '12345678.9',
    ...EXAMPLE_APPLICANT,
  },
  20: {
    consultingServiceUnit: true,
    serviceYear: 2024,
    clients: [1, 2, 3, 4, 5].map((n) => client(n)),
    ...EXAMPLE_APPLICANT,
  },
  21: {
    applicantKind: 'above_scale_industrial',
    carbonNeutralYear: 2024,
    certified: true,
    certifiedBefore: false,
    selfGeneratedKwh: '1500000',
    gridPurchasedKwh: '10000000',
    cnasVerified: true,
    ...EXAMPLE_APPLICANT,
  },
  22: { keyEnergyUser: true, assessmentYear: 2024, grade: 'excellent', ...EXAMPLE_APPLICANT },
};
const ITEMS = [13, 14, 15, 16, 17, 18, 19, 20, 21, 22];

describe('第一章 一（十三） 企业自有燃油燃气商用车置换', () => {
  // 1. "按照新能源车辆终端售价的 30% 给予奖励": 500,000 × 30% = 150,000 元.
  test('一（十三）1 truck at 30%: 500,000 元 → 150,000 元', () => {
    assert.deepEqual(amount(13), ['eligible', 15_000_000]);
  });
  // "认定为高新技术产品的,在原奖励标准基础上增加 5%": 500,000 × 35% = 175,000 元 (D-31-1).
  test('一（十三）1 recognised high-tech product: +5 points → 175,000 元', () => {
    assert.deepEqual(amount(13, pair('truck', '500000', { highTechProduct: true })), [
      'eligible',
      17_500_000,
    ]);
  });
  // "每辆车最高不超过 20 万元": 1,000,000 × 30% = 300,000 → 200,000 元. At the edge: 666,666.66 ×
  // 30% = 199,999.998 元 (under the cap, rounds to 200,000.00); 666,666.67 × 30% = 200,000.001 元
  // (over, capped at 200,000).
  test('一（十三）1 cap 20万 per truck, both sides of the limit', () => {
    assert.deepEqual(amount(13, pair('truck', '1000000')), ['eligible', 20_000_000]);
    const under = run(13, pair('truck', '666666.66'));
    assert.deepEqual([under.outcome, under.amount], ['eligible', 20_000_000]);
    assert.equal(under.trace.find((s) => s.code === 'j31.item13.vehicle')!.result, '199999.998');
    const over = run(13, pair('truck', '666666.67'));
    assert.deepEqual([over.outcome, over.amount], ['eligible', 20_000_000]);
    assert.equal(over.trace.find((s) => s.code === 'j31.item13.vehicle')!.result, '200000');
  });
  // 2. Buses 30% (+5%), "置换为电动车的最高不超过 35 万元": 1,000,000 × 35% = 350,000 exactly at the
  // cap; 1,000,000.03 × 35% = 350,000.0105 → 350,000; 999,999.97 × 35% = 349,999.9895 → 349,999.99.
  test('一（十三）2 electric bus cap 35万: at the limit, one fen over, one fen under', () => {
    const ht = { highTechProduct: true };
    assert.deepEqual(amount(13, pair('bus', '1000000', ht)), ['eligible', 35_000_000]);
    assert.deepEqual(amount(13, pair('bus', '1000000.03', ht)), ['eligible', 35_000_000]);
    assert.deepEqual(amount(13, pair('bus', '999999.97', ht)), ['eligible', 34_999_999]);
    assert.deepEqual(amount(13, pair('bus', '1000000')), ['eligible', 30_000_000]);
  });
  // "置换为氢能源车的最高不超过 40 万元": 2,000,000 × 30% = 600,000 → 400,000 (electric: 350,000).
  test('一（十三）2 hydrogen bus cap 40万, electric 35万 at the same price', () => {
    assert.deepEqual(amount(13, pair('bus', '2000000', { energy: 'hydrogen' })), ['eligible', 40_000_000]);
    assert.deepEqual(amount(13, pair('bus', '2000000')), ['eligible', 35_000_000]);
  });
  // 3. Special vehicles 50%, "置换为电动车的最高不超过 95 万元": 1,900,000 × 50% = 950,000 at the cap;
  // 1,900,000.02 × 50% = 950,000.01 → capped; 1,899,999.98 → 949,999.99. High-tech: 1,000,000 × 55%.
  test('一（十三）3 special vehicle 50%, electric cap 95万 both sides, +5 points', () => {
    assert.deepEqual(amount(13, pair('special', '1900000')), ['eligible', 95_000_000]);
    assert.deepEqual(amount(13, pair('special', '1900000.02')), ['eligible', 95_000_000]);
    assert.deepEqual(amount(13, pair('special', '1899999.98')), ['eligible', 94_999_999]);
    assert.deepEqual(amount(13, pair('special', '1000000', { highTechProduct: true })), [
      'eligible',
      55_000_000,
    ]);
  });
  // "置换为氢能源车的最高不超过 140 万元": 2,800,000 × 50% = 1,400,000 at the cap; 2,800,000.02 → capped.
  test('一（十三）3 hydrogen special vehicle cap 140万 both sides', () => {
    const h2 = { energy: 'hydrogen' };
    assert.deepEqual(amount(13, pair('special', '2800000', h2)), ['eligible', 140_000_000]);
    assert.deepEqual(amount(13, pair('special', '2800000.02', h2)), ['eligible', 140_000_000]);
    assert.deepEqual(amount(13, pair('special', '2799999.98', h2)), ['eligible', 139_999_999]);
  });
  // "两者取小值确定奖励车辆规模": 3 retired, 2 new trucks of 500,000 → 2 × 150,000 = 300,000 元.
  test('一（十三） more retired than new: min → 2 vehicles, 300,000 元', () => {
    const facts = {
      retiredVehicles: [retired(1), retired(2), retired(3)],
      newVehicles: [fresh(1, 'truck', '500000'), fresh(2, 'truck', '500000')],
    };
    assert.deepEqual(amount(13, facts), ['eligible', 30_000_000]);
    assert.deepEqual(subjects(13, facts), [
      `retired-vehicle:${vin('LRET', 1)}`,
      `retired-vehicle:${vin('LRET', 2)}`,
      `new-vehicle:${vin('LNEW', 1)}`,
      `new-vehicle:${vin('LNEW', 2)}`,
    ]);
  });
  // D-31-3: 1 retired, 2 new (500,000 → 150,000; 600,000 → 180,000): the higher reward counts.
  test('一（十三） more new than retired: the new vehicle with the highest reward counts → 180,000 元', () => {
    const facts = {
      retiredVehicles: [retired(1)],
      newVehicles: [fresh(1, 'truck', '500000'), fresh(2, 'truck', '600000')],
    };
    assert.deepEqual(amount(13, facts), ['eligible', 18_000_000]);
    assert.deepEqual(subjects(13, facts), [
      `retired-vehicle:${vin('LRET', 1)}`,
      `new-vehicle:${vin('LNEW', 2)}`,
    ]);
  });
  // "相应的" (D-31-30): a retired bus is replaced by a bus, not by a truck.
  test('一（十三） categories must correspond: a bus retired, a truck bought → ineligible', () => {
    const r = run(13, { retiredVehicles: [retired(1, 'bus')], newVehicles: [fresh(1, 'truck', '500000')] });
    assert.deepEqual(failed(r), ['j31.item13.vehicles_counted']);
  });
  // One truck (150,000) and one special vehicle (1,000,000 × 50% = 500,000) → 650,000 元.
  test('一（十三） several categories add up: truck 150,000 + special 500,000 = 650,000 元', () => {
    const facts = {
      retiredVehicles: [retired(1), retired(2, 'special')],
      newVehicles: [fresh(1, 'truck', '500000'), fresh(2, 'special', '1000000')],
    };
    assert.deepEqual(amount(13, facts), ['eligible', 65_000_000]);
  });
  // "京籍燃油燃气…淘汰转出北京市或报废": a vehicle failing any of these is not counted.
  test('一（十三） a retired vehicle not Beijing-registered, not fuel, not owned or not disposed is not counted', () => {
    for (const over of [
      { beijingRegistered: false },
      { fuelOrGas: false },
      { ownedByEnterprise: false },
      { disposal: 'not_disposed' },
    ]) {
      const r = run(13, { retiredVehicles: [retired(1, 'truck', over)] });
      assert.deepEqual(failed(r), ['j31.item13.vehicles_counted'], JSON.stringify(over));
    }
    assert.equal(
      amount(13, { retiredVehicles: [retired(1, 'truck', { disposal: 'transferred_out_of_beijing' })] })[0],
      'eligible',
    );
  });
  // D-31-12: exact per vehicle, rounded once: 100,000.05 × 30% = 30,000.015 each; two trucks
  // 60,000.03 元 (rounding each vehicle first would give 60,000.04).
  test('一（十三） rounded once at the end: 2 × 30,000.015 = 60,000.03 元', () => {
    const facts = {
      retiredVehicles: [retired(1), retired(2)],
      newVehicles: [fresh(1, 'truck', '100000.05'), fresh(2, 'truck', '100000.05')],
    };
    assert.deepEqual(amount(13, facts), ['eligible', 6_000_003]);
  });
  test('一（十三） not an existing enterprise, a repeated VIN, or a zero price: ineligible', () => {
    assert.deepEqual(failed(run(13, { existingEnterprise: false })), ['j31.item13.existing_enterprise']);
    const dup = {
      retiredVehicles: [retired(1), retired(1)],
      newVehicles: [fresh(1, 'truck', '1'), fresh(2, 'truck', '1')],
    };
    assert.deepEqual(failed(run(13, dup)), ['j31.item13.distinct_vins']);
    assert.deepEqual(failed(run(13, pair('truck', '0'))), ['j31.item13.prices_positive']);
  });
  // 第二章 一: items 1–14 only in the 60 km² core; 二（四） the purchase must be ≥ 90% paid (D-31-31).
  test('第二章 items 13: yizhuang_225 fails; payments under 90% fail', () => {
    assert.deepEqual(failed(run(13, { location: 'yizhuang_225' })), ['j31.common.area']);
    assert.deepEqual(failed(run(13, { paidIncludingTax: '1016999.99' })), ['j31.common.payment_share']);
  });
});

describe('第一章 一（十四） 企业租赁燃油燃气大中型客车置换', () => {
  // "每辆车的具体奖励标准为一次性奖励 6 万元": 3 × 60,000 = 180,000 元.
  test('三辆 → 180,000 元', () => {
    assert.deepEqual(amount(14), ['eligible', 18_000_000]);
  });
  // "根据置换改租的新能源车数量" (D-31-32): 2 replaced, 3 new → 2 × 60,000; 3 replaced, 1 new → 60,000.
  test('vehicles counted = min(fuel buses given up, new-energy buses leased)', () => {
    assert.deepEqual(amount(14, { replacedLeases: [replaced(1), replaced(2)] }), ['eligible', 12_000_000]);
    assert.deepEqual(amount(14, { newLeases: [leased(1)] }), ['eligible', 6_000_000]);
    assert.deepEqual(subjects(14, { newLeases: [leased(1)] }), [
      `fuel-bus-lease:${vin('LFUEL', 1)}`,
      `new-energy-lease:${vin('LBEV', 1)}`,
    ]);
  });
  // "长期租赁(一年及以上)": 12 months counts, 11 does not.
  test('lease term: 12 months counts, 11 months does not', () => {
    const one = (months: number) => ({
      replacedLeases: [replaced(1, { leaseTermMonths: months })],
      newLeases: [leased(1)],
    });
    assert.deepEqual(amount(14, one(12)), ['eligible', 6_000_000]);
    assert.deepEqual(failed(run(14, one(11))), ['j31.item14.vehicles_counted']);
  });
  test('not Beijing-registered, not fuel, not a large/medium bus, lease not given up, or new vehicle not a bus: not counted', () => {
    for (const over of [
      { beijingRegistered: false },
      { fuelOrGas: false },
      { largeOrMediumBus: false },
      { leaseEnded: false },
    ]) {
      const r = run(14, { replacedLeases: [replaced(1, over)], newLeases: [leased(1)] });
      assert.deepEqual(failed(r), ['j31.item14.vehicles_counted'], JSON.stringify(over));
    }
    const r = run(14, { replacedLeases: [replaced(1)], newLeases: [leased(1, { bus: false })] });
    assert.deepEqual(failed(r), ['j31.item14.vehicles_counted']);
  });
  // "且承诺今后不再租赁燃油燃气大中型客车": without the commitment, ineligible.
  test('no commitment never to lease fuel buses again: ineligible', () => {
    assert.deepEqual(failed(run(14, { commitsNoFuelBusLeases: false })), ['j31.item14.commitment']);
    assert.deepEqual(failed(run(14, { existingEnterprise: false })), ['j31.item14.existing_enterprise']);
  });
  test('第二章 一: item 14 needs the 60 km² core', () => {
    assert.deepEqual(failed(run(14, { location: 'yizhuang_225' })), ['j31.common.area']);
  });
});

describe('第一章 一（十五） 绿色制造体系称号 (免申即享)', () => {
  // "“绿色工厂”“绿色供应链”以企业为单位奖励 100 万元".
  test('green factory 100万, green supply chain 100万, both 200万', () => {
    assert.deepEqual(amount(15), ['eligible', 100_000_000]);
    assert.deepEqual(amount(15, { greenFactory: false, greenSupplyChain: true }), ['eligible', 100_000_000]);
    assert.deepEqual(amount(15, { greenSupplyChain: true }), ['eligible', 200_000_000]);
  });
  // "每个产品奖励 20 万元(同一家企业最多奖励 100 万元)": 5 products = 100万 (at the cap); a 6th gets nothing.
  test('green design products: 5 × 20万 = 100万 at the cap; a 6th product gets nothing', () => {
    const products = (n: number) => ({
      greenFactory: false,
      greenDesignProducts: [1, 2, 3, 4, 5, 6].slice(0, n).map((i) => `产品${i}`),
    });
    assert.deepEqual(amount(15, products(5)), ['eligible', 100_000_000]);
    assert.deepEqual(amount(15, products(6)), ['eligible', 100_000_000]);
    assert.deepEqual(
      subjects(15, products(6)),
      [1, 2, 3, 4, 5].map((i) => `green-design:产品${i}`),
    );
  });
  // D-31-6: the cap spans awards. 80万 earlier + 1 new = 100万 (at the limit) → 20万; + 2 new → still 20万.
  test('the 100万 cap counts earlier awards: 80万 before + one product → 20万; + two → 20万', () => {
    const earlier = history(
      15,
      ...[1, 2, 3, 4].map((i): [string, string] => [`green-design:旧${i}`, '200000']),
    );
    const base = { greenFactory: false, awardHistory: earlier };
    assert.deepEqual(amount(15, { ...base, greenDesignProducts: ['新1'] }), ['eligible', 20_000_000]);
    assert.deepEqual(amount(15, { ...base, greenDesignProducts: ['新1', '新2'] }), ['eligible', 20_000_000]);
  });
  // One fen over 80万 before (800,000.01) leaves 199,999.99 for the next product (D-31-33).
  test('partial award up to the rest of the cap: 800,000.01 before → 199,999.99', () => {
    const awardHistory = history(15, ['green-design:旧1', '800000.01']);
    assert.deepEqual(amount(15, { greenFactory: false, greenDesignProducts: ['新1'], awardHistory }), [
      'eligible',
      19_999_999,
    ]);
  });
  // A title already rewarded is not paid twice; with nothing left the decision is ineligible.
  test('a title or product already rewarded is not paid again; cap used up → ineligible', () => {
    const awardHistory = history(15, ['green-factory', '1000000'], ['green-design:A', '200000']);
    assert.deepEqual(failed(run(15, { awardHistory })), ['j31.item15.something_to_award']);
    assert.deepEqual(amount(15, { awardHistory, greenDesignProducts: ['A', 'B'] }), ['eligible', 20_000_000]);
    assert.deepEqual(subjects(15, { awardHistory, greenDesignProducts: ['A', 'B'] }), ['green-design:B']);
    const full = history(15, ['green-design:X', '1000000']);
    assert.deepEqual(
      failed(run(15, { greenFactory: false, greenDesignProducts: ['Y'], awardHistory: full })),
      ['j31.item15.something_to_award'],
    );
    // Another rule's records do not count.
    const other = history(16, ['green-factory', '1000000']);
    assert.deepEqual(amount(15, { awardHistory: other }), ['eligible', 100_000_000]);
  });
  test('no title held: ineligible', () => {
    assert.deepEqual(failed(run(15, { greenFactory: false })), [
      'j31.item15.title_held',
      'j31.item15.something_to_award',
    ]);
  });
  // 第二章 一: items 15–27 may be anywhere in the 225 km² new town.
  test('第二章 一: yizhuang_225 qualifies for item 15; outside does not', () => {
    assert.equal(amount(15, { location: 'yizhuang_225' })[0], 'eligible');
    assert.deepEqual(failed(run(15, { location: 'outside' })), ['j31.common.area']);
  });
});

describe('第一章 二（十六） 节能减碳技改 (免申即享)', () => {
  // "工业项目节约每吨标准煤奖励 600 元,非工业项目…800 元": 1,250.5 × 600 = 750,300; × 800 = 1,000,400.
  test('industrial 600 元/tce: 1,250.5 → 750,300 元; non-industrial 800 元/tce → 1,000,400 元', () => {
    assert.deepEqual(amount(16), ['eligible', 75_030_000]);
    assert.deepEqual(amount(16, { sector: 'non_industrial' }), ['eligible', 100_040_000]);
  });
  // Exact and rounded half up once (D-31-12): 1.23456 × 800 = 987.648 → 987.65; 0.0001 × 600 = 0.06.
  test('exact tonnes, rounded half up: 1.23456 tce × 800 = 987.648 → 987.65 元', () => {
    assert.deepEqual(amount(16, { sector: 'non_industrial', energySavedTce: '1.23456' }), [
      'eligible',
      98_765,
    ]);
    assert.deepEqual(amount(16, { energySavedTce: '0.0001' }), ['eligible', 6]);
  });
  // "项目应建设完成,且已通过北京市发展和改革委员会的最终审核并公示".
  test('not through the DRC final review, not publicised, not completed, or nothing saved: ineligible', () => {
    assert.deepEqual(failed(run(16, { drcFinalReviewPassed: false })), ['j31.item16.final_review']);
    assert.deepEqual(failed(run(16, { publicised: false })), ['j31.item16.publicised']);
    assert.deepEqual(failed(run(16, { projectCompleted: false })), ['j31.common.completed']);
    assert.deepEqual(failed(run(16, { energySavedTce: '0' })), ['j31.item16.savings_positive']);
    assert.deepEqual(failed(run(16, { retrofitOfExistingProcessOrEquipment: false })), [
      'j31.item16.retrofit',
    ]);
  });
});

describe('第一章 二（十七） 分布式光伏', () => {
  // "每千瓦 800 元": 1,000.5 kW × 800 = 800,400 元 (own investment, 100%).
  test('own investment: 1,000.5 kW × 800 = 800,400 元', () => {
    assert.deepEqual(amount(17), ['eligible', 80_040_000]);
  });
  // "若项目为第三方投资,项目投资方和场地业主方分开申请,各享受奖励资金的 50%": 400,200 each.
  test('third-party investment: investor and site owner 50% each → 400,200 元', () => {
    const owner = { siteOwnerBudgetFunded: false };
    assert.deepEqual(amount(17, { applicantRole: 'investor', ...owner }), ['eligible', 40_020_000]);
    assert.deepEqual(amount(17, { applicantRole: 'site_owner', ...owner }), ['eligible', 40_020_000]);
  });
  // "若场地业主方为财政预算拨款单位,由项目投资方申请,项目投资方享受全额奖励资金".
  test('budget-funded site owner: the investor gets 100%, the site owner cannot apply', () => {
    const budget = { siteOwnerBudgetFunded: true };
    assert.deepEqual(amount(17, { applicantRole: 'investor', ...budget }), ['eligible', 80_040_000]);
    assert.deepEqual(failed(run(17, { applicantRole: 'site_owner', ...budget })), [
      'j31.item17.site_owner_may_apply',
    ]);
  });
  test('third party without the site owner’s budget status: needs_review, no amount', () => {
    const r = run(17, { applicantRole: 'investor' });
    assert.deepEqual([r.outcome, r.amount, open(r)], ['needs_review', null, ['j31.item17.budget_known']]);
  });
  // 12.34567 kW × 800 = 9,876.536 → 9,876.54; half of it 4,938.268 → 4,938.27 (rounded once).
  test('exact kW, rounded once after the split: 9,876.54 元 / 4,938.27 元', () => {
    assert.deepEqual(amount(17, { installedCapacityKw: '12.34567' }), ['eligible', 987_654]);
    const split = {
      installedCapacityKw: '12.34567',
      applicantRole: 'investor',
      siteOwnerBudgetFunded: false,
    };
    assert.deepEqual(amount(17, split), ['eligible', 493_827]);
  });
  test('not distributed PV or zero capacity: ineligible', () => {
    assert.deepEqual(failed(run(17, { distributedPv: false })), ['j31.item17.distributed_pv']);
    assert.deepEqual(failed(run(17, { installedCapacityKw: '0' })), ['j31.item17.capacity_positive']);
  });
});

describe('第一章 二（十八） 新能源供热', () => {
  // "按照项目投资额的 10% 进行配套奖励": 8,000,000 × 10% = 800,000 元; 1,234.56 × 10% = 123.456 → 123.46.
  test('10% of the investment: 8,000,000 → 800,000 元; 1,234.56 → 123.46 元', () => {
    assert.deepEqual(amount(18), ['eligible', 80_000_000]);
    assert.deepEqual(amount(18, { projectInvestment: '1234.56' }), ['eligible', 12_346]);
  });
  // The eight technologies listed qualify; "浅层地源热泵(不含水源热泵)" excludes water-source heat
  // pumps; another system under "等" needs an officer (D-31-35).
  test('listed technologies qualify; water-source heat pump excluded; others need review', () => {
    for (const technology of [
      'shallow_ground_source_heat_pump',
      'mid_deep_hydrothermal',
      'mid_deep_downhole_exchange',
      'reclaimed_water_heat_pump',
      'sewage_heat_pump',
      'waste_heat',
      'green_power_heat_storage',
      'green_hydrogen',
    ])
      assert.deepEqual(amount(18, { technology }), ['eligible', 80_000_000], technology);
    assert.deepEqual(failed(run(18, { technology: 'water_source_heat_pump' })), ['j31.item18.technology']);
    assert.deepEqual(amount(18, { technology: 'other_new_energy' }), ['needs_review', 80_000_000]);
  });
  test('"对获得市级补助的": without a municipal subsidy, ineligible', () => {
    assert.deepEqual(failed(run(18, { municipalSubsidyReceived: false })), ['j31.item18.municipal_subsidy']);
  });
});

describe('第一章 二（十九） 绿电交易', () => {
  // "按交易电量每度电奖励 0.01 元": 12,345,678.9 kWh → 123,456.789 → 123,456.79 元 (half up).
  test('0.01 元 per kWh: 12,345,678.9 kWh → 123,456.79 元', () => {
    assert.deepEqual(amount(19), ['eligible', 12_345_679]);
  });
  // 0.5 kWh → 0.005 元 = half a fen → 1 fen; 0.4 kWh → 0.004 元 → 0.
  test('rounding half up to the fen: 0.5 kWh → 0.01 元, 0.4 kWh → 0.00 元', () => {
    assert.deepEqual(amount(19, { greenPowerKwh: '0.5' }), ['eligible', 1]);
    assert.deepEqual(amount(19, { greenPowerKwh: '0.4' }), ['eligible', 0]);
  });
  // D-31-36: one award per trading year.
  test('a trading year already rewarded is not paid again; another year is', () => {
    const awardHistory = history(19, ['year:2024', '100.00']);
    assert.deepEqual(failed(run(19, { awardHistory })), ['j31.item19.year_not_awarded']);
    assert.equal(amount(19, { awardHistory, tradingYear: 2025 })[0], 'eligible');
    assert.deepEqual(subjects(19), ['year:2024']);
  });
  test('not through Beijing green trading, not an enterprise, or no volume: ineligible', () => {
    assert.deepEqual(failed(run(19, { beijingGreenPowerTrade: false })), ['j31.item19.beijing_trade']);
    assert.deepEqual(failed(run(19, { enterprise: false })), ['j31.item19.enterprise']);
    assert.deepEqual(failed(run(19, { greenPowerKwh: '0' })), ['j31.item19.volume_positive']);
  });
});

describe('第一章 二（二十） 节能减碳咨询', () => {
  // "对 5 家及以上区内市级重点用能单位或碳排放单位…每年度给予 10 万元奖励": 5 → 100,000; 4 → none.
  test('5 units served → 100,000 元; 4 → ineligible', () => {
    assert.deepEqual(amount(20), ['eligible', 10_000_000]);
    const four = { clients: [1, 2, 3, 4].map((n) => client(n)) };
    assert.deepEqual(failed(run(20, four)), ['j31.item20.clients']);
  });
  test('a unit counts once; units outside the district or not municipal key units do not count', () => {
    const twice = { clients: [1, 2, 3, 4, 4].map((n) => client(n)) };
    assert.deepEqual(failed(run(20, twice)), ['j31.item20.clients']);
    for (const over of [{ inDistrict: false }, { municipalKeyUnit: false }, { services: [] }]) {
      const clients = [1, 2, 3, 4].map((n) => client(n)).concat(client(5, over));
      assert.deepEqual(failed(run(20, { clients })), ['j31.item20.clients'], JSON.stringify(over));
    }
  });
  // "等技术咨询策划业务": a unit served only with an unlisted service needs an officer (D-31-37).
  test('the fifth unit served only with an unlisted service → needs_review', () => {
    const clients = [1, 2, 3, 4].map((n) => client(n)).concat(client(5, { services: ['other'] }));
    const r = run(20, { clients });
    assert.deepEqual([r.outcome, open(r)], ['needs_review', ['j31.item20.clients']]);
  });
  test('"每年度": a year already rewarded is not paid again; the next year is', () => {
    const awardHistory = history(20, ['year:2024', '100000']);
    assert.deepEqual(failed(run(20, { awardHistory })), ['j31.item20.year_not_awarded']);
    assert.equal(amount(20, { awardHistory, serviceYear: 2025 })[0], 'eligible');
    assert.deepEqual(failed(run(20, { consultingServiceUnit: false })), ['j31.item20.consulting_unit']);
  });
});

describe('第一章 二（二十一） 碳中和认证', () => {
  // 1. "规上工业企业…50 万元…不低于电网购电量的 10%": exactly 10% (1,000,000 of 10,000,000) passes;
  // 999,999.99 does not.
  test('二（二十一）1 first certification 50万; self-generation 10% inclusive', () => {
    assert.deepEqual(amount(21), ['eligible', 50_000_000]);
    assert.deepEqual(amount(21, { selfGeneratedKwh: '1000000' }), ['eligible', 50_000_000]);
    assert.deepEqual(failed(run(21, { selfGeneratedKwh: '999999.99' })), ['j31.item21.self_generation']);
  });
  // 2. "…且碳中和年度的电耗在 400 万度及以上": 4,000,000 passes, 3,999,999.9 fails, unstated → review.
  test('二（二十一）2 non-industrial: consumption ≥ 400万度 inclusive', () => {
    const k = { applicantKind: 'above_limit_non_industrial' };
    assert.deepEqual(amount(21, { ...k, electricityConsumptionKwh: '4000000' }), ['eligible', 50_000_000]);
    assert.deepEqual(failed(run(21, { ...k, electricityConsumptionKwh: '3999999.9' })), [
      'j31.item21.consumption',
    ]);
    assert.deepEqual(open(run(21, k)), ['j31.item21.consumption']);
  });
  // 3. "城市更新园区…不低于电网购电量的 5%": 500,000 of 10,000,000 passes; 499,999 fails.
  test('二（二十一）3 urban renewal park: 5% inclusive; the park must be named', () => {
    const k = { applicantKind: 'urban_renewal_park', scopeName: '亦庄城市更新园' };
    assert.deepEqual(amount(21, { ...k, selfGeneratedKwh: '500000' }), ['eligible', 50_000_000]);
    assert.deepEqual(failed(run(21, { ...k, selfGeneratedKwh: '499999' })), ['j31.item21.self_generation']);
    assert.deepEqual(open(run(21, { applicantKind: 'urban_renewal_park' })), ['j31.item21.scope_named']);
  });
  // 4. "部分厂房或车间…重点碳排放单位…10%…400 万度及以上".
  test('二（二十一）4 plant or workshop of a key emitter: 10% and ≥ 400万度', () => {
    const k = {
      applicantKind: 'key_emitter_plant',
      scopeName: '一号车间',
      electricityConsumptionKwh: '5000000',
    };
    assert.deepEqual(amount(21, k), ['eligible', 50_000_000]);
    assert.deepEqual(subjects(21, k), ['carbon-neutral:plant:一号车间:2024']);
    assert.deepEqual(failed(run(21, { ...k, electricityConsumptionKwh: '3999999' })), [
      'j31.item21.consumption',
    ]);
  });
  // "首次": certified before, never supported → ineligible (neither 1–4 nor 5).
  test('"首次": a scope certified before and never supported is ineligible', () => {
    assert.deepEqual(failed(run(21, { certifiedBefore: true })), ['j31.item21.first']);
  });
  // 5. "已获得经开区绿色发展资金支持的…继续…获得碳中和认证的,给予 10 万元奖励" (D-31-38).
  test('二（二十一）5 continuing: supported before → 10万 for a later year, on the same requirements', () => {
    const awardHistory = history(21, ['carbon-neutral:enterprise:2023', '500000']);
    const later = { certifiedBefore: true, awardHistory };
    assert.deepEqual(amount(21, later), ['eligible', 10_000_000]);
    assert.deepEqual(failed(run(21, { ...later, selfGeneratedKwh: '999999' })), [
      'j31.item21.self_generation',
    ]);
    assert.deepEqual(amount(21, { certifiedBefore: true, earlierGreenFundSupport: true }), [
      'eligible',
      10_000_000,
    ]);
    // The same year is not paid twice.
    const same = history(21, ['carbon-neutral:enterprise:2024', '500000']);
    assert.deepEqual(failed(run(21, { certifiedBefore: true, awardHistory: same })), [
      'j31.item21.year_not_awarded',
    ]);
    // A plant's earlier award does not make the whole enterprise's certification a renewal.
    const plant = history(21, ['carbon-neutral:plant:一号车间:2023', '500000']);
    assert.deepEqual(amount(21, { awardHistory: plant }), ['eligible', 50_000_000]);
  });
  // "所有申报单位需经有资质的碳排放核查企业进行碳核查(…CNAS…ISO14064—1…)".
  test('no CNAS-qualified carbon verification, no certification, or no self-generation: ineligible', () => {
    assert.deepEqual(failed(run(21, { cnasVerified: false })), ['j31.item21.verification']);
    assert.deepEqual(failed(run(21, { certified: false })), ['j31.item21.certified']);
    assert.deepEqual(failed(run(21, { selfGeneratedKwh: '0', gridPurchasedKwh: '0' })), [
      'j31.item21.self_generation',
    ]);
  });
});

describe('第一章 二（二十二） 重点用能单位考核优秀 (免申即享)', () => {
  // "考核等级为优秀的单位…给予一次性 20 万元奖励".
  test('graded excellent → 200,000 元; another grade → ineligible', () => {
    assert.deepEqual(amount(22), ['eligible', 20_000_000]);
    assert.deepEqual(failed(run(22, { grade: 'other' })), ['j31.item22.excellent']);
    assert.deepEqual(failed(run(22, { keyEnergyUser: false })), ['j31.item22.key_energy_user']);
  });
  // "一次性" per assessment year (D-31-39).
  test('an assessment year already rewarded is not paid again; the next year is', () => {
    const awardHistory = history(22, ['year:2024', '200000']);
    assert.deepEqual(failed(run(22, { awardHistory })), ['j31.item22.year_not_awarded']);
    assert.equal(amount(22, { awardHistory, assessmentYear: 2025 })[0], 'eligible');
    assert.deepEqual(subjects(22), ['year:2024']);
  });
});

describe('items 13–22: 第二章, validity, departments', () => {
  // 第二章 二（二）: a major administrative penalty within three years fails every item, alone.
  test('第二章 二（二） a major penalty within 3 years fails each item alone', () => {
    for (const n of ITEMS)
      assert.deepEqual(
        failed(run(n, { majorAdministrativePenaltyWithin3Years: true })),
        ['j31.common.no_major_penalty'],
        `item ${n}`,
      );
  });
  // 第二章 二（五）3 for the project items 13, 16, 17, 18 (D-31-31).
  test('第二章 二（五）3 government-funded projects are excluded from items 13, 16, 17, 18', () => {
    for (const n of [13, 16, 17, 18])
      assert.deepEqual(
        failed(run(n, { builtWithGovernmentFunds: true })),
        ['j31.common.not_government_funded'],
        `item ${n}`,
      );
  });
  test('2023-11-23 (before signing) → not_in_force; 2023-11-24 → in force', () => {
    for (const n of ITEMS) {
      const early = run(n, {}, '2023-11-23');
      assert.equal(early.outcome === 'not_in_force' && early.status, 'not_yet', `item ${n}`);
      assert.equal(amount(n, {}, '2023-11-24')[0], 'eligible', `item ${n}`);
    }
  });
  // Each decision names the interpretations it applied (docs/interpretations.md).
  test('each item records its interpretation decisions', () => {
    const expected: Record<number, string[]> = {
      13: ['D-31-1', 'D-31-3', 'D-31-30', 'D-31-31', 'D-31-12'],
      14: ['D-31-31', 'D-31-32'],
      15: ['D-31-6', 'D-31-31', 'D-31-33'],
      16: ['D-31-31', 'D-31-12'],
      17: ['D-31-31', 'D-31-34', 'D-31-12'],
      18: ['D-31-31', 'D-31-35', 'D-31-12'],
      19: ['D-31-31', 'D-31-36', 'D-31-12'],
      20: ['D-31-31', 'D-31-37'],
      21: ['D-31-31', 'D-31-38'],
      22: ['D-31-31', 'D-31-39'],
    };
    for (const n of ITEMS) {
      const got = run(n).interpretations;
      for (const id of [...expected[n]!, 'D-31-10']) assert.ok(got.includes(id), `item ${n}: ${id}`);
    }
  });
  // 第三章 二（二）: 城市运行局 for 污染防治 (13–15), 经济发展局 for 节能降碳 (16–22); 免申即享: 15, 16, 22.
  test('departments and 免申即享 as the text says', () => {
    assert.deepEqual(
      ITEMS_13_22.map((r) => [r.id.slice(-7), r.department, r.noApplication]),
      ITEMS.map((n) => [
        `item-${n}`,
        n <= 15 ? 'city-operations' : 'economic-development',
        [15, 16, 22].includes(n),
      ]),
    );
  });
});
