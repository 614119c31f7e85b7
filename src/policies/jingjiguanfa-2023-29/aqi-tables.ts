/**
 * @module policies/jingjiguanfa-2023-29/aqi-tables
 * The numbers and words of the two editions of the AQI technical regulation, as data: HJ 633-2012
 * (Tables 1, 2 and A.1; in force for data dated before 2026-03-01) and HJ 633-2026 (Tables 1, 2,
 * 3 and A.1; from 2026-03-01, 前言: "自本标准实施之日起，HJ 633—2012 废止"). Every number was
 * read off the published text (`standards/hj633-2012.txt`) or the page images
 * (`standards/hj633-2026-pages/`); each column names its table and page. The logic that reads
 * them is in `aqi.ts`.
 */
import type { Bilingual, MessageCatalog } from '../../engine/messages.ts';
import type { CalendarDate } from '../../engine/period.ts';

/** The two editions. The data's date chooses one ({@link AQI_EDITIONS}). */
export type AqiStandard = 'HJ 633-2012' | 'HJ 633-2026';

/** The daily report (日报) or the real-time, hourly report (实时报). */
export type AqiMode = 'daily' | 'hourly';

/** Every input key `computeAqi` knows, in report order. Concentrations in µg/m³; CO in mg/m³. */
export const AQI_INDICATORS = [
  'so2_24h',
  'so2_1h',
  'no2_24h',
  'no2_1h',
  'co_24h',
  'co_1h',
  'o3_1h',
  'o3_8h',
  'pm10_24h',
  'pm10_1h',
  'pm25_24h',
  'pm25_1h',
] as const;

/** An input key: pollutant and averaging time. */
export type AqiIndicator = (typeof AQI_INDICATORS)[number];

/** A concentration column of the breakpoint table (the tables have no 1-hour PM columns). */
export type AqiColumn = Exclude<AqiIndicator, 'pm10_1h' | 'pm25_1h'>;

/** The IAQI of each row of the breakpoint table (2012 Table 1, 2026 Table 3). */
export const IAQI_STEPS: readonly number[] = [0, 50, 100, 150, 200, 300, 400, 500];

/** Where a number was read: the edition, its table, the printed page, and for 2026 the page image. */
export interface TableSource {
  readonly standard: AqiStandard;
  readonly table: string;
  /** The page number printed on the page. */
  readonly page: number;
  /** The file in `standards/hj633-2026-pages/` (2026 only; 2012 is text). */
  readonly image?: string;
}

/** What the standard says for a concentration above a column's last number (a footnote). */
export type AboveTop =
  | { readonly kind: 'use_indicator'; readonly indicator: AqiIndicator; readonly footnote: string }
  | { readonly kind: 'fixed_iaqi'; readonly iaqi: number; readonly footnote: string };

/** One column of the breakpoint table. */
export interface BreakpointColumn {
  readonly column: AqiColumn;
  readonly unit: 'µg/m³' | 'mg/m³';
  /**
   * The concentration limit (exact decimal text) for each IAQI of {@link IAQI_STEPS}, in order;
   * the column ends where the table prints a footnote mark instead of a number.
   */
  readonly limits: readonly string[];
  /** Set when a footnote says what happens above the last limit; otherwise such a value is rejected. */
  readonly aboveTop?: AboveTop;
  readonly source: TableSource;
}

/** One AQI level (级别) with its category, colour, health effects and advice. */
export interface AqiLevelInfo {
  readonly level: 1 | 2 | 3 | 4 | 5 | 6;
  /** The AQI range as printed, e.g. `0～50` (2012) or `1～50` (2026). */
  readonly range: string;
  /** The highest AQI of the level; absent for 六级 (> 300). */
  readonly maxAqi?: number;
  readonly category: Bilingual;
  readonly color: { readonly name: Bilingual; readonly rgb: readonly [number, number, number] };
  readonly healthEffects: Bilingual;
  readonly advice: Bilingual;
}

