/**
 * @module policies/jingfagai-2023-1309/investment-support-messages
 * Wording (zh-CN and en) of every reason and trace code of the investment-support rule.
 */
import type { MessageCatalog } from '../../engine/messages.ts';
import { ITEM_MESSAGES } from './investment-items.ts';

export const SUPPORT_MESSAGES: MessageCatalog = {
  ...ITEM_MESSAGES,
  'j1309.support.distinct_ids': {
    zh: '热源和投资项编号不重复（重复编号：{duplicates}）',
    en: 'Heat sources and investment items have distinct ids (repeated: {duplicates})',
  },
  'j1309.support.capacities_positive': {
    zh: '各热源供热装机容量为正数（容量为零的热源：{zero}）',
    en: 'Every heat source has a positive capacity (zero: {zero})',
  },
  'j1309.support.listed_technology': {
    zh: '项目采用六（二）所列新能源供热技术类型（本项目热源技术：{technologies}）',
    en: 'The project uses a technology listed in 六(二) (its technologies: {technologiesEn})',
  },
  'j1309.support.source': {
    zh: '热源 {id}（{technology}）{capacityKw} kW：计入新能源供热装机：{result}',
    en: 'Heat source {id} ({technologyEn}) {capacityKw} kW: counts as new-energy capacity: {result}',
  },
  'j1309.support.share': {
    zh: '新能源供热装机占比 = 新能源装机 {newEnergyKw} kW ÷ 总装机 {totalKw} kW = {exact} ≈ {result}',
    en: 'New-energy share = new-energy capacity {newEnergyKw} kW ÷ total {totalKw} kW = {exact} ≈ {result}',
  },
  'j1309.support.project_kind': {
    zh: '企业投资的新能源供热新建及改扩建项目，或新技术应用项目、多能耦合综合能源站项目（项目类别：{projectKind}；新技术应用：{newTechnology}；多能耦合综合能源站：{multiEnergyStation}）',
    en: 'An enterprise-invested new, rebuilt or expanded project, or a new-technology or multi-energy-station project (kind: {projectKindEn}; new technology: {newTechnology}; multi-energy station: {multiEnergyStation})',
  },
  'j1309.support.share_min': {
    zh: '新能源供热装机占比 {share} 达到 {min} 及以上',
    en: 'The new-energy share {share} is at least {min}',
  },
  'j1309.support.rate': {
    zh: '支持比例 = {result}（{basis}；装机占比 {share}）',
    en: 'Support rate = {result} ({basisEn}; share {share})',
  },
  'j1309.support.gov_no_enterprise_route': {
    zh: '政府投资项目的新能源供热系统不具备企业投资条件（具备企业投资条件：{feasible}；具备条件的应优先由企业投资建设，按企业投资项目给予支持）',
    en: 'The heating system of the government project cannot be enterprise-invested (feasible: {feasible}; if feasible it is to be enterprise-invested and supported as an enterprise project)',
  },
  'j1309.support.gov_main_ratio': {
    zh: '主体项目的市政府固定资产投资比例已填报且在0至100%之间（填报：{value}）',
    en: 'The main project’s municipal fixed-asset investment ratio is given and between 0 and 100% (reported: {value})',
  },
  'j1309.support.gov_rate': {
    zh: '支持比例 = 主体项目市政府固定资产投资比例 {result}（与主体项目同比例）',
    en: 'Support rate = the main project’s municipal investment ratio {result} (the same ratio as the main project)',
  },
  'j1309.support.no_other_support': {
    zh: '未申请其他市级固定资产投资支持或运行补贴支持（已申请：{value}）',
    en: 'No other municipal fixed-asset investment or operating subsidy applied for (applied: {value})',
  },
  'j1309.support.item_built_with_project': {
    zh: '投资项 {id} 是否与新能源供热项目配套（同步）建设须填报',
    en: 'Whether item {id} was built together with the new-energy heating project must be stated',
  },
  'j1309.support.eligible_investment': {
    zh: '计入支持的新能源建设投资 = {result} 元（投资项共 {items} 项，计入 {counted} 项，不计入 {excluded} 项，合计申报 {declared} 元）',
    en: 'New-energy construction investment counted = {result} yuan ({items} items, {counted} counted, {excluded} excluded, {declared} yuan declared)',
  },
  'j1309.support.investment_positive': {
    zh: '计入支持的新能源建设投资为正数（{value} 元）',
    en: 'The counted new-energy construction investment is positive ({value} yuan)',
  },
  'j1309.support.amount': {
    zh: '支持金额 = 新能源建设投资 {investment} 元 × {rate}，四舍五入到分 = {result} 元',
    en: 'Support = new-energy construction investment {investment} yuan × {rate}, rounded half up to the fen = {result} yuan',
  },
};
