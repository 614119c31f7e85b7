/**
 * @module policies/jingjiguanfa-2023-29
 * 京技管发〔2023〕29号: E-Town's emergency plan for heavy air pollution (2023 revision) —
 * metadata, verbatim text and clause outline, including the three annexes. Rules are added to
 * {@link rules}.
 */
import { parseCalendarDate, validity } from '../../engine/period.ts';
import type { Rule } from '../../engine/rule.ts';
import { type OutlineOptions, parseOutline } from '../outline.ts';
import type { PolicyDocument } from '../types.ts';
import { alertLevelRule } from './alert-level.ts';
import { TEXT } from './text.ts';
import { vehicleCheckRule } from './vehicles.ts';

const RESPONSE_ITEMS_EN = {
  '1': 'Health protection guidance',
  '2': 'Voluntary emission reductions',
  '3': 'Mandatory emission reductions',
} as const;

/** How this document numbers its clauses: 一、, （一）, 1., （1） and 附件N; "本预案自发布之日起实施" closes it. */
export const OUTLINE_OPTIONS: OutlineOptions = {
  numbering: ['section', 'subsection', 'item', 'subitem', 'annex'],
  closingStarts: ['本预案自发布之日起实施'],
  headingsEn: {
    一: 'Organisation and responsibilities',
    '一/(一)': 'The E-Town heavy air pollution emergency command and its office',
    '一/(二)': 'Member units of the command',
    二: 'Alerts',
    '二/(一)': 'Alert levels',
    '二/(二)': 'Receiving an alert',
    '二/（三）': 'Activating an alert',
    '二/（四）': 'Adjusting an alert',
    '二/（五）': 'Lifting an alert',
    三: 'Response to alerts',
    '三/(一)': 'Yellow alert (level III response)',
    '三/(二)': 'Orange alert (level II response)',
    '三/(三)': 'Red alert (level I response)',
    ...Object.fromEntries(
      ['(一)', '(二)', '(三)'].flatMap((s) =>
        Object.entries(RESPONSE_ITEMS_EN).map(([i, en]) => [`三/${s}/${i}`, en]),
      ),
    ),
    四: 'Safeguards',
    '四/(一)': 'Supporting plans',
    '四/(二)': 'Emergency duty',
    '四/(三)': 'Keeping communications open',
    '四/（四）': 'Inspection and accountability',
    '四/（五）': 'Publicity and guidance',
    '四/（六）': 'Public oversight',
    附件1: 'Responsibilities of the E-Town heavy air pollution emergency command',
    附件2: 'Responsibilities of the command office',
    附件3: 'Responsibilities of the command’s member units',
  },
};

/** The rules that implement this document's clauses. */
export const rules: Rule[] = [alertLevelRule, vehicleCheckRule];

/** 京技管发〔2023〕29号 as data. */
export const policy: PolicyDocument = {
  id: 'jingjiguanfa-2023-29',
  number: '京技管发〔2023〕29号',
  numberEn: 'Jingjiguanfa[2023]No. 29',
  title: {
    zh: '北京经济技术开发区管理委员会关于印发《北京经济技术开发区空气重污染应急预案(2023年修订)》的通知',
    en: 'Circular of Administrative Committee of Beijing Economic–Technological Development Area on Issuing the “Emergency Plan of Beijing Economic–Technological Development Area for Severe Atmospheric Pollution (Revised in 2023)”',
  },
  measureTitle: {
    zh: '北京经济技术开发区空气重污染应急预案(2023 年修订)',
    en: 'Emergency Plan of Beijing Economic–Technological Development Area for Severe Atmospheric Pollution (Revised in 2023)',
  },
  summary: {
    zh: '经开区空气重污染应急预案：预警分级、分级响应措施（含机动车限行）、应急值守和各成员单位职责。',
    en: 'E-Town’s heavy air-pollution emergency plan: alert levels, the response at each level (including driving restrictions), emergency duty and each member unit’s duties.',
  },
  issuers: [
    {
      zh: '北京经济技术开发区管理委员会',
      en: 'Administrative Committee of Beijing Economic–Technological Development Area',
    },
  ],
  signedOn: parseCalendarDate('2023-11-13', 'signedOn'),
  gazettePage: 38,
  validity: validity('2023-11-13'),
  repeals: [
    {
      number: '京技管〔2018〕92号',
      title: '北京经济技术开发区空气重污染应急预案(2018年修订)',
    },
  ],
  validityNote: {
    zh: '结语：“本预案自发布之日起实施”，《北京经济技术开发区空气重污染应急预案(2018年修订)》(京技管[2018]92号)同时废止。按 policy-notes：自发布（2023年11月13日）起施行，无终止日期。',
    en: 'Closing paragraph: the plan takes effect on issue, and the 2018 revision (京技管[2018]92号) is repealed at the same time. Per policy-notes: in force from issue (2023-11-13), with no end date.',
  },
  text: TEXT,
  outline: parseOutline(TEXT, OUTLINE_OPTIONS),
  rules,
};
