/**
 * @module policies/jingjiguanfa-2023-29/measures-data
 * The 45 measure paragraphs of 三（一）–（三）, verbatim, one row each in document order: the clause,
 * the family it belongs to across levels, the Chinese text without its number and its lead
 * parenthesis, the lead units as printed ("牵头单位:" omitted) and an English rendering.
 *
 * A family is "the same measure" at different levels: each level restates the lower level's
 * measures, sometimes word for word, sometimes stronger (减少 → 减少或停止 → 停止). The families are
 * what {@link measureChanges} compares when an alert is raised or lowered (D-29-8).
 */
import type { Bilingual } from '../../engine/messages.ts';

/** A measure across the levels that state it. */
export type MeasureFamily =
  | 'sensitive-groups-indoors'
  | 'school-outdoor-activities'
  | 'science-publicity'
  | 'medical-guidance'
  | 'outdoor-workers'
  | 'public-transport'
  | 'heavy-freight-transport'
  | 'dust-control'
  | 'road-cleaning'
  | 'barbecue-fireworks'
  | 'solvent-vocs'
  | 'treatment-efficiency'
  | 'flexible-working'
  | 'key-road-cleaning'
  | 'construction-works'
  | 'listed-enterprises'
  | 'light-gasoline-vehicles'
  | 'muck-trucks'
  | 'china-iv-diesel-trucks';

/** A short name for each family, for lists of changes. */
export const MEASURE_FAMILIES: Readonly<Record<MeasureFamily, Bilingual>> = {
  'sensitive-groups-indoors': { zh: '敏感人群减少户外活动', en: 'Sensitive groups stay indoors' },
  'school-outdoor-activities': {
    zh: '学校、幼儿园户外活动',
    en: 'Outdoor activities of schools and kindergartens',
  },
  'science-publicity': { zh: '科普宣传', en: 'Public education' },
  'medical-guidance': { zh: '医疗卫生机构防护指导', en: 'Guidance by medical institutions' },
  'outdoor-workers': { zh: '室外人员健康防护', en: 'Protection of outdoor workers' },
  'public-transport': { zh: '公共交通出行', en: 'Public transport, less driving' },
  'heavy-freight-transport': {
    zh: '减少重型燃油（气）载货车辆使用',
    en: 'Fewer heavy fuel freight vehicles',
  },
  'dust-control': { zh: '扬尘控制', en: 'Dust control' },
  'road-cleaning': { zh: '道路清扫保洁', en: 'Road sweeping and cleaning' },
  'barbecue-fireworks': { zh: '露天烧烤、烟花爆竹', en: 'Open-air barbecues and fireworks' },
  'solvent-vocs': { zh: '减少含VOCs溶剂型产品使用', en: 'Less solvent-based VOC products' },
  'treatment-efficiency': {
    zh: '提高治理设施使用效率',
    en: 'Higher efficiency of pollution control facilities',
  },
  'flexible-working': { zh: '错峰上下班、弹性工作', en: 'Staggered hours and flexible working' },
  'key-road-cleaning': { zh: '重点道路增加清扫保洁', en: 'Extra cleaning of key roads' },
  'construction-works': { zh: '施工工地停止部分作业', en: 'Construction works stopped' },
  'listed-enterprises': { zh: '应急减排清单企业减排', en: 'Reductions by listed enterprises' },
  'light-gasoline-vehicles': {
    zh: '轻型汽油车禁行、单双号',
    en: 'Light gasoline vehicle ban, odd-even driving',
  },
  'muck-trucks': { zh: '渣土砂石运输车辆禁行', en: 'Muck and sand-gravel truck ban' },
  'china-iv-diesel-trucks': { zh: '国四柴油载货汽车停驶', en: 'China IV diesel truck ban' },
};

/** One measure paragraph as printed. */
export interface MeasureRow {
  /** Citation form, e.g. `三(一)1(1)`. */
  readonly clause: string;
  readonly family: MeasureFamily;
  /** The measure, verbatim, without its `(n)` and its `(牵头单位:…)`. */
  readonly zh: string;
  /** The units after "牵头单位:", verbatim; `null` where the paragraph names none. */
  readonly lead: string | null;
  /** Where `lead` is `null`: the units taken to lead, in the same notation (D-29-9). */
  readonly inferredLead?: string;
  readonly en: string;
}

