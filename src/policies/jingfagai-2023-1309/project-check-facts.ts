/**
 * @module policies/jingfagai-2023-1309/project-check-facts
 * The facts of a heating design checked against 一(三), 三 and 五(二): its kind, its heat sources
 * (with the units of centralised air-source heat pumps) and, per technology, the findings its
 * design documents and feasibility studies report. A technology's block is needed only when the
 * design uses that technology; a missing block leaves its conditions undecided (D-1309-18).
 */
import type { Bilingual } from '../../engine/messages.ts';
import type { CalendarDate } from '../../engine/period.ts';
import type { FactsSchema, RuleExample, SchemaNode } from '../../engine/rule.ts';
import { DECIMAL, type HeatSource, heatSourceSchema } from './technologies.ts';

/** One unit of a centralised air-source heat pump system. */
export interface AirSourceUnit {
  readonly id: string;
  readonly capacityKw: number | string;
  readonly cop: number | string;
  readonly variableFrequency: boolean;
  readonly lowNoise: boolean;
}
/** A heat source of the design; centralised air-source heat pumps list their units. */
export interface CheckHeatSource extends HeatSource {
  readonly units?: readonly AirSourceUnit[];
}
export type CheckProjectKind = 'new' | 'expansion' | 'rebuild';

export interface ProjectCheckFacts {
  readonly projectKind: CheckProjectKind;
  readonly heatSources: readonly CheckHeatSource[];
  readonly renewableHeatingInfeasible?: boolean;
  readonly shallowGroundSource?: {
    readonly spaceConditionsMet: boolean;
    readonly heatingCoolingBalanceMet: boolean;
  };
  readonly airSourceStudy?: {
    readonly shallowGroundSourceInfeasible: boolean;
    readonly reclaimedOrSewageSourceInfeasible: boolean;
    readonly townBuildingsConcentratedDemand: boolean;
  };
  readonly deepGeothermal?: {
    readonly extractionM3PerDay: number | string;
    readonly reinjectionM3PerDay: number | string;
    readonly waterAbstractionRulesMet: boolean;
  };
  readonly reclaimedWaterReturn?: {
    readonly intakeM3PerH: number | string;
    readonly returnM3PerH: number | string;
    readonly qualityNotReduced: boolean;
    readonly returnPressureMatchesPipe: boolean;
    readonly externalSupplyUnaffected: boolean;
  };
  readonly sewageReturn?: {
    readonly qualityMeetsSewerStandard: boolean;
    readonly networkPressureStable: boolean;
  };
}

export const CHECK_KIND_LABELS: Readonly<Record<CheckProjectKind, Bilingual>> = {
  new: { zh: '新建供热项目', en: 'New heating project' },
  expansion: { zh: '扩建供热项目', en: 'Expansion of a heating project' },
  rebuild: { zh: '改建（改造）供热项目', en: 'Rebuild (retrofit) of a heating project' },
};

const bool = (en: string, zh: string): SchemaNode => ({
  type: 'boolean',
  description: en,
  'x-description-zh': zh,
});
const dec = (en: string, zh: string, unit: string): SchemaNode => ({
  ...DECIMAL,
  description: en,
  'x-description-zh': zh,
  'x-unit': unit,
});
/** An object node whose properties are all required. */
const block = (en: string, zh: string, properties: Readonly<Record<string, SchemaNode>>): SchemaNode => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
  description: en,
  'x-description-zh': zh,
});

const UNIT_SCHEMA: SchemaNode = block('One heat-pump unit', '单台热泵机组', {
  id: {
    type: 'string',
    minLength: 1,
    maxLength: 64,
    description: 'Unit identifier',
    'x-description-zh': '机组编号',
  },
  capacityKw: dec('Single-unit installed heating capacity, kW', '单机供热装机容量（kW）', 'kW'),
  cop: dec('Rated COP under the design heating conditions', '设计工况下的额定性能系数（COP）', ''),
  variableFrequency: bool('The unit is variable-frequency', '机组可变频'),
  lowNoise: bool('The unit meets the low-noise requirements of the design', '机组满足设计的低噪音要求'),
});

