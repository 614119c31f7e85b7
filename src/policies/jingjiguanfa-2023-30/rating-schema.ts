/**
 * @module policies/jingjiguanfa-2023-30/rating-schema
 * The facts of the rating rule as JSON Schema, with their wording in both languages, and its
 * worked examples. A building's class and use must agree: `industrial` is the use of an industrial
 * building and of no civil one (D-30-5).
 */
import type { Bilingual } from '../../engine/messages.ts';
import type { CalendarDate } from '../../engine/period.ts';
import type { FactsSchema, RuleExample } from '../../engine/rule.ts';
import {
  BUILDING_CLASSES,
  BUILDING_USES,
  INVESTORS,
  LOCATIONS,
  PROJECT_KINDS,
  type ProjectFacts,
  USE_LABELS,
} from './project.ts';

export const PLANNED_RATINGS = ['none', 'one_star', 'two_star', 'three_star'] as const;
/** The star level a project plans, on its own class's standard (no rating = `none`). */
export type PlannedRating = (typeof PLANNED_RATINGS)[number];

/** The rating rule's facts. */
export interface RatingFacts extends ProjectFacts {
  /** 取得立项手续的日期 (YYYY-MM-DD); absent while the project is not yet approved (D-30-2). */
  readonly approvalDate?: string;
  readonly plannedRating?: PlannedRating;
  readonly plannedUltraLowEnergy?: boolean;
  /** The reviewing department accepted the reasons for planning below three stars (D-30-7). */
  readonly threeStarDeviationAccepted?: boolean;
  /** The reviewing department accepted the reasons for not building to ultra-low energy (D-30-7). */
  readonly ultraLowEnergyDeviationAccepted?: boolean;
}

const labels = (xs: Readonly<Record<string, Bilingual>>) => ({ 'x-enum-labels': xs });

export const RATING_FACTS_SCHEMA: FactsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['location', 'projectKind', 'buildingClass', 'use', 'investor'],
  properties: {
    location: {
      type: 'string',
      enum: [...LOCATIONS],
      ...labels({
        etdz_60: { zh: '经开区60平方公里范围内', en: 'Inside the 60 km² E-Town core' },
        yizhuang_225: {
          zh: '亦庄新城225平方公里范围内（60平方公里以外）',
          en: 'Inside the 225 km² Yizhuang new town, outside the core',
        },
        outside: { zh: '亦庄新城225平方公里范围以外', en: 'Outside the 225 km² new town' },
      }),
      description: 'Where the project is built',
      'x-description-zh': '项目建设地点所在区域',
    },
    projectKind: {
      type: 'string',
      enum: [...PROJECT_KINDS],
      ...labels({
        new: { zh: '新建', en: 'New' },
        rebuilt: { zh: '改建', en: 'Rebuilt' },
        expanded: { zh: '扩建', en: 'Expanded' },
      }),
      description: 'New, rebuilt or expanded building project',
      'x-description-zh': '新建、改建或扩建建筑项目',
    },
    buildingClass: {
      type: 'string',
      enum: [...BUILDING_CLASSES],
      ...labels({
        civil: {
          zh: '民用建筑（含工业厂区内的独立办公、生活配套建筑）',
          en: 'Civil (incl. offices in a plant)',
        },
        industrial: { zh: '工业建筑', en: 'Industrial' },
      }),
      description: 'Civil or industrial building (an office or living building in a plant is civil)',
      'x-description-zh': '民用建筑或工业建筑（工业厂区内的独立办公建筑、生活配套建筑为民用建筑）',
    },
    use: {
      type: 'string',
      enum: [...BUILDING_USES],
      ...labels(USE_LABELS),
      description: 'What the building is for',
      'x-description-zh': '建筑用途',
    },
    investor: {
      type: 'string',
      enum: [...INVESTORS],
      ...labels({
        government: { zh: '政府投资', en: 'Government-invested' },
        government_mainly: { zh: '以政府投资为主', en: 'Mainly government-invested' },
        social: { zh: '社会投资（企业等）', en: 'Socially invested (enterprises etc.)' },
      }),
      description: 'Who invests',
      'x-description-zh': '投资主体',
    },
    centrallyBuilt: {
      type: 'boolean',
      description: 'Built centrally (集中建设), for residential buildings',
      'x-description-zh': '集中建设（居住建筑）',
    },
    publicWelfare: {
      type: 'boolean',
      description:
        'A public-welfare building, for uses the text does not classify (schools, kindergartens, hospitals, elderly homes, museums and libraries are public-welfare by the text)',
      'x-description-zh':
        '公益性建筑（学校、幼儿园、医院、养老院、博物馆、图书馆按原文即为公益性建筑，其他用途据此填报）',
    },
    approvalDate: {
      type: 'string',
      format: 'date',
      description:
        'Date the project obtained its approval (立项: approval, ratification or filing); absent if not yet approved',
      'x-description-zh': '取得立项（审批、核准或备案）手续的日期；尚未立项的不填',
    },
    plannedRating: {
      type: 'string',
      enum: [...PLANNED_RATINGS],
      ...labels({
        none: { zh: '无星级', en: 'No rating' },
        one_star: { zh: '一星级', en: 'One star' },
        two_star: { zh: '二星级', en: 'Two stars' },
        three_star: { zh: '三星级', en: 'Three stars' },
      }),
      description:
        "The green rating the project plans, on its class's standard (green building or green industrial building)",
      'x-description-zh': '项目拟达到的绿色建筑星级（民用建筑按绿色建筑、工业建筑按绿色工业建筑）',
    },
    plannedUltraLowEnergy: {
      type: 'boolean',
      description: 'The project plans to meet the ultra-low-energy building standard',
      'x-description-zh': '项目拟按照超低能耗建筑标准建设',
    },
    threeStarDeviationAccepted: {
      type: 'boolean',
      description:
        'The reviewing department accepted the reasons for planning below the three stars expected in principle',
      'x-description-zh': '审查部门已认可项目低于“原则上”三星级标准的理由',
    },
    ultraLowEnergyDeviationAccepted: {
      type: 'boolean',
      description:
        'The reviewing department accepted the reasons for not building to the ultra-low-energy standard expected in principle',
      'x-description-zh': '审查部门已认可项目不按“原则上”超低能耗建筑标准建设的理由',
    },
  },
  // D-30-5: the use `industrial` goes with the class `industrial`, and only with it.
  if: { properties: { buildingClass: { const: 'industrial' } } },
  // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a thenable.
  then: { properties: { use: { const: 'industrial' } } },
  else: { properties: { use: { not: { const: 'industrial' } } } },
};

export const RATING_EXAMPLES: readonly RuleExample[] = [
  {
    title: {
      zh: '政府投资新建学校，拟建绿色建筑三星级、超低能耗',
      en: 'New government-invested school planning three stars and ultra-low energy',
    },
    asOf: '2024-06-30' as CalendarDate,
    facts: {
      location: 'etdz_60',
      projectKind: 'new',
      buildingClass: 'civil',
      use: 'school',
      investor: 'government',
      approvalDate: '2024-03-15',
      plannedRating: 'three_star',
      plannedUltraLowEnergy: true,
    },
  },
  {
    title: { zh: '企业新建厂房', en: 'New plant built by an enterprise' },
    asOf: '2024-06-30' as CalendarDate,
    facts: {
      location: 'yizhuang_225',
      projectKind: 'new',
      buildingClass: 'industrial',
      use: 'industrial',
      investor: 'social',
      approvalDate: '2024-05-20',
      plannedRating: 'two_star',
    },
  },
];
