/**
 * @module policies/jingjiguanfa-2023-30/parameters
 * The numbers and dates of 京技管发〔2023〕30号 that the rules read, each dated and cited, and the
 * citations the rating rule quotes. Star levels are numbers from the law too: a later document that
 * raised a minimum would be a new dated value, not a code change.
 */
import { cite } from '../../engine/citation.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { parameter } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';

export const POLICY_ID = 'jingjiguanfa-2023-30';
/** 九3: in force from 2023-11-23 … */
export const FROM = '2023-11-23' as CalendarDate;
/** … until 2025-12-31 (inclusive). */
export const TO = '2025-12-31' as CalendarDate;

/** The measure's title, as the catalog's metadata gives it (the subject of a `not_in_force`). */
export const MEASURE_TITLE: Bilingual = {
  zh: '关于发展绿色建筑和超低能耗建筑推动绿色城市建设的实施意见',
  en: 'Implementation Opinions on the Development of Green Buildings and Ultra–Low Energy Buildings to Promote the Construction of Green City',
};

/** 二 实施范围: the 225 km² and the kinds of project. */
export const SCOPE_CITATION = cite(
  POLICY_ID,
  '二',
  '本实施意见适用于亦庄新城 225 平方公里范围内新建、改建和扩建建筑项目,参与项目设计、建设和运营的各方责任主体均应遵守本实施意见的相关规定。',
);
/** 九3: the window, and the projects it governs by their approval date. */
export const EFFECT_CITATION = cite(
  POLICY_ID,
  '九3',
  '本实施意见自 2023 年 11 月 23 日起施行,有效期至 2025 年 12 月 31 日。凡是自 2023 年 11 月 23 日之后取得立项手续的建设项目,均应按照本实施意见执行。',
);
/** 四(一): rebuilt or expanded projects. */
export const REBUILT_CITATION = cite(POLICY_ID, '四(一)', '改扩建项目中绿色建筑等级达到一星级及以上标准。');
/** 四(一): new industrial buildings. */
export const NEW_INDUSTRIAL_CITATION = cite(
  POLICY_ID,
  '四(一)',
  '新建工业建筑全面执行绿色工业建筑二星级及以上标准。',
);
/** 四(一): new civil buildings. */
export const NEW_CIVIL_CITATION = cite(POLICY_ID, '四(一)', '新建民用建筑全面执行绿色建筑二星级及以上标准。');
/** 四(一): government-invested public-welfare buildings, three stars in principle. */
export const THREE_STAR_CITATION = cite(
  POLICY_ID,
  '四(一)',
  '政府投资的公益性建筑原则上采用绿色建筑三星级标准建设',
);
/** 六(十三): the same, and ultra-low-energy for government-invested projects, in principle. */
export const LAND_CENTRE_CITATION = cite(
  POLICY_ID,
  '六(十三)',
  '负责统筹开展政府投资公益性建筑原则上采用绿色建筑三星级标准建设,政府投资项目原则上采用超低能耗建筑标准建造。',
);
/** 四(二): ultra-low-energy buildings, as a requirement. */
export const ULE_CITATION = cite(
  POLICY_ID,
  '四(二)',
  '政府投资或以政府投资为主的新建公共建筑项目(学校、医院、办公楼、养老院等)和集中建设的公租房、专家公寓、人才公寓等居住建筑,开展超低能耗建筑建设。',
);
/** 三(二): ultra-low-energy buildings, in principle. */
export const ULE_PRINCIPLE_CITATION = cite(
  POLICY_ID,
  '三(二)',
  '政府投资或以政府投资为主的公共建筑和集中建设的居住建筑,原则上按照超低能耗建筑标准规划、建设和运行。',
);
/** 四(二): buildings in an industrial plant that count as civil. */
export const CIVIL_IN_PLANT_CITATION = cite(
  POLICY_ID,
  '四(二)',
  '民用建筑(工业厂区内的独立办公建筑、生活配套建筑等类似民用建筑的项目)',
);
/** 四(二) and 六(九): the buildings the text calls public-welfare. */
export const WELFARE_CITATION = cite(POLICY_ID, '四(二)', '学校、博物馆、图书馆等公益性建筑');
export const WELFARE_SOCIAL_CITATION = cite(
  POLICY_ID,
  '六(九)',
  '政府投资的医院、学校、幼儿园、养老院等公益性建筑',
);

