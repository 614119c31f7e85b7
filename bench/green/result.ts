/**
 * @module bench/green/result
 * What the three engines are compared on: the outcome (eligible, ineligible, needs review) and the
 * amount in integer fen (null where there is none: always when ineligible, and when a case for
 * review has no provisional amount). Zhengce's side is `evaluateRule` on the real 31号 rules.
 */
import type { CalendarDate } from '../../src/engine/period.ts';
import { evaluateRule, type PolicyWindow, type Rule } from '../../src/engine/rule.ts';
import { getPolicy, policyWindow } from '../../src/policies/index.ts';
import { itemRule } from '../../src/policies/jingjiguanfa-2023-31/match.ts';
import type { Facts, SubsetItem } from './profiles.ts';

export type Outcome = 'eligible' | 'ineligible' | 'needs_review';

export interface PortResult {
  readonly outcome: Outcome;
  readonly amountFen: number | null;
}

/** The as-of date of every evaluation in the benchmark (inside 31号's window, from 2023-11-24). */
export const AS_OF = '2024-06-30' as CalendarDate;

export const OUTCOME_CODE: Readonly<Record<Outcome, number>> = {
  eligible: 1,
  ineligible: 2,
  needs_review: 3,
};
export const OUTCOME_OF: readonly Outcome[] = ['eligible', 'eligible', 'ineligible', 'needs_review'];

export function sameResult(a: PortResult, b: PortResult): boolean {
  return a.outcome === b.outcome && a.amountFen === b.amountFen;
}

export function describeResult(r: PortResult): string {
  if (r.amountFen === null) return `${r.outcome}, no amount`;
  const yuan = `${Math.floor(r.amountFen / 100)}.${String(r.amountFen % 100).padStart(2, '0')}`;
  return `${r.outcome}, ${yuan} 元 (${r.amountFen} fen)`;
}

/** Zhengce: the registered 31号 rule of each subset item, evaluated as the API and the services do. */
export class ZhengceSubset {
  readonly #rules = new Map<SubsetItem, Rule>();
  readonly #window: PolicyWindow = policyWindow(getPolicy('jingjiguanfa-2023-31'));

  rule(item: SubsetItem): Rule {
    let r = this.#rules.get(item);
    if (!r) {
      r = itemRule(item, 'item');
      this.#rules.set(item, r);
    }
    return r;
  }

  evaluate(item: SubsetItem, facts: Facts): PortResult {
    const d = evaluateRule(this.rule(item), facts, AS_OF, this.#window);
    if (d.outcome === 'not_in_force') throw new Error(`${d.ruleId} not in force on ${AS_OF}`);
    return { outcome: d.outcome, amountFen: d.amount };
  }
}
