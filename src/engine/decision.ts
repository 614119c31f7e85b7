/**
 * @module engine/decision
 * Decisions are data, never exceptions: an outcome with every condition checked (`reasons`),
 * every computed step (`trace`), the interpretation decisions applied (ids from policy-notes) and
 * the amount where there is one. Wording lives in message catalogues keyed by `code`.
 */
import type { Citation } from './citation.ts';
import type { JsonObject, JsonValue } from './json.ts';
import type { Bilingual, MessageCatalog } from './messages.ts';
import { ENGINE_MESSAGES, renderBilingual, renderMessage } from './messages.ts';
import type { Fen } from './money.ts';
import { formatYuan } from './money.ts';
import type { CalendarDate, Validity } from './period.ts';

export type Outcome = 'eligible' | 'ineligible' | 'needs_review' | 'not_in_force';
export const OUTCOMES: readonly Outcome[] = ['eligible', 'ineligible', 'needs_review', 'not_in_force'];

/** One condition, passed (`true`), failed (`false`) or undecidable from the facts (`null`). */
export interface Reason {
  readonly code: string;
  readonly passed: boolean | null;
  /** The actual values compared (and the thresholds), for the message and the officer. */
  readonly params: JsonObject;
  readonly citation?: Citation;
}

/** One computed step: what, from which inputs and parameters, under which clause. */
export interface TraceStep {
  readonly code: string;
  readonly inputs: JsonObject;
  readonly parameters: JsonObject;
  readonly result: JsonValue;
  readonly citation?: Citation;
}

interface DecisionCommon {
  readonly ruleId: string;
  readonly policyId: string;
  readonly asOf: CalendarDate;
  readonly reasons: readonly Reason[];
  readonly trace: readonly TraceStep[];
  readonly interpretations: readonly string[];
  readonly citations: readonly Citation[];
}

export interface EligibleDecision extends DecisionCommon {
  readonly outcome: 'eligible';
  /** The amount in fen, or `null` for a rule that decides eligibility only. */
  readonly amount: Fen | null;
}
export interface IneligibleDecision extends DecisionCommon {
  readonly outcome: 'ineligible';
  readonly amount: null;
}
export interface NeedsReviewDecision extends DecisionCommon {
  readonly outcome: 'needs_review';
  /** A provisional or maximum amount when the text gives one, else `null`. */
  readonly amount: Fen | null;
}
export interface NotInForceDecision extends DecisionCommon {
  readonly outcome: 'not_in_force';
  readonly amount: null;
  readonly status: 'not_yet' | 'expired' | 'repealed';
  readonly validity: Validity;
}

/** The result of evaluating one rule on one set of facts as of a date. */
export type Decision = EligibleDecision | IneligibleDecision | NeedsReviewDecision | NotInForceDecision;

/** What a rule's evaluate receives besides the facts. */
export interface DecisionTarget {
  readonly id: string;
  readonly policyId: string;
  readonly citations: readonly Citation[];
}

/**
 * Collects reasons and trace steps while a rule evaluates, then closes with an outcome.
 * `decide()` is eligible only when no reason failed and none was undecidable.
 */
export class DecisionBuilder {
  readonly #target: DecisionTarget;
  readonly #asOf: CalendarDate;
  readonly #reasons: Reason[] = [];
  readonly #trace: TraceStep[] = [];
  readonly #interpretations = new Set<string>();

  constructor(target: DecisionTarget, asOf: CalendarDate) {
    this.#target = target;
    this.#asOf = asOf;
  }

