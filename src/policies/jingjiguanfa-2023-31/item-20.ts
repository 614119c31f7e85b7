/**
 * @module policies/jingjiguanfa-2023-31/item-20
 * 第一章 二（二十） 节能减碳咨询项目 (energy-saving and carbon-reduction consulting).
 *
 * > 鼓励亦庄新城内的协会、联盟、咨询机构等咨询服务单位开展节能降碳、清洁生产、能源审计、碳核查、碳中和认证等技术
 * > 咨询策划业务,对 5 家及以上区内市级重点用能单位或碳排放单位开展以上技术咨询策划业务的咨询服务单位,每年度给予
 * > 10 万元奖励。
 *
 * 10万 for a year in which the unit served at least 5 distinct in-district municipal key energy
 * users or carbon emitters with one of the listed services; a service outside the list (the list
 * ends in "等") counts only after an officer's review. Each year is paid once: the award key is
 * `year:<YYYY>`, checked against `awardHistory` (D-31-37). Not a project (D-31-31).
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
  ITEM20_AMOUNT_CITATION,
  ITEM20_MIN_CLIENTS,
  ITEM20_PER_YEAR,
  ITEM20_SCOPE_CITATION,
  itemFactsSchema,
  itemMessages,
  YEAR,
} from './parameters-energy.ts';

const RULE_ID = `${POLICY_ID}/item-20`;

/** The services the paragraph lists, and any other of the kind ("等"). */
export const CONSULTING_SERVICES = {
  energy_saving_carbon_reduction: { zh: '节能降碳', en: 'Energy saving and carbon reduction' },
  cleaner_production: { zh: '清洁生产', en: 'Cleaner production' },
  energy_audit: { zh: '能源审计', en: 'Energy audit' },
  carbon_verification: { zh: '碳核查', en: 'Carbon verification' },
  carbon_neutral_certification: { zh: '碳中和认证', en: 'Carbon-neutrality certification' },
  other: { zh: '其他同类技术咨询策划业务', en: 'Another service of the kind' },
} as const;
type Service = keyof typeof CONSULTING_SERVICES;

export interface Client {
  readonly client: string;
  readonly inDistrict: boolean;
  readonly municipalKeyUnit: boolean;
  readonly services: readonly Service[];
}
export interface Item20Facts extends CommonFacts {
  readonly consultingServiceUnit: boolean;
  readonly serviceYear: number;
  readonly clients: readonly Client[];
  readonly awardHistory?: readonly AwardRecord[];
}