const SENSITIVE =
  'Children, the elderly and people with respiratory, cardiovascular, cerebrovascular or other chronic diseases should stay indoors as far as possible and avoid outdoor activities';
const SCHOOLS =
  'Primary and secondary schools, secondary vocational schools and kindergartens, according to local air pollution,';
const TRANSPORT =
  'The public should travel by public transport as far as possible and drive less; switch off the engine when parked and cut idling time.';
const FREIGHT =
  'Enterprises plan their transport sensibly, use fewer heavy fuel (gas) freight vehicles and as far as possible use China VI, pure electric or hydrogen fuel-cell vehicles.';
const DUST =
  'Step up dust control at construction sites, bare ground, material stockpiles and similar places.';
const ROADS = 'Step up road sweeping and cleaning to reduce road dust.';
const SOLVENTS =
  'the use of solvent-based coatings, adhesives, cleaning agents, inks and other solvent-based raw and auxiliary materials and products containing volatile organic compounds.';
const KEY_ROADS = 'On top of routine operations, clean key roads at least one more time a day.';
const WORKS =
  'Construction sites, differentiated by performance grade, stop outdoor spraying and painting, slope shotcreting, demolition, cutting, earthwork, anti-corrosion work on road facilities, asphalt paving and similar works';
const MACHINERY = 'non-road mobile machinery (pure electric and hydrogen fuel-cell machinery excepted)';
const LISTED = (colour: string, extra: string): string =>
  `Enterprises on the emergency emission-reduction list for ${colour} alerts ${extra}implement differentiated reductions according to the performance grading of key industries for heavy-pollution weather.`;
const CHINA_I_II =
  'China I and China II light-duty gasoline vehicles (driving-school cars included) may not drive';
const MUCK =
  'Construction-waste, muck and sand-gravel trucks may not drive (pure electric and hydrogen fuel-cell vehicles excepted).';
const DIESEL =
  'China IV diesel freight vehicles with Beijing-issued plates (temporary plates included) stop driving (except vehicles confirmed by the authorities as carrying supplies for Beijing’s production and daily life or carrying fresh agricultural produce as whole loads).';
const BAN = 'Setting off fireworks and firecrackers and open-air barbecues are prohibited.';

