/**
 * @module policies/jingjiguanfa-2023-31
 * 京技管发〔2023〕31号: E-Town's measures for financial awards from the green low-carbon
 * development fund (27 award items) — metadata, verbatim text and clause outline. Rules are added
 * to {@link rules}.
 */
import { parseCalendarDate, validity } from '../../engine/period.ts';
import type { Rule } from '../../engine/rule.ts';
import { chineseNumeral, type OutlineOptions, parseOutline } from '../outline.ts';
import type { PolicyDocument } from '../types.ts';
import { RULES_31 } from './rules.ts';
import { TEXT } from './text.ts';

/** English names of the 27 award items of 第一章, in order, with the section each belongs to. */
const AWARD_ITEMS_EN: ReadonlyArray<readonly [section: string, en: string]> = [
  ['一', 'Air-pollution control retrofits'],
  ['一', 'Water-pollution control retrofits'],
  ['一', 'Deep treatment of gas-fired boilers'],
  ['一', 'Online environmental monitoring'],
  ['一', 'Replacing catering exhaust treatment equipment'],
  ['一', 'Transformation or exit of polluting enterprises'],
  ['一', '“Zero-waste city” projects'],
  ['一', 'Better heavy-pollution emergency performance grades'],
  ['一', 'Outstanding pilots of advanced low-carbon technology'],
  ['一', 'Low-carbon leader pilots'],
  ['一', 'Water-efficiency leaders'],
  ['一', 'Other ecological and environmental projects'],
  ['一', 'Replacing owned fuel commercial vehicles with new-energy vehicles'],
  ['一', 'Replacing leased fuel buses and coaches with new-energy vehicles'],
  ['一', 'Green manufacturing titles'],
  ['二', 'Energy-saving and carbon-reduction retrofits'],
  ['二', 'Distributed photovoltaic generation'],
  ['二', 'New-energy heating'],
  ['二', 'Green electricity trading'],
  ['二', 'Energy-saving and carbon-reduction consulting'],
  ['二', 'Carbon-neutrality certification'],
  ['二', 'Key energy users rated excellent'],
  ['三', 'Green buildings'],
  ['三', 'Energy-saving green retrofits of public buildings'],
  ['三', 'Ultra-low and near-zero energy building demonstrations'],
  ['三', 'Innovation demonstrations in green building and building energy efficiency'],
  ['三', 'Green construction sites'],
];

/** How this document numbers its clauses: 第X章, 一、, （一）–（二十七） numbered on across 一–三, and 1. */
export const OUTLINE_OPTIONS: OutlineOptions = {
  numbering: ['chapter', 'section', 'subsection', 'item'],
  headingsEn: {
    第一章: 'What is supported',
    '第一章/一': 'Pollution prevention and control',
    '第一章/二': 'Energy saving and carbon reduction',
    '第一章/三': 'Green buildings',
    ...Object.fromEntries(
      AWARD_ITEMS_EN.map(([section, en], i) => [`第一章/${section}/（${chineseNumeral(i + 1)}）`, en]),
    ),
    第二章: 'Scope and conditions of support',
    '第二章/一': 'Scope of support',
    '第二章/二': 'Conditions of support',
    第三章: 'Supplementary provisions',
    '第三章/一': 'Source of funds',
    '第三章/二': 'Division of responsibilities',
    '第三章/三': 'Other provisions',
  },
};

/** The rules that implement this measure's award items (items 1–3 so far). */
export const rules: Rule[] = [...RULES_31];

/** 京技管发〔2023〕31号 as data. */
export const policy: PolicyDocument = {
  id: 'jingjiguanfa-2023-31',
  number: '京技管发〔2023〕31号',
  numberEn: 'Jingjiguanfa[2023]No. 31',
  title: {
    zh: '北京经济技术开发区管理委员会关于印发《北京经济技术开发区促进绿色低碳高质量发展资金奖励办法》的通知',
    en: 'Circular of Administrative Committee of Beijing Economic–Technological Development Area on Issuing the “Measures of Beijing Economic–Technological Development Area on Financial Incentive for Promoting Green, Low–Carbon and High–Quality Development”',
  },
  measureTitle: {
    zh: '北京经济技术开发区促进绿色低碳高质量发展资金奖励办法',
    en: 'Measures of Beijing Economic–Technological Development Area on Financial Incentive for Promoting Green, Low–Carbon and High–Quality Development',
  },
  summary: {
    zh: '经开区绿色发展资金的27类奖励项目（污染防治、节能降碳、绿色建筑）及其支持范围和支持条件。',
    en: 'The E-Town green development fund: 27 award items (pollution control, energy saving and carbon reduction, green buildings), where they apply and on what conditions.',
  },
  issuers: [
    {
      zh: '北京经济技术开发区管理委员会',
      en: 'Administrative Committee of Beijing Economic–Technological Development Area',
    },
  ],
  signedOn: parseCalendarDate('2023-11-24', 'signedOn'),
  gazettePage: 72,
  validity: validity('2023-11-24'),
  repeals: [],
  validityNote: {
    zh: '通知和办法均未规定施行日期或有效期（第三章附则只规定资金来源、职责分工和解释）。按 policy-notes：自签发之日（2023年11月24日）起施行，无终止日期。',
    en: 'Neither the circular nor the measures state an effective date or a term (chapter 3 covers funding, duties and interpretation only). Per policy-notes: in force from signing (2023-11-24), with no end date.',
  },
  text: TEXT,
  outline: parseOutline(TEXT, OUTLINE_OPTIONS),
  rules,
};
