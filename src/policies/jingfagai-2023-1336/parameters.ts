/**
 * @module policies/jingfagai-2023-1336/parameters
 * The vocabulary of 1336号 (project domains, labour stages, priority groups) and the numbers the
 * text leaves open, as dated parameters with the clause they serve (docs/interpretations-1336.md).
 */
import type { Citation } from '../../engine/citation.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { type Parameter, parameter } from '../../engine/parameter.ts';
import { FROM, LEDGER_CITATION, SCOPE_CITATION, STAGES_CITATION, TARGET_CITATION } from './citations.ts';

/** 一(二): the domains the text names ("包含但不限于…等领域"), plus `other` for the rest. */
export const DOMAINS = {
  rural_living: { zh: '农村生产生活', en: 'Rural production and living' },
  transport: { zh: '交通', en: 'Transport' },
  water: { zh: '水利', en: 'Water' },
  culture_tourism: { zh: '文化旅游', en: 'Culture and tourism' },
  forestry: { zh: '林业', en: 'Forestry' },
  other: { zh: '其他领域', en: 'Other domains' },
} as const satisfies Record<string, Bilingual>;
export type Domain = keyof typeof DOMAINS;
export const DOMAIN_CITATION: Citation = SCOPE_CITATION;

/** 一(三): the stages of a project where work relief is used. */
export const STAGES = {
  manual_labour: { zh: '人工作业、劳动密集型的一般劳动环节', en: 'Manual, labour-intensive general work' },
  service_support: { zh: '服务保障环节', en: 'Service and support' },
  maintenance: { zh: '项目建成后的后期管护环节', en: 'Maintenance after completion' },
} as const satisfies Record<string, Bilingual>;
export type Stage = keyof typeof STAGES;
export const STAGE_CITATION: Citation = STAGES_CITATION;

/** 一(一): the groups that come first. */
export const PRIORITY_GROUPS = {
  disaster_relief: { zh: '因灾需救助群体', en: 'Needs relief after a disaster' },
  limited_income: { zh: '增收能力有限的群体', en: 'Limited ability to raise income' },
  unable_to_work_away: {
    zh: '因不可抗力无法外出务工劳动力',
    en: 'Unable to work away by force majeure',
  },
} as const satisfies Record<string, Bilingual>;
export type PriorityGroup = keyof typeof PRIORITY_GROUPS;

/** 三(四) "经务工人员确认": how the worker confirmed the amount. */
export const CONFIRMATION_METHODS = {
  signature: { zh: '本人签字', en: 'Signature' },
  fingerprint: { zh: '按手印', en: 'Fingerprint' },
  sms: { zh: '短信确认', en: 'Text message' },
  app: { zh: '移动端确认', en: 'Mobile app' },
} as const satisfies Record<string, Bilingual>;
export type ConfirmationMethod = keyof typeof CONFIRMATION_METHODS;

/** 三(三): the kinds of training "培训+上岗" names. */
export const TRAINING_KINDS = {
  skills: { zh: '劳动技能培训', en: 'Skills training' },
  safety: { zh: '安全生产培训', en: 'Safety training' },
  skills_safety: { zh: '劳动技能和安全生产培训', en: 'Skills and safety training' },
} as const satisfies Record<string, Bilingual>;
export type TrainingKind = keyof typeof TRAINING_KINDS;

const fromSigning = <T>(
  id: string,
  zh: string,
  en: string,
  unit: string,
  value: T,
  citation: Citation,
): Parameter<T> => parameter<T>({ id, title: { zh, en }, unit, values: [{ from: FROM, value, citation }] });

/**
 * D-1336-1: "适龄劳动力" — the youngest age that may be employed (Labour Law art. 15 forbids
 * employing minors under 16).
 */
export const MIN_WORKING_AGE: Parameter<number> = fromSigning(
  'target.min-age',
  '适龄劳动力最低年龄（周岁）',
  'Youngest working age (full years)',
  '周岁',
  16,
  TARGET_CITATION,
);
/** D-1336-1: above this age the officer confirms the worker is fit for the job (needs review). */
export const MAX_WORKING_AGE: Parameter<number> = fromSigning(
  'target.max-age',
  '适龄劳动力最高年龄（周岁）',
  'Oldest working age without review (full years)',
  '周岁',
  60,
  TARGET_CITATION,
);
/** D-1336-3: the day of the following month by which a month's wages are due, unless a project sets its own. */
export const DEFAULT_PAY_DAY: Parameter<number> = fromSigning(
  'wages.pay-day',
  '劳务报酬默认发放日（次月几日前）',
  'Default pay day (day of the following month)',
  '日',
  15,
  LEDGER_CITATION,
);
