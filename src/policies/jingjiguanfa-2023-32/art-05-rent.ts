/**
 * @module policies/jingjiguanfa-2023-32/art-05-rent
 * 第五条 实施"创新成长计划": the rent subsidy for Beijing SRDI SMEs in the plan.
 *
 * > 对纳入计划的北京市专精特新中小企业,按照最高1.5元/平方米/天,总面积不超过500平方米的标准给予房租补贴支持,
 * > 租金低于1.5元/平方米/天或承租面积少于500平方米的,按照实际租金单价和承租面积计算。
 *
 * Amount = min(actual rent, 1.5) 元/m²/day × min(leased area, 500) m² × subsidised days, computed
 * exactly and rounded half up to the fen once, at the end (D-32-1 in docs/interpretations.md: the
 * text gives a daily unit price but no period, so the days of the period the plan funds are a fact).
 */
import { cite } from '../../engine/citation.ts';
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, toFen } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { min, mul, parseRational, ratio, toDecimalString } from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { POLICY_ID, RENT_AREA_CAP_SQM, RENT_CAP_PER_SQM_DAY } from './parameters.ts';
import {
  checkScope,
  SCOPE_CITATION,
  SCOPE_FACTS,
  SCOPE_MESSAGES,
  SCOPE_REQUIRED,
  type ScopeFacts,
} from './scope.ts';

export const ART5_CITATION = cite(
  POLICY_ID,
  '第五条',
  '对纳入计划的北京市专精特新中小企业,按照最高1.5元/平方米/天,总面积不超过500平方米的标准给予房租补贴支持,租金低于1.5元/平方米/天或承租面积少于500平方米的,按照实际租金单价和承租面积计算。',
);

/** Exact decimals: a JSON number or a decimal string (`"1.35"`), never converted through floats. */
const DECIMAL = { type: ['number', 'string'], pattern: '^\\d+(\\.\\d+)?$', minimum: 0 } as const;

export interface RentFacts extends ScopeFacts {
  readonly inInnovationGrowthPlan: boolean;
  readonly beijingSrdiSme: boolean;
  readonly rentPerSqmPerDay: number | string;
  readonly leasedAreaSqm: number | string;
  readonly subsidisedDays: number;
}

