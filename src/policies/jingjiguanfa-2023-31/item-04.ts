/**
 * @module policies/jingjiguanfa-2023-31/item-04
 * 第一章 一（四） 环保在线监控类项目 (online monitoring of pollutant discharges).
 *
 * > 鼓励企业安装污水或废气污染物在线监控(不含餐饮废气在线监控),通过验收,并与环境保护行政主管部门监控平台联网的
 * > (在重点排污单位期间安装在线监控设备除外),原则上对上述项目按照实际支付金额(不含税)的 30% 给予奖励。
 * > (+5 / +10 as in item 1)
 *
 * Wastewater or waste-gas monitoring, catering exhaust excluded; accepted and networked with the
 * authority's platform; not installed while the enterprise was a key pollutant-discharge unit,
 * judged at the time of installation (D-31-20). Amount = payment excluding tax × (30% + the
 * higher bonus) (D-31-1), rounded half up to the fen (D-31-12). The text sets no cap.
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
import { ITEM4_RATE_CITATION, ITEM4_RATES } from './parameters-pollution.ts';
import { projectFactsSchema, projectMessages } from './project-rule.ts';

const ITEM4 = '第一章 一（四）';
export const ITEM4_SCOPE_CITATION = cite(
  POLICY_ID,
  ITEM4,
  '鼓励企业安装污水或废气污染物在线监控(不含餐饮废气在线监控),通过验收,并与环境保护行政主管部门监控平台联网的',
);
export const ITEM4_KEY_UNIT_CITATION = cite(POLICY_ID, ITEM4, '(在重点排污单位期间安装在线监控设备除外)');

/** What the installed equipment monitors; catering exhaust is named only to be excluded. */
export const MONITORED = ['wastewater', 'waste_gas', 'catering_exhaust'] as const;

export interface Item4Facts extends CommonFacts, ProjectFacts, BonusFacts {
  readonly enterprise: boolean;
  readonly monitored: (typeof MONITORED)[number];
  readonly acceptancePassed: boolean;
  readonly networkedWithAuthorityPlatform: boolean;
  readonly installedWhileKeyDischargeUnit: boolean;
  readonly paymentExcludingTax: string;
}

const bool = (en: string, zh: string) => ({ type: 'boolean', description: en, 'x-description-zh': zh });

export const item04: Rule = defineRule<Item4Facts>({
  id: `${POLICY_ID}/item-04`,
  policyId: POLICY_ID,
  title: { zh: '环保在线监控类项目', en: 'Online environmental monitoring' },
  citations: [
    ITEM4_SCOPE_CITATION,
    ITEM4_KEY_UNIT_CITATION,
    ITEM4_RATE_CITATION,
    AREA_CITATION,
    PAYMENT_SHARE_CITATION,
  ],
  validity: { from: FROM },
  department: 'city-operations',
  noApplication: false,
  factsSchema: projectFactsSchema(
    [
      'enterprise',
      'monitored',
      'acceptancePassed',
      'networkedWithAuthorityPlatform',
      'installedWhileKeyDischargeUnit',
      'paymentExcludingTax',
    ],
    {
      enterprise: bool('The applicant is an enterprise', '申报主体为企业'),
      monitored: {
        type: 'string',
        enum: [...MONITORED],
        'x-enum-labels': {
          wastewater: { zh: '污水污染物在线监控', en: 'Wastewater pollutants' },
          waste_gas: { zh: '废气污染物在线监控', en: 'Waste-gas pollutants' },
          catering_exhaust: { zh: '餐饮废气在线监控（不予支持）', en: 'Catering exhaust (not supported)' },
        },
        description: 'What the online monitoring equipment monitors',
        'x-description-zh': '在线监控的对象',
      },
      acceptancePassed: bool('The monitoring equipment has passed acceptance', '在线监控设备已通过验收'),
      networkedWithAuthorityPlatform: bool(
        "Networked with the environmental authority's monitoring platform",
        '已与环境保护行政主管部门监控平台联网',
      ),
      installedWhileKeyDischargeUnit: bool(
        'Installed while the enterprise was a key pollutant-discharge unit (重点排污单位)',
        '在重点排污单位期间安装在线监控设备',
      ),
      paymentExcludingTax: {
        ...YUAN,
        description: 'Actual payment for the monitoring project, tax excluded, yuan',
        'x-description-zh': '实际支付金额（不含税，元）',
      },
    },
  ),
  examples: [
    {
      title: {
        zh: '废气在线监控，已验收联网，支付40万元，使用高新技术产品',
        en: 'Waste-gas monitoring, accepted and networked, 400,000 yuan paid, a recognised high-tech product',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        enterprise: true,
        monitored: 'waste_gas',
        acceptancePassed: true,
        networkedWithAuthorityPlatform: true,
        installedWhileKeyDischargeUnit: false,
        paymentExcludingTax: '400000',
        usesHighTechProduct: true,
        usesFirstSet: false,
        ...EXAMPLE_COMMON,
      },
    },
  ],
  messages: projectMessages({
    'j31.item4.monitored': {
      zh: '安装的是污水或废气污染物在线监控，不含餐饮废气在线监控（监控对象：{value}）',
      en: 'The equipment monitors wastewater or waste-gas pollutants, not catering exhaust (monitors: {value})',
    },
    'j31.item4.acceptance': {
      zh: '在线监控已通过验收（填报：{value}）',
      en: 'The online monitoring has passed acceptance (reported: {value})',
    },
    'j31.item4.networked': {
      zh: '已与环境保护行政主管部门监控平台联网（填报：{value}）',
      en: "Networked with the environmental authority's monitoring platform (reported: {value})",
    },
    'j31.item4.not_key_unit': {
      zh: '不是在重点排污单位期间安装的在线监控设备（在重点排污单位期间安装：{value}）',
      en: 'Not installed while the enterprise was a key pollutant-discharge unit (installed while one: {value})',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    checkEnterprise(d, f.enterprise, ITEM4_SCOPE_CITATION);
    d.interpret('D-31-20');
    // "(不含餐饮废气在线监控)": only wastewater or waste-gas pollutant monitoring.
    d.check(
      'j31.item4.monitored',
      f.monitored === 'wastewater' || f.monitored === 'waste_gas',
      { value: f.monitored },
      ITEM4_SCOPE_CITATION,
    );
    d.check('j31.item4.acceptance', f.acceptancePassed, { value: f.acceptancePassed }, ITEM4_SCOPE_CITATION);
    d.check(
      'j31.item4.networked',
      f.networkedWithAuthorityPlatform,
      { value: f.networkedWithAuthorityPlatform },
      ITEM4_SCOPE_CITATION,
    );
    // A key discharge unit must install monitoring by law; what it installs while listed is excluded.
    d.check(
      'j31.item4.not_key_unit',
      !f.installedWhileKeyDischargeUnit,
      { value: f.installedWhileKeyDischargeUnit },
      ITEM4_KEY_UNIT_CITATION,
    );
    const payment = checkPayment(d, f.paymentExcludingTax, ITEM4_RATE_CITATION);
    checkCommon(d, f, { no: 4, project: true, pollution: true }, asOf);
    const rate = enterpriseRate(d, f, ITEM4_RATES, asOf);
    return d.decide(rateAward(d, payment, rate, ITEM4_RATE_CITATION));
  },
});
