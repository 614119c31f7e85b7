/**
 * @module services/catalog
 * The policy catalog and the rules as the shells show them: views with statuses as of a date,
 * clause lookup, rule metadata and evaluation rendered in both languages. Shared by the API, the
 * CLI and the web UI so that all three say the same thing.
 */
import type { Citation } from '../../engine/citation.ts';
import { type DecisionJson, decisionToJson } from '../../engine/decision.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { type CalendarDate, parseCalendarDate, type Validity } from '../../engine/period.ts';
import type { FactsSchema, Rule, RuleExample } from '../../engine/rule.ts';
import { getDepartment } from '../../policies/departments.ts';
import {
  allRules,
  evaluate,
  findClause,
  getPolicy,
  getRule,
  POLICIES,
  policyStatus,
  searchPolicies,
} from '../../policies/index.ts';
import type { ClauseNode, PolicyDocument, PolicyStatus, Repealed } from '../../policies/types.ts';
import { type Actor, authorize } from '../accounts/index.ts';

export const STATUS_LABELS: Readonly<Record<PolicyStatus, Bilingual>> = {
  in_force: { zh: '现行有效', en: 'In force' },
  not_yet: { zh: '尚未施行', en: 'Not yet in force' },
  expired: { zh: '已失效', en: 'Expired' },
  repealed: { zh: '已废止', en: 'Repealed' },
};

/** A policy in lists. */
export interface PolicySummaryView {
  readonly id: string;
  readonly number: string;
  readonly numberEn: string;
  readonly title: Bilingual;
  readonly measureTitle?: Bilingual;
  readonly summary: Bilingual;
  readonly issuers: readonly Bilingual[];
  readonly signedOn: string;
  readonly gazettePage: number;
  readonly validity: Validity;
  readonly repealedOn?: string;
  readonly status: PolicyStatus;
  readonly statusLabel: Bilingual;
  readonly ruleCount: number;
}

/** A policy with its whole outline. */
export interface PolicyView extends PolicySummaryView {
  readonly validityNote: Bilingual;
  readonly repeals: readonly Repealed[];
  readonly outline: readonly ClauseNode[];
  readonly rules: readonly RuleSummaryView[];
}

export interface RuleSummaryView {
  readonly id: string;
  readonly policyId: string;
  readonly title: Bilingual;
  readonly citations: readonly Citation[];
  readonly validity: Validity;
  readonly noApplication: boolean;
  readonly department?: string;
  /** The responsible department's name, when the rule names one. */
  readonly departmentName?: Bilingual;
}

export interface RuleView extends RuleSummaryView {
  readonly factsSchema: FactsSchema;
  readonly examples: readonly RuleExample[];
}

function summaryView(p: PolicyDocument, asOf: CalendarDate): PolicySummaryView {
  const status = policyStatus(p, asOf);
  return {
    id: p.id,
    number: p.number,
    numberEn: p.numberEn,
    title: p.title,
    ...(p.measureTitle === undefined ? {} : { measureTitle: p.measureTitle }),
    summary: p.summary,
    issuers: p.issuers,
    signedOn: p.signedOn,
    gazettePage: p.gazettePage,
    validity: p.validity,
    ...(p.repealedOn === undefined ? {} : { repealedOn: p.repealedOn }),
    status,
    statusLabel: STATUS_LABELS[status],
    ruleCount: p.rules.length,
  };
}

export function ruleSummaryView(r: Rule): RuleSummaryView {
  return {
    id: r.id,
    policyId: r.policyId,
    title: r.title,
    citations: r.citations,
    validity: r.validity,
    noApplication: r.noApplication === true,
    ...(r.department === undefined
      ? {}
      : { department: r.department, departmentName: getDepartment(r.department).name }),
  };
}

/** Parses an optional as-of date; defaults to `today`. */
export function resolveAsOf(value: unknown, today: CalendarDate, field = 'asOf'): CalendarDate {
  return value === undefined || value === null || value === '' ? today : parseCalendarDate(value, field);
}

/** Every policy (or those matching `q`), with status as of `asOf`, optionally filtered by status. */
export function listPolicies(
  actor: Actor,
  asOf: CalendarDate,
  opts: { q?: string; status?: PolicyStatus } = {},
): PolicySummaryView[] {
  authorize(actor, 'policies.read');
  const found = opts.q !== undefined && opts.q.trim() !== '' ? searchPolicies(opts.q) : POLICIES;
  return found
    .map((p) => summaryView(p, asOf))
    .filter((v) => opts.status === undefined || v.status === opts.status);
}

/** One policy with its outline; throws `ZC_ERR_POLICY_NOT_FOUND`. */
export function showPolicy(actor: Actor, id: string, asOf: CalendarDate): PolicyView {
  authorize(actor, 'policies.read');
  const p = getPolicy(id);
  return {
    ...summaryView(p, asOf),
    validityNote: p.validityNote,
    repeals: p.repeals,
    outline: p.outline,
    rules: p.rules.map(ruleSummaryView),
  };
}

/** One clause by outline path or citation form; throws `ZC_ERR_CLAUSE_NOT_FOUND`. */
export function showClause(
  actor: Actor,
  policyId: string,
  ref: string,
): { policyId: string; clause: ClauseNode } {
  authorize(actor, 'policies.read');
  return { policyId, clause: findClause(getPolicy(policyId), ref) };
}

/** Rules, optionally of one policy. */
export function listRules(actor: Actor, policyId?: string): RuleSummaryView[] {
  authorize(actor, 'policies.read');
  const rules = policyId === undefined ? allRules() : getPolicy(policyId).rules;
  return rules.map(ruleSummaryView);
}

/** One rule with its facts schema; throws `ZC_ERR_RULE_NOT_FOUND`. */
export function showRule(actor: Actor, ruleId: string): RuleView {
  authorize(actor, 'policies.read');
  const r = getRule(ruleId);
  return { ...ruleSummaryView(r), factsSchema: r.factsSchema, examples: r.examples ?? [] };
}

/** Evaluates a rule as of a date and renders the decision in zh-CN and en. */
export function evaluateRuleView(
  actor: Actor,
  ruleId: string,
  facts: unknown,
  asOf: CalendarDate,
): DecisionJson {
  authorize(actor, 'rules.evaluate');
  const rule = getRule(ruleId);
  return decisionToJson(evaluate(ruleId, facts, asOf), rule.messages);
}
