/**
 * @module services/green/evaluate
 * Evaluating a 31号 item for an enterprise the store knows: the facts given (by the enterprise in
 * its application, or by a bureau's list row) with what the store holds on top — the area of its
 * record, its standing where the bureaus have recorded it, and its award history — so nobody can
 * declare their way past a cap or a bad record. Bureau-configured parameters (item 6's tiers)
 * apply.
 */
import type { Decision } from '../../engine/decision.ts';
import type { ParameterOverrides } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import type { Rule } from '../../engine/rule.ts';
import { evaluateRule } from '../../engine/rule.ts';
import { getPolicy, policyWindow } from '../../policies/index.ts';
import type { AwardRecord } from '../../policies/jingjiguanfa-2023-31/history.ts';
import type { EnterpriseRow } from '../../store/schema.ts';
import { commonFactsOf } from './facts.ts';

/** Facts that name the project or site an award is for; filled from the row's or application's reference. */
export const REF_FACTS: readonly string[] = ['projectRef', 'siteRef'];

/** The facts the rule sees: given facts, overlaid with the store's, limited to the rule's schema. */
export function storeFacts(
  rule: Rule,
  given: Readonly<Record<string, unknown>>,
  enterprise: EnterpriseRow,
  history: readonly AwardRecord[],
  projectRef?: string,
): Record<string, unknown> {
  const props = rule.factsSchema.properties;
  const { facts: common } = commonFactsOf(enterprise);
  // Items that key their award by the project (26) or site (27) take the application's or the
  // list row's reference.
  let refs: Record<string, unknown> | null = null;
  if (projectRef !== undefined)
    for (const k of REF_FACTS)
      if (k in props && given[k] === undefined) {
        refs ??= {};
        refs[k] = projectRef;
      }
  // One object built in one go (this runs for every row of a grant run): the given facts, the
  // references, then the store's facts the rule takes (all of them, for every 31号 item).
  let store: Readonly<Record<string, unknown>> = common;
  for (const k in common)
    if (!(k in props)) {
      store = Object.fromEntries(Object.entries(common).filter(([c]) => c in props));
      break;
    }
  const out: Record<string, unknown> = refs ? { ...given, ...refs, ...store } : { ...given, ...store };
  if ('awardHistory' in props) out.awardHistory = history;
  return out;
}

/** Evaluates `rule` on `facts` as of `asOf` within its document's window, with the configured parameters. */
export function evaluateItem(
  rule: Rule,
  facts: Readonly<Record<string, unknown>>,
  asOf: CalendarDate,
  overrides: ParameterOverrides,
): Decision {
  return evaluateRule(rule, facts, asOf, policyWindow(getPolicy(rule.policyId)), overrides);
}

/** What an award of `rule` on these facts is for: the rule's own keys, else the project. */
export function subjectsOf(
  rule: Rule,
  facts: Readonly<Record<string, unknown>>,
  projectRef: string,
): string[] {
  const own = rule.awardSubjects?.(facts);
  return own && own.length > 0 ? [...own] : [`project:${projectRef}`];
}
