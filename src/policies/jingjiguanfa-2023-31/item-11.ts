/**
 * @module policies/jingjiguanfa-2023-31/item-11
 * 第一章 一（十一） 水效领跑者项目 (water-efficiency leaders).
 *
 * > 鼓励重点用水企业提高节水效率,对获得国家工业和信息化部、水利部、国家发展改革委和市场监管总局联合开展遴选出的
 * > “水效领跑者”,并经国家工业和信息化部公示,给予一次性 50 万元奖励,该类项目为免申即享项目。
 *
 * Two conditions: selected by the four national bodies' joint selection, and publicised by MIIT.
 * 50 万元 once per enterprise, however often it is selected again (D-31-28); granted without
 * application. "重点用水企业" names whom the paragraph encourages, not a further condition
 * (D-31-28). The applicant conditions of 第二章 apply, the project conditions do not (D-31-29).
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, parseYuan } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { AREA_CITATION, COMMON_MESSAGES, type CommonFacts, checkCommon } from './common.ts';
import { AWARD_HISTORY_FACT, type AwardRecord, awardsOf } from './history.ts';
import { EXAMPLE_APPLICANT, nonProjectFactsSchema } from './item-09.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import { ITEM11_AMOUNT, ITEM11_AWARD_CITATION } from './parameters-pollution.ts';

/** The award key: the title, once per enterprise. */
export const WATER_EFFICIENCY_LEADER = 'water-efficiency-leader';

export interface Item11Facts extends CommonFacts {
  readonly selectedAsWaterEfficiencyLeader: boolean;
  readonly publicisedByMiit: boolean;
  readonly awardHistory?: readonly AwardRecord[];
}

const ID = `${POLICY_ID}/item-11`;

export const item11: Rule = defineRule<Item11Facts>({
  id: ID,
  policyId: POLICY_ID,
  title: { zh: '水效领跑者项目', en: 'Water-efficiency leaders' },
  citations: [ITEM11_AWARD_CITATION, AREA_CITATION],
  validity: { from: FROM },
  department: 'city-operations',
  noApplication: true,
  factsSchema: nonProjectFactsSchema(['selectedAsWaterEfficiencyLeader', 'publicisedByMiit'], {
    selectedAsWaterEfficiencyLeader: {
      type: 'boolean',
      description:
        'Selected as a "water-efficiency leader" in the joint selection of MIIT, the Ministry of Water Resources, NDRC and SAMR',
      'x-description-zh':
        '获得国家工业和信息化部、水利部、国家发展改革委和市场监管总局联合开展遴选出的“水效领跑者”',
    },
    publicisedByMiit: {
      type: 'boolean',
      description: 'The selection was publicised by the Ministry of Industry and Information Technology',
      'x-description-zh': '经国家工业和信息化部公示',
    },
    awardHistory: AWARD_HISTORY_FACT,
  }),
  examples: [
    {
      title: {
        zh: '企业入选水效领跑者并经工业和信息化部公示',
        en: 'An enterprise selected as a water-efficiency leader, publicised by MIIT',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: { selectedAsWaterEfficiencyLeader: true, publicisedByMiit: true, ...EXAMPLE_APPLICANT },
    },
  ],
  messages: {
    ...COMMON_MESSAGES,
    'j31.item11.selected': {
      zh: '获得四部门联合遴选出的“水效领跑者”（填报：{value}）',
      en: 'Selected as a "water-efficiency leader" by the four national bodies (reported: {value})',
    },
    'j31.item11.publicised': {
      zh: '经国家工业和信息化部公示（填报：{value}）',
      en: 'Publicised by the Ministry of Industry and Information Technology (reported: {value})',
    },
    'j31.item11.not_yet_awarded': {
      zh: '本企业此前未获本项奖励（奖励键：{subject}；已获奖励：{awardedOn}）',
      en: 'The enterprise has not had this award before (key: {subject}; awarded on: {awardedOn})',
    },
    'j31.item11.amount': { zh: '一次性奖励 {amount} 元', en: 'One-off award of {amount} yuan' },
  },
  awardSubjects: () => [WATER_EFFICIENCY_LEADER],
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.check(
      'j31.item11.selected',
      f.selectedAsWaterEfficiencyLeader,
      { value: f.selectedAsWaterEfficiencyLeader },
      ITEM11_AWARD_CITATION,
    );
    d.check(
      'j31.item11.publicised',
      f.publicisedByMiit,
      { value: f.publicisedByMiit },
      ITEM11_AWARD_CITATION,
    );
    // "一次性": once per enterprise, even when it is selected again in a later year (D-31-28).
    d.interpret('D-31-28');
    const earlier = awardsOf(f.awardHistory, ID).find((r) => r.subject === WATER_EFFICIENCY_LEADER);
    d.check(
      'j31.item11.not_yet_awarded',
      earlier === undefined,
      { subject: WATER_EFFICIENCY_LEADER, awardedOn: earlier?.awardedOn ?? '—' },
      ITEM11_AWARD_CITATION,
    );
    d.interpret('D-31-29');
    checkCommon(d, f, { no: 11, project: false, pollution: true }, asOf);
    const p = valueAt(ITEM11_AMOUNT, asOf);
    const amount = parseYuan(p.value, ITEM11_AMOUNT.id);
    d.step('j31.item11.amount', {
      parameters: { amount: p.value },
      result: formatYuan(amount),
      citation: p.citation,
    });
    return d.decide(amount);
  },
});
