/**
 * @module bench/green/jre-common
 * The json-rules-engine side of the benchmark: how an item is written for it, and what every item
 * shares (第二章's conditions).
 *
 * An item is a list of checks, each written twice as json-rules-engine conditions: when it passes
 * and when it fails. A fact that is absent (an optional fact nobody reported) satisfies neither,
 * which is how a check stays undecided. Two rules per item: `eligible` (all checks pass; its event
 * carries the `amountFen` fact) and `ineligible` (any check fails). Neither firing means the case
 * needs review, with the `amountFen` fact as its provisional amount. Money never meets a float:
 * amounts are computed facts in BigInt fen, and decimal comparisons use the custom operators below
 * on exact decimal text.
 */
import { Engine, type TopLevelCondition } from 'json-rules-engine';
import { cmpDec, dec, decText, mulDec } from './decimal.ts';
import type { Facts } from './profiles.ts';
import type { PortResult } from './result.ts';

/** One json-rules-engine condition: a fact against a value, or a group. */
export type Condition = TopLevelCondition | { fact: string; operator: string; value: unknown };

/** A condition when the check passes and, unless it can only pass or stay undecided, when it fails. */
export interface Check {
  readonly pass: Condition;
  readonly fail?: Condition;
}

/** A boolean fact that must be true (false fails; absent is undecided). */
export const isTrue = (fact: string): Check => ({
  pass: { fact, operator: 'equal', value: true },
  fail: { fact, operator: 'equal', value: false },
});
/** A boolean fact that must be false. */
export const isFalse = (fact: string): Check => ({
  pass: { fact, operator: 'equal', value: false },
  fail: { fact, operator: 'equal', value: true },
});
/** Exact decimal text compared with a decimal (`"0"`) or another fact (`{ fact: 'x' }`). */
export const decimal = (fact: string, op: 'gt' | 'gte' | 'lte', value: unknown): Check => {
  const negation = { gt: 'decimalLte', gte: 'decimalLt', lte: 'decimalGt' } as const;
  const operator = { gt: 'decimalGt', gte: 'decimalGte', lte: 'decimalLte' } as const;
  return {
    pass: { fact, operator: operator[op], value },
    fail: { fact, operator: negation[op], value },
  };
};
export const isIn = (fact: string, values: readonly unknown[]): Check => ({
  pass: { fact, operator: 'in', value: values },
  fail: { fact, operator: 'notIn', value: values },
});

/** Where the applicant must be: items 1–14 the 60 km², items 15–27 the 225 km² (第二章 一). */
export const areasFor = (item: number) => (item <= 14 ? ['etdz_60'] : ['etdz_60', 'yizhuang_225']);

/** 第二章 一, 二（一）（二）: area, registration, conduct. */
export function commonChecks(item: number): Check[] {
  return [
    isIn('location', areasFor(item)),
    isTrue('registeredTaxedAndInStatistics'),
    isFalse('majorAdministrativePenaltyWithin3Years'),
    isFalse('criminalRecordWithin3Years'),
    isFalse('onSeriousDishonestyList'),
    isFalse('majorSafetyAccidentWithin3Years'),
    isFalse('environmentalIncidentWithin3Years'),
  ];
}

/**
 * 第二章 二（四）（五）: completed, paid ≥ 90% of the total (tax included; `paymentShareMinYuan` is
 * 90% of the total, exact), and the exclusions (三同时 for pollution items; a data centre without
 * its energy-saving review — undecided when it does not say; government funds).
 */
export function projectChecks(pollution: boolean): Check[] {
  const checks: Check[] = [
    isTrue('projectCompleted'),
    {
      pass: {
        all: [
          { fact: 'totalInvestmentIncludingTax', operator: 'decimalGt', value: '0' },
          { fact: 'paidIncludingTax', operator: 'decimalGte', value: { fact: 'paymentShareMinYuan' } },
        ],
      },
      fail: {
        any: [
          { fact: 'totalInvestmentIncludingTax', operator: 'decimalLte', value: '0' },
          { fact: 'paidIncludingTax', operator: 'decimalLt', value: { fact: 'paymentShareMinYuan' } },
        ],
      },
    },
  ];
  if (pollution) checks.push(isFalse('threeSimultaneousProject'));
  checks.push(
    {
      pass: {
        any: [
          { fact: 'dataCentre', operator: 'equal', value: false },
          {
            all: [
              { fact: 'dataCentre', operator: 'equal', value: true },
              { fact: 'energySavingReviewObtained', operator: 'equal', value: true },
            ],
          },
        ],
      },
      fail: {
        all: [
          { fact: 'dataCentre', operator: 'equal', value: true },
          { fact: 'energySavingReviewObtained', operator: 'equal', value: false },
        ],
      },
    },
    isFalse('builtWithGovernmentFunds'),
  );
  return checks;
}

/** Reads facts from the almanac for a computed fact. */
export type Read = (id: string) => Promise<unknown>;

/** One item as json-rules-engine rules and computed facts. */
export interface JreItem {
  readonly checks: readonly Check[];
  /** Computed facts, by id; `amountFen` is required (a number of fen, or null). */
  readonly facts: Readonly<Record<string, (read: Read) => Promise<unknown>>>;
}

const cmpText = (a: unknown, b: unknown) => cmpDec(dec(a), dec(b));

/** An engine for one item: operators, computed facts, the two rules. */
export function buildEngine(item: JreItem): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: true });
  const defined = (a: unknown) => typeof a === 'string';
  engine.addOperator<unknown, unknown>('decimalGt', (a, b) => defined(a) && cmpText(a, b) > 0);
  engine.addOperator<unknown, unknown>('decimalGte', (a, b) => defined(a) && cmpText(a, b) >= 0);
  engine.addOperator<unknown, unknown>('decimalLt', (a, b) => defined(a) && cmpText(a, b) < 0);
  engine.addOperator<unknown, unknown>('decimalLte', (a, b) => defined(a) && cmpText(a, b) <= 0);
  engine.addOperator<unknown, string>('onOrBefore', (a, b) => typeof a === 'string' && a <= b);
  engine.addOperator<unknown, string>('after', (a, b) => typeof a === 'string' && a > b);
  engine.addFact('paymentShareMinYuan', async (_p, almanac) =>
    decText(mulDec(dec(await almanac.factValue('totalInvestmentIncludingTax')), dec('0.9'))),
  );
  for (const [id, compute] of Object.entries(item.facts))
    engine.addFact(id, (_p, almanac) => compute((k) => almanac.factValue(k)));
  const all: TopLevelCondition = { all: item.checks.map((c) => c.pass) };
  const any: TopLevelCondition = { any: item.checks.flatMap((c) => (c.fail ? [c.fail] : [])) };
  engine.addRule({
    name: 'eligible',
    conditions: all,
    event: { type: 'eligible', params: { amountFen: { fact: 'amountFen' } } },
  });
  engine.addRule({ name: 'ineligible', conditions: any, event: { type: 'ineligible' } });
  return engine;
}

/** Runs an item's engine on one set of facts. */
export async function runEngine(engine: Engine, facts: Facts): Promise<PortResult> {
  const { events, almanac } = await engine.run(facts);
  if (events.some((e) => e.type === 'ineligible')) return { outcome: 'ineligible', amountFen: null };
  const eligible = events.find((e) => e.type === 'eligible');
  if (eligible) return { outcome: 'eligible', amountFen: eligible.params?.amountFen as number | null };
  return { outcome: 'needs_review', amountFen: await almanac.factValue<number | null>('amountFen') };
}