/** Which inputs a report uses. */
export interface AqiReport {
  /** The clause that lists the report's indicators, e.g. `§5.1.2`. */
  readonly clause: string;
  /** The indicators that get an IAQI. */
  readonly indicators: readonly AqiIndicator[];
  /** Inputs accepted only to stand in for another indicator above its limit (a footnote's). */
  readonly fallbacks: readonly AqiIndicator[];
  /** The breakpoint column of an indicator when it is not the indicator's own. */
  readonly columnOf: Partial<Record<AqiIndicator, AqiColumn>>;
  /** Why particular keys are refused in this report (beyond "not one of its indicators"). */
  readonly refusals: Partial<Record<AqiIndicator, Bilingual>>;
}

/** One edition of HJ 633 as data. */
export interface AqiEdition {
  readonly standard: AqiStandard;
  /**
   * The edition's 实施 date and the last day of data it governs (inclusive). Informational for 2012:
   * `standardFor` answers HJ 633-2012 for every date before 2026-03-01 (the plan names it).
   */
  readonly from: CalendarDate;
  readonly to?: CalendarDate;
  readonly columns: Readonly<Record<AqiColumn, BreakpointColumn>>;
  readonly reports: Readonly<Record<AqiMode, AqiReport>>;
  /** GB/T 8170 rounding of inputs, decimals per unit (2026 §4.2.2); null when the edition sets none. */
  readonly inputRounding: Readonly<Record<'µg/m³' | 'mg/m³', number>> | null;
  /** The lowest AQI the edition defines (2012 Table 2: 0～50; 2026 §4.1.1: "范围为 1～500"). */
  readonly aqiMin: 0 | 1;
  /** 超标污染物 (IAQI > 100): defined by 2012 §3.4 and §4.4.2, deleted in 2026. */
  readonly reportsExceeding: boolean;
  readonly levels: readonly AqiLevelInfo[];
  /** 2026 Table 2: sensitive groups per pollutant whose IAQI exceeds 100. */
  readonly sensitiveGroups?: readonly {
    readonly pollutants: readonly string[];
    readonly groups: Bilingual;
  }[];
  /** Section references, for `standardRef`. */
  readonly refs: { readonly common: string; readonly daily: string; readonly hourly: string };
}

const T1_2012: TableSource = { standard: 'HJ 633-2012', table: '表1', page: 2 };
const T3_2026: TableSource = { standard: 'HJ 633-2026', table: '表3', page: 3, image: 'page-6.png' };

type Limits = Record<AqiColumn, readonly string[]>;

// HJ 633-2012 表1 空气质量分指数及对应的污染物项目浓度限值, rows IAQI 0 … 500 (p. 2).
const LIMITS_2012: Limits = {
  so2_24h: ['0', '50', '150', '475', '800', '1600', '2100', '2620'],
  so2_1h: ['0', '150', '500', '650', '800'], // rows 300–500: footnote (2)
  no2_24h: ['0', '40', '80', '180', '280', '565', '750', '940'],
  no2_1h: ['0', '100', '200', '700', '1200', '2340', '3090', '3840'],
  co_24h: ['0', '2', '4', '14', '24', '36', '48', '60'],
  co_1h: ['0', '5', '10', '35', '60', '90', '120', '150'],
  o3_1h: ['0', '160', '200', '300', '400', '800', '1000', '1200'],
  o3_8h: ['0', '100', '160', '215', '265', '800'], // rows 400–500: footnote (3)
  pm10_24h: ['0', '50', '150', '250', '350', '420', '500', '600'],
  pm25_24h: ['0', '35', '75', '115', '150', '250', '350', '500'],
};

// HJ 633-2026 表3 空气质量分指数及对应的污染物项目浓度限值 (p. 3, page-6.png): the 2012 numbers
// except the IAQI-100 row of PM10 (150 → 120) and PM2.5 (75 → 60).
const LIMITS_2026: Limits = {
  ...LIMITS_2012,
  pm10_24h: ['0', '50', '120', '250', '350', '420', '500', '600'],
  pm25_24h: ['0', '35', '60', '115', '150', '250', '350', '500'],
};

const MG: ReadonlySet<AqiColumn> = new Set(['co_24h', 'co_1h']);

