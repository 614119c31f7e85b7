/**
 * @module policies/jingfagai-2023-1309/investment-items
 * Which investment counts as "新能源建设投资" (六(二), with the supplementary facilities of 六(一)).
 *
 * > 纳入本政策的新能源供热建设投资包括:新能源供热系统的取热装置及配套设施,供热设备机房,热泵机组及配套设施,
 * > 供热设备机房至用户建筑间一次管网,与综合能源站同步建设的储能、光伏系统,智能控制监测系统等。
 * > 对与新能源供热项目配套建设的蓄热(冷)系统、太阳能补热等设施给予热源同比例的资金支持。
 *
 * Each item is classified as counted, excluded (with a reason each) or undecided (a fact is
 * missing). The list's closing "等" does not open it: only the items it names count (policy-notes;
 * D-1309-3). Storage and PV of 六(二) count only with a multi-energy station, built with it; the
 * storage and solar facilities of 六(一) only when built with the project (D-1309-4).
 */
import type { Bilingual } from '../../engine/messages.ts';
import type { SchemaNode } from '../../engine/rule.ts';

/** The items 六(二) and 六(一) name. */
export const ELIGIBLE_CATEGORIES = [
  'heat_extraction',
  'plant_room',
  'heat_pump_units',
  'primary_network',
  'station_storage_pv',
  'smart_control',
  'thermal_storage',
  'solar_heat_supplement',
] as const;
/** Investment a project commonly has that the list does not name. */
export const EXCLUDED_CATEGORIES = [
  'secondary_network',
  'conventional_heat_source',
  'main_building',
  'land_and_demolition',
  'other',
] as const;
export type InvestmentCategory = (typeof ELIGIBLE_CATEGORIES)[number] | (typeof EXCLUDED_CATEGORIES)[number];

export const CATEGORY_LABELS: Readonly<Record<InvestmentCategory, Bilingual>> = {
  heat_extraction: {
    zh: '新能源供热系统的取热装置及配套设施',
    en: 'Heat-extraction devices of the new-energy system and their ancillaries',
  },
  plant_room: { zh: '供热设备机房', en: 'Heating plant room' },
  heat_pump_units: { zh: '热泵机组及配套设施', en: 'Heat-pump units and their ancillaries' },
  primary_network: {
    zh: '供热设备机房至用户建筑间一次管网',
    en: 'Primary network from the plant room to the user buildings',
  },
  station_storage_pv: {
    zh: '与综合能源站同步建设的储能、光伏系统',
    en: 'Storage and PV built together with a multi-energy station',
  },
  smart_control: { zh: '智能控制监测系统', en: 'Smart control and monitoring system' },
  thermal_storage: { zh: '配套建设的蓄热（冷）系统', en: 'Heat (cold) storage built with the project' },
  solar_heat_supplement: {
    zh: '配套建设的太阳能补热设施',
    en: 'Solar supplementary heat built with the project',
  },
  secondary_network: {
    zh: '二次管网及用户建筑内系统',
    en: 'Secondary network and systems inside user buildings',
  },
  conventional_heat_source: {
    zh: '燃气锅炉等常规能源热源',
    en: 'Gas boilers and other conventional heat sources',
  },
  main_building: { zh: '主体建筑及其他非供热工程', en: 'Main building and other non-heating works' },
  land_and_demolition: { zh: '土地、征地拆迁费用', en: 'Land, acquisition and demolition' },
  other: { zh: '其他（未列入支持范围的投资）', en: 'Other investment not in the list' },
};

/** One investment item of the project. */
export interface InvestmentItem {
  readonly id: string;
  readonly category: InvestmentCategory;
  /** Yuan, at most two decimals. */
  readonly amount: string;
  /** Built together with the new-energy heating project (配套/同步建设); needed for storage and solar. */
  readonly builtWithProject?: boolean;
  readonly description?: string;
}

/** Schema of one investment item. */
export const INVESTMENT_ITEM_SCHEMA: SchemaNode = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'category', 'amount'],
  properties: {
    id: {
      type: 'string',
      minLength: 1,
      maxLength: 64,
      description: 'Identifier of the investment item',
      'x-description-zh': '投资项编号',
    },
    category: {
      type: 'string',
      enum: [...ELIGIBLE_CATEGORIES, ...EXCLUDED_CATEGORIES],
      'x-enum-labels': CATEGORY_LABELS,
      description: 'What the investment is for',
      'x-description-zh': '投资内容类别',
    },
    amount: {
      type: 'string',
      pattern: '^\\d+(\\.\\d{1,2})?$',
      'x-unit': '元',
      description: 'Construction investment, yuan',
      'x-description-zh': '建设投资（元）',
    },
    builtWithProject: {
      type: 'boolean',
      description:
        'Built together with the new-energy heating project (needed for storage, PV and solar facilities)',
      'x-description-zh': '与新能源供热项目配套（同步）建设（蓄热、储能、光伏和太阳能补热设施须填报）',
    },
    description: {
      type: 'string',
      maxLength: 500,
      description: 'Free description of the item',
      'x-description-zh': '投资项说明',
    },
  },
};

