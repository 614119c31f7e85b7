/**
 * @module services/demo/vocabulary
 * The word lists and map boxes the synthetic E-Town is drawn from. Everything here is invented
 * for demonstration; the label {@link DEMO_LABEL} says so wherever the data are shown.
 */
import type { Bilingual } from '../../engine/messages.ts';

/** Shown with every demo dataset: the data are synthetic. */
export const DEMO_LABEL: Bilingual = {
  zh: '演示数据：本数据集中的企业、人员、代码和数值均为程序合成的虚构数据，仅供演示，与任何真实主体无关。',
  en: 'Demo data: every enterprise, person, code and figure in this dataset is synthetic, generated for demonstration only, and refers to no real entity.',
};
/** The marker every demo enterprise name carries. */
export const DEMO_NAME_PREFIX: Bilingual = { zh: '【演示】', en: '[DEMO] ' };

/** Where an enterprise is, in the scopes of policy-notes.md "Areas". */
export type DemoArea = 'etdz_60' | 'yizhuang_225' | 'outside';
/** A latitude/longitude box (WGS-84 degrees), bounds inclusive. */
export interface GeoBox {
  readonly minLat: number;
  readonly maxLat: number;
  readonly minLng: number;
  readonly maxLng: number;
}
/** The 60 km² core, approximately (a plausible box for demo pins, not a legal boundary). */
export const ETDZ_60_BOX: GeoBox = { minLat: 39.775, maxLat: 39.805, minLng: 116.495, maxLng: 116.565 };
/** The 225 km² new town, approximately; `yizhuang_225` points fall inside it but outside the core. */
export const YIZHUANG_225_BOX: GeoBox = { minLat: 39.72, maxLat: 39.85, minLng: 116.44, maxLng: 116.64 };

/** A Beijing district outside the new town: its GB/T 2260 code (credit-code positions 3–8) and a box. */
export interface OutsideDistrict {
  readonly regionCode: string;
  readonly name: Bilingual;
  readonly box: GeoBox;
}
/** Districts for `outside` enterprises; no box touches {@link YIZHUANG_225_BOX}. */
export const OUTSIDE_DISTRICTS: readonly OutsideDistrict[] = [
  { regionCode: '110108', name: { zh: '海淀区', en: 'Haidian' }, box: box(39.95, 40.03, 116.25, 116.33) },
  { regionCode: '110105', name: { zh: '朝阳区', en: 'Chaoyang' }, box: box(39.9, 39.98, 116.43, 116.52) },
  { regionCode: '110106', name: { zh: '丰台区', en: 'Fengtai' }, box: box(39.83, 39.86, 116.26, 116.33) },
  { regionCode: '110111', name: { zh: '房山区', en: 'Fangshan' }, box: box(39.7, 39.75, 116.1, 116.18) },
  { regionCode: '110112', name: { zh: '通州区', en: 'Tongzhou' }, box: box(39.88, 39.93, 116.64, 116.72) },
  { regionCode: '110113', name: { zh: '顺义区', en: 'Shunyi' }, box: box(40.1, 40.16, 116.6, 116.68) },
  { regionCode: '110114', name: { zh: '昌平区', en: 'Changping' }, box: box(40.19, 40.24, 116.2, 116.27) },
  { regionCode: '110115', name: { zh: '大兴区', en: 'Daxing' }, box: box(39.7, 39.76, 116.3, 116.36) },
];
/** Credit-code positions 3–8 of enterprises registered in E-Town (not a GB/T 2260 code). */
export const ETDZ_REGION_CODE = '110302';

function box(minLat: number, maxLat: number, minLng: number, maxLng: number): GeoBox {
  return { minLat, maxLat, minLng, maxLng };
}
/** True when the point lies in the box (bounds inclusive). */
export function inBox(b: GeoBox, p: { readonly lat: number; readonly lng: number }): boolean {
  return p.lat >= b.minLat && p.lat <= b.maxLat && p.lng >= b.minLng && p.lng <= b.maxLng;
}

