/**
 * @module policies/jingfagai-2023-1309/technologies
 * Heat sources and the installed new-energy share ("新能源供热装机占比") of a project: capacity of
 * new-energy heat sources ÷ capacity of all heat sources, exact.
 *
 * Two readings of "new energy" (D-1309-1, D-1309-10): the support of 六 counts the technologies
 * 六(二) lists ("纳入本政策的新能源供热技术类型") plus solar supplementary heat (六(一)); the design
 * principle of 一(三) counts every new-energy source, including water-source heat pumps (which
 * 六(二) excludes: "浅层地源热泵(不含水源热泵)") and new-energy sources the list does not name.
 */
import type { Bilingual } from '../../engine/messages.ts';
import { add, cmp, div, parseRational, type Rational, ZERO } from '../../engine/rational.ts';
import type { SchemaNode } from '../../engine/rule.ts';

/** The technologies of 六(二), in its order (the multi-energy station is a project fact, not a source). */
export const LISTED_TECHNOLOGIES = [
  'shallow_ground_source',
  'deep_hydrothermal',
  'deep_borehole_exchange',
  'reclaimed_water_source',
  'sewage_source',
  'biomass',
  'waste_heat',
  'green_power_heat_storage',
  'green_hydrogen',
  'central_air_source',
] as const;
/** New-energy sources outside the list of 六(二). */
export const OTHER_NEW_ENERGY = ['solar_thermal', 'water_source', 'other_new_energy'] as const;
/** Gas-fired sources (一(三) stand-alone gas heating). */
export const GAS_TECHNOLOGIES = ['gas_boiler', 'household_gas_wall_hung'] as const;
/** Other conventional sources. */
export const CONVENTIONAL = ['municipal_network', 'electric_boiler', 'other_conventional'] as const;

export type Technology =
  | (typeof LISTED_TECHNOLOGIES)[number]
  | (typeof OTHER_NEW_ENERGY)[number]
  | (typeof GAS_TECHNOLOGIES)[number]
  | (typeof CONVENTIONAL)[number];

export const TECHNOLOGIES: readonly Technology[] = [
  ...LISTED_TECHNOLOGIES,
  ...OTHER_NEW_ENERGY,
  ...GAS_TECHNOLOGIES,
  ...CONVENTIONAL,
];

/** Labels of every technology, as the text names them where it does. */
export const TECHNOLOGY_LABELS: Readonly<Record<Technology, Bilingual>> = {
  shallow_ground_source: { zh: '浅层地源热泵（不含水源热泵）', en: 'Shallow ground-source heat pump' },
  deep_hydrothermal: { zh: '中深层水热型地热', en: 'Medium-deep hydrothermal geothermal' },
  deep_borehole_exchange: { zh: '中深层井下换热型地热', en: 'Medium-deep downhole heat exchange' },
  reclaimed_water_source: { zh: '再生水源热泵', en: 'Reclaimed-water-source heat pump' },
  sewage_source: { zh: '污水源热泵', en: 'Sewage-source heat pump' },
  biomass: { zh: '生物质供热', en: 'Biomass heating' },
  waste_heat: { zh: '城市和工业余热利用', en: 'Urban and industrial waste heat' },
  green_power_heat_storage: { zh: '绿电蓄热', en: 'Green-electricity heat storage' },
  green_hydrogen: { zh: '绿氢供热', en: 'Green-hydrogen heating' },
  central_air_source: { zh: '集中式空气源热泵', en: 'Centralised air-source heat pump' },
  solar_thermal: { zh: '太阳能补热', en: 'Solar supplementary heat' },
  water_source: { zh: '水源热泵（地下水）', en: 'Water-source (groundwater) heat pump' },
  other_new_energy: {
    zh: '其他新能源热源（如户用空气源热泵）',
    en: 'Other new-energy source (e.g. household air-source heat pumps)',
  },
  gas_boiler: { zh: '燃气锅炉', en: 'Gas-fired boiler' },
  household_gas_wall_hung: {
    zh: '居民自行安装燃气壁挂炉',
    en: 'Household wall-hung gas boilers installed by residents',
  },
  municipal_network: { zh: '城市供热大网', en: 'Municipal heating network' },
  electric_boiler: { zh: '电锅炉（非绿电蓄热）', en: 'Electric boiler (not green-electricity storage)' },
  other_conventional: { zh: '其他常规能源热源', en: 'Other conventional source' },
};

/** A heat source of a project and its installed heating capacity. */
export interface HeatSource {
  readonly id: string;
  readonly technology: Technology;
  readonly capacityKw: number | string;
}

/** Exact decimals: a JSON number or a decimal string, never converted through floats. */
export const DECIMAL: SchemaNode = { type: ['number', 'string'], pattern: '^\\d+(\\.\\d+)?$', minimum: 0 };

/** The schema of one heat source; `extra` adds properties (project-check adds air-source units). */
export function heatSourceSchema(extra: Readonly<Record<string, SchemaNode>> = {}): SchemaNode {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'technology', 'capacityKw'],
    properties: {
      id: {
        type: 'string',
        minLength: 1,
        maxLength: 64,
        description: 'Identifier of the heat source within the project',
        'x-description-zh': '热源编号',
      },
      technology: {
        type: 'string',
        enum: [...TECHNOLOGIES],
        'x-enum-labels': TECHNOLOGY_LABELS,
        description: 'Technology of the heat source',
        'x-description-zh': '热源技术类型',
      },
      capacityKw: {
        ...DECIMAL,
        description: 'Installed heating capacity, kW',
        'x-description-zh': '供热装机容量（kW）',
        'x-unit': 'kW',
      },
      ...extra,
    },
  };
}

/** True for the technologies 六(二) lists. */
export function isListed(t: Technology): boolean {
  return (LISTED_TECHNOLOGIES as readonly string[]).includes(t);
}
/** New energy as the support of 六 counts it: the listed technologies and solar supplementary heat (D-1309-1). */
export function isSupportedNewEnergy(t: Technology): boolean {
  return isListed(t) || t === 'solar_thermal';
}
/** New energy as the design principle of 一(三) counts it: every new-energy source (D-1309-10). */
export function isNewEnergy(t: Technology): boolean {
  return isListed(t) || (OTHER_NEW_ENERGY as readonly string[]).includes(t);
}
/** Gas-fired sources. */
export function isGas(t: Technology): boolean {
  return (GAS_TECHNOLOGIES as readonly string[]).includes(t);
}

/** The installed share: new-energy capacity, total capacity, and their exact ratio. */
export interface InstalledShare {
  readonly newEnergyKw: Rational;
  readonly totalKw: Rational;
  /** `null` when the total is zero. */
  readonly share: Rational | null;
}

/** Sums the capacities and divides exactly; `counts` says which sources are new energy. */
export function installedShare(
  sources: readonly HeatSource[],
  counts: (t: Technology) => boolean,
  field = 'facts.heatSources',
): InstalledShare {
  let newEnergyKw = ZERO;
  let totalKw = ZERO;
  sources.forEach((s, i) => {
    const kw = parseRational(s.capacityKw, `${field}.${i}.capacityKw`);
    totalKw = add(totalKw, kw);
    if (counts(s.technology)) newEnergyKw = add(newEnergyKw, kw);
  });
  return { newEnergyKw, totalKw, share: cmp(totalKw, ZERO) > 0 ? div(newEnergyKw, totalKw) : null };
}

/** Ids that occur more than once. */
export function duplicateIds(items: readonly { readonly id: string }[]): string[] {
  const ids = items.map((x) => x.id);
  return [...new Set(ids.filter((v, i) => ids.indexOf(v) !== i))];
}