function columns(
  limits: Limits,
  source: TableSource,
  aboveTop: Partial<Record<AqiColumn, AboveTop>>,
): Record<AqiColumn, BreakpointColumn> {
  const out = {} as Record<AqiColumn, BreakpointColumn>;
  for (const column of Object.keys(limits) as AqiColumn[]) {
    const above = aboveTop[column];
    out[column] = {
      column,
      unit: MG.has(column) ? 'mg/m³' : 'µg/m³',
      limits: limits[column],
      ...(above === undefined ? {} : { aboveTop: above }),
      source,
    };
  }
  return out;
}

const c = (zh: string, en: string): Bilingual => ({ zh, en });

// HJ 633-2012 表2 and HJ 633-2026 表1 share categories and colours; RGB from 表A.1 of both
// editions (附录A, p. 6; identical in 2012 and 2026).
const CATEGORY: readonly Pick<AqiLevelInfo, 'category' | 'color'>[] = [
  { category: c('优', 'Excellent'), color: { name: c('绿色', 'Green'), rgb: [0, 228, 0] } },
  { category: c('良', 'Good'), color: { name: c('黄色', 'Yellow'), rgb: [255, 255, 0] } },
  { category: c('轻度污染', 'Lightly polluted'), color: { name: c('橙色', 'Orange'), rgb: [255, 126, 0] } },
  { category: c('中度污染', 'Moderately polluted'), color: { name: c('红色', 'Red'), rgb: [255, 0, 0] } },
  { category: c('重度污染', 'Heavily polluted'), color: { name: c('紫色', 'Purple'), rgb: [153, 0, 76] } },
  { category: c('严重污染', 'Severely polluted'), color: { name: c('褐红色', 'Maroon'), rgb: [126, 0, 35] } },
];
const RANGES = ['～50', '51～100', '101～150', '151～200', '201～300', '＞300'] as const;
const MAX_AQI = [50, 100, 150, 200, 300] as const;

type Words = readonly (readonly [health: Bilingual, advice: Bilingual])[];

function levels(words: Words, min: 0 | 1): AqiLevelInfo[] {
  return words.map(([healthEffects, advice], i) => {
    const max = MAX_AQI[i];
    return {
      level: (i + 1) as AqiLevelInfo['level'],
      range: i === 0 ? `${min}${RANGES[0]}` : RANGES[i]!,
      ...(max === undefined ? {} : { maxAqi: max }),
      ...CATEGORY[i]!,
      healthEffects,
      advice,
    };
  });
}

const L1: readonly [Bilingual, Bilingual] = [
  c('空气质量令人满意，基本无空气污染', 'Air quality is satisfactory, with basically no air pollution.'),
  c('各类人群可正常活动', 'Everyone can carry on normal activities.'),
];
const L2: readonly [Bilingual, Bilingual] = [
  c(
    '空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响',
    'Air quality is acceptable, but some pollutants may have a weak effect on the health of a very small number of unusually sensitive people.',
  ),
  c(
    '极少数异常敏感人群应减少户外活动',
    'The very few unusually sensitive people should reduce outdoor activity.',
  ),
];
const L6_HEALTH = c(
  '健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病',
  'Healthy people’s exercise tolerance is reduced, with marked and strong symptoms; some diseases appear early.',
);

// HJ 633-2012 表2 空气质量指数及相关信息 (p. 3), verbatim (including its "锻练").
const WORDS_2012: Words = [
  L1,
  L2,
  [
    c(
      '易感人群症状有轻度加剧，健康人群出现刺激症状',
      'Symptoms of susceptible people are mildly aggravated; healthy people show symptoms of irritation.',
    ),
    c(
      '儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼',
      'Children, the elderly and people with heart or respiratory disease should reduce prolonged or strenuous outdoor exercise.',
    ),
  ],
  [
    c(
      '进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响',
      'Symptoms of susceptible people are further aggravated; the heart and respiratory system of healthy people may be affected.',
    ),
    c(
      '儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻练，一般人群适量减少户外运动',
      'Children, the elderly and people with heart or respiratory disease should avoid prolonged or strenuous outdoor exercise; everyone else should moderately reduce outdoor exercise.',
    ),
  ],
  [
    c(
      '心脏病和肺病患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状',
      'Symptoms of people with heart or lung disease are markedly aggravated and their exercise tolerance is reduced; healthy people commonly show symptoms.',
    ),
    c(
      '儿童、老年人和心脏病、肺病患者应停留在室内，停止户外运动，一般人群减少户外运动',
      'Children, the elderly and people with heart or lung disease should stay indoors and stop outdoor exercise; everyone else should reduce outdoor exercise.',
    ),
  ],
  [
    L6_HEALTH,
    c(
      '儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动',
      'Children, the elderly and the sick should stay indoors and avoid physical exertion; everyone else should avoid outdoor activity.',
    ),
  ],
];

