/**
 * @module policies/jingfagai-2023-1336
 * 京发改〔2023〕1336号: the circular of the Beijing Municipal Commission of Development and Reform
 * and ten other municipal bodies issuing the implementation opinions on work relief (以工代赈) —
 * its metadata, verbatim text and clause outline, and the checks of the work-relief workflow
 * (services/work-relief) as rules: wages confirmed and paid in full and on time, paid to the
 * worker's own card, workers in the target population, projects that employ and pay, the
 * requirement in the documents, training before the job. "Eligible" in these checks means the case
 * complies with the clause; the interpretation decisions are D-1336-* (docs/interpretations-1336.md).
 */
import { parseCalendarDate, validity } from '../../engine/period.ts';
import type { Rule } from '../../engine/rule.ts';
import { type OutlineOptions, parseOutline } from '../outline.ts';
import type { PolicyDocument } from '../types.ts';
import { requirementInDocuments } from './documents.ts';
import { wagesToOwnCard } from './own-card.ts';
import { projectEmploysWorkers } from './project-workers.ts';
import { targetPopulation } from './target-population.ts';
import { TEXT } from './text.ts';
import { trainingBeforeWork } from './training.ts';
import { wagesPaid } from './wages-paid.ts';

export { POLICY_ID } from './citations.ts';

/** How this document numbers its clauses: 一、 and （一）, the latter with run-in headings. */
export const OUTLINE_OPTIONS: OutlineOptions = {
  numbering: ['section', 'subsection'],
  runInHeadings: true,
  headingsEn: {
    一: 'The requirements of work relief',
    '一/(一)': 'Who is covered',
    '一/(二)': 'Scope',
    '一/(三)': 'Stages of a project',
    二: 'Principles of work relief',
    三: 'Key tasks of work relief',
    '三/(一)': 'Planning and reserving projects',
    '三/(二)': 'Organising and mobilising workers',
    '三/(三)': 'Training workers',
    '三/(四)': 'Paying labour remuneration in full and on time',
    四: 'A coordinated working mechanism',
    五: 'Stronger management of work relief',
  },
};

/** The rules that implement this document's clauses. */
export const rules: Rule[] = [
  wagesPaid,
  wagesToOwnCard,
  targetPopulation,
  projectEmploysWorkers,
  requirementInDocuments,
  trainingBeforeWork,
];

/** 京发改〔2023〕1336号 as data. */
export const policy: PolicyDocument = {
  id: 'jingfagai-2023-1336',
  number: '京发改〔2023〕1336号',
  numberEn: 'Jingfagai[2023]No. 1336',
  title: {
    zh: '北京市发展和改革委员会等11部门关于印发因地制宜开展以工代赈工作促进农民群众就业增收实施意见的通知',
    en: 'Circular of Beijing Municipal Commission of Development and Reform and Other 10 Departments on Issuing the “Implementation Opinions on Conducting Work-Relief Programs in Light of Local Conditions to Help Farmers Find Employment and Increase Their Income”',
  },
  measureTitle: {
    zh: '关于因地制宜开展以工代赈工作促进农民群众就业增收的实施意见',
    en: 'Implementation Opinions on Conducting Work-Relief Programs in Light of Local Conditions to Help Farmers Find Employment and Increase Their Income',
  },
  summary: {
    zh: '因地制宜开展以工代赈：组织农村劳动力参与乡村基础设施等项目建设，足额发放劳务报酬，促进农民就业增收。',
    en: 'Work relief: rural workers are employed on local infrastructure and other projects and paid their labour remuneration in full, to raise farmers’ employment and income.',
  },
  issuers: [
    { zh: '北京市发展和改革委员会', en: 'Beijing Municipal Commission of Development and Reform' },
    { zh: '北京市农业农村局', en: 'Beijing Municipal Bureau of Agriculture and Rural Affairs' },
    { zh: '北京市财政局', en: 'Beijing Municipal Finance Bureau' },
    { zh: '北京市人力资源和社会保障局', en: 'Beijing Municipal Human Resources and Social Security Bureau' },
    {
      zh: '北京市住房和城乡建设委员会',
      en: 'Beijing Municipal Commission of Housing and Urban-Rural Development',
    },
    { zh: '北京市交通委员会', en: 'Beijing Municipal Commission of Transport' },
    { zh: '北京市水务局', en: 'Beijing Water Authority' },
    { zh: '北京市文化和旅游局', en: 'Beijing Municipal Bureau of Culture and Tourism' },
    { zh: '北京市卫生健康委员会', en: 'Beijing Municipal Health Commission' },
    { zh: '北京市园林绿化局', en: 'Beijing Municipal Forestry and Parks Bureau' },
    { zh: '北京市体育局', en: 'Beijing Municipal Sport Bureau' },
  ],
  signedOn: parseCalendarDate('2023-10-17', 'signedOn'),
  gazettePage: 23,
  validity: validity('2023-10-17'),
  repeals: [],
  validityNote: {
    zh: '通知和实施意见均未规定施行日期或有效期。按 policy-notes：自签发之日（2023年10月17日）起施行，无终止日期。',
    en: 'Neither the circular nor the opinions state an effective date or a term. Per policy-notes: in force from signing (2023-10-17), with no end date.',
  },
  text: TEXT,
  outline: parseOutline(TEXT, OUTLINE_OPTIONS),
  rules,
};
