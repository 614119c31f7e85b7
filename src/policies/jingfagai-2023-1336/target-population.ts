/**
 * @module policies/jingfagai-2023-1336/target-population
 * 一(一) 实施对象: is the worker in the population work relief is for?
 *
 * > 主要面对本市农村地区适龄劳动力,因灾需救助群体、增收能力有限的群体、因不可抗力无法外出务工劳动力等优先。
 *
 * D-1336-1: 适龄 — at least 16 full years (no one younger may be employed); above 60 the officer
 * confirms the worker is fit for the job (needs review). D-1336-2: 本市农村地区 — the worker's
 * registered residence is a village of a Beijing district (the register's "rural labourer of
 * Beijing"). A worker outside that population fails this check; the text says "主要" (mainly), so
 * the annual review reports the share, and a district explains each exception. The priority
 * groups are reported, not required.
 */
import { type Decision, DecisionBuilder } from '../../engine/decision.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { FROM, POLICY_ID, TARGET_CITATION } from './citations.ts';
import { ageOn, bool, date } from './facts.ts';
import { MAX_WORKING_AGE, MIN_WORKING_AGE, PRIORITY_GROUPS, type PriorityGroup } from './parameters.ts';

export interface TargetFacts {
  readonly birthDate: CalendarDate;
  readonly beijingRural: boolean;
  readonly priorityGroups?: readonly PriorityGroup[];
}

export const targetPopulation: Rule = defineRule<TargetFacts>({
  id: `${POLICY_ID}/target-population`,
  policyId: POLICY_ID,
  title: { zh: '务工人员属于实施对象', en: 'The worker is in the target population' },
  citations: [TARGET_CITATION],
  validity: { from: FROM },
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['birthDate', 'beijingRural'],
    properties: {
      birthDate: date('Birth date (from the resident ID)', '出生日期（据居民身份证号码）'),
      beijingRural: bool(
        'A rural labourer of Beijing: registered in a village of a Beijing district',
        '本市农村地区劳动力（户籍在本市行政村）',
      ),
      priorityGroups: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', enum: Object.keys(PRIORITY_GROUPS) },
        'x-enum-labels': PRIORITY_GROUPS,
        description: 'Priority groups of 一(一) the worker belongs to',
        'x-description-zh': '所属优先群体',
      },
    },
  },
  examples: [
    {
      title: {
        zh: '45岁本市农村劳动力，因灾需救助',
        en: 'A rural labourer of Beijing, 45, needing relief after a disaster',
      },
      asOf: '2026-06-30' as CalendarDate,
      facts: { birthDate: '1981-03-12', beijingRural: true, priorityGroups: ['disaster_relief'] },
    },
    {
      title: { zh: '63岁本市农村劳动力', en: 'A rural labourer of Beijing, 63' },
      asOf: '2026-06-30' as CalendarDate,
      facts: { birthDate: '1963-01-05', beijingRural: true },
    },
  ],
  messages: {
    'j1336.target.age': { zh: '{asOf} 时年满 {result} 周岁', en: '{result} full years old on {asOf}' },
    'j1336.target.working_age': {
      zh: '{age} 周岁，在适龄劳动力范围（{min}–{max} 周岁）内',
      en: 'Aged {age}, within working age ({min}–{max})',
    },
    'j1336.target.too_young': {
      zh: '{age} 周岁，未满 {min} 周岁，不得招用',
      en: 'Aged {age}, under {min}: may not be employed',
    },
    'j1336.target.older': {
      zh: '{age} 周岁，超过 {max} 周岁，需确认能胜任岗位',
      en: 'Aged {age}, over {max}: confirm the worker is fit for the job',
    },
    'j1336.target.rural': { zh: '本市农村地区劳动力', en: 'A rural labourer of Beijing' },
    'j1336.target.not_rural': {
      zh: '不是本市农村地区劳动力，不属于主要实施对象',
      en: 'Not a rural labourer of Beijing: outside the main target population',
    },
    'j1336.target.priority': {
      zh: '属于优先群体：{groupsZh}',
      en: 'In a priority group: {groupsEn}',
    },
    'j1336.target.no_priority': {
      zh: '不属于优先群体',
      en: 'Not in a priority group',
    },
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-1336-1');
    const min = valueAt(MIN_WORKING_AGE, asOf).value;
    const max = valueAt(MAX_WORKING_AGE, asOf).value;
    const age = d.step('j1336.target.age', {
      inputs: { birthDate: f.birthDate, asOf },
      result: ageOn(f.birthDate, asOf),
      citation: TARGET_CITATION,
    });
    const p = { age, min, max };
    if (age < min) d.check('j1336.target.too_young', false, p, TARGET_CITATION);
    else if (age > max) d.check('j1336.target.older', null, p, TARGET_CITATION);
    else d.check('j1336.target.working_age', true, p, TARGET_CITATION);
    d.interpret('D-1336-2');
    d.check(
      f.beijingRural ? 'j1336.target.rural' : 'j1336.target.not_rural',
      f.beijingRural,
      {},
      TARGET_CITATION,
    );
    const groups = f.priorityGroups ?? [];
    if (groups.length === 0) d.check('j1336.target.no_priority', true, { groups: [] }, TARGET_CITATION);
    else
      d.check(
        'j1336.target.priority',
        true,
        {
          groups: [...groups],
          groupsZh: groups.map((g) => PRIORITY_GROUPS[g].zh).join('、'),
          groupsEn: groups.map((g) => PRIORITY_GROUPS[g].en).join('; '),
        },
        TARGET_CITATION,
      );
    return d.decide(null);
  },
});