// HJ 633-2026 表1 空气质量指数及相关信息 (p. 2, page-5.png), verbatim.
const WORDS_2026: Words = [
  L1,
  L2,
  [
    c(
      '敏感人群症状有轻度加剧，健康人群出现刺激症状',
      'Symptoms of sensitive people are mildly aggravated; healthy people show symptoms of irritation.',
    ),
    c(
      '青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼',
      'Children and adolescents, the elderly and people with cardiovascular or respiratory disease should reduce prolonged or strenuous outdoor exercise.',
    ),
  ],
  [
    c(
      '进一步加剧敏感人群症状，可能对健康人群心血管系统、呼吸系统有影响',
      'Symptoms of sensitive people are further aggravated; the cardiovascular and respiratory systems of healthy people may be affected.',
    ),
    c(
      '青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者避免长时间、高强度的户外锻炼，一般人群适量减少户外运动',
      'Children and adolescents, the elderly and people with cardiovascular or respiratory disease should avoid prolonged or strenuous outdoor exercise; everyone else should moderately reduce outdoor exercise.',
    ),
  ],
  [
    c(
      '心血管系统和呼吸系统患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状',
      'Symptoms of people with cardiovascular or respiratory disease are markedly aggravated and their exercise tolerance is reduced; healthy people commonly show symptoms.',
    ),
    c(
      '青少年儿童、老年人和心血管系统疾病、呼吸系统疾病患者应停留在室内，停止户外运动，一般人群减少户外运动',
      'Children and adolescents, the elderly and people with cardiovascular or respiratory disease should stay indoors and stop outdoor exercise; everyone else should reduce outdoor exercise.',
    ),
  ],
  [
    L6_HEALTH,
    c(
      '青少年儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动',
      'Children and adolescents, the elderly and the sick should stay indoors and avoid physical exertion; everyone else should avoid outdoor activity.',
    ),
  ],
];

const PM_1H_2012 = (pm: string, key: string): Bilingual =>
  c(
    `不适用：HJ 633-2012 未规定${pm} 1小时平均的分指数，实时报中${pm}分指数按24小时滑动平均计算（第5.1.3条、表4），请填 ${key}`,
    `is not accepted: HJ 633-2012 gives no sub-index for a 1-hour ${pm} value; its real-time report indexes ${pm} by the 24-hour moving average (§5.1.3, Table 4); pass ${key}`,
  );

/** HJ 633-2012, for data dated before 2026-03-01. */
export const HJ633_2012: AqiEdition = {
  standard: 'HJ 633-2012',
  from: '2016-01-01' as CalendarDate,
  to: '2026-02-28' as CalendarDate,
  columns: columns(LIMITS_2012, T1_2012, {
    // 表1 说明 (2): "二氧化硫（SO2）1 小时平均浓度值高于 800 μg/m3 的，不再进行其空气质量分指数计算，
    // 二氧化硫（SO2）空气质量分指数按 24 小时平均浓度计算的分指数报告。"
    so2_1h: { kind: 'use_indicator', indicator: 'so2_24h', footnote: '表1 说明（2）' },
    // 表1 说明 (3): "臭氧（O3）8 小时平均浓度值高于 800 μg/m3 的，不再进行其空气质量分指数计算，
    // 臭氧（O3）空气质量分指数按 1 小时平均浓度计算的分指数报告。"
    o3_8h: { kind: 'use_indicator', indicator: 'o3_1h', footnote: '表1 说明（3）' },
  }),
  reports: {
    // §5.1.2: five 24-hour means, O3 daily max 1-hour and max 8-hour moving mean, "共计 7 个指标";
    // 表1 说明 (1): the 1-hour SO2/NO2/CO limits are for the real-time report only.
    daily: {
      clause: '§5.1.2',
      indicators: ['so2_24h', 'no2_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h'],
      fallbacks: [],
      columnOf: {},
      refusals: {},
    },
    // §5.1.3: 1-hour SO2, NO2, O3, CO, PM10, PM2.5, O3 8-hour moving mean, PM10 and PM2.5 24-hour
    // moving means, "共计 9 个指标"; 表4 gives 1-hour PM10/PM2.5 a concentration but no 分指数.
    hourly: {
      clause: '§5.1.3',
      indicators: ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h'],
      fallbacks: ['so2_24h'],
      columnOf: {},
      refusals: { pm10_1h: PM_1H_2012('PM10', 'pm10_24h'), pm25_1h: PM_1H_2012('PM2.5', 'pm25_24h') },
    },
  },
  inputRounding: null,
  aqiMin: 0,
  reportsExceeding: true,
  levels: levels(WORDS_2012, 0),
  refs: {
    common:
      'HJ 633-2012 §4.2 formula (1), §4.4.1 formula (2), §4.4.2, §6.2; Table 1 (p. 2), Table 2 (p. 3), Table A.1 (p. 6)',
    daily: 'HJ 633-2012 §5.1.2 (daily report)',
    hourly: 'HJ 633-2012 §5.1.3 and Table 4 (real-time report)',
  },
};

