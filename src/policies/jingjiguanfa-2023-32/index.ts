/**
 * @module policies/jingjiguanfa-2023-32
 * 京技管发〔2023〕32号: E-Town's measures for the high-quality development of SRDI (专精特新) and
 * high-tech enterprises — metadata, verbatim text and clause outline (第一条–第十条). Rules are
 * added to {@link rules}.
 */
import { parseCalendarDate, validity } from '../../engine/period.ts';
import type { Rule } from '../../engine/rule.ts';
import { type OutlineOptions, parseOutline } from '../outline.ts';
import type { PolicyDocument } from '../types.ts';
import { art01Srdi } from './art-01-srdi.ts';
import { art02HighTech } from './art-02-high-tech.ts';
import { art04RdGrowth } from './art-04-rd-growth.ts';
import { art05Rent } from './art-05-rent.ts';
import { art06ServiceVouchers } from './art-06-service-vouchers.ts';
import { art07DirectInvestment } from './art-07-direct-investment.ts';
import { TEXT } from './text.ts';

/** How this document numbers its clauses: 第一条–第十条 with run-in headings, then closing paragraphs. */
export const OUTLINE_OPTIONS: OutlineOptions = {
  numbering: ['article'],
  runInHeadings: true,
  closingStarts: ['本措施适用于'],
  headingsEn: {
    第一条: 'Rewarding exemplary SRDI enterprises',
    第二条: 'Supporting high-tech enterprise recognition',
    第三条: 'Supporting enterprises in attracting and developing innovative talent',
    第四条: 'Supporting sustained growth in R&D spending',
    第五条: 'The “Innovation Growth Plan”',
    第六条: 'Supporting the purchase of professional services',
    第七条: 'Using the science and technology innovation fund',
    第八条: 'Encouraging quality enterprises to list',
    第九条: 'Incubation services of carriers and platforms',
    第十条: 'Targeted services for enterprises',
  },
};

/** The rules that implement this document's clauses. */
export const rules: Rule[] = [
  art01Srdi,
  art02HighTech,
  art04RdGrowth,
  art05Rent,
  art06ServiceVouchers,
  art07DirectInvestment,
];

/** 京技管发〔2023〕32号 as data. */
export const policy: PolicyDocument = {
  id: 'jingjiguanfa-2023-32',
  number: '京技管发〔2023〕32号',
  numberEn: 'Jingjiguanfa[2023]No. 32',
  title: {
    zh: '北京经济技术开发区管理委员会印发《关于进一步促进专精特新、高新技术企业高质量发展的若干措施》的通知',
    en: 'Circular of Administrative Committee of Beijing Economic–Technological Development Area on Issuing the “Measures to Further Promote the High–Quality Development of Specialized and Sophisticated Enterprises that Produce New and Unique Products as well as High–Tech Enterprises”',
  },
  measureTitle: {
    zh: '关于进一步促进专精特新、高新技术企业高质量发展的若干措施',
    en: 'Measures to Further Promote the High–Quality Development of Specialized and Sophisticated Enterprises that Produce New and Unique Products as well as High–Tech Enterprises',
  },
  summary: {
    zh: '支持专精特新、高新技术企业的10条措施：认定奖励、研发投入支持、房租补贴、科技创新服务券、直投等。',
    en: 'Ten measures for SRDI and high-tech enterprises: recognition awards, R&D growth support, rent subsidies, innovation service vouchers and direct investment.',
  },
  issuers: [
    {
      zh: '北京经济技术开发区管理委员会',
      en: 'Administrative Committee of Beijing Economic–Technological Development Area',
    },
  ],
  signedOn: parseCalendarDate('2023-11-29', 'signedOn'),
  gazettePage: 88,
  validity: validity('2023-11-29', '2025-12-31'),
  repeals: [],
  validityNote: {
    zh: '结语：“自公布之日起施行，至 2025 年 12 月 31 日结束”。按 policy-notes：以签发日2023年11月29日为公布之日，施行至2025年12月31日（含）。',
    en: 'Closing paragraphs: in force from publication until 2025-12-31. Per policy-notes: publication taken as the signing date, 2023-11-29; in force through 2025-12-31.',
  },
  text: TEXT,
  outline: parseOutline(TEXT, OUTLINE_OPTIONS),
  rules,
};