/** An industry of the demo enterprises, with the words their names draw on. */
export interface DemoIndustry {
  readonly code: string;
  readonly name: Bilingual;
  /** Relative frequency among demo enterprises. */
  readonly weight: number;
  /** Chance that an enterprise of this industry is a recognised high-tech enterprise. */
  readonly highTech: number;
  /** Whether it is a manufacturing line that pollution performance grading (绩效分级) may cover. */
  readonly graded: boolean;
  readonly words: readonly (readonly [zh: string, en: string])[];
}
/** E-Town's four leading industries first, then smaller ones. */
export const DEMO_INDUSTRIES: readonly DemoIndustry[] = [
  industry('next_gen_it', '新一代信息技术', 'Next-generation information technology', 25, 0.55, true, [
    ['集成电路', 'Integrated Circuits'],
    ['智能计算', 'Intelligent Computing'],
    ['软件技术', 'Software Technology'],
    ['光电子', 'Optoelectronics'],
  ]),
  industry(
    'auto_nev',
    '高端汽车和新能源智能汽车',
    'High-end and new-energy intelligent vehicles',
    20,
    0.4,
    true,
    [
      ['智能汽车科技', 'Intelligent Vehicle Technology'],
      ['新能源汽车零部件', 'NEV Components'],
      ['动力电池', 'Power Battery'],
      ['汽车电子', 'Automotive Electronics'],
    ],
  ),
  industry('biotech_health', '生物技术和大健康', 'Biotechnology and health', 20, 0.5, true, [
    ['生物医药', 'Biopharmaceutical'],
    ['医疗器械', 'Medical Devices'],
    ['基因科技', 'Gene Technology'],
    ['健康科技', 'Health Technology'],
  ]),
  industry(
    'robotics_manufacturing',
    '机器人和智能制造',
    'Robotics and intelligent manufacturing',
    15,
    0.45,
    true,
    [
      ['机器人', 'Robotics'],
      ['精密制造', 'Precision Manufacturing'],
      ['智能装备', 'Intelligent Equipment'],
      ['工业自动化', 'Industrial Automation'],
    ],
  ),
  industry('commercial_aerospace', '商业航天', 'Commercial aerospace', 5, 0.6, true, [
    ['航天科技', 'Space Technology'],
    ['卫星应用', 'Satellite Applications'],
  ]),
  industry('green_energy', '绿色能源与节能环保', 'Green energy and environmental protection', 8, 0.35, true, [
    ['新能源科技', 'New Energy Technology'],
    ['节能环保', 'Energy Saving & Environmental Protection'],
    ['氢能科技', 'Hydrogen Technology'],
  ]),
  industry('tech_services', '科技服务', 'Technology services', 7, 0.2, false, [
    ['科技服务', 'Technology Services'],
    ['检测认证', 'Testing and Certification'],
    ['供应链管理', 'Supply Chain Management'],
  ]),
];

function industry(
  code: string,
  zh: string,
  en: string,
  weight: number,
  highTech: number,
  graded: boolean,
  words: readonly (readonly [string, string])[],
): DemoIndustry {
  return { code, name: { zh, en }, weight, highTech, graded, words };
}

/** Invented trade names (字号) with their pinyin. */
// biome-ignore format: a word table reads better in rows
export const BRAND_WORDS: readonly (readonly [zh: string, en: string])[] = [
  ['星河', 'Xinghe'], ['辰光', 'Chenguang'], ['云帆', 'Yunfan'], ['锐驰', 'Ruichi'], ['博睿', 'Borui'],
  ['汇智', 'Huizhi'], ['清源', 'Qingyuan'], ['启航', 'Qihang'], ['天衡', 'Tianheng'], ['鼎新', 'Dingxin'],
  ['华拓', 'Huatuo'], ['凯晟', 'Kaisheng'], ['瑞联', 'Ruilian'], ['恒岳', 'Hengyue'], ['聚芯', 'Juxin'],
  ['澄明', 'Chengming'], ['朗润', 'Langrun'], ['铭泰', 'Mingtai'], ['弘毅', 'Hongyi'], ['润禾', 'Runhe'],
  ['青峰', 'Qingfeng'], ['安和', 'Anhe'], ['思源', 'Siyuan'], ['乐康', 'Lekang'], ['翔宇', 'Xiangyu'],
  ['明德', 'Mingde'], ['知行', 'Zhixing'], ['泓远', 'Hongyuan'], ['沐阳', 'Muyang'], ['墨石', 'Moshi'],
];

/** Home countries or regions of foreign investors (ISO 3166-1 alpha-2), with relative weights. */
export const INVESTOR_COUNTRIES: readonly {
  readonly code: string;
  readonly name: Bilingual;
  readonly weight: number;
}[] = [
  { code: 'DE', name: { zh: '德国', en: 'Germany' }, weight: 20 },
  { code: 'JP', name: { zh: '日本', en: 'Japan' }, weight: 18 },
  { code: 'US', name: { zh: '美国', en: 'United States' }, weight: 16 },
  { code: 'KR', name: { zh: '韩国', en: 'Republic of Korea' }, weight: 10 },
  { code: 'HK', name: { zh: '中国香港', en: 'Hong Kong, China' }, weight: 12 },
  { code: 'FR', name: { zh: '法国', en: 'France' }, weight: 6 },
  { code: 'SG', name: { zh: '新加坡', en: 'Singapore' }, weight: 6 },
  { code: 'CH', name: { zh: '瑞士', en: 'Switzerland' }, weight: 5 },
  { code: 'GB', name: { zh: '英国', en: 'United Kingdom' }, weight: 4 },
  { code: 'NL', name: { zh: '荷兰', en: 'Netherlands' }, weight: 3 },
];
