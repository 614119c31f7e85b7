/**
 * @module policies/jingjiguanfa-2023-31/item-13
 * 第一章 一（十三） 企业自有燃油燃气商用车置换为电动或氢能源等新能源商用车项目 (an enterprise's own fuel
 * commercial vehicles replaced by new-energy ones).
 *
 * > 经开区现有企业，将名下现有的京籍燃油燃气货车、大中型客车和专项作业车等商用车淘汰转出北京市或报废，并更新为
 * > 相应的纯电动车或氢能源等新能源货车、大中型客车和专项作业车的，给予资金奖励。置换新能源车的企业，按照淘汰或转出
 * > 的燃油燃气车数量和置换的新能源车数量，两者取小值确定奖励车辆规模。
 * > 1. 货车 30%（高新技术产品 +5%），每辆车最高不超过 20 万元；2. 大中型客车 30%（+5%），电动 35 万元、氢能源
 * > 40 万元；3. 专项作业车 50%（+5%），电动 95 万元、氢能源 140 万元。
 *
 * Per category ("相应的": a truck replaces a truck, D-31-30), vehicles counted = min(retired, new)
 * (D-31-3); where more new vehicles than retired, the new ones with the highest reward count.
 * Per vehicle: terminal price × (rate + 5 points for a recognised high-tech product, D-31-1),
 * capped; exact, summed and rounded half up to the fen once (D-31-12). The paragraph has no 首台套
 * bonus. A paid project: 第二章 二（四）（五） apply (D-31-31).
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { type Fen, formatYuan, parseYuan, toFen } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import {
  add,
  cmp,
  div,
  min,
  mul,
  parseRational,
  type Rational,
  ratio,
  toDecimalString,
  toPercentString,
  ZERO,
} from '../../engine/rational.ts';
import { defineRule, type Rule, type SchemaNode } from '../../engine/rule.ts';
import {
  AREA_CITATION,
  type CommonFacts,
  checkCommon,
  PAYMENT_SHARE_CITATION,
  type ProjectFacts,
  YUAN,
} from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  bool,
  ENERGY,
  ITEM13_COUNT_CITATION,
  ITEM13_SCHEDULES,
  ITEM13_SCOPE_CITATION,
  itemFactsSchema,
  itemMessages,
  type VehicleCategory,
  VIN,
} from './parameters-energy.ts';

const CATEGORIES: readonly VehicleCategory[] = ['truck', 'bus', 'special'];
const CATEGORY: SchemaNode = {
  type: 'string',
  enum: CATEGORIES,
  'x-enum-labels': {
    truck: { zh: '货车', en: 'Truck' },
    bus: { zh: '大中型客车', en: 'Large or medium bus' },
    special: { zh: '专项作业车', en: 'Special-purpose vehicle' },
  },
  description: 'Category',
  'x-description-zh': '车辆类别',
};

/** A fuel or gas vehicle given up. */
export interface RetiredVehicle {
  readonly vin: string;
  readonly category: VehicleCategory;
  readonly fuelOrGas: boolean;
  readonly beijingRegistered: boolean;
  readonly ownedByEnterprise: boolean;
  readonly disposal: 'transferred_out_of_beijing' | 'scrapped' | 'not_disposed';
}
/** A new-energy vehicle bought in its place. */
export interface NewVehicle {
  readonly vin: string;
  readonly category: VehicleCategory;
  readonly energy: 'electric' | 'hydrogen';
  readonly terminalPrice: string;
  readonly highTechProduct: boolean;
}
export interface Item13Facts extends CommonFacts, ProjectFacts {
  readonly existingEnterprise: boolean;
  readonly retiredVehicles: readonly RetiredVehicle[];
  readonly newVehicles: readonly NewVehicle[];
}

/** One new vehicle's reward, exact, in fen. */
interface Line {
  readonly v: NewVehicle;
  readonly rate: Rational;
  readonly cap: Fen;
  readonly uncapped: Rational;
  readonly award: Rational;
}
/** Which vehicles count, per category (D-31-3, D-31-30). */
interface Plan {
  readonly retiredOk: ReadonlyMap<RetiredVehicle, boolean>;
  readonly lines: readonly Line[];
  readonly counted: ReadonlySet<string>;
  readonly countedRetired: ReadonlySet<string>;
  readonly perCategory: ReadonlyArray<{
    category: VehicleCategory;
    retired: number;
    new: number;
    counted: number;
  }>;
}

