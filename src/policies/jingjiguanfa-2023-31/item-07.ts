/**
 * @module policies/jingjiguanfa-2023-31/item-07
 * 第一章 一（七） “无废城市”建设项目 ("zero-waste city" projects).
 *
 * > 鼓励企业通过优化管理、改进设计、原辅材料替换、工艺改进、技术改造或末端治理设施安装升级,对工业固体废弃物、
 * > 生活垃圾、建筑垃圾、厨余垃圾、园林垃圾、城市污泥、废弃资源等各类固体废物进行源头减量、综合利用或者安全处置等
 * > 项目,优先支持参与经开区“无废城市”建设的项目,原则上按照项目实际支付金额(不含税)的 30% 给予奖励。
 * > (+5 / +10 as in item 1)
 *
 * The means are a closed list ("或"); the wastes end in "等各类固体废物", so every solid waste
 * counts; the treatments end in "等项目", so one not named is left to the officer (D-31-25).
 * "优先支持" orders funding, it is no condition and no rate (D-31-25). Amount = payment excluding
 * tax × (30% + the higher bonus) (D-31-1), rounded half up to the fen (D-31-12). No cap.
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
import { ITEM7_RATE_CITATION, ITEM7_RATES } from './parameters-pollution.ts';
import { projectFactsSchema, projectMessages } from './project-rule.ts';

const ITEM7 = '第一章 一（七）';
export const ITEM7_SCOPE_CITATION = cite(
  POLICY_ID,
  ITEM7,
  '鼓励企业通过优化管理、改进设计、原辅材料替换、工艺改进、技术改造或末端治理设施安装升级,对工业固体废弃物、生活垃圾、建筑垃圾、厨余垃圾、园林垃圾、城市污泥、废弃资源等各类固体废物进行源头减量、综合利用或者安全处置等项目',
);
export const ITEM7_PRIORITY_CITATION = cite(POLICY_ID, ITEM7, '优先支持参与经开区“无废城市”建设的项目');

/** The means the paragraph lists (a closed list); `other` is outside it, and alone does not qualify. */
export const WASTE_MEANS = [
  'management',
  'design',
  'material_substitution',
  'process',
  'technical_retrofit',
  'end_of_pipe',
  'other',
] as const;
/** The solid wastes the paragraph names; "等各类固体废物" admits every other solid waste. */
export const SOLID_WASTES = [
  'industrial_solid_waste',
  'household_waste',
  'construction_waste',
  'kitchen_waste',
  'garden_waste',
  'municipal_sludge',
  'waste_resources',
  'other_solid_waste',
] as const;
/** What is done with the waste; `other` is one of the "等" the officer must accept. */
export const WASTE_TREATMENTS = ['source_reduction', 'comprehensive_use', 'safe_disposal', 'other'] as const;

export interface Item7Facts extends CommonFacts, ProjectFacts, BonusFacts {
  readonly enterprise: boolean;
  readonly means: readonly (typeof WASTE_MEANS)[number][];
  readonly solidWastes: readonly (typeof SOLID_WASTES)[number][];
  readonly treatment: (typeof WASTE_TREATMENTS)[number];
  readonly otherTreatmentAccepted?: boolean;
  readonly inZeroWasteCityProgramme?: boolean;
  readonly paymentExcludingTax: string;
}

const labelled = (labels: Record<string, [string, string]>) =>
  Object.fromEntries(Object.entries(labels).map(([k, [zh, en]]) => [k, { zh, en }]));

