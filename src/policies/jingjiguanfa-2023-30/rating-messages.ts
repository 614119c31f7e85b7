/**
 * @module policies/jingjiguanfa-2023-30/rating-messages
 * Wording of every reason and trace code of the rating rule, in zh-CN and en. Params named `…Zh`
 * and `…En` carry labels in each language.
 */
import type { MessageCatalog } from '../../engine/messages.ts';
import { RATING_LABELS, type RatingRequirement, ULE_LABELS } from './project.ts';

export const RATING_MESSAGES: MessageCatalog = {
  'j30.scope.area': {
    zh: '项目位于亦庄新城225平方公里范围内（所在区域：{locationZh}）',
    en: 'The project is inside the 225 km² Yizhuang new town (location: {locationEn})',
  },
  'j30.scope.kind': {
    zh: '项目为新建、改建或扩建建筑项目（{kindZh}）',
    en: 'A new, rebuilt or expanded building project ({kindEn})',
  },
  'j30.scope.approved': {
    zh: '项目于 {approvalDate} 取得立项手续，在 {from} 之后（含当日），适用本实施意见',
    en: 'Approved on {approvalDate}, on or after {from}: the implementation opinions apply',
  },
  'j30.scope.not_yet_approved': {
    zh: '项目尚未立项；在本实施意见施行期内（{from} 至 {to}）取得立项手续的，须执行本实施意见（按 {asOf} 判断）',
    en: 'Not yet approved; if approved while the opinions are in force ({from} to {to}) it must follow them (as of {asOf})',
  },
  'j30.scope.approval_window': {
    zh: '立项日期 {approvalDate} 不在本实施意见施行期（{from} 至 {to}）内，本实施意见不适用于该项目',
    en: 'Approved on {approvalDate}, outside the period of the opinions ({from} to {to}): they do not govern the project',
  },
  'j30.rating.minimum': {
    zh: '{kindZh}{classZh}：最低要求 {ratingZh}及以上',
    en: '{kindEn} {classEn} building: at least {ratingEn}',
  },
  'j30.rating.public_welfare': {
    zh: '是否公益性建筑（用途：{useZh}；填报：{reportedZh}）= {result}',
    en: 'Public-welfare building (use: {useEn}; reported: {reportedEn}) = {result}',
  },
  'j30.rating.public_welfare_known': {
    zh: '政府投资的{useZh}是否为公益性建筑未填报，无法判断是否原则上须达到三星级',
    en: 'Whether the government-invested {useEn} is a public-welfare building is not reported: the three stars in principle cannot be decided',
  },
  'j30.rating.three_star': {
    zh: '政府投资的公益性民用建筑原则上采用绿色建筑三星级标准（{stars} 星；投资主体：{investorZh}；公益性：{welfareZh}）= {result}',
    en: 'Government-invested public-welfare civil building, three stars in principle ({stars} stars; investor: {investorEn}; public welfare: {welfareEn}) = {result}',
  },
  'j30.ule.level': {
    zh: '超低能耗建筑标准（{kindZh}、{useZh}、投资主体：{investorZh}、集中建设：{centralZh}）：{levelZh}',
    en: 'Ultra-low-energy standard ({kindEn}, {useEn}, investor: {investorEn}, centrally built: {centralEn}): {levelEn}',
  },
  'j30.ule.centrally_built_known': {
    zh: '{useZh}是否集中建设未填报，无法判断是否须按超低能耗建筑标准建设',
    en: 'Whether the {useEn} is built centrally is not reported: the ultra-low-energy requirement cannot be decided',
  },
  'j30.requirement': {
    zh: '要求：{summaryZh}',
    en: 'Requirement: {summaryEn}',
  },
  'j30.plan.rating_given': {
    zh: '未填报拟达到的绿色建筑星级，无法判断是否符合要求',
    en: 'The planned green rating is not reported: compliance cannot be decided',
  },
  'j30.plan.minimum': {
    zh: '拟达到 {plannedZh}，不低于最低要求 {minimumZh}',
    en: 'Planned {plannedEn} is at least the minimum {minimumEn}',
  },
  'j30.plan.three_star': {
    zh: '拟达到 {plannedZh}，达到原则上的绿色建筑三星级标准',
    en: 'Planned {plannedEn} meets the three stars expected in principle',
  },
  'j30.plan.three_star_deviation': {
    zh: '拟达到 {plannedZh}，低于原则上的三星级标准；审查部门认可理由：{acceptedZh}',
    en: 'Planned {plannedEn} is below the three stars expected in principle; reasons accepted by the reviewing department: {acceptedEn}',
  },
  'j30.plan.ule_required': {
    zh: '须按超低能耗建筑标准建设（拟按超低能耗建设：{plannedZh}）',
    en: 'Must be built to the ultra-low-energy standard (planned: {plannedEn})',
  },
  'j30.plan.ule_in_principle': {
    zh: '原则上按超低能耗建筑标准建设（拟按超低能耗建设：{plannedZh}）',
    en: 'Built to the ultra-low-energy standard as expected in principle (planned: {plannedEn})',
  },
  'j30.plan.ule_deviation': {
    zh: '不按原则上的超低能耗建筑标准建设；审查部门认可理由：{acceptedZh}',
    en: 'Not built to the ultra-low-energy standard expected in principle; reasons accepted by the reviewing department: {acceptedEn}',
  },
};

/** The requirement in one line per language. */
export function summary(req: RatingRequirement): { summaryZh: string; summaryEn: string } {
  const zh = [`${RATING_LABELS[req.minimumRating].zh}及以上`];
  const en = [`at least ${RATING_LABELS[req.minimumRating].en}`];
  if (req.threeStarInPrinciple === true) {
    zh.push('原则上绿色建筑三星级');
    en.push('three stars in principle');
  } else if (req.threeStarInPrinciple === null) {
    zh.push('是否原则上三星级待定（公益性未填报）');
    en.push('three stars in principle undecided (public welfare not reported)');
  }
  if (req.ultraLowEnergy === null) {
    zh.push('超低能耗要求待定（是否集中建设未填报）');
    en.push('ultra-low energy undecided (central construction not reported)');
  } else {
    zh.push(ULE_LABELS[req.ultraLowEnergy].zh);
    en.push(`ultra-low-energy standard ${ULE_LABELS[req.ultraLowEnergy].en}`);
  }
  return { summaryZh: zh.join('；'), summaryEn: en.join('; ') };
}