/** HJ 633-2026, for data dated from 2026-03-01. */
export const HJ633_2026: AqiEdition = {
  standard: 'HJ 633-2026',
  from: '2026-03-01' as CalendarDate,
  columns: columns(LIMITS_2026, T3_2026, {
    // 表3 注 b: "SO2 1 小时平均浓度值高于 800 μg/m3 的，IAQI 按照 200 计。"
    so2_1h: { kind: 'fixed_iaqi', iaqi: 200, footnote: '表3 注b' },
    // 表3 注 c: "O3 8 小时平均浓度值高于 800 μg/m3 的，IAQI 按照 300 计。"
    o3_8h: { kind: 'fixed_iaqi', iaqi: 300, footnote: '表3 注c' },
  }),
  reports: {
    // §4.2.2: "日报的指标包括 SO2、NO2、CO、PM10、PM2.5 日平均以及 O3 日最大 8 小时平均 6 个指标"
    daily: {
      clause: '§4.2.2',
      indicators: ['so2_24h', 'no2_24h', 'co_24h', 'o3_8h', 'pm10_24h', 'pm25_24h'],
      fallbacks: [],
      columnOf: {},
      refusals: {
        o3_1h: c(
          '不适用：HJ 633-2026 日报不含 O3 1小时平均（第4.2.2条：6 个指标；表3 注a：1小时平均浓度限值仅用于实时报）',
          'is not accepted: HJ 633-2026 dropped O3 1-hour from the daily report (§4.2.2: six indicators; Table 3 note a: 1-hour limits are for the real-time report only)',
        ),
      },
    },
    // §4.2.3: "实时报的指标包括 SO2、NO2、CO、O3、PM10 和 PM2.5 1 小时平均 6 个指标"; §4.2.4 式(1):
    // "当 CP 为 PM10 或 PM2.5 1 小时平均时，取表 3 中日平均的高位值 / 低位值".
    hourly: {
      clause: '§4.2.3',
      indicators: ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'pm10_1h', 'pm25_1h'],
      fallbacks: [],
      columnOf: { pm10_1h: 'pm10_24h', pm25_1h: 'pm25_24h' },
      refusals: {},
    },
  },
  // §4.2.2: "按照 GB/T 8170 要求修约到整数，CO 浓度单位为 mg/m3，修约到 1 位小数"; §4.2.3: "同 4.2.2".
  inputRounding: { 'µg/m³': 0, 'mg/m³': 1 },
  aqiMin: 1,
  reportsExceeding: false,
  levels: levels(WORDS_2026, 1),
  // 表2 空气污染物的敏感人群 (p. 2, page-5.png): "IAQI 超过 100 的污染物" → "建议采取措施的敏感人群".
  sensitiveGroups: [
    {
      pollutants: ['so2'],
      groups: c(
        '患有哮喘的人、青少年儿童以及老年人',
        'People with asthma, children and adolescents, and the elderly',
      ),
    },
    {
      pollutants: ['no2'],
      groups: c(
        '患有呼吸系统疾病（如哮喘）的人、青少年儿童以及老年人',
        'People with respiratory disease (such as asthma), children and adolescents, and the elderly',
      ),
    },
    { pollutants: ['co'], groups: c('患有心血管系统疾病的人', 'People with cardiovascular disease') },
    {
      pollutants: ['o3'],
      groups: c(
        '患有呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人',
        'People with respiratory disease (such as asthma), children and adolescents, people often active outdoors, and the elderly',
      ),
    },
    {
      pollutants: ['pm10', 'pm25'],
      groups: c(
        '患有心血管系统疾病或呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人',
        'People with cardiovascular or respiratory disease (such as asthma), children and adolescents, people often active outdoors, and the elderly',
      ),
    },
  ],
  refs: {
    common:
      'HJ 633-2026 前言 (replaces HJ 633-2012 from 2026-03-01), §4.1.1, §4.2.4 formulas (1) and (2), §4.2.6, §4.3.1, §5.3.1; Table 1 (p. 2), Table 2 (p. 2), Table 3 (p. 3), Table A.1 (p. 6)',
    daily: 'HJ 633-2026 §4.2.2 (daily report)',
    hourly: 'HJ 633-2026 §4.2.3 (real-time report)',
  },
};

