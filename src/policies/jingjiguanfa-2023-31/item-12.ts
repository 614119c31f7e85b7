/**
 * @module policies/jingjiguanfa-2023-31/item-12
 * 第一章 一（十二） 生态环境领域其他类项目 (other ecological and environmental projects).
 *
 * > 鼓励企业开展噪声治理、土壤修复、温室气体减排、有毒有害原料(产品)替代、新污染物治理等有利于减少区域污染,改善
 * > 环境质量,在生态环境建设中起到示范带头作用的项目,原则上按照项目实际支付金额(不含税)的 30% 给予奖励。
 * > (+5 / +10 as in item 1; the +10 sentence printed with full-width punctuation)
 *
 * The five kinds named are taken as such projects; any other ("等") needs the bureau's finding
 * that it reduces regional pollution, improves environmental quality and sets an example, and
 * is `needs_review` until that is given (D-31-25). Amount = payment excluding tax × (30% + the
 * higher bonus) (D-31-1), rounded half up to the fen (D-31-12). No cap.
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
import { FROM, POLICY_ID } from './parameters.ts';
import { ITEM12_RATE_CITATION, ITEM12_RATES } from './parameters-pollution.ts';
import { projectFactsSchema, projectMessages } from './project-rule.ts';

export const ITEM12_SCOPE_CITATION = cite(
  POLICY_ID,
  '第一章 一（十二）',
  '鼓励企业开展噪声治理、土壤修复、温室气体减排、有毒有害原料(产品)替代、新污染物治理等有利于减少区域污染,改善环境质量,在生态环境建设中起到示范带头作用的项目',
);

/** The kinds the paragraph names, and `other` for the "等". */
export const ECO_PROJECT_KINDS = [
  'noise',
  'soil_remediation',
  'ghg_reduction',
  'toxic_substitution',
  'new_pollutants',
  'other',
] as const;

export interface Item12Facts extends CommonFacts, ProjectFacts, BonusFacts {
  readonly enterprise: boolean;
  readonly projectKind: (typeof ECO_PROJECT_KINDS)[number];
  readonly otherProjectAccepted?: boolean;
  readonly paymentExcludingTax: string;
}

export const item12: Rule = defineRule<Item12Facts>({
  id: `${POLICY_ID}/item-12`,
  policyId: POLICY_ID,
  title: { zh: '生态环境领域其他类项目', en: 'Other ecological and environmental projects' },
  citations: [ITEM12_SCOPE_CITATION, ITEM12_RATE_CITATION, AREA_CITATION, PAYMENT_SHARE_CITATION],
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
      enum: [...ECO_PROJECT_KINDS],
      'x-enum-labels': {
        noise: { zh: '噪声治理', en: 'Noise control' },
        soil_remediation: { zh: '土壤修复', en: 'Soil remediation' },
        ghg_reduction: { zh: '温室气体减排', en: 'Greenhouse-gas reduction' },
        toxic_substitution: {
          zh: '有毒有害原料(产品)替代',
          en: 'Substituting toxic and hazardous materials (products)',
        },
        new_pollutants: { zh: '新污染物治理', en: 'Control of new pollutants' },
        other: { zh: '其他（需主管部门认定）', en: 'Other (the bureau decides)' },
      },
      description: 'What kind of project',
      'x-description-zh': '项目类别',
    },
    otherProjectAccepted: {
      type: 'boolean',
      description:
        'For kind "other": the bureau finds that it reduces regional pollution, improves environmental quality and sets an example',
      'x-description-zh':
        '项目类别为“其他”时：主管部门认定其有利于减少区域污染、改善环境质量并起到示范带头作用',
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
        zh: '厂界噪声治理项目，支付50万元，使用首台（套）装备',
        en: 'Boundary noise control, 500,000 yuan paid, first-set equipment',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        enterprise: true,
        projectKind: 'noise',
        paymentExcludingTax: '500000',
        usesHighTechProduct: false,
        usesFirstSet: true,
        ...EXAMPLE_COMMON,
      },
    },
  ],
  messages: projectMessages({
    'j31.item12.kind': {
      zh: '项目属于支持的生态环境类项目（类别：{value}；其他类别经认定：{accepted}）',
      en: 'The project is a supported ecological project (kind: {value}; other accepted: {accepted})',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    checkEnterprise(d, f.enterprise, ITEM12_SCOPE_CITATION);
    // "…新污染物治理等…项目": a kind not named needs the bureau's finding (D-31-25).
    d.interpret('D-31-25');
    const accepted = f.projectKind === 'other' ? (f.otherProjectAccepted ?? null) : true;
    d.check(
      'j31.item12.kind',
      accepted,
      { value: f.projectKind, accepted: f.otherProjectAccepted ?? '—' },
      ITEM12_SCOPE_CITATION,
    );
    const payment = checkPayment(d, f.paymentExcludingTax, ITEM12_RATE_CITATION);
    checkCommon(d, f, { no: 12, project: true, pollution: true }, asOf);
    const rate = enterpriseRate(d, f, ITEM12_RATES, asOf);
    return d.decide(rateAward(d, payment, rate, ITEM12_RATE_CITATION));
  },
});
