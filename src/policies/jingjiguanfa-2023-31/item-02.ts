/**
 * @module policies/jingjiguanfa-2023-31/item-02
 * 第一章 一（二） 水污染防治环保技术改造类项目 (water-pollution control retrofits).
 *
 * > 鼓励企业实施工业污水深度治理、污水再生利用、临时污水处理设施等项目。
 * > 1. 工业污水深度治理,鼓励涉及工业污水排放的企业,通过提升废水处理工艺,……
 * > 2. 污水再生利用,鼓励企业污水资源化利用和再生回用。
 * > 3. 临时污水处理设施,是指经开区管委会确定的解决经开区重点环境问题而临时建设的污水处理设施项目。
 * > 原则上对上述项目按照项目实际支付金额(不含税)的 30% 给予奖励。(+5 / +10 as in item 1)
 *
 * Kind 1 needs an enterprise that discharges industrial wastewater; kind 3 a facility the
 * Management Committee designated (D-31-14). Amount as item 1 (D-31-1, D-31-12). No cap.
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
import { FROM, ITEM2_RATE_CITATION, ITEM2_RATES, POLICY_ID } from './parameters.ts';
import { projectFactsSchema, projectMessages } from './project-rule.ts';

export const ITEM2_SCOPE_CITATION = cite(
  POLICY_ID,
  '第一章 一（二）',
  '鼓励企业实施工业污水深度治理、污水再生利用、临时污水处理设施等项目。',
);
export const ITEM2_INDUSTRIAL_CITATION = cite(
  POLICY_ID,
  '第一章 一（二）1',
  '工业污水深度治理,鼓励涉及工业污水排放的企业,通过提升废水处理工艺,提高废水污染防治水平,进一步减少水污染物的排放。',
);
export const ITEM2_REUSE_CITATION = cite(
  POLICY_ID,
  '第一章 一（二）2',
  '污水再生利用,鼓励企业污水资源化利用和再生回用。',
);
export const ITEM2_TEMPORARY_CITATION = cite(
  POLICY_ID,
  '第一章 一（二）3',
  '临时污水处理设施,是指经开区管委会确定的解决经开区重点环境问题而临时建设的污水处理设施项目。',
);

export type WaterProjectKind = 'industrial_deep_treatment' | 'wastewater_reuse' | 'temporary_facility';
const KIND_CITATIONS = {
  industrial_deep_treatment: ITEM2_INDUSTRIAL_CITATION,
  wastewater_reuse: ITEM2_REUSE_CITATION,
  temporary_facility: ITEM2_TEMPORARY_CITATION,
} as const;

export interface Item2Facts extends CommonFacts, ProjectFacts, BonusFacts {
  readonly enterprise: boolean;
  readonly projectKind: WaterProjectKind;
  readonly dischargesIndustrialWastewater?: boolean;
  readonly designatedByManagementCommittee?: boolean;
  readonly paymentExcludingTax: string;
}

export const item02: Rule = defineRule<Item2Facts>({
  id: `${POLICY_ID}/item-02`,
  policyId: POLICY_ID,
  title: { zh: '水污染防治环保技术改造类项目', en: 'Water-pollution control retrofits' },
  citations: [
    ITEM2_SCOPE_CITATION,
    ...Object.values(KIND_CITATIONS),
    ITEM2_RATE_CITATION,
    AREA_CITATION,
    PAYMENT_SHARE_CITATION,
  ],
  validity: { from: FROM },
  department: 'city-operations',
  noApplication: false,
  factsSchema: projectFactsSchema(['enterprise', 'projectKind', 'paymentExcludingTax'], {
    enterprise: {
      type: 'boolean',
      description: 'The applicant is an enterprise',
      'x-description-zh': '申报主体为企业',
    },
    projectKind: {
      type: 'string',
      enum: ['industrial_deep_treatment', 'wastewater_reuse', 'temporary_facility'],
      'x-enum-labels': {
        industrial_deep_treatment: {
          zh: '工业污水深度治理',
          en: 'Deep treatment of industrial wastewater',
        },
        wastewater_reuse: { zh: '污水再生利用', en: 'Wastewater reclamation and reuse' },
        temporary_facility: { zh: '临时污水处理设施', en: 'Temporary sewage treatment facility' },
      },
      description: 'Which of the three kinds of project',
      'x-description-zh': '项目类别',
    },
    dischargesIndustrialWastewater: {
      type: 'boolean',
      description: 'The enterprise discharges industrial wastewater (deep-treatment projects)',
      'x-description-zh': '企业涉及工业污水排放（工业污水深度治理项目填报）',
    },
    designatedByManagementCommittee: {
      type: 'boolean',
      description:
        'The facility was designated by the E-Town Management Committee to solve a key environmental problem (temporary facilities)',
      'x-description-zh': '经开区管委会确定的解决重点环境问题的临时污水处理设施（临时设施项目填报）',
    },
    paymentExcludingTax: {
      ...YUAN,
      description: 'Actual payment for the project, tax excluded, yuan',
      'x-description-zh': '项目实际支付金额（不含税，元）',
    },
  }),
  examples: [
    {
      title: {
        zh: '污水再生利用项目，支付80万元，使用高新技术产品',
        en: 'Wastewater reuse, 800,000 yuan paid, a recognised high-tech product',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        enterprise: true,
        projectKind: 'wastewater_reuse',
        paymentExcludingTax: '800000',
        usesHighTechProduct: true,
        usesFirstSet: false,
        ...EXAMPLE_COMMON,
      },
    },
  ],
  messages: projectMessages({
    'j31.item2.kind': {
      zh: '项目类别属于支持范围（{kind}）',
      en: 'The project is of a supported kind ({kind})',
    },
    'j31.item2.industrial_discharge': {
      zh: '工业污水深度治理项目：企业涉及工业污水排放（填报：{value}）',
      en: 'Industrial deep treatment: the enterprise discharges industrial wastewater (reported: {value})',
    },
    'j31.item2.designated': {
      zh: '临时污水处理设施：为经开区管委会确定的设施（填报：{value}）',
      en: 'Temporary facility: designated by the Management Committee (reported: {value})',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    checkEnterprise(d, f.enterprise, ITEM2_SCOPE_CITATION);
    d.check('j31.item2.kind', true, { kind: f.projectKind }, KIND_CITATIONS[f.projectKind]);
    // A kind's own condition (D-31-14); a missing fact leaves the decision for review.
    if (f.projectKind === 'industrial_deep_treatment') {
      d.interpret('D-31-14');
      const v = f.dischargesIndustrialWastewater ?? null;
      d.check('j31.item2.industrial_discharge', v, { value: v }, ITEM2_INDUSTRIAL_CITATION);
    } else if (f.projectKind === 'temporary_facility') {
      d.interpret('D-31-14');
      const v = f.designatedByManagementCommittee ?? null;
      d.check('j31.item2.designated', v, { value: v }, ITEM2_TEMPORARY_CITATION);
    }
    const payment = checkPayment(d, f.paymentExcludingTax, ITEM2_RATE_CITATION);
    checkCommon(d, f, { no: 2, project: true, pollution: true }, asOf);
    const rate = enterpriseRate(d, f, ITEM2_RATES, asOf);
    return d.decide(rateAward(d, payment, rate, ITEM2_RATE_CITATION));
  },
});