/** 九3: projects approved on or after this date are governed by the document (D-30-1). */
export const APPROVED_FROM = parameter<CalendarDate>({
  id: 'jingjiguanfa-2023-30.approved-from',
  title: { zh: '适用项目的立项日期起点', en: 'Projects approved from' },
  values: [{ from: FROM, to: TO, value: FROM, citation: EFFECT_CITATION }],
});

/** 四(一): minimum stars of a rebuilt or expanded project ("一星级及以上"). */
export const REBUILT_MIN_STARS = parameter<number>({
  id: 'jingjiguanfa-2023-30.rebuilt-min-stars',
  title: { zh: '改扩建项目最低绿色建筑星级', en: 'Minimum stars, rebuilt or expanded' },
  unit: '星',
  values: [{ from: FROM, to: TO, value: 1, citation: REBUILT_CITATION }],
});
/** 四(一): minimum stars of a new industrial building (绿色工业建筑 "二星级及以上"). */
export const NEW_INDUSTRIAL_MIN_STARS = parameter<number>({
  id: 'jingjiguanfa-2023-30.new-industrial-min-stars',
  title: { zh: '新建工业建筑最低绿色工业建筑星级', en: 'Minimum stars, new industrial building' },
  unit: '星',
  values: [{ from: FROM, to: TO, value: 2, citation: NEW_INDUSTRIAL_CITATION }],
});
/** 四(一): minimum stars of a new civil building (绿色建筑 "二星级及以上"). */
export const NEW_CIVIL_MIN_STARS = parameter<number>({
  id: 'jingjiguanfa-2023-30.new-civil-min-stars',
  title: { zh: '新建民用建筑最低绿色建筑星级', en: 'Minimum stars, new civil building' },
  unit: '星',
  values: [{ from: FROM, to: TO, value: 2, citation: NEW_CIVIL_CITATION }],
});
/** 四(一): stars "in principle" for a government-invested public-welfare building. */
export const WELFARE_STARS_IN_PRINCIPLE = parameter<number>({
  id: 'jingjiguanfa-2023-30.welfare-stars-in-principle',
  title: { zh: '政府投资公益性建筑原则上的绿色建筑星级', en: 'Stars in principle, public welfare' },
  unit: '星',
  values: [{ from: FROM, to: TO, value: 3, citation: THREE_STAR_CITATION }],
});

const GREEN_TARGET_CITATION = cite(
  POLICY_ID,
  '四(一)',
  '到 2025 年,新增公共建筑绿色化改造项目建筑面积力争达到 90 万平方米。',
);
const ULE_TARGET_CITATION = cite(
  POLICY_ID,
  '四(二)',
  '到 2025 年,新增超低能耗建筑项目建筑面积力争达到 28 万平方米。',
);

/** 四(一): new public-building green retrofits by 2025, m² (exact decimal text). */
export const GREEN_RETROFIT_TARGET_SQM = parameter<string>({
  id: 'jingjiguanfa-2023-30.green-retrofit-target',
  title: { zh: '新增公共建筑绿色化改造建筑面积目标', en: 'Public-building green retrofit target' },
  unit: 'm²',
  values: [{ from: FROM, to: TO, value: '900000', citation: GREEN_TARGET_CITATION }],
});
/** 四(二): new ultra-low-energy buildings by 2025, m². */
export const ULE_TARGET_SQM = parameter<string>({
  id: 'jingjiguanfa-2023-30.ule-target',
  title: { zh: '新增超低能耗建筑建筑面积目标', en: 'Ultra-low-energy building target' },
  unit: 'm²',
  values: [{ from: FROM, to: TO, value: '280000', citation: ULE_TARGET_CITATION }],
});
/** "到 2025 年": the last day the targets count (D-30-21). */
export const TARGET_DEADLINE = parameter<CalendarDate>({
  id: 'jingjiguanfa-2023-30.target-deadline',
  title: { zh: '目标截止日期', en: 'Target deadline' },
  values: [{ from: FROM, to: TO, value: TO, citation: GREEN_TARGET_CITATION }],
});
/** "新增": completions count from the day the document took effect (D-30-21). */
export const TARGET_COUNT_FROM = parameter<CalendarDate>({
  id: 'jingjiguanfa-2023-30.target-count-from',
  title: { zh: '新增面积起算日期', en: 'New area counted from' },
  values: [{ from: FROM, to: TO, value: FROM, citation: EFFECT_CITATION }],
});
