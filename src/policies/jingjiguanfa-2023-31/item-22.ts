/**
 * @module policies/jingjiguanfa-2023-31/item-22
 * 第一章 二（二十二） 重点用能单位节能指标考核优秀单位项目 (key energy users rated excellent), 免申即享.
 *
 * > 对亦庄新城重点用能单位节能降耗指标考核等级为优秀的单位(本考核由区经济发展局组织开展),给予一次性 20 万元奖励,
 * > 该类项目为免申即享项目。
 *
 * 20万 for a key energy user of the new town graded 优秀 in the energy-saving assessment that the
 * district 经济发展局 organises. "一次性" is read as a single lump sum for each assessment year's
 * excellent grade: the award key is `year:<YYYY>`, and a year already in `awardHistory` is not paid
 * again (D-31-39). Not a project: 第二章 二（四）（五） do not apply (D-31-31).
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, parseYuan } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { AREA_CITATION, type CommonFacts, checkCommon } from './common.ts';
import { AWARD_HISTORY_FACT, type AwardRecord, awardsOf } from './history.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  EXAMPLE_APPLICANT,
  ITEM22_AMOUNT,
  ITEM22_CITATION,
  itemFactsSchema,
  itemMessages,
  YEAR,
} from './parameters-energy.ts';

const RULE_ID = `${POLICY_ID}/item-22`;

export interface Item22Facts extends CommonFacts {
  readonly keyEnergyUser: boolean;
  readonly assessmentYear: number;
  readonly grade: 'excellent' | 'other';
  readonly awardHistory?: readonly AwardRecord[];
}

export const item22: Rule = defineRule<Item22Facts>({
  id: RULE_ID,
  policyId: POLICY_ID,
  title: { zh: '重点用能单位节能指标考核优秀单位项目', en: 'Key energy users rated excellent' },
  citations: [ITEM22_CITATION, AREA_CITATION],
  validity: { from: FROM },
  department: 'economic-development',
  noApplication: true,
  factsSchema: itemFactsSchema(
    ['keyEnergyUser', 'assessmentYear', 'grade'],
    {
      keyEnergyUser: {
        type: 'boolean',
        description: 'A key energy-using unit of the Yizhuang new town',
        'x-description-zh': '亦庄新城重点用能单位',
      },
      assessmentYear: { ...YEAR, description: 'Year assessed', 'x-description-zh': '考核年度' },
      grade: {
        type: 'string',
        enum: ['excellent', 'other'],
        'x-enum-labels': {
          excellent: { zh: '优秀', en: 'Excellent' },
          other: { zh: '其他等级', en: 'Another grade' },
        },
        description:
          'Grade in the energy-saving assessment organised by the district Economic Development Bureau',
        'x-description-zh': '区经济发展局组织的节能降耗指标考核等级',
      },
      awardHistory: AWARD_HISTORY_FACT,
    },
    false,
  ),
  awardSubjects: (f) => [`year:${f.assessmentYear}`],
  examples: [
    {
      title: { zh: '重点用能单位2024年度考核优秀', en: 'A key energy user rated excellent for 2024' },
      asOf: '2025-04-30' as CalendarDate,
      facts: { keyEnergyUser: true, assessmentYear: 2024, grade: 'excellent', ...EXAMPLE_APPLICANT },
    },
  ],
  messages: itemMessages({
    'j31.item22.key_energy_user': {
      zh: '申报主体为亦庄新城重点用能单位（填报：{value}）',
      en: 'A key energy-using unit of the new town (reported: {value})',
    },
    'j31.item22.excellent': {
      zh: '{year} 年度节能降耗指标考核等级为优秀（等级：{value}）',
      en: 'Graded excellent in the energy-saving assessment for {year} (grade: {value})',
    },
    'j31.item22.year_not_awarded': {
      zh: '{year} 年度考核优秀尚未获得本项奖励（此前奖励：{earlier}）',
      en: 'No award yet for the {year} grade (earlier award: {earlier})',
    },
    'j31.item22.amount': {
      zh: '奖励金额 = 一次性 {amount} 元 = {result} 元',
      en: 'Award = a lump sum of {amount} yuan = {result} yuan',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-31');
    d.interpret('D-31-39');
    d.check('j31.item22.key_energy_user', f.keyEnergyUser, { value: f.keyEnergyUser }, ITEM22_CITATION);
    d.check(
      'j31.item22.excellent',
      f.grade === 'excellent',
      { year: f.assessmentYear, value: f.grade },
      ITEM22_CITATION,
    );
    const earlier = awardsOf(f.awardHistory, RULE_ID).find((r) => r.subject === `year:${f.assessmentYear}`);
    d.check(
      'j31.item22.year_not_awarded',
      earlier === undefined,
      { year: f.assessmentYear, earlier: earlier ? `${earlier.awardedOn} ${earlier.amount}` : '-' },
      ITEM22_CITATION,
    );
    checkCommon(d, f, { no: 22, project: false, pollution: false }, asOf);
    const p = valueAt(ITEM22_AMOUNT, asOf);
    const amount = parseYuan(p.value);
    d.step('j31.item22.amount', {
      parameters: { amount: p.value },
      result: formatYuan(amount),
      citation: p.citation,
    });
    return d.decide(amount);
  },
});