/** The 45 measure paragraphs of 三（一）–（三）, in document order. */
export const MEASURE_ROWS: readonly MeasureRow[] = [
  // 三（一） 黄色预警（三级响应）
  {
    clause: '三(一)1(1)',
    family: 'sensitive-groups-indoors',
    zh: '儿童、老年人和呼吸道、心脑血管疾病及其他慢性疾病患者尽量留在室内,避免户外活动。',
    lead: '属地街镇',
    en: `${SENSITIVE}.`,
  },
  {
    clause: '三(一)1(2)',
    family: 'school-outdoor-activities',
    zh: '中小学、中等职业学校、幼儿园根据属地空气污染情况适时减少户外活动。',
    lead: '社会事业局',
    en: `${SCHOOLS} reduce outdoor activities as appropriate.`,
  },
  {
    clause: '三(一)1(3)',
    family: 'science-publicity',
    zh: '生态环境、卫生健康、教育等部门和各街镇分别按行业和属地管理要求,加强对空气重污染应急、健康防护等方面科普知识的宣传。',
    lead: null,
    inferredLead: '城市运行局、社会事业局、属地街镇',
    en: 'The ecology and environment, health, education and other departments and every subdistrict and town, each for its sector or territory, step up public education on heavy-pollution emergencies, health protection and related knowledge.',
  },
  {
    clause: '三(一)2(1)',
    family: 'public-transport',
    zh: '公众尽量乘坐公共交通工具出行,减少机动车上路行驶;驻车时及时熄火,减少车辆原地怠速运行时间。',
    lead: '属地街镇',
    en: TRANSPORT,
  },
  {
    clause: '三(一)2(2)',
    family: 'dust-control',
    zh: '加大对施工工地、裸露地面、物料堆放等场所的扬尘控制措施力度。',
    lead: '开发建设局、属地街镇',
    en: DUST,
  },
  {
    clause: '三(一)2(3)',
    family: 'road-cleaning',
    zh: '加强道路清扫保洁,减少道路扬尘污染。',
    lead: '城市运行局',
    en: ROADS,
  },
  {
    clause: '三(一)2(4)',
    family: 'barbecue-fireworks',
    zh: '拒绝露天烧烤。',
    lead: '属地街镇',
    en: 'Refuse open-air barbecues.',
  },
  {
    clause: '三(一)2(5)',
    family: 'solvent-vocs',
    zh: '减少溶剂型涂料、胶粘剂、清洗剂、油墨及其他溶剂型含挥发性有机物的原辅材料及产品的使用。',
    lead: '营商合作局',
    en: `Reduce ${SOLVENTS}`,
  },
  {
    clause: '三(一)3(1)',
    family: 'key-road-cleaning',
    zh: '在常规作业基础上,对重点道路每日增加1次及以上清扫保洁作业。',
    lead: '城市运行局',
    en: KEY_ROADS,
  },
  {
    clause: '三(一)3(2)',
    family: 'construction-works',
    zh: '施工工地按照绩效分级,差异化实施停止室外喷涂粉刷、护坡喷浆、建筑拆除、切割、土石方、道路设施防腐、道路沥青铺装等施工作业。',
    lead: '开发建设局',
    en: `${WORKS}.`,
  },
  {
    clause: '三(一)3(3)',
    family: 'listed-enterprises',
    zh: '对纳入空气重污染黄色预警期间应急减排清单的企业,按照重污染天气重点行业绩效分级,实施差异化减排措施。',
    lead: '宣传文化部、城市运行局、营商合作局',
    en: LISTED('yellow', ''),
  },
  // 三（二） 橙色预警（二级响应）
  {
    clause: '三(二)1(1)',
    family: 'sensitive-groups-indoors',
    zh: '儿童、老年人和呼吸道、心脑血管疾病及其他慢性疾病患者尽量留在室内,避免户外活动;一般人群减少户外活动。',
    lead: '属地街镇',
    en: `${SENSITIVE}; the general public should reduce outdoor activities.`,
  },
  {
    clause: '三(二)1(2)',
    family: 'school-outdoor-activities',
    zh: '中小学、中等职业学校、幼儿园根据属地空气污染情况适时减少或停止户外活动。',
    lead: '社会事业局',
    en: `${SCHOOLS} reduce or stop outdoor activities as appropriate.`,
  },
  {
    clause: '三(二)1(3)',
    family: 'medical-guidance',
    zh: '医疗卫生机构加强对呼吸类疾病患者的防护宣传和就医指导。',
    lead: '社会事业局',
    en: 'Medical and health institutions step up protection advice and guidance on seeking care for patients with respiratory diseases.',
  },
  {
    clause: '三(二)2(1)',
    family: 'public-transport',
    zh: '公众尽量乘坐公共交通工具出行,减少机动车上路行驶;驻车时及时熄火,减少车辆原地怠速运行时间。',
    lead: '属地街镇',
    en: TRANSPORT,
  },
  {
    clause: '三(二)2(2)',
    family: 'heavy-freight-transport',
    zh: '企业合理安排运输,减少重型燃油(气)载货车辆使用,尽量使用国六或纯电动、氢燃料电池汽车运输。',
    lead: '营商合作局',
    en: FREIGHT,
  },
  {
    clause: '三(二)2(3)',
    family: 'dust-control',
    zh: '加大对施工工地、裸露地面、物料堆放等场所的扬尘控制措施力度。',
    lead: '开发建设局、属地街镇',
    en: DUST,
  },
  {
    clause: '三(二)2(4)',
    family: 'road-cleaning',
    zh: '加强道路清扫保洁,减少道路扬尘污染。',
    lead: '城市运行局',
    en: ROADS,
  },
  {
    clause: '三(二)2(5)',
    family: 'solvent-vocs',
    zh: '最大限度减少溶剂型涂料、胶粘剂、清洗剂、油墨及其他溶剂型含挥发性有机物的原辅材料及产品的使用。',
    lead: '营商合作局',
    en: `Reduce to the greatest possible extent ${SOLVENTS}`,
  },
  {
    clause: '三(二)2(6)',
    family: 'flexible-working',
    zh: '企事业单位可根据空气污染情况实行错峰上下班。',
    lead: '党政办公室、营商合作局',
    en: 'Enterprises and public institutions may stagger working hours according to the air pollution.',
  },
  {
    clause: '三(二)3(1)',
    family: 'key-road-cleaning',
    zh: '在常规作业基础上,对重点道路每日增加1次及以上清扫保洁作业。',
    lead: '城市运行局',
    en: KEY_ROADS,
  },
  {
    clause: '三(二)3(2)',
    family: 'construction-works',
    zh: '施工工地按照绩效分级,差异化实施停止室外喷涂粉刷、护坡喷浆、建筑拆除、切割、土石方、道路设施防腐、道路沥青铺装等施工作业和停止使用非道路移动机械(纯电动、氢燃料电池机械除外)。',
    lead: '开发建设局',
    en: `${WORKS}, and stop using ${MACHINERY}.`,
  },
  {
    clause: '三(二)3(3)',
    family: 'light-gasoline-vehicles',
    zh: '在实施工作日高峰时段区域限行交通管理措施基础上,国一和国二排放标准轻型汽油车(含驾校教练车)禁止上路行驶。',
    lead: '交通大队',
    en: `On top of the area traffic restrictions in weekday peak hours, ${CHINA_I_II}.`,
  },
  {
    clause: '三(二)3(4)',
    family: 'muck-trucks',
    zh: '建筑垃圾、渣土、砂石运输车辆禁止上路行驶(纯电动和氢燃料电池汽车除外)。',
    lead: '城市运行局',
    en: MUCK,
  },
  {
    clause: '三(二)3(5)',
    family: 'china-iv-diesel-trucks',
    zh: '本市核发号牌(含临时号牌)的国四排放标准柴油载货汽车停止上路行驶(经相关管理部门确认为保障本市生产生活物资运输、整车运送鲜活农产品的汽车除外)。',
    lead: '交通大队',
    en: DIESEL,
  },
  {
    clause: '三(二)3(6)',
    family: 'listed-enterprises',
    zh: '对纳入空气重污染橙色预警期间应急减排清单的企业,停止使用非道路移动机械(纯电动、氢燃料电池机械除外),同时按照重污染天气重点行业绩效分级,实施差异化减排措施。',
    lead: '宣传文化部、城市运行局、营商合作局',
    en: LISTED('orange', `stop using ${MACHINERY} and `),
  },
  {
    clause: '三(二)3(7)',
    family: 'barbecue-fireworks',
    zh: '禁止燃放烟花爆竹和露天烧烤。',
    lead: '大兴公安分局、属地街镇',
    en: BAN,
  },
  // 三（三） 红色预警（一级响应）
  {
    clause: '三(三)1(1)',
    family: 'sensitive-groups-indoors',
    zh: '儿童、老年人和呼吸道、心脑血管疾病及其他慢性疾病患者尽量留在室内,避免户外活动;一般人群尽量避免户外活动。',
    lead: '属地街镇',
    en: `${SENSITIVE}; the general public should avoid outdoor activities as far as possible.`,
  },
  {
    clause: '三(三)1(2)',
    family: 'outdoor-workers',
    zh: '室外执勤、作业等人员做好健康防护措施。',
    lead: '社会事业局',
    en: 'People on duty or working outdoors take health-protection measures.',
  },
  {
    clause: '三(三)1(3)',
    family: 'school-outdoor-activities',
    zh: '中小学、中等职业学校、幼儿园根据属地空气污染情况适时停止户外活动。',
    lead: '社会事业局',
    en: `${SCHOOLS} stop outdoor activities as appropriate.`,
  },
  {
    clause: '三(三)1(4)',
    family: 'medical-guidance',
    zh: '医疗卫生机构组织专家开展健康防护咨询、讲解防护知识,加强应急值守和对相关疾病患者的诊疗保障。',
    lead: '社会事业局',
    en: 'Medical and health institutions have experts give health-protection consultations and explain protective knowledge, and strengthen emergency duty and care for patients with related diseases.',
  },
  {
    clause: '三(三)2(1)',
    family: 'public-transport',
    zh: '公众尽量乘坐公共交通工具出行,减少机动车上路行驶;驻车时及时熄火,减少车辆原地怠速运行时间。',
    lead: '属地街镇',
    en: TRANSPORT,
  },
  {
    clause: '三(三)2(2)',
    family: 'heavy-freight-transport',
    zh: '企业合理安排运输,减少重型燃油(气)载货车辆使用,尽量使用国六或纯电动、氢燃料电池汽车运输。',
    lead: '营商合作局',
    en: FREIGHT,
  },
  {
    clause: '三(三)2(3)',
    family: 'dust-control',
    zh: '加大对施工工地、裸露地面、物料堆放等场所的扬尘控制措施力度。',
    lead: '开发建设局、属地街镇',
    en: DUST,
  },
  {
    clause: '三(三)2(4)',
    family: 'road-cleaning',
    zh: '加强道路清扫保洁,减少道路扬尘污染。',
    lead: '城市运行局',
    en: ROADS,
  },
  {
    clause: '三(三)2(5)',
    family: 'treatment-efficiency',
    zh: '大气污染物排放单位在确保达标排放基础上,进一步提高大气污染治理设施的使用效率。',
    lead: '营商合作局',
    en: 'Units that emit air pollutants, while keeping their emissions within the standards, further raise the efficiency of their air-pollution control facilities.',
  },
  {
    clause: '三(三)2(6)',
    family: 'solvent-vocs',
    zh: '最大限度减少溶剂型涂料、胶粘剂、清洗剂、油墨及其他溶剂型含挥发性有机物的原辅材料及产品的使用。',
    lead: '营商合作局',
    en: `Reduce to the greatest possible extent ${SOLVENTS}`,
  },
  {
    clause: '三(三)2(7)',
    family: 'flexible-working',
    zh: '企事业单位可根据空气污染情况采取错峰上下班、调休和远程办公等弹性工作方式。',
    lead: '党政办公室、营商合作局',
    en: 'Enterprises and public institutions may, according to the air pollution, adopt flexible working such as staggered hours, shifted rest days and remote working.',
  },
  {
    clause: '三(三)3(1)',
    family: 'key-road-cleaning',
    zh: '在常规作业基础上,对重点道路每日增加1次及以上清扫保洁作业。',
    lead: '城市运行局',
    en: KEY_ROADS,
  },
  {
    clause: '三(三)3(2)',
    family: 'construction-works',
    zh: '施工工地按照绩效分级,差异化实施停止室外喷涂粉刷、护坡喷浆、建筑拆除、切割、土石方、道路设施防腐、道路沥青铺装等施工作业和停止使用非道路移动机械(纯电动、氢燃料电池机械除外)。',
    lead: '开发建设局',
    en: `${WORKS}, and stop using ${MACHINERY}.`,
  },
  {
    clause: '三(三)3(3)',
    family: 'light-gasoline-vehicles',
    zh: '国一和国二排放标准轻型汽油车(含驾校教练车)禁止上路行驶;国三及以上排放标准机动车(含驾校教练车)按单双号行驶(纯电动、氢燃料电池汽车除外),其中本市公务用车在单双号行驶基础上,再停驶车辆总数的30%。',
    lead: '交通大队、党政办公室',
    en: `${CHINA_I_II}; China III and higher motor vehicles (driving-school cars included) drive on odd or even dates by plate (pure electric and hydrogen fuel-cell vehicles excepted), and Beijing's official vehicles, on top of odd-even driving, stop a further 30% of their total number.`,
  },
  {
    clause: '三(三)3(4)',
    family: 'muck-trucks',
    zh: '建筑垃圾、渣土、砂石运输车辆禁止上路行驶(纯电动和氢燃料电池汽车除外)。',
    lead: '城市运行局',
    en: MUCK,
  },
  {
    clause: '三(三)3(5)',
    family: 'china-iv-diesel-trucks',
    zh: '本市核发号牌(含临时号牌)的国四排放标准柴油载货汽车停止上路行驶(经相关管理部门确认为保障本市生产生活物资运输、整车运送鲜活农产品的汽车除外)。',
    lead: '交通大队',
    en: DIESEL,
  },
  {
    clause: '三(三)3(6)',
    family: 'listed-enterprises',
    zh: '对纳入空气重污染红色预警期间应急减排清单的企业,停止使用非道路移动机械(纯电动、氢燃料电池机械除外),同时按照重污染天气重点行业绩效分级,实施差异化减排措施。',
    lead: '宣传文化部、城市运行局、营商合作局',
    en: LISTED('red', `stop using ${MACHINERY} and `),
  },
  {
    clause: '三(三)3(7)',
    family: 'barbecue-fireworks',
    zh: '禁止燃放烟花爆竹和露天烧烤。',
    lead: '大兴公安分局、属地街镇',
    en: BAN,
  },
];
