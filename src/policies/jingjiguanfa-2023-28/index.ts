/**
 * @module policies/jingjiguanfa-2023-28
 * 京技管发〔2023〕28号: E-Town's trial measures for a better foreign-investment environment and
 * stronger services for foreign enterprises — metadata, verbatim text and clause outline, the 20
 * measures as a catalogue, and the rules of 二(四)16 (credit + risk, 无事不扰). The workflow's pure
 * parts live beside them: working days and deadlines, the list and roundtable state machines, the
 * policy list and precise push (`push.ts`, not re-exported here because match imports the catalog).
 * Interpretation decisions: D-28-* (docs/interpretations-28.md).
 */
import { parseCalendarDate, validity } from '../../engine/period.ts';
import type { Rule } from '../../engine/rule.ts';
import { type OutlineOptions, parseOutline } from '../outline.ts';
import type { PolicyDocument } from '../types.ts';
import { buildMeasures, type Measure } from './measures.ts';
import { inspectionCheck, noDisturbance } from './supervision.ts';
import { TEXT } from './text.ts';

/** How this document numbers its clauses: 一、, （一）, and the 20 measures 1.–20. numbered on. */
export const OUTLINE_OPTIONS: OutlineOptions = {
  numbering: ['section', 'subsection', 'item'],
  runInHeadings: true,
  headingsEn: {
    一: 'General requirements',
    二: 'Main measures',
    '二/(一)': 'An international innovation ecosystem and wider industrial opening-up',
    '二/(二)': 'Innovation resources and platforms for shared opportunities',
    '二/（三）': 'Excellent service interfaces and a worry-free service system',
    '二/(四)': 'National treatment and an international business environment',
    '二/（五）': 'An international environment good to work and live in',
    三: 'Supplementary provisions',
  },
};

export { FROM, POLICY_ID, TO } from './citations.ts';

/** The rules that implement this document's clauses. */
export const rules: Rule[] = [noDisturbance, inspectionCheck];

/** 京技管发〔2023〕28号 as data. */
export const policy: PolicyDocument = {
  id: 'jingjiguanfa-2023-28',
  number: '京技管发〔2023〕28号',
  numberEn: 'Jingjiguanfa[2023]No. 28',
  title: {
    zh: '北京经济技术开发区管理委员会关于印发《北京经济技术开发区优化外商投资环境提升外企服务力度若干措施(试行)》的通知',
    en: 'Circular of Administrative Committee of Beijing Economic–Technological Development Area on Issuing the “Measures of Beijing Economic–Technological Development Area for Optimizing Foreign Investment Environment and Stepping up Services for Foreign Enterprises (Trial)”',
  },
  measureTitle: {
    zh: '北京经济技术开发区优化外商投资环境提升外企服务力度若干措施(试行)',
    en: 'Measures of Beijing Economic–Technological Development Area for Optimizing Foreign Investment Environment and Stepping up Services for Foreign Enterprises (Trial)',
  },
  summary: {
    zh: '经开区优化外商投资环境、提升外企服务力度的20条措施（试行，有效期三年）。',
    en: 'Twenty trial measures by E-Town to improve the foreign-investment environment and its services to foreign enterprises (valid for three years).',
  },
  issuers: [
    {
      zh: '北京经济技术开发区管理委员会',
      en: 'Administrative Committee of Beijing Economic–Technological Development Area',
    },
  ],
  signedOn: parseCalendarDate('2023-11-02', 'signedOn'),
  gazettePage: 30,
  validity: validity('2023-11-02', '2026-11-01'),
  repeals: [],
  validityNote: {
    zh: '三、附则：“本政策有效期三年,自公布之日起施行”。按 policy-notes：以2023年11月2日为公布之日，施行至2026年11月1日（含）。',
    en: 'Part 三 (supplementary provisions): valid for three years, in force from publication. Per policy-notes: published 2023-11-02, in force through 2026-11-01.',
  },
  text: TEXT,
  outline: parseOutline(TEXT, OUTLINE_OPTIONS),
  rules,
};

/** The 20 measures of 二、主要措施, each with its verbatim text, lead bureau and Zhengce service. */
export const MEASURES: readonly Measure[] = buildMeasures(policy.outline);