export const item20: Rule = defineRule<Item20Facts>({
  id: RULE_ID,
  policyId: POLICY_ID,
  title: { zh: '节能减碳咨询项目', en: 'Energy-saving and carbon-reduction consulting' },
  citations: [ITEM20_SCOPE_CITATION, ITEM20_AMOUNT_CITATION, AREA_CITATION],
  validity: { from: FROM },
  department: 'economic-development',
  noApplication: false,
  factsSchema: itemFactsSchema(
    ['consultingServiceUnit', 'serviceYear', 'clients'],
    {
      consultingServiceUnit: {
        type: 'boolean',
        description: 'An association, alliance, consultancy or other consulting service unit',
        'x-description-zh': '协会、联盟、咨询机构等咨询服务单位',
      },
      serviceYear: { ...YEAR, description: 'Year of the services', 'x-description-zh': '服务年度' },
      clients: {
        type: 'array',
        description: 'Units served in that year',
        'x-description-zh': '该年度服务的单位',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['client', 'inDistrict', 'municipalKeyUnit', 'services'],
          properties: {
            client: {
              type: 'string',
              minLength: 1,
              description: 'Unified social credit code or name of the unit',
              'x-description-zh': '服务单位统一社会信用代码或名称',
            },
            inDistrict: {
              type: 'boolean',
              description: 'Located in the district (区内)',
              'x-description-zh': '区内单位',
            },
            municipalKeyUnit: {
              type: 'boolean',
              description: 'A municipal key energy-using unit or key carbon-emitting unit',
              'x-description-zh': '市级重点用能单位或碳排放单位',
            },
            services: {
              type: 'array',
              uniqueItems: true,
              items: {
                type: 'string',
                enum: Object.keys(CONSULTING_SERVICES),
                'x-enum-labels': CONSULTING_SERVICES,
              },
              description: 'Services provided',
              'x-description-zh': '开展的技术咨询策划业务',
            },
          },
        },
      },
      awardHistory: AWARD_HISTORY_FACT,
    },
    false,
  ),
  awardSubjects: (f) => [`year:${f.serviceYear}`],
  examples: [
    {
      title: {
        zh: '咨询机构2024年为6家区内市级重点用能单位开展能源审计',
        en: 'A consultancy audited six in-district key energy users in 2024',
      },
      asOf: '2025-03-31' as CalendarDate,
      facts: {
        consultingServiceUnit: true,
        serviceYear: 2024,
        clients: [1, 2, 3, 4, 5, 6].map((n) => ({
          client: `重点用能单位${n}`,
          inDistrict: true,
          municipalKeyUnit: true,
          services: ['energy_audit'],
        })),
        ...EXAMPLE_APPLICANT,
        location: 'yizhuang_225',
      },
    },
  ],
  messages: itemMessages({
    'j31.item20.consulting_unit': {
      zh: '申报主体为协会、联盟、咨询机构等咨询服务单位（填报：{value}）',
      en: 'The applicant is an association, alliance, consultancy or other consulting service unit (reported: {value})',
    },
    'j31.item20.clients': {
      zh: '服务区内市级重点用能单位或碳排放单位 {min} 家及以上（符合条件 {counted} 家，另有 {review} 家仅开展所列以外业务、须人工认定）',
      en: 'Served at least {min} in-district municipal key energy users or carbon emitters ({counted} qualify; {review} more with only unlisted services need review)',
    },
    'j31.item20.year_not_awarded': {
      zh: '{year} 年度尚未获得本项奖励（此前奖励：{earlier}）',
      en: 'No award yet for {year} (earlier award: {earlier})',
    },
    'j31.item20.amount': {
      zh: '奖励金额 = 每年度 {perYear} 元 = {result} 元',
      en: 'Award = {perYear} yuan for the year = {result} yuan',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-31');
    d.interpret('D-31-37');
    d.check(
      'j31.item20.consulting_unit',
      f.consultingServiceUnit,
      { value: f.consultingServiceUnit },
      ITEM20_SCOPE_CITATION,
    );
    // Distinct units only: the same unit served twice is one unit.
    const eligible = f.clients.filter((c) => c.inDistrict && c.municipalKeyUnit);
    const listed = new Set(
      eligible.filter((c) => c.services.some((s) => s !== 'other')).map((c) => c.client.trim()),
    );
    const unlisted = new Set(
      eligible
        .filter((c) => c.services.includes('other'))
        .map((c) => c.client.trim())
        .filter((c) => !listed.has(c)),
    );
    const min = Number(valueAt(ITEM20_MIN_CLIENTS, asOf).value);
    const passed = listed.size >= min ? true : listed.size + unlisted.size >= min ? null : false;
    d.check(
      'j31.item20.clients',
      passed,
      { min, counted: listed.size, review: unlisted.size },
      ITEM20_AMOUNT_CITATION,
    );
    const earlier = awardsOf(f.awardHistory, RULE_ID).find((r) => r.subject === `year:${f.serviceYear}`);
    d.check(
      'j31.item20.year_not_awarded',
      earlier === undefined,
      { year: f.serviceYear, earlier: earlier ? `${earlier.awardedOn} ${earlier.amount}` : '-' },
      ITEM20_AMOUNT_CITATION,
    );
    checkCommon(d, f, { no: 20, project: false, pollution: false }, asOf);
    const per = valueAt(ITEM20_PER_YEAR, asOf);
    const amount = parseYuan(per.value);
    d.step('j31.item20.amount', {
      parameters: { perYear: per.value },
      result: formatYuan(amount),
      citation: per.citation,
    });
    return d.decide(amount);
  },
});
