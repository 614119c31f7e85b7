/**
 * @module engine/batch
 * Streams entities through a set of rules (the "grant without application", 免申即享, run). It pulls
 * one entity at a time from any (async) iterable and yields one result per entity, so memory stays
 * flat however many rows the source holds. A bad row is reported as that row's error; it never
 * stops the run.
 */
import type { Decision } from './decision.ts';
import { ZhengceError } from './errors.ts';
import type { CalendarDate } from './period.ts';
import type { Rule } from './rule.ts';

/** One entity to evaluate: an id and the facts each rule reads (per rule id, or one object for all). */
export interface BatchEntity {
  readonly id: string;
  /** Facts for every rule, or per rule id when `factsByRule` is used. */
  readonly facts?: unknown;
  readonly factsByRule?: Readonly<Record<string, unknown>>;
  /** Overrides the run's as-of date for this entity (the date of its facts). */
  readonly asOf?: CalendarDate;
}

/** The result for one entity and one rule: a decision, or the input error that prevented one. */
export type BatchOutcome =
  | { readonly ruleId: string; readonly decision: Decision }
  | { readonly ruleId: string; readonly error: { code: string; field: string | null; message: string } };

export interface BatchResult {
  readonly id: string;
  readonly results: readonly BatchOutcome[];
}

/** Running totals a caller can show as progress or a summary. */
export interface BatchSummary {
  entities: number;
  decisions: number;
  errors: number;
  byOutcome: Record<Decision['outcome'], number>;
  /** Sum of eligible amounts in fen, as a bigint (a million awards can exceed 2^53 fen). */
  eligibleTotalFen: bigint;
}

export function emptySummary(): BatchSummary {
  return {
    entities: 0,
    decisions: 0,
    errors: 0,
    byOutcome: { eligible: 0, ineligible: 0, needs_review: 0, not_in_force: 0 },
    eligibleTotalFen: 0n,
  };
}

/** Adds one entity's results to a summary. */
export function addToSummary(summary: BatchSummary, result: BatchResult): BatchSummary {
  summary.entities++;
  for (const r of result.results) {
    if ('error' in r) {
      summary.errors++;
      continue;
    }
    summary.decisions++;
    summary.byOutcome[r.decision.outcome]++;
    if (r.decision.outcome === 'eligible' && r.decision.amount !== null) {
      summary.eligibleTotalFen += BigInt(r.decision.amount);
    }
  }
  return summary;
}

/**
 * The evaluation function used per entity and rule; `catalog.evaluate` passes the policy window.
 * Defaults to evaluating the rule alone.
 */
export type Evaluator = (rule: Rule, facts: unknown, asOf: CalendarDate) => Decision;

/**
 * Evaluates every rule on every entity, lazily, yielding the results in chunks of `chunkSize`
 * entities. Pulling is per chunk, so at most one chunk is held in memory however large the source;
 * a synchronous source (an array, a generator) is read without a microtask per entity, which is
 * what makes a million entities fast.
 * @param rules the rule set
 * @param source any iterable or async iterable of entities (a database cursor, a CSV stream)
 * @param asOf the date of the run, unless an entity carries its own
 */
export async function* evaluateBatch(
  rules: readonly Rule[],
  source: Iterable<BatchEntity> | AsyncIterable<BatchEntity>,
  asOf: CalendarDate,
  evaluate: Evaluator,
  chunkSize = 1024,
): AsyncGenerator<readonly BatchResult[]> {
  let chunk: BatchResult[] = [];
  if (Symbol.iterator in source) {
    for (const entity of source as Iterable<BatchEntity>) {
      chunk.push(evaluateEntity(rules, entity, asOf, evaluate));
      if (chunk.length >= chunkSize) {
        yield chunk;
        chunk = [];
      }
    }
  } else {
    for await (const entity of source) {
      chunk.push(evaluateEntity(rules, entity, asOf, evaluate));
      if (chunk.length >= chunkSize) {
        yield chunk;
        chunk = [];
      }
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Evaluates every rule on one entity (synchronous, for hot loops). */
export function evaluateEntity(
  rules: readonly Rule[],
  entity: BatchEntity,
  asOf: CalendarDate,
  evaluate: Evaluator,
): BatchResult {
  const results: BatchOutcome[] = [];
  for (const rule of rules) {
    const facts = entity.factsByRule ? entity.factsByRule[rule.id] : entity.facts;
    if (facts === undefined && entity.factsByRule) continue;
    try {
      results.push({ ruleId: rule.id, decision: evaluate(rule, facts, entity.asOf ?? asOf) });
    } catch (e) {
      if (!(e instanceof ZhengceError) || !e.isInputError) throw e;
      results.push({ ruleId: rule.id, error: { code: e.code, field: e.field ?? null, message: e.message } });
    }
  }
  return { id: entity.id, results };
}