  /** Records a condition and returns whether it passed. */
  check(code: string, passed: boolean | null, params: JsonObject = {}, citation?: Citation): boolean {
    this.#reasons.push(
      citation === undefined ? { code, passed, params } : { code, passed, params, citation },
    );
    return passed === true;
  }

  /** Records a computed step and returns its result for chaining. */
  step<T extends JsonValue>(
    code: string,
    parts: { inputs?: JsonObject; parameters?: JsonObject; result: T; citation?: Citation },
  ): T {
    const s: TraceStep = {
      code,
      inputs: parts.inputs ?? {},
      parameters: parts.parameters ?? {},
      result: parts.result,
      ...(parts.citation === undefined ? {} : { citation: parts.citation }),
    };
    this.#trace.push(s);
    return parts.result;
  }

  /** Notes that an interpretation decision (e.g. `D-31-1`) was applied. */
  interpret(id: string): void {
    this.#interpretations.add(id);
  }

  /** True when every recorded condition passed. */
  get allPassed(): boolean {
    return this.#reasons.every((r) => r.passed === true);
  }
  /** True when some recorded condition failed outright. */
  get anyFailed(): boolean {
    return this.#reasons.some((r) => r.passed === false);
  }

  #common(): DecisionCommon {
    return {
      ruleId: this.#target.id,
      policyId: this.#target.policyId,
      asOf: this.#asOf,
      // The builder is finished once a decision is made, so its arrays are handed over, not copied.
      reasons: this.#reasons,
      trace: this.#trace,
      interpretations: [...this.#interpretations].sort(),
      citations: this.#target.citations,
    };
  }

  eligible(amount: Fen | null): EligibleDecision {
    return { ...this.#common(), outcome: 'eligible', amount };
  }
  ineligible(): IneligibleDecision {
    return { ...this.#common(), outcome: 'ineligible', amount: null };
  }
  needsReview(amount: Fen | null = null): NeedsReviewDecision {
    return { ...this.#common(), outcome: 'needs_review', amount };
  }
  /** Eligible with `amount` if every condition passed; ineligible if one failed; else needs review. */
  decide(amount: Fen | null): Decision {
    if (this.anyFailed) return this.ineligible();
    if (!this.allPassed) return this.needsReview(amount);
    return this.eligible(amount);
  }
}

/** A `not_in_force` decision carrying the window and why. */
export function notInForce(
  target: DecisionTarget,
  asOf: CalendarDate,
  status: 'not_yet' | 'expired' | 'repealed',
  window: Validity,
  subject: Bilingual,
  repealedOn?: CalendarDate,
): NotInForceDecision {
  const params: JsonObject = {
    subject: subject.zh,
    subjectEn: subject.en,
    from: window.from,
    to: window.to ?? null,
    asOf,
    ...(repealedOn === undefined ? {} : { on: repealedOn }),
  };
  return {
    ruleId: target.id,
    policyId: target.policyId,
    asOf,
    outcome: 'not_in_force',
    amount: null,
    status,
    validity: window,
    reasons: [{ code: `engine.not_in_force.${status}`, passed: false, params }],
    trace: [],
    interpretations: [],
    citations: target.citations,
  };
}

/** A reason or step rendered for people. */
export interface RenderedReason extends Reason {
  readonly message: Bilingual;
}
export interface RenderedStep extends TraceStep {
  readonly message: Bilingual;
}

/** The JSON form of a decision: amount as a yuan string, every message in zh-CN and en. */
export interface DecisionJson {
  readonly ruleId: string;
  readonly policyId: string;
  readonly asOf: string;
  readonly outcome: Outcome;
  readonly outcomeLabel: Bilingual;
  readonly amount: string | null;
  readonly status?: string;
  readonly validity?: Validity;
  readonly reasons: readonly RenderedReason[];
  readonly trace: readonly RenderedStep[];
  readonly interpretations: readonly string[];
  readonly citations: readonly Citation[];
}

/** Serialises a decision with its wording from `catalogs` (the rule's own first). */
export function decisionToJson(d: Decision, ...catalogs: readonly MessageCatalog[]): DecisionJson {
  const all = [...catalogs, ENGINE_MESSAGES];
  return {
    ruleId: d.ruleId,
    policyId: d.policyId,
    asOf: d.asOf,
    outcome: d.outcome,
    outcomeLabel: renderBilingual(`engine.outcome.${d.outcome}`, {}, ...all),
    amount: d.amount === null ? null : formatYuan(d.amount),
    ...(d.outcome === 'not_in_force' ? { status: d.status, validity: d.validity } : {}),
    reasons: d.reasons.map((r) => ({ ...r, message: bilingualWithSubject(r.code, r.params, all) })),
    trace: d.trace.map((s) => ({
      ...s,
      message: renderBilingual(s.code, { ...s.inputs, ...s.parameters, result: s.result }, ...all),
    })),
    interpretations: d.interpretations,
    citations: d.citations,
  };
}

/** Engine reasons carry `subject` in zh and `subjectEn` in en; use each in its own language. */
function bilingualWithSubject(
  code: string,
  params: JsonObject,
  catalogs: readonly MessageCatalog[],
): Bilingual {
  const zh = renderMessage(code, params, 'zh-CN', ...catalogs);
  const enParams = typeof params.subjectEn === 'string' ? { ...params, subject: params.subjectEn } : params;
  return { zh, en: renderMessage(code, enParams, 'en', ...catalogs) };
}
