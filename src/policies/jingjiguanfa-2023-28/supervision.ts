/**
 * @module policies/jingjiguanfa-2023-28/supervision
 * 二(四)16 “信用+风险”: a credit grade and a risk level from recorded facts, the supervision intensity
 * they give, and the 无事不扰 check on scheduling an inspection.
 *
 * > 建立“信用+风险”监管体系，对外资企业实施分级分类综合监管，建立“一企一档一专员”管理机制
 * > 对信用级别高、风险等级低的外资企业做到“无事不扰”
 *
 * The text sets no grading; D-28-5 fixes it from facts an officer records:
 * credit D — on the serious dishonesty list; C — a major administrative penalty in three years, or
 * on the list of abnormal operations; B — any administrative penalty in the last year, or a tax
 * credit grade other than A or B; A — otherwise. Risk high — a production-safety accident or
 * environmental incident in three years; medium — hazardous operations, or a substantiated
 * complaint in the last year; low — otherwise. Intensity: A + low → `no_disturbance`; D or high →
 * `strict`; C or medium → `enhanced`; else `standard`.
 * D-28-6: under `no_disturbance` a routine inspection is refused unless a reason is recorded, and
 * then it goes to review; an inspection triggered by a complaint, a referral or an incident (有事)
 * is never refused. Judged on the inspection's planned date: after 2026-11-01 the trial has ended
 * and the rule answers `not_in_force`.
 */
import { type Decision, DecisionBuilder } from '../../engine/decision.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { CREDIT_RISK_CITATION, FROM, NO_DISTURBANCE_CITATION, POLICY_ID, TO } from './citations.ts';

export type CreditGrade = 'A' | 'B' | 'C' | 'D';
export type RiskLevel = 'low' | 'medium' | 'high';
export type Intensity = 'no_disturbance' | 'standard' | 'enhanced' | 'strict';

export const INTENSITIES: Readonly<Record<Intensity, { zh: string; en: string }>> = {
  no_disturbance: { zh: '无事不扰', en: 'No disturbance' },
  standard: { zh: '常规监管', en: 'Standard supervision' },
  enhanced: { zh: '重点监管', en: 'Enhanced supervision' },
  strict: { zh: '严格监管', en: 'Strict supervision' },
};

/** The recorded facts the grading reads (D-28-5). */
export interface CreditRiskFacts {
  readonly seriousDishonestyList: boolean;
  readonly abnormalOperationsList: boolean;
  readonly majorPenaltiesWithin3Years: number;
  readonly penaltiesWithin1Year: number;
  readonly taxCreditGrade: 'A' | 'B' | 'M' | 'C' | 'D' | 'none';
  readonly safetyOrEnvironmentalIncidentWithin3Years: boolean;
  readonly hazardousOperations: boolean;
  readonly substantiatedComplaintsWithin1Year: number;
}

/** Credit grade from facts (D-28-5). */
export function creditGrade(f: CreditRiskFacts): CreditGrade {
  if (f.seriousDishonestyList) return 'D';
  if (f.majorPenaltiesWithin3Years > 0 || f.abnormalOperationsList) return 'C';
  if (f.penaltiesWithin1Year > 0 || (f.taxCreditGrade !== 'A' && f.taxCreditGrade !== 'B')) return 'B';
  return 'A';
}

/** Risk level from facts (D-28-5). */
export function riskLevel(f: CreditRiskFacts): RiskLevel {
  if (f.safetyOrEnvironmentalIncidentWithin3Years) return 'high';
  if (f.hazardousOperations || f.substantiatedComplaintsWithin1Year > 0) return 'medium';
  return 'low';
}

/** Supervision intensity from grade and level (D-28-5). */
export function intensity(grade: CreditGrade, risk: RiskLevel): Intensity {
  if (grade === 'A' && risk === 'low') return 'no_disturbance';
  if (grade === 'D' || risk === 'high') return 'strict';
  if (grade === 'C' || risk === 'medium') return 'enhanced';
  return 'standard';
}