export const art05Rent: Rule = defineRule<RentFacts>({
  id: `${POLICY_ID}/art-05-rent`,
  policyId: POLICY_ID,
  title: { zh: '创新成长计划房租补贴', en: 'Innovation Growth Plan rent subsidy' },
  citations: [ART5_CITATION, SCOPE_CITATION],
  validity: { from: '2023-11-29' as CalendarDate, to: '2025-12-31' as CalendarDate },
  department: 'sci-tech-innovation',
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'inInnovationGrowthPlan',
      'beijingSrdiSme',
      'rentPerSqmPerDay',
      'leasedAreaSqm',
      'subsidisedDays',
      ...SCOPE_REQUIRED,
    ],
    properties: {
      inInnovationGrowthPlan: {
        type: 'boolean',
        description: 'Admitted to the Innovation Growth Plan',
        'x-description-zh': '已纳入"创新成长计划"',
      },
      beijingSrdiSme: {
        type: 'boolean',
        description: 'Recognised as a Beijing specialised, refined, distinctive and innovative (SRDI) SME',
        'x-description-zh': '为北京市专精特新中小企业',
      },
      rentPerSqmPerDay: {
        ...DECIMAL,
        description: 'Actual rent, yuan per m² per day',
        'x-description-zh': '实际租金单价（元/平方米/天）',
        'x-unit': '元/m²/天',
      },
      leasedAreaSqm: {
        ...DECIMAL,
        description: 'Leased area, m²',
        'x-description-zh': '承租面积（平方米）',
        'x-unit': 'm²',
      },
      subsidisedDays: {
        type: 'integer',
        minimum: 1,
        maximum: 3660,
        description: 'Days of the period the plan subsidises',
        'x-description-zh': '补贴期间天数',
        'x-unit': '天',
      },
      ...SCOPE_FACTS,
    },
  },
  examples: [
    {
      title: { zh: '租金高于上限、面积超过500平方米', en: 'Rent above the cap, area above 500 m²' },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        inInnovationGrowthPlan: true,
        beijingSrdiSme: true,
        rentPerSqmPerDay: '2.1',
        leasedAreaSqm: 800,
        subsidisedDays: 365,
        location: 'etdz_60',
        registeredTaxedAndInStatistics: true,
        majorAdministrativePenaltyWithin3Years: false,
        criminalRecordWithin3Years: false,
        onSeriousDishonestyList: false,
      },
    },
  ],
  messages: {
    ...SCOPE_MESSAGES,
    'j32.art5.in_plan': {
      zh: '已纳入"创新成长计划"（填报：{value}）',
      en: 'Admitted to the Innovation Growth Plan (reported: {value})',
    },
    'j32.art5.srdi': {
      zh: '为北京市专精特新中小企业（填报：{value}）',
      en: 'A Beijing SRDI SME (reported: {value})',
    },
    'j32.art5.positive': {
      zh: '租金单价和承租面积为正数（{rent} 元/平方米/天，{area} 平方米）',
      en: 'Rent and leased area are positive ({rent} yuan/m²/day, {area} m²)',
    },
    'j32.art5.unit_price': {
      zh: '补贴单价 = min(实际租金 {rent}, 上限 {cap}) = {result} 元/平方米/天',
      en: 'Subsidised unit price = min(actual rent {rent}, cap {cap}) = {result} yuan/m²/day',
    },
    'j32.art5.area': {
      zh: '补贴面积 = min(承租面积 {area}, 上限 {cap}) = {result} 平方米',
      en: 'Subsidised area = min(leased area {area}, cap {cap}) = {result} m²',
    },
    'j32.art5.amount': {
      zh: '补贴金额 = {unitPrice} × {area} × {days} 天 = {exact} 元，四舍五入到分 = {result} 元',
      en: 'Subsidy = {unitPrice} × {area} × {days} days = {exact} yuan, rounded half up to the fen = {result} yuan',
    },
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    const rent = parseRational(f.rentPerSqmPerDay, 'facts.rentPerSqmPerDay');
    const area = parseRational(f.leasedAreaSqm, 'facts.leasedAreaSqm');
    d.check('j32.art5.in_plan', f.inInnovationGrowthPlan, { value: f.inInnovationGrowthPlan }, ART5_CITATION);
    d.check('j32.art5.srdi', f.beijingSrdiSme, { value: f.beijingSrdiSme }, ART5_CITATION);
    d.check(
      'j32.art5.positive',
      rent.n > 0n && area.n > 0n,
      { rent: toDecimalString(rent), area: toDecimalString(area) },
      ART5_CITATION,
    );
    checkScope(d, f);

    const capPrice = valueAt(RENT_CAP_PER_SQM_DAY, asOf);
    const capArea = valueAt(RENT_AREA_CAP_SQM, asOf);
    const unitPrice = min(rent, parseRational(capPrice.value));
    const subsidisedArea = min(area, parseRational(capArea.value));
    d.step('j32.art5.unit_price', {
      inputs: { rent: toDecimalString(rent) },
      parameters: { cap: capPrice.value },
      result: toDecimalString(unitPrice),
      citation: capPrice.citation,
    });
    d.step('j32.art5.area', {
      inputs: { area: toDecimalString(area) },
      parameters: { cap: capArea.value },
      result: toDecimalString(subsidisedArea),
      citation: capArea.citation,
    });
    // Exact yuan, then fen: ×100 and round half up once (D-32-1).
    const exactYuan = mul(mul(unitPrice, subsidisedArea), ratio(f.subsidisedDays));
    const amount = toFen(mul(exactYuan, ratio(100)), 'half_up');
    d.interpret('D-32-1');
    d.step('j32.art5.amount', {
      inputs: {
        unitPrice: toDecimalString(unitPrice),
        area: toDecimalString(subsidisedArea),
        days: f.subsidisedDays,
        exact: toDecimalString(exactYuan),
      },
      parameters: { rounding: 'half_up' },
      result: formatYuan(amount),
      citation: ART5_CITATION,
    });
    return d.decide(amount);
  },
});
