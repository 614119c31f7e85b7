/**
 * @module policies/jingjiguanfa-2023-30
 * 京技管发〔2023〕30号: E-Town's implementation opinions on green and ultra-low-energy buildings
 * for a green city — metadata, verbatim text and clause outline. Rules are added to {@link rules}.
 */
import { parseCalendarDate, validity } from '../../engine/period.ts';
import type { Rule } from '../../engine/rule.ts';
import { type OutlineOptions, parseOutline } from '../outline.ts';
import type { PolicyDocument } from '../types.ts';
import { ratingRequirementRule } from './rating-requirement.ts';
import { TEXT } from './text.ts';

/** How this document numbers its clauses: 一、, （一） (六's with run-in headings) and 九's 1.–3. */
export const OUTLINE_OPTIONS: OutlineOptions = {
  numbering: ['section', 'subsection', 'item'],
  runInHeadings: true,
  headingsEn: {
    一: 'General approach',
    二: 'Scope',
    三: 'Working principles',
    四: 'Targets',
    '四/(一)': 'Green buildings',
    '四/(二)': 'Ultra-low-energy buildings',
    五: 'Organisation',
    六: 'Responsibilities of departments',
    七: 'Process management',
    '七/(一)': 'Investment promotion and land supply',
    '七/(二)': 'Project approval',
    '七/(三)': 'Planning and design',
    '七/(四)': 'Construction',
    '七/(五)': 'Operation',
    八: 'Safeguards',
    九: 'Supplementary provisions',
  },
};

/**
 * The rules that implement this document's clauses. The stage gates of 七 (`gates.ts`) and the
 * 2025 targets of 四 (`targets.ts`) are pure functions beside them, not rules.
 */
export const rules: Rule[] = [ratingRequirementRule];

/** 京技管发〔2023〕30号 as data. */
export const policy: PolicyDocument = {
  id: 'jingjiguanfa-2023-30',
  number: '京技管发〔2023〕30号',
  numberEn: 'Jingjiguanfa[2023]No. 30',
  title: {
    zh: '北京经济技术开发区管理委员会印发《关于发展绿色建筑和超低能耗建筑推动绿色城市建设的实施意见》的通知',
    en: 'Circular of Administrative Committee of Beijing Economic–Technological Development Area on Issuing the “Implementation Opinions on the Development of Green Buildings and Ultra–Low Energy Buildings to Promote the Construction of Green City”',
  },
  measureTitle: {
    zh: '关于发展绿色建筑和超低能耗建筑推动绿色城市建设的实施意见',
    en: 'Implementation Opinions on the Development of Green Buildings and Ultra–Low Energy Buildings to Promote the Construction of Green City',
  },
  summary: {
    zh: '亦庄新城225平方公里内建筑项目的绿色建筑星级和超低能耗建筑要求、2025年目标、部门职责和全过程管理。',
    en: 'Green-building ratings and ultra-low-energy requirements for building projects in the 225 km² Yizhuang New Town, with 2025 targets, departmental duties and project-cycle management.',
  },
  issuers: [
    {
      zh: '北京经济技术开发区管理委员会',
      en: 'Administrative Committee of Beijing Economic–Technological Development Area',
    },
  ],
  signedOn: parseCalendarDate('2023-11-22', 'signedOn'),
  gazettePage: 60,
  validity: validity('2023-11-23', '2025-12-31'),
  repeals: [],
  validityNote: {
    zh: '九3：“本实施意见自 2023 年 11 月 23 日起施行,有效期至 2025 年 12 月 31 日。凡是自 2023 年 11 月 23 日之后取得立项手续的建设项目,均应按照本实施意见执行。”与 policy-notes 一致。',
    en: 'Part 九, item 3: in force from 2023-11-23 until 2025-12-31; building projects approved after 2023-11-23 must follow it. As in policy-notes.',
  },
  text: TEXT,
  outline: parseOutline(TEXT, OUTLINE_OPTIONS),
  rules,
};