const FACT_PROPERTIES = {
  seriousDishonestyList: {
    type: 'boolean',
    description: 'On the list of seriously dishonest entities',
    'x-description-zh': '列入严重失信主体名单',
  },
  abnormalOperationsList: {
    type: 'boolean',
    description: 'On the list of enterprises with abnormal operations',
    'x-description-zh': '列入经营异常名录',
  },
  majorPenaltiesWithin3Years: {
    type: 'integer',
    minimum: 0,
    description: 'Major administrative penalties in the last three years',
    'x-description-zh': '近三年重大行政处罚次数',
  },
  penaltiesWithin1Year: {
    type: 'integer',
    minimum: 0,
    description: 'Administrative penalties in the last year',
    'x-description-zh': '近一年行政处罚次数',
  },
  taxCreditGrade: {
    type: 'string',
    enum: ['A', 'B', 'M', 'C', 'D', 'none'],
    description: 'Tax credit grade (none if not rated)',
    'x-description-zh': '纳税信用级别（未评价为 none）',
  },
  safetyOrEnvironmentalIncidentWithin3Years: {
    type: 'boolean',
    description: 'A production-safety accident or environmental incident in three years',
    'x-description-zh': '近三年发生生产安全事故或突发环境事件',
  },
  hazardousOperations: {
    type: 'boolean',
    description: 'Hazardous chemicals or other hazardous operations on site',
    'x-description-zh': '涉及危险化学品等危险作业',
  },
  substantiatedComplaintsWithin1Year: {
    type: 'integer',
    minimum: 0,
    description: 'Substantiated complaints in the last year',
    'x-description-zh': '近一年查实的投诉举报件数',
  },
} as const;
const FACT_NAMES = Object.keys(FACT_PROPERTIES);

const MESSAGES = {
  'j28.credit.grade': { zh: '信用级别：{result}', en: 'Credit grade: {result}' },
  'j28.risk.level': { zh: '风险等级：{result}', en: 'Risk level: {result}' },
  'j28.intensity': {
    zh: '监管强度（{grade}/{risk}）：{result}',
    en: 'Supervision intensity ({grade}/{risk}): {result}',
  },
  'j28.credit.high': { zh: '信用级别高（A）：实际为 {grade}', en: 'High credit grade (A): actual {grade}' },
  'j28.risk.low': { zh: '风险等级低：实际为 {risk}', en: 'Low risk level: actual {risk}' },
  'j28.inspection.allowed': {
    zh: '可安排检查（监管强度：{intensityZh}）',
    en: 'The inspection may be scheduled ({intensityEn})',
  },
  'j28.inspection.triggered': {
    zh: '有事而查（{trigger}），不受“无事不扰”限制',
    en: 'Triggered by {trigger}: “no disturbance” does not bar it',
  },
  'j28.inspection.no_disturbance': {
    zh: '“无事不扰”企业：未记录理由不得安排例行检查',
    en: '“No disturbance” enterprise: no routine inspection without a recorded reason',
  },
  'j28.inspection.reason': {
    zh: '“无事不扰”企业的例行检查已记录理由（{reason}），需审核',
    en: 'Routine inspection of a “no disturbance” enterprise with a recorded reason ({reason}); needs review',
  },
};

function grade(d: DecisionBuilder, f: CreditRiskFacts) {
  const inputs = Object.fromEntries(FACT_NAMES.map((k) => [k, f[k as keyof CreditRiskFacts]]));
  const g = d.step('j28.credit.grade', { inputs, result: creditGrade(f), citation: CREDIT_RISK_CITATION });
  const r = d.step('j28.risk.level', { inputs, result: riskLevel(f), citation: CREDIT_RISK_CITATION });
  const i = intensity(g, r);
  d.step('j28.intensity', { inputs: { grade: g, risk: r }, result: i, citation: CREDIT_RISK_CITATION });
  return { g, r, i };
}

const WINDOW = { from: FROM, to: TO };

