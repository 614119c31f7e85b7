/**
 * @module engine/rule
 * The rule interface that every policy implements, and the one way to evaluate a rule: check the
 * facts against the rule's JSON Schema, check the windows (policy, then rule), then let the rule
 * decide. A rule outside its window answers `not_in_force` with its dates, never a silent zero.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Citation } from './citation.ts';
import type { Decision, DecisionTarget } from './decision.ts';
import { notInForce } from './decision.ts';
import { describe, ZhengceError } from './errors.ts';
import type { Bilingual, MessageCatalog } from './messages.ts';
import type { ParameterOverrides } from './parameter.ts';
import { type CalendarDate, type Validity, validityStatus } from './period.ts';

/**
 * A JSON Schema (draft-07 subset as Ajv reads it) for a rule's facts. Each property carries an
 * English `description` and a Chinese `x-description-zh`; `x-unit` names the unit where one applies.
 */
export type FactsSchema = {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly [k: string]: unknown;
};
export type SchemaNode = { readonly [k: string]: unknown };

/** What a rule's `evaluate` is told besides the facts. */
export interface EvaluationContext {
  readonly asOf: CalendarDate;
  /** Run-time values of parameters a bureau configures (see `withOverrides`). */
  readonly overrides?: ParameterOverrides;
}

/** A worked example shown in docs and the UI. */
export interface RuleExample {
  readonly title: Bilingual;
  readonly asOf: CalendarDate;
  readonly facts: Readonly<Record<string, unknown>>;
}

/** One computable clause. `F` is the facts type its schema describes. */
export interface Rule<F = Record<string, unknown>> extends DecisionTarget {
  /** `<policy-id>/<rule>`, e.g. `jingjiguanfa-2023-32/art-05-rent`. */
  readonly id: string;
  readonly policyId: string;
  readonly title: Bilingual;
  readonly citations: readonly Citation[];
  readonly validity: Validity;
  readonly factsSchema: FactsSchema;
  /** Wording for every reason and trace code this rule emits. */
  readonly messages: MessageCatalog;
  /** Granted without application (免申即享). */
  readonly noApplication?: boolean;
  /** The responsible department's code (see services/accounts departments). */
  readonly department?: string;
  readonly examples?: readonly RuleExample[];
  /**
   * What an award of this rule is for, as keys (for example the grade steps of 31号 item 8). A
   * grant is never made twice for the same rule, enterprise and key. Rules without it award once
   * per project: the caller's project id is the key.
   */
  awardSubjects?(facts: F): readonly string[];
  /** Decides on facts already validated against `factsSchema`, as of a date inside the windows. */
  evaluate(facts: F, ctx: EvaluationContext): Decision;
}

/** The policy's own status, for rules whose document has a window or was repealed. */
export interface PolicyWindow {
  readonly title: Bilingual;
  readonly validity: Validity;
  readonly repealedOn?: CalendarDate;
}

const ajv = new Ajv({
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  useDefaults: false,
  coerceTypes: false,
});
ajv.addVocabulary(['x-description-zh', 'x-title-zh', 'x-unit', 'x-example', 'x-enum-labels']);
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const validators = new WeakMap<FactsSchema, ValidateFunction>();

/** Compiles (once) and returns the validator of a schema. */
export function validatorFor(schema: FactsSchema): ValidateFunction {
  let v = validators.get(schema);
  if (!v) {
    v = ajv.compile(schema);
    validators.set(schema, v);
  }
  return v;
}

/** One schema violation, located by field path (`facts.area`). */
export interface FactIssue {
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
}

/** Validates facts against a rule's schema; an empty list means valid. */
export function checkFacts(schema: FactsSchema, facts: unknown): FactIssue[] {
  const v = validatorFor(schema);
  if (v(facts)) return [];
  return (v.errors ?? []).map((e) => issueOf(e, facts));
}

function issueOf(e: ErrorObject, facts: unknown): FactIssue {
  const segs = e.instancePath.split('/').slice(1).map(decodeURIComponent);
  let field = ['facts', ...segs].join('.');
  let value = segs.reduce<unknown>(
    (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
    facts,
  );
  let message = e.message ?? 'is invalid';
  if (e.keyword === 'required') {
    field = `${field}.${String(e.params.missingProperty)}`;
    value = undefined;
    message = 'is required';
  } else if (e.keyword === 'additionalProperties') {
    field = `${field}.${String(e.params.additionalProperty)}`;
    value = (value as Record<string, unknown> | undefined)?.[String(e.params.additionalProperty)];
    message = 'is not a known fact of this rule';
  } else if (e.keyword === 'enum') {
    message = `must be one of ${(e.params.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(', ')}`;
  }
  return { field, value, message };
}

/** Throws `ZC_ERR_FACTS_INVALID` naming the first bad field and listing every issue. */
export function assertFacts(rule: Pick<Rule, 'id' | 'factsSchema'>, facts: unknown): void {
  const issues = checkFacts(rule.factsSchema, facts);
  const first = issues[0];
  if (!first) return;
  throw new ZhengceError(
    'ZC_ERR_FACTS_INVALID',
    `${first.field}: ${describe(first.value)} ${first.message} (rule ${rule.id}${issues.length > 1 ? `, ${issues.length} issues` : ''})`,
    {
      field: first.field,
      value: first.value,
      messageZh: `${first.field}：${describe(first.value)} 不符合规则 ${rule.id} 的事实格式（${first.message}）`,
      details: issues,
    },
  );
}

/**
 * Evaluates a rule: validates the facts (throws `ZC_ERR_FACTS_INVALID`), then answers
 * `not_in_force` when `asOf` is outside the policy's or the rule's window, else the rule's decision.
 */
export function evaluateRule<F>(
  rule: Rule<F>,
  facts: unknown,
  asOf: CalendarDate,
  policy?: PolicyWindow,
  overrides?: ParameterOverrides,
): Decision {
  assertFacts(rule as unknown as Rule, facts);
  const outside = windowCheck(rule as unknown as Rule, asOf, policy);
  if (outside) return outside;
  return rule.evaluate(facts as F, overrides ? { asOf, overrides } : { asOf });
}

/** The `not_in_force` decision when `asOf` is outside a window, else `null`. */
export function windowCheck(rule: Rule, asOf: CalendarDate, policy?: PolicyWindow): Decision | null {
  if (policy) {
    if (policy.repealedOn !== undefined && asOf >= policy.repealedOn) {
      return notInForce(rule, asOf, 'repealed', policy.validity, policy.title, policy.repealedOn);
    }
    const ps = validityStatus(policy.validity, asOf);
    if (ps !== 'in_force') return notInForce(rule, asOf, ps, policy.validity, policy.title);
  }
  const rs = validityStatus(rule.validity, asOf);
  if (rs !== 'in_force') return notInForce(rule, asOf, rs, rule.validity, rule.title);
  return null;
}

/**
 * Declares a rule with its own facts type and returns it as a plain {@link Rule} for the catalog.
 * The cast is sound because {@link evaluateRule} validates facts against `factsSchema` (which
 * describes `F`) before `evaluate` sees them.
 */
export function defineRule<F>(rule: Rule<F>): Rule {
  return rule as unknown as Rule;
}