/** "京籍燃油燃气…名下现有…淘汰转出北京市或报废". */
function retiredQualifies(r: RetiredVehicle): boolean {
  return r.fuelOrGas && r.beijingRegistered && r.ownedByEnterprise && r.disposal !== 'not_disposed';
}

function plan(f: Item13Facts, asOf: CalendarDate): Plan {
  const retiredOk = new Map(f.retiredVehicles.map((r) => [r, retiredQualifies(r)] as const));
  const lines = f.newVehicles.map((v): Line => {
    const s = ITEM13_SCHEDULES[v.category];
    const base = parseRational(valueAt(s.rate, asOf).value);
    const rate = v.highTechProduct ? add(base, parseRational(valueAt(s.highTechBonus, asOf).value)) : base;
    const cap = parseYuan(valueAt(v.energy === 'hydrogen' ? s.capHydrogen : s.capElectric, asOf).value);
    const uncapped = mul(ratio(parseYuan(v.terminalPrice, 'facts.newVehicles.terminalPrice')), rate);
    return { v, rate, cap, uncapped, award: min(uncapped, ratio(cap)) };
  });
  const counted = new Set<string>();
  const countedRetired = new Set<string>();
  const perCategory = CATEGORIES.map((category) => {
    const retired = f.retiredVehicles.filter((r) => r.category === category && retiredOk.get(r));
    // Highest reward first; a stable sort keeps the listed order among equal rewards.
    const fresh = lines.filter((l) => l.v.category === category).sort((a, b) => cmp(b.award, a.award));
    const n = Math.min(retired.length, fresh.length);
    for (const l of fresh.slice(0, n)) counted.add(l.v.vin);
    for (const r of retired.slice(0, n)) countedRetired.add(r.vin);
    return { category, retired: retired.length, new: fresh.length, counted: n };
  });
  return { retiredOk, lines, counted, countedRetired, perCategory };
}

const yuanOf = (fenAmount: Rational): string => toDecimalString(div(fenAmount, ratio(100)), 6);

const retiredSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['vin', 'category', 'fuelOrGas', 'beijingRegistered', 'ownedByEnterprise', 'disposal'],
  properties: {
    vin: VIN,
    category: CATEGORY,
    fuelOrGas: bool('Burns fuel oil or gas', '燃油燃气车'),
    beijingRegistered: bool('Registered in Beijing (京籍)', '京籍车辆'),
    ownedByEnterprise: bool("In the enterprise's own name", '登记在企业名下'),
    disposal: {
      type: 'string',
      enum: ['transferred_out_of_beijing', 'scrapped', 'not_disposed'],
      'x-enum-labels': {
        transferred_out_of_beijing: { zh: '淘汰转出北京市', en: 'Transferred out of Beijing' },
        scrapped: { zh: '报废', en: 'Scrapped' },
        not_disposed: { zh: '尚未转出或报废', en: 'Not yet transferred out or scrapped' },
      },
      description: 'What became of it',
      'x-description-zh': '淘汰方式',
    },
  },
};
const newSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['vin', 'category', 'energy', 'terminalPrice', 'highTechProduct'],
  properties: {
    vin: VIN,
    category: CATEGORY,
    energy: ENERGY,
    terminalPrice: {
      ...YUAN,
      description: 'Terminal sale price, yuan',
      'x-description-zh': '新能源车辆终端售价（元）',
    },
    highTechProduct: {
      type: 'boolean',
      description: 'Recognised as a high-tech product by the Management Committee',
      'x-description-zh': '被管委会相关部门认定为高新技术产品',
    },
  },
};

const vin = (n: number, p: string) => `${p}${String(n).padStart(17 - p.length, '0')}`;