/** Whether an enterprise is “无事不扰”: eligible when credit is A and risk low. */
export const noDisturbance: Rule = defineRule<CreditRiskFacts>({
  id: `${POLICY_ID}/no-disturbance`,
  policyId: POLICY_ID,
  title: {
    zh: '信用级别高、风险等级低的外资企业“无事不扰”',
    en: '“No disturbance” for high-credit, low-risk foreign-invested enterprises',
  },
  citations: [CREDIT_RISK_CITATION, NO_DISTURBANCE_CITATION],
  validity: WINDOW,
  department: 'business-cooperation',
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: FACT_NAMES,
    properties: FACT_PROPERTIES,
  },
  examples: [
    {
      title: { zh: '纳税信用A级、无处罚、无风险因素', en: 'Tax credit A, no penalties, no risk factors' },
      asOf: '2025-06-10' as CalendarDate,
      facts: {
        seriousDishonestyList: false,
        abnormalOperationsList: false,
        majorPenaltiesWithin3Years: 0,
        penaltiesWithin1Year: 0,
        taxCreditGrade: 'A',
        safetyOrEnvironmentalIncidentWithin3Years: false,
        hazardousOperations: false,
        substantiatedComplaintsWithin1Year: 0,
      },
    },
  ],
  messages: MESSAGES,
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-28-5');
    const { g, r } = grade(d, f);
    d.check('j28.credit.high', g === 'A', { grade: g }, NO_DISTURBANCE_CITATION);
    d.check('j28.risk.low', r === 'low', { risk: r }, NO_DISTURBANCE_CITATION);
    return d.decide(null);
  },
});

export type InspectionKind = 'routine' | 'complaint' | 'referral' | 'incident';

export interface InspectionFacts extends CreditRiskFacts {
  readonly kind: InspectionKind;
  readonly reason?: string;
}

/** Whether an inspection may be scheduled: refused for a 无事不扰 enterprise without a reason. */
export const inspectionCheck: Rule = defineRule<InspectionFacts>({
  id: `${POLICY_ID}/inspection-check`,
  policyId: POLICY_ID,
  title: { zh: '安排检查是否符合“无事不扰”', en: 'Scheduling an inspection under “no disturbance”' },
  citations: [NO_DISTURBANCE_CITATION],
  validity: WINDOW,
  department: 'business-cooperation',
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: [...FACT_NAMES, 'kind'],
    properties: {
      ...FACT_PROPERTIES,
      kind: {
        type: 'string',
        enum: ['routine', 'complaint', 'referral', 'incident'],
        description: 'Routine, or triggered by a complaint, a referral or an incident',
        'x-description-zh': '例行检查，或因投诉举报、转办线索、事故事件触发',
      },
      reason: {
        type: 'string',
        maxLength: 500,
        description: 'Recorded reason for a routine inspection',
        'x-description-zh': '例行检查的记录理由',
      },
    },
  },
  examples: [
    {
      title: {
        zh: '对“无事不扰”企业安排例行检查且无理由',
        en: 'Routine inspection of a “no disturbance” enterprise, no reason',
      },
      asOf: '2025-06-10' as CalendarDate,
      facts: {
        seriousDishonestyList: false,
        abnormalOperationsList: false,
        majorPenaltiesWithin3Years: 0,
        penaltiesWithin1Year: 0,
        taxCreditGrade: 'A',
        safetyOrEnvironmentalIncidentWithin3Years: false,
        hazardousOperations: false,
        substantiatedComplaintsWithin1Year: 0,
        kind: 'routine',
      },
    },
  ],
  messages: MESSAGES,
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-28-5');
    d.interpret('D-28-6');
    const { i } = grade(d, f);
    const label = INTENSITIES[i];
    const p = { intensityZh: label.zh, intensityEn: label.en.toLowerCase() };
    if (f.kind !== 'routine')
      d.check('j28.inspection.triggered', true, { trigger: f.kind }, NO_DISTURBANCE_CITATION);
    else if (i !== 'no_disturbance') d.check('j28.inspection.allowed', true, p, CREDIT_RISK_CITATION);
    else {
      const reason = f.reason?.trim() ?? '';
      if (reason === '') d.check('j28.inspection.no_disturbance', false, {}, NO_DISTURBANCE_CITATION);
      else d.check('j28.inspection.reason', null, { reason }, NO_DISTURBANCE_CITATION);
    }
    return d.decide(null);
  },
});