/**
 * How one item is treated: `counted` (true, false, or null when a fact is missing) and the step
 * code that explains why (`j1309.support.item.*`).
 */
export interface ItemClass {
  readonly counted: boolean | null;
  readonly code: string;
}

const P = 'j1309.support.item';

/** Classifies an item; `multiEnergyStation` is whether the project is a multi-energy station. */
export function classifyItem(item: InvestmentItem, multiEnergyStation: boolean): ItemClass {
  const builtWith = (ok: string): ItemClass =>
    item.builtWithProject === true
      ? { counted: true, code: `${P}.${ok}` }
      : item.builtWithProject === false
        ? { counted: false, code: `${P}.excluded.not_built_with_project` }
        : { counted: null, code: `${P}.undecided.built_with_project` };
  switch (item.category) {
    case 'heat_extraction':
    case 'plant_room':
    case 'heat_pump_units':
    case 'primary_network':
    case 'smart_control':
      return { counted: true, code: `${P}.included` };
    case 'station_storage_pv':
      if (!multiEnergyStation) return { counted: false, code: `${P}.excluded.not_station` };
      return builtWith('included');
    case 'thermal_storage':
    case 'solar_heat_supplement':
      return builtWith('included_supplementary');
    case 'secondary_network':
      return { counted: false, code: `${P}.excluded.secondary_network` };
    case 'conventional_heat_source':
      return { counted: false, code: `${P}.excluded.conventional` };
    case 'main_building':
      return { counted: false, code: `${P}.excluded.main_building` };
    case 'land_and_demolition':
      return { counted: false, code: `${P}.excluded.land` };
    case 'other':
      return { counted: false, code: `${P}.excluded.not_listed` };
  }
}

/** Wording of every item code (`{id}`, `{category}`/`{categoryEn}`, `{amount}` are filled in). */
export const ITEM_MESSAGES = {
  [`${P}.included`]: {
    zh: '投资项 {id}（{category}）{amount} 元：属于支持范围内的新能源供热建设投资，计入',
    en: 'Item {id} ({categoryEn}) {amount} yuan: a listed new-energy construction investment, counted',
  },
  [`${P}.included_supplementary`]: {
    zh: '投资项 {id}（{category}）{amount} 元：与项目配套建设的蓄热（冷）、太阳能补热设施，按热源同比例计入',
    en: 'Item {id} ({categoryEn}) {amount} yuan: storage or solar facility built with the project, counted at the heat source’s ratio',
  },
  [`${P}.excluded.not_station`]: {
    zh: '投资项 {id}（{category}）{amount} 元：储能、光伏系统仅在与综合能源站同步建设时计入，本项目不是多能耦合综合能源站，不计入',
    en: 'Item {id} ({categoryEn}) {amount} yuan: storage and PV count only with a multi-energy station; this project is not one, excluded',
  },
  [`${P}.excluded.not_built_with_project`]: {
    zh: '投资项 {id}（{category}）{amount} 元：未与新能源供热项目配套（同步）建设，不计入',
    en: 'Item {id} ({categoryEn}) {amount} yuan: not built together with the new-energy heating project, excluded',
  },
  [`${P}.undecided.built_with_project`]: {
    zh: '投资项 {id}（{category}）{amount} 元：未填报是否与项目配套（同步）建设，暂按计入，需人工核实',
    en: 'Item {id} ({categoryEn}) {amount} yuan: not stated whether built with the project; provisionally counted, to be verified',
  },
  [`${P}.excluded.secondary_network`]: {
    zh: '投资项 {id}（{category}）{amount} 元：支持范围只含机房至用户建筑间一次管网，二次管网及户内系统不计入',
    en: 'Item {id} ({categoryEn}) {amount} yuan: only the primary network to the user buildings counts; secondary and in-building systems are excluded',
  },
  [`${P}.excluded.conventional`]: {
    zh: '投资项 {id}（{category}）{amount} 元：常规能源热源不属于新能源供热建设投资，不计入',
    en: 'Item {id} ({categoryEn}) {amount} yuan: conventional heat sources are not new-energy construction investment, excluded',
  },
  [`${P}.excluded.main_building`]: {
    zh: '投资项 {id}（{category}）{amount} 元：主体建筑及其他非供热工程不属于新能源供热建设投资，不计入',
    en: 'Item {id} ({categoryEn}) {amount} yuan: the main building and other non-heating works are not new-energy construction investment, excluded',
  },
  [`${P}.excluded.land`]: {
    zh: '投资项 {id}（{category}）{amount} 元：土地及征地拆迁费用不在支持范围所列投资之内，不计入',
    en: 'Item {id} ({categoryEn}) {amount} yuan: land, acquisition and demolition are not among the listed investments, excluded',
  },
  [`${P}.excluded.not_listed`]: {
    zh: '投资项 {id}（{category}）{amount} 元：不在六（二）所列新能源供热建设投资之内，不计入',
    en: 'Item {id} ({categoryEn}) {amount} yuan: not among the investments listed in 六(二), excluded',
  },
} as const;
