/**
 * @module policies/jingjiguanfa-2023-31/item-27
 * 第一章 三（二十七） 绿色工地类项目 (green construction sites).
 *
 * > 对获得建设行政主管部门评选的“北京市绿色安全工地”或“北京市绿色安全样板工地”称号,未因环境问题受到相关行政主管
 * > 部门处罚,且未因环境问题受到市级及以上相关行政主管部门问题书面通报,并且已完工的工地,可分别获得 10 万元、20 万元
 * > 奖励,该类项目为免申即享项目。
 *
 * A title of a site, not a paid project: 第二章 二（四）（五） do not apply (D-31-42). 绿色安全工地
 * 10万, 样板工地 20万; both titles → 20万 (D-31-9). One award per site, keyed by the site
 * (`awardSubjects`); conditions and keys: D-31-49.
 */
import { type Decision, DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, parseYuan } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { COMMON_REQUIRED, type CommonFacts } from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import {
  BUILDING_CITATIONS,
  type BuildingFacts,
  buildingFactsSchema,
  buildingMessages,
  checkBuildingCommon,
} from './item-23.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  ITEM27_AMOUNT_CITATION,
  ITEM27_COMPLETED_CITATION,
  ITEM27_GREEN_SAFE_SITE,
  ITEM27_MODEL_SITE,
  ITEM27_NOTICE_CITATION,
  ITEM27_PENALTY_CITATION,
  ITEM27_TITLE_CITATION,
} from './parameters-building.ts';

export interface Item27Facts extends CommonFacts, BuildingFacts {
  readonly siteRef: string;
  readonly greenSafeSiteTitle: boolean;
  readonly modelSiteTitle: boolean;
  readonly penalisedForEnvironmentalIssues: boolean;
  readonly municipalWrittenNoticeForEnvironmentalIssues: boolean;
  readonly siteCompleted: boolean;
}

/** The applicant facts of {@link EXAMPLE_COMMON} without the project ones (item 27 rewards a title). */
export const EXAMPLE_APPLICANT: Readonly<Record<string, unknown>> = Object.fromEntries(
  COMMON_REQUIRED.map((k) => [k, (EXAMPLE_COMMON as Readonly<Record<string, unknown>>)[k]]),
);

/** The award key of a site: one award per site (D-31-49). */
export const siteKey = (f: Pick<Item27Facts, 'siteRef'>) => `site:${f.siteRef}`;

const bool = (en: string, zh: string) => ({ type: 'boolean', description: en, 'x-description-zh': zh });

