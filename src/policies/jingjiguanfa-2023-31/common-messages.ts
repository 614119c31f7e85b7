/**
 * @module policies/jingjiguanfa-2023-31/common-messages
 * Wording, in zh-CN and en, of the reasons `checkCommon` records for 第二章 支持范围和支持条件.
 */
import type { MessageCatalog } from '../../engine/messages.ts';

/** Wording of every reason `checkCommon` records. */
export const COMMON_MESSAGES: MessageCatalog = {
  'j31.common.area': {
    zh: '第（{item}）项的申报主体在适用范围内（所在区域：{location}；适用：{allowed}）',
    en: 'The applicant for item {item} is within its area (location: {location}; allowed: {allowed})',
  },
  'j31.common.registered': {
    zh: '在适用范围内依法注册、纳税、入统（填报：{value}）',
    en: 'Lawfully registered, taxed and in statistics within the area (reported: {value})',
  },
  'j31.common.no_major_penalty': {
    zh: '近三年无重大行政处罚记录（有记录：{value}）',
    en: 'No major administrative penalty in the last three years (has one: {value})',
  },
  'j31.common.no_criminal_record': {
    zh: '近三年无刑事犯罪记录（有记录：{value}）',
    en: 'No criminal record in the last three years (has one: {value})',
  },
  'j31.common.not_dishonest': {
    zh: '未被列入严重违法失信主体名单（已列入：{value}）',
    en: 'Not on the serious-dishonesty list (listed: {value})',
  },
  'j31.common.no_safety_accident': {
    zh: '近三年未发生重大生产安全事故（发生：{value}）',
    en: 'No major production-safety accident in the last three years (had one: {value})',
  },
  'j31.common.no_environmental_incident': {
    zh: '近三年未发生突发环境事件（发生：{value}）',
    en: 'No sudden environmental incident in the last three years (had one: {value})',
  },
  'j31.common.completed': {
    zh: '申报项目已实施完成（填报：{value}）',
    en: 'The project has been completed (reported: {value})',
  },
  'j31.common.payment_share': {
    zh: '含税实际支付金额 {paid} 元达到含税项目总投资 {total} 元的 {min}（含）以上',
    en: 'Tax-included payments of {paid} yuan are at least {min} of the tax-included total investment of {total} yuan',
  },
  'j31.common.not_three_simultaneous': {
    zh: '不属于建设项目环境保护“三同时”的项目（属于：{value}）',
    en: 'Not an environmental "three simultaneities" obligation of a construction project (is one: {value})',
  },
  'j31.common.data_centre_reviewed': {
    zh: '不是未获得节能审查意见的数据中心项目（数据中心：{dataCentre}；已获节能审查意见：{reviewed}）',
    en: 'Not a data centre without an energy-saving review opinion (data centre: {dataCentre}; reviewed: {reviewed})',
  },
  'j31.common.not_government_funded': {
    zh: '不是使用政府财政资金投资建设的项目（是：{value}）',
    en: 'Not invested in and built with government funds (is: {value})',
  },
};
