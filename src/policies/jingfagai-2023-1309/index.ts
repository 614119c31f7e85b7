/**
 * @module policies/jingfagai-2023-1309
 * 京发改〔2023〕1309号: the circular of the Beijing Municipal Commission of Development and Reform
 * and nine other municipal bodies issuing the implementation opinions on new-energy heating — its
 * metadata, verbatim text and clause outline. Rules are added to {@link rules}.
 */
import { parseCalendarDate, validity } from '../../engine/period.ts';
import type { Rule } from '../../engine/rule.ts';
import { type OutlineOptions, parseOutline } from '../outline.ts';
import type { PolicyDocument } from '../types.ts';
import { investmentSupport } from './investment-support.ts';
import { projectCheck } from './project-check.ts';
import { TEXT } from './text.ts';

/** How this document numbers its clauses: 一、 and （一）; the interpretation paragraph closes it. */
export const OUTLINE_OPTIONS: OutlineOptions = {
  numbering: ['section', 'subsection'],
  closingStarts: ['本实施意见由市发展改革委'],
  headingsEn: {
    一: 'General requirements',
    '一/（一）': 'Guiding thought',
    '一/(二)': 'Basic principles',
    '一/(三)': 'Development targets',
    二: 'Promoting new-energy heating in many settings',
    三: 'Diversified and orderly development of new-energy heating',
    四: 'Growing the new-energy heating industry',
    五: 'Improving the management of new-energy heating',
    六: 'Improving municipal fixed-asset investment support',
    '六/(一)': 'Support criteria',
    '六/(二)': 'Scope of support',
    '六/(三)': 'How to apply',
    七: 'Safeguards',
  },
};

/** The rules that implement this document's clauses. */
export const rules: Rule[] = [investmentSupport, projectCheck];

/** 京发改〔2023〕1309号 as data. */
export const policy: PolicyDocument = {
  id: 'jingfagai-2023-1309',
  number: '京发改〔2023〕1309号',
  numberEn: 'Jingfagai[2023]No. 1309',
  title: {
    zh: '北京市发展和改革委员会等10部门关于印发全面推进新能源供热高质量发展实施意见的通知',
    en: 'Circular of Beijing Municipal Commission of Development and Reform and Other 9 Departments on Issuing the “Implementation Opinions on Comprehensively Promoting the High-Quality Development of New Energy Heating Service”',
  },
  measureTitle: {
    zh: '关于全面推进新能源供热高质量发展的实施意见',
    en: 'Implementation Opinions on Comprehensively Promoting the High-Quality Development of New Energy Heating Service',
  },
  summary: {
    zh: '全面推进本市新能源供热高质量发展：发展目标、技术路线、项目管理，以及新能源供热项目的市政府固定资产投资支持标准。',
    en: 'Beijing’s plan for new-energy heating: targets, technologies, project management, and the municipal fixed-asset investment support for new-energy heating projects.',
  },
  issuers: [
    { zh: '北京市发展和改革委员会', en: 'Beijing Municipal Commission of Development and Reform' },
    {
      zh: '北京市规划和自然资源委员会',
      en: 'Beijing Municipal Commission of Planning and Natural Resources',
    },
    { zh: '北京市城市管理委员会', en: 'Beijing Municipal Commission of Urban Management' },
    {
      zh: '北京市住房和城乡建设委员会',
      en: 'Beijing Municipal Commission of Housing and Urban-Rural Development',
    },
    { zh: '北京市水务局', en: 'Beijing Water Authority' },
    {
      zh: '北京市科学技术委员会、中关村科技园区管理委员会',
      en: 'Beijing Municipal Science and Technology Commission, Administrative Commission of Zhongguancun Science Park',
    },
    { zh: '北京市经济和信息化局', en: 'Beijing Municipal Bureau of Economy and Information Technology' },
    { zh: '北京市生态环境局', en: 'Beijing Municipal Ecology and Environment Bureau' },
    { zh: '北京市农业农村局', en: 'Beijing Municipal Bureau of Agriculture and Rural Affairs' },
    { zh: '北京市统计局', en: 'Beijing Municipal Bureau of Statistics' },
  ],
  signedOn: parseCalendarDate('2023-10-09', 'signedOn'),
  gazettePage: 6,
  validity: validity('2023-10-09'),
  repeals: [],
  validityNote: {
    zh: '通知和实施意见均未规定施行日期或有效期。按 policy-notes：自签发之日（2023年10月9日）起施行，无终止日期。',
    en: 'Neither the circular nor the opinions state an effective date or a term. Per policy-notes: in force from signing (2023-10-09), with no end date.',
  },
  text: TEXT,
  outline: parseOutline(TEXT, OUTLINE_OPTIONS),
  rules,
};
