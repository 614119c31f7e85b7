/**
 * @module policies/jingjiguanfa-2023-31/item-01
 * 第一章 一（一） 大气污染防治环保技术改造类项目 (air-pollution control retrofits).
 *
 * > 鼓励企业通过实施源头削减、过程控制、末端治理升级等手段开展挥发性有机物治理、氮氧化物治理、二氧化硫和烟粉尘
 * > 治理、有毒废气治理、异味和臭味治理以及其他大气污染物治理,原则上对上述项目按照改造项目实际支付金额(不含税)
 * > 的30%给予奖励。对企业使用被管委会相关部门认定的高新技术产品、装备和工艺的,在原奖励标准基础上增加 5%;
 * > 对企业使用被管委会相关部门认定的市、区首台(套)技术、产品、装备、工艺的,在原奖励标准的基础上增加 10%。
 *
 * Amount = payment excluding tax × (30% + the higher applicable bonus) (D-31-1), rounded half up
 * to the fen (D-31-12); 第二章's conditions apply (D-31-10). The text sets no cap.
 */
import { cite } from '../../engine/citation.ts';
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { type BonusFacts, checkEnterprise, checkPayment, enterpriseRate, rateAward } from './award-rate.ts';
import {
  AREA_CITATION,
  type CommonFacts,
  checkCommon,
  PAYMENT_SHARE_CITATION,
  type ProjectFacts,
  YUAN,
} from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import { FROM, ITEM1_RATE_CITATION, ITEM1_RATES, POLICY_ID } from './parameters.ts';
import { projectFactsSchema, projectMessages } from './project-rule.ts';

export const ITEM1_SCOPE_CITATION = cite(
  POLICY_ID,
  '第一章 一（一）',
  '鼓励企业通过实施源头削减、过程控制、末端治理升级等手段开展挥发性有机物治理、氮氧化物治理、二氧化硫和烟粉尘治理、有毒废气治理、异味和臭味治理以及其他大气污染物治理',
);

/** The kinds of air-pollution control the paragraph lists ("以及其他大气污染物治理" closes the list). */
export const AIR_POLLUTANTS = ['vocs', 'nox', 'so2_dust', 'toxic_gas', 'odour', 'other_air'] as const;

export interface Item1Facts extends CommonFacts, ProjectFacts, BonusFacts {
  readonly enterprise: boolean;
  readonly airPollutant: (typeof AIR_POLLUTANTS)[number];
  readonly paymentExcludingTax: string;
}

export const item01: Rule = defineRule<Item1Facts>({
  id: `${POLICY_ID}/item-01`,
  policyId: POLICY_ID,
  title: { zh: '大气污染防治环保技术改造类项目', en: 'Air-pollution control retrofits' },
  citations: [ITEM1_SCOPE_CITATION, ITEM1_RATE_CITATION, AREA_CITATION, PAYMENT_SHARE_CITATION],
  validity: { from: FROM },
  department: 'city-operations',
  noApplication: false,
  factsSchema: projectFactsSchema(['enterprise', 'airPollutant', 'paymentExcludingTax'], {
    enterprise: {
      type: 'boolean',
      description: 'The applicant is an enterprise',
      'x-description-zh': '申报主体为企业',
    },
    airPollutant: {
      type: 'string',
      enum: [...AIR_POLLUTANTS],
      'x-enum-labels': {
        vocs: { zh: '挥发性有机物治理', en: 'VOCs' },
        nox: { zh: '氮氧化物治理', en: 'Nitrogen oxides' },
        so2_dust: { zh: '二氧化硫和烟粉尘治理', en: 'SO₂, smoke and dust' },
        toxic_gas: { zh: '有毒废气治理', en: 'Toxic waste gas' },
        odour: { zh: '异味和臭味治理', en: 'Odours' },
        other_air: { zh: '其他大气污染物治理', en: 'Other air pollutants' },
      },
      description: 'What the retrofit treats',
      'x-description-zh': '改造项目的治理对象',
    },
    paymentExcludingTax: {
      ...YUAN,
      description: 'Actual payment for the retrofit, tax excluded, yuan',
      'x-description-zh': '改造项目实际支付金额（不含税，元）',
    },
  }),
  examples: [
    {
      title: {
        zh: 'VOCs治理改造，支付100万元，使用首台（套）装备',
        en: 'VOC retrofit, 1,000,000 yuan paid, first-set equipment',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        enterprise: true,
        airPollutant: 'vocs',
        paymentExcludingTax: '1000000',
        usesHighTechProduct: true,
        usesFirstSet: true,
        ...EXAMPLE_COMMON,
      },
    },
  ],
  messages: projectMessages({
    'j31.item1.air_pollutant': {
      zh: '项目为大气污染物治理（治理对象：{value}）',
      en: 'The project treats air pollution (kind: {value})',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    checkEnterprise(d, f.enterprise, ITEM1_SCOPE_CITATION);
    d.check(
      'j31.item1.air_pollutant',
      AIR_POLLUTANTS.includes(f.airPollutant),
      { value: f.airPollutant },
      ITEM1_SCOPE_CITATION,
    );
    const payment = checkPayment(d, f.paymentExcludingTax, ITEM1_RATE_CITATION);
    checkCommon(d, f, { no: 1, project: true, pollution: true }, asOf);
    const rate = enterpriseRate(d, f, ITEM1_RATES, asOf);
    return d.decide(rateAward(d, payment, rate, ITEM1_RATE_CITATION));
  },
});
