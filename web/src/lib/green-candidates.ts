/**
 * @module web/lib/green-candidates
 * The candidates the policy calculator offers, grouped by document: the 27 items of 31号 (by their
 * number), and the awards of other E-Town and municipal policies that take part in 从高从优不重复 —
 * the articles of 32号 (SRDI and high-tech enterprises) and the municipal investment support of
 * 1309号 六 (new-energy heating), given by their rule id. `POST /api/v1/match` takes both forms.
 */
import type { RuleSummary } from '../api.ts';
import { GREEN_POLICY_ID, itemOf, itemRuleId } from './green-types.ts';

/** A candidate as the draft keeps it: a 31号 item number, or another policy's rule id. */
export type CandidateItem = number | string;

/** The documents whose awards the calculator offers, in the order it shows them. */
export const CANDIDATE_POLICIES: readonly { readonly id: string; readonly number: string }[] = [
  { id: GREEN_POLICY_ID, number: '京技管发〔2023〕31号' },
  { id: 'jingjiguanfa-2023-32', number: '京技管发〔2023〕32号' },
  { id: 'jingfagai-2023-1309', number: '京发改〔2023〕1309号' },
];

/** Another document's offered awards. */
export interface CandidateGroup {
  readonly policyId: string;
  readonly number: string;
  readonly rules: readonly RuleSummary[];
}

/** Of 1309号 only the support of 六 is an award; its project check is a compliance check. */
export const OTHER_CANDIDATE_RULES: Readonly<Record<string, readonly string[] | 'all'>> = {
  'jingjiguanfa-2023-32': 'all',
  'jingfagai-2023-1309': ['jingfagai-2023-1309/investment-support'],
};

/** The rule id of a candidate. */
export function candidateRuleId(item: CandidateItem): string {
  return typeof item === 'number' ? itemRuleId(item) : item;
}

/** The `<option>` value of a candidate: the item number, or the rule id. */
export function candidateKey(item: CandidateItem): string {
  return typeof item === 'number' ? String(item) : item;
}

/** The candidate an `<option>` value stands for. */
export function parseCandidateKey(value: string): CandidateItem {
  return /^\d{1,2}$/.test(value) ? Number(value) : value;
}

/** The candidate of a rule summary: its item number for 31号, else its id. */
export function candidateOf(rule: Pick<RuleSummary, 'id'>): CandidateItem {
  const n = itemOf(rule.id);
  return Number.isNaN(n) ? rule.id : n;
}

/** The document number of a rule id (`京技管发〔2023〕32号`), or its policy id. */
export function policyNumberOf(ruleId: string): string {
  const policyId = ruleId.split('/')[0] ?? ruleId;
  return CANDIDATE_POLICIES.find((p) => p.id === policyId)?.number ?? policyId;
}

/** The clause of a rule's first citation (`第一条`, `六(一)`), or empty. */
export function clauseOf(rule: Pick<RuleSummary, 'citations'> | undefined): string {
  return rule?.citations[0]?.clause ?? '';
}

/** Keeps the rules the calculator offers of another policy. */
export function offeredRules(policyId: string, rules: readonly RuleSummary[]): RuleSummary[] {
  const which = OTHER_CANDIDATE_RULES[policyId];
  if (which === undefined) return [];
  return which === 'all' ? [...rules] : rules.filter((r) => which.includes(r.id));
}