/** Both editions, oldest first. */
export const AQI_EDITIONS: readonly AqiEdition[] = [HJ633_2012, HJ633_2026];

/** Codes of {@link AqiNote}; wording in {@link AQI_MESSAGES}. */
export type AqiNoteCode =
  | 'aqi.input_rounded'
  | 'aqi.pm_1h_daily_breakpoints'
  | 'aqi.above_limit_uses_other'
  | 'aqi.above_limit_fixed_iaqi'
  | 'aqi.fallback_unused'
  | 'aqi.indicators_missing'
  | 'aqi.publish_as_na';

/** Something the computation did that a reader should know, as a code and its parameters. */
export interface AqiNote {
  readonly code: AqiNoteCode;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Wording of every {@link AqiNoteCode}, zh-CN and en. */
export const AQI_MESSAGES: MessageCatalog = {
  'aqi.input_rounded': {
    zh: '{indicator} 浓度 {value} 按 GB/T 8170 修约为 {rounded}（HJ 633-2026 第4.2.2条）',
    en: '{indicator} {value} rounded to {rounded} per GB/T 8170 (HJ 633-2026 §4.2.2)',
  },
  'aqi.pm_1h_daily_breakpoints': {
    zh: '{indicator} 按表3日平均浓度限值计算分指数（HJ 633-2026 第4.2.4条）',
    en: '{indicator} is indexed against the 24-hour limits of Table 3 (HJ 633-2026 §4.2.4)',
  },
  'aqi.above_limit_uses_other': {
    zh: '{indicator} 浓度 {value} 高于 {limit}，不计算其分指数，按 {instead} 的分指数报告（{standard} {footnote}）',
    en: '{indicator} {value} is above {limit}: no sub-index from it; the sub-index of {instead} is reported ({standard} {footnote})',
  },
  'aqi.above_limit_fixed_iaqi': {
    zh: '{indicator} 浓度 {value} 高于 {limit}，IAQI 按照 {iaqi} 计（{standard} {footnote}）',
    en: '{indicator} {value} is above {limit}: IAQI counts as {iaqi} ({standard} {footnote})',
  },
  'aqi.fallback_unused': {
    zh: '{indicator} 仅在 {for} 高于 {limit} 时使用，本次未使用',
    en: '{indicator} is used only when {for} is above {limit}; not used here',
  },
  'aqi.indicators_missing': {
    zh: '缺测指标：{missing}（按 NA 标识）',
    en: 'Indicators not supplied: {missing} (reported as NA)',
  },
  'aqi.publish_as_na': {
    zh: '有缺测指标且 AQI 为 {aqi}（不大于100）：仅发布单项污染物浓度及分指数，空气质量指数等信息以 NA 标识（HJ 633-2026 第5.3.1条；第5.3.2条情形除外）',
    en: 'With indicators missing and AQI {aqi} (not above 100), only the individual concentrations and IAQIs are published; the AQI and related information are NA (HJ 633-2026 §5.3.1, unless §5.3.2 applies)',
  },
};
