/**
 * @module policies/jingfagai-2023-1309/investment-support-facts
 * The facts schema and worked examples of the investment-support rule (六).
 */
import type { Bilingual } from '../../engine/messages.ts';
import type { CalendarDate } from '../../engine/period.ts';
import type { FactsSchema, RuleExample } from '../../engine/rule.ts';
import { INVESTMENT_ITEM_SCHEMA, type InvestmentItem } from './investment-items.ts';
import { type HeatSource, heatSourceSchema } from './technologies.ts';

/** The facts of one project applying for support. */
export interface SupportFacts {
  readonly investor: 'enterprise' | 'government';
  readonly projectKind: 'new' | 'expansion' | 'rebuild' | 'other';
  readonly newTechnologyApplication: boolean;
  readonly multiEnergyStation: boolean;
  readonly heatSources: readonly HeatSource[];
  readonly investmentItems: readonly InvestmentItem[];
  readonly otherMunicipalSupport: boolean;
  readonly enterpriseInvestmentFeasible?: boolean;
  readonly mainProjectMunicipalRatio?: string;
}

/** Labels of the kinds of project ("新建及改扩建" = new, rebuilt or expanded). */
export const PROJECT_KIND_LABELS: Readonly<Record<'new' | 'expansion' | 'rebuild' | 'other', Bilingual>> = {
  new: { zh: '新建', en: 'New' },
  expansion: { zh: '扩建', en: 'Expansion' },
  rebuild: { zh: '改建（含存量燃气锅炉替代改造）', en: 'Rebuild (including replacing existing gas boilers)' },
  other: { zh: '其他（如运行维护、设备更新）', en: 'Other (e.g. operation, maintenance, equipment renewal)' },
};

const bool = (en: string, zh: string) => ({ type: 'boolean', description: en, 'x-description-zh': zh });

export const SUPPORT_FACTS_SCHEMA: FactsSchema = {
  type: 'object',
  additionalProperties: false,
  required: [
    'investor',
    'projectKind',
    'newTechnologyApplication',
    'multiEnergyStation',
    'heatSources',
    'investmentItems',
    'otherMunicipalSupport',
  ],
  properties: {
    investor: {
      type: 'string',
      enum: ['enterprise', 'government'],
      'x-enum-labels': {
        enterprise: {
          zh: '企业投资（含市政府投资项目中由企业投资建设的配套新能源供热系统）',
          en: 'Enterprise-invested (including systems of municipal projects built with enterprise investment)',
        },
        government: { zh: '市政府固定资产投资', en: 'Municipal government fixed-asset investment' },
      },
      description:
        'Who invests in the new-energy heating system; the system of a municipal project built with enterprise investment is an enterprise project',
      'x-description-zh':
        '新能源供热系统的投资主体；市政府投资项目中由企业投资建设的配套新能源供热系统按企业投资项目',
    },
    projectKind: {
      type: 'string',
      enum: ['new', 'expansion', 'rebuild', 'other'],
      'x-enum-labels': PROJECT_KIND_LABELS,
      description: 'Kind of project',
      'x-description-zh': '项目类别',
    },
    newTechnologyApplication: bool(
      'Recognised as a new-technology application project',
      '属于新能源供热新技术应用项目',
    ),
    multiEnergyStation: bool(
      'A new-energy multi-energy coupled integrated energy station (多能耦合综合能源站)',
      '属于新能源多能耦合综合能源站项目',
    ),
    heatSources: {
      type: 'array',
      minItems: 1,
      items: heatSourceSchema(),
      description:
        'Every heat source of the project, new-energy and conventional, with its installed capacity',
      'x-description-zh': '项目全部热源（新能源和常规能源）及其供热装机容量',
    },
    investmentItems: {
      type: 'array',
      minItems: 1,
      items: INVESTMENT_ITEM_SCHEMA,
      description: 'The construction investment of the project, item by item',
      'x-description-zh': '项目建设投资明细',
    },
    otherMunicipalSupport: bool(
      'Has applied for other municipal fixed-asset investment support or an operating subsidy',
      '已申请其他市级固定资产投资支持或运行补贴支持',
    ),
    enterpriseInvestmentFeasible: bool(
      'Government projects: the heating system could be enterprise-invested',
      '政府投资项目：新能源供热系统具备企业投资条件',
    ),
    mainProjectMunicipalRatio: {
      type: 'string',
      pattern: '^(\\d+(\\.\\d+)?%?|\\d+/\\d+)$',
      description:
        'Government projects: the share of the main project funded by municipal fixed-asset investment (e.g. "100%", "0.6")',
      'x-description-zh': '政府投资项目：主体项目的市政府固定资产投资比例（如"100%"、"0.6"）',
    },
  },
};

export const SUPPORT_EXAMPLES: readonly RuleExample[] = [
  {
    title: {
      zh: '企业新建地源热泵项目，装机占比75%，申报投资1,200万元（含二次管网80万元）',
      en: 'Enterprise new ground-source project, share 75%, 12,000,000 yuan declared (800,000 secondary network)',
    },
    asOf: '2024-06-30' as CalendarDate,
    facts: {
      investor: 'enterprise',
      projectKind: 'new',
      newTechnologyApplication: false,
      multiEnergyStation: false,
      heatSources: [
        { id: 'GSHP-1', technology: 'shallow_ground_source', capacityKw: '3000' },
        { id: 'GB-1', technology: 'gas_boiler', capacityKw: '1000' },
      ],
      investmentItems: [
        { id: 'I-1', category: 'heat_extraction', amount: '5200000' },
        { id: 'I-2', category: 'heat_pump_units', amount: '3600000' },
        { id: 'I-3', category: 'plant_room', amount: '1200000' },
        { id: 'I-4', category: 'primary_network', amount: '800000' },
        { id: 'I-5', category: 'smart_control', amount: '400000' },
        { id: 'I-6', category: 'secondary_network', amount: '800000' },
      ],
      otherMunicipalSupport: false,
    },
  },
  {
    title: {
      zh: '市政府投资学校配套再生水源热泵，不具备企业投资条件，主体项目市投资比例100%',
      en: 'Reclaimed-water heat pump of a municipal school, no enterprise route, main project 100% municipal',
    },
    asOf: '2024-06-30' as CalendarDate,
    facts: {
      investor: 'government',
      projectKind: 'new',
      newTechnologyApplication: false,
      multiEnergyStation: false,
      heatSources: [{ id: 'RW-1', technology: 'reclaimed_water_source', capacityKw: '1500' }],
      investmentItems: [
        { id: 'I-1', category: 'heat_extraction', amount: '1800000' },
        { id: 'I-2', category: 'heat_pump_units', amount: '2200000' },
      ],
      otherMunicipalSupport: false,
      enterpriseInvestmentFeasible: false,
      mainProjectMunicipalRatio: '100%',
    },
  },
];