export const item27: Rule = defineRule<Item27Facts>({
  id: `${POLICY_ID}/item-27`,
  policyId: POLICY_ID,
  title: { zh: '绿色工地类项目', en: 'Green construction sites' },
  citations: [
    ITEM27_TITLE_CITATION,
    ITEM27_PENALTY_CITATION,
    ITEM27_NOTICE_CITATION,
    ITEM27_COMPLETED_CITATION,
    ITEM27_AMOUNT_CITATION,
    ...BUILDING_CITATIONS,
  ],
  validity: { from: FROM },
  department: 'development-construction',
  noApplication: true,
  factsSchema: buildingFactsSchema(
    [
      'siteRef',
      'greenSafeSiteTitle',
      'modelSiteTitle',
      'penalisedForEnvironmentalIssues',
      'municipalWrittenNoticeForEnvironmentalIssues',
      'siteCompleted',
    ],
    {
      siteRef: {
        type: 'string',
        minLength: 1,
        description: 'Identifier of the construction site (e.g. its construction permit number)',
        'x-description-zh': '工地编号（如施工许可证编号）',
      },
      greenSafeSiteTitle: bool(
        'The site holds the title "Beijing green and safe construction site"',
        '获得建设行政主管部门评选的“北京市绿色安全工地”称号',
      ),
      modelSiteTitle: bool(
        'The site holds the title "Beijing model green and safe construction site"',
        '获得建设行政主管部门评选的“北京市绿色安全样板工地”称号',
      ),
      penalisedForEnvironmentalIssues: bool(
        'The site was penalised by an authority for environmental problems',
        '工地因环境问题受到相关行政主管部门处罚',
      ),
      municipalWrittenNoticeForEnvironmentalIssues: bool(
        'The site was named in a written notice of a municipal or higher authority for environmental problems',
        '工地因环境问题受到市级及以上相关行政主管部门问题书面通报',
      ),
      siteCompleted: bool('The construction at the site is completed', '工地已完工'),
    },
    false,
  ),
  examples: [
    {
      title: {
        zh: '已完工的北京市绿色安全样板工地',
        en: 'A completed Beijing model green and safe construction site',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        siteRef: '[2023]施建字0001号',
        greenSafeSiteTitle: false,
        modelSiteTitle: true,
        penalisedForEnvironmentalIssues: false,
        municipalWrittenNoticeForEnvironmentalIssues: false,
        siteCompleted: true,
        projectLocation: 'yizhuang_225',
        ...EXAMPLE_APPLICANT,
      },
    },
  ],
  messages: buildingMessages({
    'j31.item27.title': {
      zh: '工地获得“北京市绿色安全工地”（{greenSafe}）或“北京市绿色安全样板工地”（{model}）称号',
      en: 'The site holds the Beijing green and safe site title ({greenSafe}) or the model site title ({model})',
    },
    'j31.item27.no_penalty': {
      zh: '未因环境问题受到相关行政主管部门处罚（受到处罚：{value}）',
      en: 'Not penalised for environmental problems (penalised: {value})',
    },
    'j31.item27.no_written_notice': {
      zh: '未因环境问题受到市级及以上相关行政主管部门问题书面通报（受到通报：{value}）',
      en: 'Not named in a written notice of a municipal or higher authority for environmental problems (named: {value})',
    },
    'j31.item27.completed': {
      zh: '工地已完工（填报：{value}）',
      en: 'The site is completed (reported: {value})',
    },
    'j31.item27.amount': {
      zh: '奖励金额：{title} {result} 元（同时获得两项称号的，按较高的样板工地奖励）',
      en: 'Award: {titleEn}, {result} yuan (a site with both titles gets the higher, model-site amount)',
    },
  }),
  awardSubjects: (f) => [siteKey(f)],
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-49');
    const titled = f.greenSafeSiteTitle || f.modelSiteTitle;
    d.check(
      'j31.item27.title',
      titled,
      { greenSafe: f.greenSafeSiteTitle, model: f.modelSiteTitle },
      ITEM27_TITLE_CITATION,
    );
    const penalised = f.penalisedForEnvironmentalIssues;
    d.check('j31.item27.no_penalty', !penalised, { value: penalised }, ITEM27_PENALTY_CITATION);
    const noticed = f.municipalWrittenNoticeForEnvironmentalIssues;
    d.check('j31.item27.no_written_notice', !noticed, { value: noticed }, ITEM27_NOTICE_CITATION);
    d.check('j31.item27.completed', f.siteCompleted, { value: f.siteCompleted }, ITEM27_COMPLETED_CITATION);
    checkBuildingCommon(d, f, 27, false, asOf);
    if (!titled) return d.decide(null);

    // "可分别获得 10 万元、20 万元": by title; with both, the higher (D-31-9).
    if (f.greenSafeSiteTitle && f.modelSiteTitle) d.interpret('D-31-9');
    const p = valueAt(f.modelSiteTitle ? ITEM27_MODEL_SITE : ITEM27_GREEN_SAFE_SITE, asOf);
    const amount = parseYuan(p.value, 'parameter');
    d.step('j31.item27.amount', {
      inputs: {
        title: f.modelSiteTitle ? '北京市绿色安全样板工地' : '北京市绿色安全工地',
        titleEn: f.modelSiteTitle ? 'model green and safe site' : 'green and safe site',
      },
      result: formatYuan(amount),
      citation: p.citation,
    });
    return d.decide(amount);
  },
});