export const item13: Rule = defineRule<Item13Facts>({
  id: `${POLICY_ID}/item-13`,
  policyId: POLICY_ID,
  title: {
    zh: '企业自有燃油燃气商用车置换为电动或氢能源等新能源商用车项目',
    en: 'Replacing owned fuel commercial vehicles with new-energy vehicles',
  },
  citations: [
    ITEM13_SCOPE_CITATION,
    ITEM13_COUNT_CITATION,
    ...CATEGORIES.flatMap((c) => [
      ITEM13_SCHEDULES[c].rate.values[0]!.citation,
      ITEM13_SCHEDULES[c].highTechBonus.values[0]!.citation,
      ITEM13_SCHEDULES[c].capElectric.values[0]!.citation,
    ]),
    AREA_CITATION,
    PAYMENT_SHARE_CITATION,
  ],
  validity: { from: FROM },
  department: 'city-operations',
  noApplication: false,
  factsSchema: itemFactsSchema(
    ['existingEnterprise', 'retiredVehicles', 'newVehicles'],
    {
      existingEnterprise: bool('An existing enterprise of E-Town', '经开区现有企业'),
      retiredVehicles: {
        type: 'array',
        items: retiredSchema,
        description: 'The fuel or gas commercial vehicles given up',
        'x-description-zh': '淘汰转出或报废的燃油燃气商用车',
      },
      newVehicles: {
        type: 'array',
        items: newSchema,
        description: 'The new-energy commercial vehicles bought to replace them',
        'x-description-zh': '置换的新能源商用车',
      },
    },
    true,
  ),
  awardSubjects(f) {
    // The parameters have a single value from FROM; the selection does not depend on the date.
    const p = plan(f, FROM);
    return [
      ...[...p.countedRetired].map((v) => `retired-vehicle:${v}`),
      ...[...p.counted].map((v) => `new-vehicle:${v}`),
    ];
  },
  examples: [
    {
      title: {
        zh: '报废2辆京籍柴油货车，购入2辆电动货车（各60万元，其一为高新技术产品）',
        en: 'Two Beijing diesel trucks scrapped, two electric trucks bought (600,000 yuan each, one high-tech)',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        existingEnterprise: true,
        retiredVehicles: [1, 2].map((n) => ({
          vin: vin(n, 'LDSL'),
          category: 'truck',
          fuelOrGas: true,
          beijingRegistered: true,
          ownedByEnterprise: true,
          disposal: 'scrapped',
        })),
        newVehicles: [1, 2].map((n) => ({
          vin: vin(n, 'LNEW'),
          category: 'truck',
          energy: 'electric',
          terminalPrice: '600000',
          highTechProduct: n === 1,
        })),
        ...EXAMPLE_COMMON,
        paidIncludingTax: '1200000',
        totalInvestmentIncludingTax: '1200000',
      },
    },
  ],
  messages: itemMessages({
    'j31.item13.existing_enterprise': {
      zh: '申报主体为经开区现有企业（填报：{value}）',
      en: 'The applicant is an existing E-Town enterprise (reported: {value})',
    },
    'j31.item13.distinct_vins': {
      zh: '每辆车只列报一次（重复的车辆识别代号：{duplicates}）',
      en: 'Each vehicle is listed once (repeated VINs: {duplicates})',
    },
    'j31.item13.prices_positive': {
      zh: '新能源车辆终端售价均为正数（售价为零的车辆：{zero}）',
      en: 'Every new vehicle has a positive terminal price (zero-priced: {zero})',
    },
    'j31.item13.vehicles_counted': {
      zh: '奖励车辆规模至少1辆（按类别取淘汰车辆数和新能源车辆数的小值，合计 {counted} 辆）',
      en: 'At least one vehicle counts (per category the smaller of retired and new; {counted} in all)',
    },
    'j31.item13.retired': {
      zh: '淘汰车辆 {vin}（{category}）：燃油燃气 {fuelOrGas}，京籍 {beijingRegistered}，企业名下 {ownedByEnterprise}，淘汰方式 {disposal} → 计入淘汰数量：{result}',
      en: 'Retired vehicle {vin} ({category}): fuel or gas {fuelOrGas}, Beijing-registered {beijingRegistered}, own {ownedByEnterprise}, disposal {disposal} → counts as retired: {result}',
    },
    'j31.item13.count': {
      zh: '{category}：符合条件的淘汰车辆 {retired} 辆，新能源车辆 {new} 辆，取小值 = {result} 辆',
      en: '{category}: {retired} qualifying retired, {new} new; the smaller = {result}',
    },
    'j31.item13.vehicle': {
      zh: '新能源车辆 {vin}（{category}，{energy}）：终端售价 {price} 元 × {rate}（高新技术产品：{highTech}）= {uncapped} 元，单车上限 {cap} 元 → {result} 元；计入奖励车辆规模：{counted}',
      en: 'New vehicle {vin} ({category}, {energy}): price {price} yuan × {rate} (high-tech: {highTech}) = {uncapped} yuan, cap {cap} yuan → {result} yuan; counted: {counted}',
    },
    'j31.item13.total': {
      zh: '奖励金额 = 计入车辆奖励之和 {sum} 元，四舍五入到分 = {result} 元',
      en: 'Award = sum over the counted vehicles {sum} yuan, rounded half up to the fen = {result} yuan',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-3');
    d.interpret('D-31-30');
    d.interpret('D-31-31');
    d.check(
      'j31.item13.existing_enterprise',
      f.existingEnterprise,
      { value: f.existingEnterprise },
      ITEM13_SCOPE_CITATION,
    );
    const vins = [...f.retiredVehicles, ...f.newVehicles].map((v) => v.vin);
    const duplicates = [...new Set(vins.filter((v, i) => vins.indexOf(v) !== i))];
    d.check(
      'j31.item13.distinct_vins',
      duplicates.length === 0,
      { duplicates: duplicates.join(', ') || '-' },
      ITEM13_COUNT_CITATION,
    );
    const zero = f.newVehicles.filter(
      (v) => parseYuan(v.terminalPrice, 'facts.newVehicles.terminalPrice') <= 0,
    );
    d.check(
      'j31.item13.prices_positive',
      zero.length === 0,
      { zero: zero.map((v) => v.vin).join(', ') || '-' },
      ITEM13_SCOPE_CITATION,
    );

    const p = plan(f, asOf);
    for (const r of f.retiredVehicles) {
      d.step('j31.item13.retired', {
        inputs: {
          vin: r.vin,
          category: r.category,
          fuelOrGas: r.fuelOrGas,
          beijingRegistered: r.beijingRegistered,
          ownedByEnterprise: r.ownedByEnterprise,
          disposal: r.disposal,
        },
        result: p.retiredOk.get(r) ?? false,
        citation: ITEM13_SCOPE_CITATION,
      });
    }
    for (const c of p.perCategory) {
      if (c.retired === 0 && c.new === 0) continue;
      d.step('j31.item13.count', {
        inputs: { category: c.category, retired: c.retired, new: c.new },
        result: c.counted,
        citation: ITEM13_COUNT_CITATION,
      });
    }
    d.interpret('D-31-1');
    let sum = ZERO;
    for (const l of p.lines) {
      const counted = p.counted.has(l.v.vin);
      if (counted) sum = add(sum, l.award);
      const s = ITEM13_SCHEDULES[l.v.category];
      d.step('j31.item13.vehicle', {
        inputs: {
          vin: l.v.vin,
          category: l.v.category,
          energy: l.v.energy,
          price: l.v.terminalPrice,
          highTech: l.v.highTechProduct,
          uncapped: yuanOf(l.uncapped),
          counted,
        },
        parameters: { rate: toPercentString(l.rate, 2), cap: formatYuan(l.cap) },
        result: yuanOf(l.award),
        citation: (cmp(l.uncapped, ratio(l.cap)) > 0 ? s.capElectric : s.rate).values[0]!.citation,
      });
    }
    const total = p.perCategory.reduce((n, c) => n + c.counted, 0);
    d.check('j31.item13.vehicles_counted', total > 0, { counted: total }, ITEM13_COUNT_CITATION);
    checkCommon(d, f, { no: 13, project: true, pollution: true }, asOf);
    d.interpret('D-31-12');
    const amount = toFen(sum, 'half_up');
    d.step('j31.item13.total', {
      inputs: { sum: yuanOf(sum) },
      parameters: { rounding: 'half_up' },
      result: formatYuan(amount),
      citation: ITEM13_COUNT_CITATION,
    });
    return d.decide(amount);
  },
});