export const CHECK_FACTS_SCHEMA: FactsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['projectKind', 'heatSources'],
  properties: {
    projectKind: {
      type: 'string',
      enum: ['new', 'expansion', 'rebuild'],
      'x-enum-labels': CHECK_KIND_LABELS,
      description: 'Kind of heating project; for an expansion, the heat sources are those the expansion adds',
      'x-description-zh': '供热项目类别；扩建项目填报扩建部分的热源',
    },
    heatSources: {
      type: 'array',
      minItems: 1,
      items: heatSourceSchema({
        units: {
          type: 'array',
          minItems: 1,
          items: UNIT_SCHEMA,
          description: 'Centralised air-source heat pumps: every unit',
          'x-description-zh': '集中式空气源热泵：全部机组',
        },
      }),
      description:
        'Every heat source of the design, new-energy and conventional, with its installed capacity',
      'x-description-zh': '设计方案的全部热源（新能源和常规能源）及其供热装机容量',
    },
    renewableHeatingInfeasible: bool(
      'A study shows that renewable heating is not feasible at the site',
      '经论证不具备可再生能源供热条件',
    ),
    shallowGroundSource: block('Shallow ground-source heat pumps', '浅层地源热泵', {
      spaceConditionsMet: bool('The site meets the spatial conditions for the boreholes', '满足空间实施条件'),
      heatingCoolingBalanceMet: bool('The ground’s heating and cooling loads balance', '满足冷热平衡要求'),
    }),
    airSourceStudy: block(
      'Centralised air-source heat pumps: the feasibility study',
      '集中式空气源热泵论证',
      {
        shallowGroundSourceInfeasible: bool(
          'Shown that shallow ground-source heat pumps cannot be built',
          '经论证不具备浅层地源热泵建设条件',
        ),
        reclaimedOrSewageSourceInfeasible: bool(
          'Shown that reclaimed-water or sewage-source heat pumps cannot be built',
          '经论证不具备再生水（污水）源热泵建设条件',
        ),
        townBuildingsConcentratedDemand: bool(
          'Serves town buildings in an area of relatively concentrated heating demand',
          '服务城镇建筑，位于供热需求相对集中的区域',
        ),
      },
    ),
    deepGeothermal: block('Medium-deep hydrothermal geothermal', '中深层水热型地热', {
      extractionM3PerDay: dec(
        'Design geothermal water extraction, m³/day',
        '设计地热水开采量（m³/日）',
        'm³/日',
      ),
      reinjectionM3PerDay: dec('Design reinjection, m³/day', '设计回灌量（m³/日）', 'm³/日'),
      waterAbstractionRulesMet: bool(
        'Meets the rules of the prohibited and restricted water-abstraction zones',
        '满足本市禁止和限制取水范围管理要求',
      ),
    }),
    reclaimedWaterReturn: block('Reclaimed-water-source heat pumps: the return water', '再生水源热泵回流水', {
      intakeM3PerH: dec('Design intake, m³/h', '设计取水量（m³/h）', 'm³/h'),
      returnM3PerH: dec('Design return, m³/h', '设计回流水量（m³/h）', 'm³/h'),
      qualityNotReduced: bool('Return-water quality is not reduced', '回流水水质不降低'),
      returnPressureMatchesPipe: bool(
        'Return pressure equals the original pipe pressure',
        '回流水压与原管道压力一致',
      ),
      externalSupplyUnaffected: bool('External supply of reclaimed water is unaffected', '不影响再生水外供'),
    }),
    sewageReturn: block('Sewage-source heat pumps: the return water', '污水源热泵回流水', {
      qualityMeetsSewerStandard: bool(
        'Return-water quality meets the standard for discharge to the sewer',
        '回流水水质符合纳管标准',
      ),
      networkPressureStable: bool(
        'The sewer network keeps a stable operating pressure',
        '原管网运行压力稳定',
      ),
    }),
  },
};

export const CHECK_EXAMPLES: readonly RuleExample[] = [
  {
    title: {
      zh: '新建住宅区：再生水源热泵4,000 kW + 燃气调峰锅炉1,400 kW',
      en: 'New residential district: reclaimed-water heat pumps 4,000 kW + gas peak boiler 1,400 kW',
    },
    asOf: '2024-06-30' as CalendarDate,
    facts: {
      projectKind: 'new',
      heatSources: [
        { id: 'RW-1', technology: 'reclaimed_water_source', capacityKw: '4000' },
        { id: 'GB-1', technology: 'gas_boiler', capacityKw: '1400' },
      ],
      reclaimedWaterReturn: {
        intakeM3PerH: '800',
        returnM3PerH: '800',
        qualityNotReduced: true,
        returnPressureMatchesPipe: true,
        externalSupplyUnaffected: true,
      },
    },
  },
  {
    title: {
      zh: '新建办公楼：集中式空气源热泵2台×350 kW，COP 2.6',
      en: 'New office building: centralised air-source heat pumps, 2 × 350 kW, COP 2.6',
    },
    asOf: '2024-06-30' as CalendarDate,
    facts: {
      projectKind: 'new',
      heatSources: [
        {
          id: 'ASHP',
          technology: 'central_air_source',
          capacityKw: '700',
          units: [1, 2].map((n) => ({
            id: `U${n}`,
            capacityKw: '350',
            cop: '2.6',
            variableFrequency: true,
            lowNoise: true,
          })),
        },
      ],
      airSourceStudy: {
        shallowGroundSourceInfeasible: true,
        reclaimedOrSewageSourceInfeasible: true,
        townBuildingsConcentratedDemand: true,
      },
    },
  },
];