export const item07: Rule = defineRule<Item7Facts>({
  id: `${POLICY_ID}/item-07`,
  policyId: POLICY_ID,
  title: { zh: '“无废城市”建设项目', en: '“Zero-waste city” projects' },
  citations: [
    ITEM7_SCOPE_CITATION,
    ITEM7_PRIORITY_CITATION,
    ITEM7_RATE_CITATION,
    AREA_CITATION,
    PAYMENT_SHARE_CITATION,
  ],
  validity: { from: FROM },
  department: 'city-operations',
  noApplication: false,
  factsSchema: projectFactsSchema(
    ['enterprise', 'means', 'solidWastes', 'treatment', 'paymentExcludingTax'],
    {
      enterprise: {
        type: 'boolean',
        description: 'The applicant is an enterprise',
        'x-description-zh': '申报主体为企业',
      },
      means: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: {
          type: 'string',
          enum: [...WASTE_MEANS],
          'x-enum-labels': labelled({
            management: ['优化管理', 'Better management'],
            design: ['改进设计', 'Improved design'],
            material_substitution: ['原辅材料替换', 'Substituting raw and auxiliary materials'],
            process: ['工艺改进', 'Process improvement'],
            technical_retrofit: ['技术改造', 'Technical retrofit'],
            end_of_pipe: ['末端治理设施安装升级', 'Installing or upgrading end-of-pipe facilities'],
            other: ['其他手段（不予支持）', 'Other means (not supported)'],
          }),
        },
        description: 'By which means the project works',
        'x-description-zh': '项目实施手段',
      },
      solidWastes: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: {
          type: 'string',
          enum: [...SOLID_WASTES],
          'x-enum-labels': labelled({
            industrial_solid_waste: ['工业固体废弃物', 'Industrial solid waste'],
            household_waste: ['生活垃圾', 'Household waste'],
            construction_waste: ['建筑垃圾', 'Construction waste'],
            kitchen_waste: ['厨余垃圾', 'Kitchen waste'],
            garden_waste: ['园林垃圾', 'Garden waste'],
            municipal_sludge: ['城市污泥', 'Municipal sludge'],
            waste_resources: ['废弃资源', 'Waste resources'],
            other_solid_waste: ['其他固体废物', 'Other solid waste'],
          }),
        },
        description: 'Which solid wastes the project deals with',
        'x-description-zh': '项目涉及的固体废物类别',
      },
      treatment: {
        type: 'string',
        enum: [...WASTE_TREATMENTS],
        'x-enum-labels': labelled({
          source_reduction: ['源头减量', 'Reduction at source'],
          comprehensive_use: ['综合利用', 'Comprehensive use'],
          safe_disposal: ['安全处置', 'Safe disposal'],
          other: ['其他（需主管部门认定）', 'Other (the bureau decides)'],
        }),
        description: 'What the project does with the waste',
        'x-description-zh': '项目对固体废物的处理方式',
      },
      otherTreatmentAccepted: {
        type: 'boolean',
        description: 'For treatment "other": the bureau accepts it as like those the paragraph names',
        'x-description-zh': '处理方式为“其他”时：主管部门认定其属于同类项目',
      },
      inZeroWasteCityProgramme: {
        type: 'boolean',
        description: 'The project takes part in E-Town\'s "zero-waste city" programme (priority only)',
        'x-description-zh': '参与经开区“无废城市”建设（仅影响优先支持）',
      },
      paymentExcludingTax: {
        ...YUAN,
        description: 'Actual payment for the project, tax excluded, yuan',
        'x-description-zh': '项目实际支付金额（不含税，元）',
      },
    },
  ),
  examples: [
    {
      title: {
        zh: '工业固废综合利用技改，支付120万元，参与“无废城市”建设',
        en: 'Retrofit for comprehensive use of industrial solid waste, 1,200,000 yuan paid, in the zero-waste city programme',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        enterprise: true,
        means: ['technical_retrofit'],
        solidWastes: ['industrial_solid_waste'],
        treatment: 'comprehensive_use',
        inZeroWasteCityProgramme: true,
        paymentExcludingTax: '1200000',
        usesHighTechProduct: false,
        usesFirstSet: false,
        ...EXAMPLE_COMMON,
      },
    },
  ],
  messages: projectMessages({
    'j31.item7.means': {
      zh: '通过所列手段之一实施（手段：{value}）',
      en: 'The project uses one of the means listed (means: {value})',
    },
    'j31.item7.solid_waste': {
      zh: '处理对象为固体废物（类别：{value}）',
      en: 'The project deals with solid waste (kinds: {value})',
    },
    'j31.item7.treatment': {
      zh: '处理方式为源头减量、综合利用或者安全处置等（方式：{value}；其他方式经认定：{accepted}）',
      en: 'The project reduces at source, uses comprehensively or disposes safely, or the like (treatment: {value}; other accepted: {accepted})',
    },
    'j31.item7.priority': {
      zh: '参与经开区“无废城市”建设：{value}（优先支持，不影响奖励比例）',
      en: 'In the E-Town "zero-waste city" programme: {value} (priority only, the rate is unchanged)',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    checkEnterprise(d, f.enterprise, ITEM7_SCOPE_CITATION);
    d.interpret('D-31-25');
    // "通过…或末端治理设施安装升级": a closed list of means; the project must use one of them.
    d.check(
      'j31.item7.means',
      f.means.some((m) => m !== 'other'),
      { value: f.means.join(', ') },
      ITEM7_SCOPE_CITATION,
    );
    // "等各类固体废物": any solid waste; the schema admits nothing else.
    d.check(
      'j31.item7.solid_waste',
      f.solidWastes.length > 0,
      { value: f.solidWastes.join(', ') },
      ITEM7_SCOPE_CITATION,
    );
    // "…或者安全处置等项目": a treatment not named needs the bureau's acceptance.
    const accepted = f.treatment === 'other' ? (f.otherTreatmentAccepted ?? null) : true;
    d.check(
      'j31.item7.treatment',
      accepted,
      { value: f.treatment, accepted: f.otherTreatmentAccepted ?? '—' },
      ITEM7_SCOPE_CITATION,
    );
    d.step('j31.item7.priority', {
      inputs: { value: f.inZeroWasteCityProgramme ?? '—' },
      result: f.inZeroWasteCityProgramme ?? null,
      citation: ITEM7_PRIORITY_CITATION,
    });
    const payment = checkPayment(d, f.paymentExcludingTax, ITEM7_RATE_CITATION);
    checkCommon(d, f, { no: 7, project: true, pollution: true }, asOf);
    const rate = enterpriseRate(d, f, ITEM7_RATES, asOf);
    return d.decide(rateAward(d, payment, rate, ITEM7_RATE_CITATION));
  },
});
