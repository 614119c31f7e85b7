/**
 * @module policies/jingjiguanfa-2023-31/item-16
 * 第一章 二（十六） 节能减碳技改类项目 (energy-saving and carbon-reduction retrofits), 免申即享.
 *
 * > 鼓励工业、交通、建筑、服务行业等领域企业对现有生产工艺和设备开展节能技术改造,……根据节能量给予奖励,其中工业
 * > 项目节约每吨标准煤奖励 600 元,非工业项目节约每吨标准煤奖励 800 元。项目应建设完成,且已通过北京市发展和
 * > 改革委员会的最终审核并公示,该类项目为免申即享项目。
 *
 * Amount = tonnes of standard coal saved (exact decimal) × 600 元 (industrial project) or 800 元
 * (non-industrial), rounded half up to the fen (D-31-12). The savings are those the municipal
 * DRC's final review confirmed. A paid project: 第二章 二（四）（五） apply (D-31-31). No cap.
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, parseYuan, toFen } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { cmp, mul, parseRational, ratio, ZERO } from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import {
  AREA_CITATION,
  type CommonFacts,
  checkCommon,
  PAYMENT_SHARE_CITATION,
  type ProjectFacts,
} from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  DECIMAL,
  ITEM16_INDUSTRIAL,
  ITEM16_NON_INDUSTRIAL,
  ITEM16_RATE_CITATION,
  ITEM16_REVIEW_CITATION,
  ITEM16_SCOPE_CITATION,
  itemFactsSchema,
  itemMessages,
} from './parameters-energy.ts';

export interface Item16Facts extends CommonFacts, ProjectFacts {
  readonly enterprise: boolean;
  readonly retrofitOfExistingProcessOrEquipment: boolean;
  readonly sector: 'industrial' | 'non_industrial';
  readonly energySavedTce: string;
  readonly drcFinalReviewPassed: boolean;
  readonly publicised: boolean;
}

export const item16: Rule = defineRule<Item16Facts>({
  id: `${POLICY_ID}/item-16`,
  policyId: POLICY_ID,
  title: { zh: '节能减碳技改类项目', en: 'Energy-saving and carbon-reduction retrofits' },
  citations: [
    ITEM16_SCOPE_CITATION,
    ITEM16_RATE_CITATION,
    ITEM16_REVIEW_CITATION,
    AREA_CITATION,
    PAYMENT_SHARE_CITATION,
  ],
  validity: { from: FROM },
  department: 'economic-development',
  noApplication: true,
  factsSchema: itemFactsSchema(
    [
      'enterprise',
      'retrofitOfExistingProcessOrEquipment',
      'sector',
      'energySavedTce',
      'drcFinalReviewPassed',
      'publicised',
    ],
    {
      enterprise: {
        type: 'boolean',
        description: 'The applicant is an enterprise',
        'x-description-zh': '申报主体为企业',
      },
      retrofitOfExistingProcessOrEquipment: {
        type: 'boolean',
        description: 'An energy-saving retrofit of existing production processes and equipment',
        'x-description-zh': '对现有生产工艺和设备开展的节能技术改造',
      },
      sector: {
        type: 'string',
        enum: ['industrial', 'non_industrial'],
        'x-enum-labels': {
          industrial: { zh: '工业项目', en: 'Industrial project' },
          non_industrial: { zh: '非工业项目', en: 'Non-industrial project' },
        },
        description: 'Industrial or non-industrial project',
        'x-description-zh': '项目类别（工业／非工业）',
      },
      energySavedTce: {
        ...DECIMAL,
        description: 'Energy saved as confirmed by the final review, tonnes of standard coal equivalent',
        'x-description-zh': '经最终审核的节能量（吨标准煤）',
        'x-unit': 'tce',
      },
      drcFinalReviewPassed: {
        type: 'boolean',
        description: 'Passed the final review of the Beijing Municipal Commission of Development and Reform',
        'x-description-zh': '已通过北京市发展和改革委员会的最终审核',
      },
      publicised: {
        type: 'boolean',
        description: 'The result has been publicised',
        'x-description-zh': '审核结果已公示',
      },
    },
    true,
  ),
  examples: [
    {
      title: {
        zh: '工业企业余热余压利用改造，节能1,250.5吨标准煤',
        en: 'Industrial waste-heat recovery saving 1,250.5 tce',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        enterprise: true,
        retrofitOfExistingProcessOrEquipment: true,
        sector: 'industrial',
        energySavedTce: '1250.5',
        drcFinalReviewPassed: true,
        publicised: true,
        ...EXAMPLE_COMMON,
      },
    },
  ],
  messages: itemMessages({
    'j31.item16.enterprise': {
      zh: '申报主体为企业（填报：{value}）',
      en: 'The applicant is an enterprise (reported: {value})',
    },
    'j31.item16.retrofit': {
      zh: '项目为对现有生产工艺和设备开展的节能技术改造（填报：{value}）',
      en: 'An energy-saving retrofit of existing processes and equipment (reported: {value})',
    },
    'j31.item16.final_review': {
      zh: '已通过北京市发展和改革委员会的最终审核（填报：{value}）',
      en: 'Passed the final review of the municipal DRC (reported: {value})',
    },
    'j31.item16.publicised': {
      zh: '审核结果已公示（填报：{value}）',
      en: 'The result has been publicised (reported: {value})',
    },
    'j31.item16.savings_positive': {
      zh: '节能量为正数（{value} 吨标准煤）',
      en: 'The energy saved is positive ({value} tce)',
    },
    'j31.item16.amount': {
      zh: '奖励金额 = 节能量 {saved} 吨标准煤 × {perTce} 元/吨（{sector}），四舍五入到分 = {result} 元',
      en: 'Award = {saved} tce saved × {perTce} yuan/t ({sector}), rounded half up to the fen = {result} yuan',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-31');
    const saved = parseRational(f.energySavedTce, 'facts.energySavedTce');
    d.check('j31.item16.enterprise', f.enterprise, { value: f.enterprise }, ITEM16_SCOPE_CITATION);
    d.check(
      'j31.item16.retrofit',
      f.retrofitOfExistingProcessOrEquipment,
      { value: f.retrofitOfExistingProcessOrEquipment },
      ITEM16_SCOPE_CITATION,
    );
    d.check(
      'j31.item16.final_review',
      f.drcFinalReviewPassed,
      { value: f.drcFinalReviewPassed },
      ITEM16_REVIEW_CITATION,
    );
    d.check('j31.item16.publicised', f.publicised, { value: f.publicised }, ITEM16_REVIEW_CITATION);
    d.check(
      'j31.item16.savings_positive',
      cmp(saved, ZERO) > 0,
      { value: f.energySavedTce },
      ITEM16_RATE_CITATION,
    );
    // "项目应建设完成" is 第二章 二（四）'s completion condition, checked by checkCommon.
    checkCommon(d, f, { no: 16, project: true, pollution: false }, asOf);
    const per = valueAt(f.sector === 'industrial' ? ITEM16_INDUSTRIAL : ITEM16_NON_INDUSTRIAL, asOf);
    d.interpret('D-31-12');
    const amount = toFen(mul(saved, ratio(parseYuan(per.value))), 'half_up');
    d.step('j31.item16.amount', {
      inputs: { saved: f.energySavedTce, sector: f.sector },
      parameters: { perTce: per.value, rounding: 'half_up' },
      result: formatYuan(amount),
      citation: per.citation,
    });
    return d.decide(amount);
  },
});
