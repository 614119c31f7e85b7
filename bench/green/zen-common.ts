/**
 * @module bench/green/zen-common
 * The @gorules/zen-engine side of the benchmark: how an item becomes a JDM decision graph, and the
 * ZEN expressions of 第二章's conditions that every item shares.
 *
 * A graph is a chain: input → the item's own nodes (decision tables for rate schedules, loop-mode
 * nodes over vehicle lists) → `amount` (expression node; ZEN numbers are exact decimals, so
 * `number("12.34") * 100` is exactly 1234, `round` rounds halves away from zero — half up for
 * these non-negative amounts — and `floor` cuts a "不超过" limit) → `decide` (the checks as
 * true/false/null, then the outcome: any false → ineligible, any null → needs review). Facts stay
 * decimal text until ZEN's `number()` reads them, so no value passes through a binary float.
 */
import { type ZenDecision, ZenEngine } from '@gorules/zen-engine';
import type { Facts, SubsetItem } from './profiles.ts';
import type { Outcome, PortResult } from './result.ts';

/** A JDM node (its id, name and position are filled in by `graphOf`). */
export interface ZenNode {
  readonly type: 'expressionNode' | 'decisionTableNode';
  readonly content: Readonly<Record<string, unknown>>;
}

/** One item: its own nodes, its amount steps (the last is `amountFen`) and its checks. */
export interface ZenItem {
  readonly nodes?: readonly ZenNode[];
  readonly amount: readonly (readonly [string, string])[];
  readonly checks: readonly string[];
}

/** An expression node of `key = expression` lines; later lines read earlier ones as `$.key`. */
export function expressions(
  lines: readonly (readonly [string, string])[],
  options: Readonly<Record<string, unknown>> = {},
): ZenNode {
  return {
    type: 'expressionNode',
    content: {
      expressions: lines.map(([key, value], i) => ({ id: `x${i}`, key, value })),
      passThrough: true,
      inputField: null,
      outputPath: null,
      executionMode: 'single',
      ...options,
    },
  };
}

/** An expression node run once per element of the array `inputField`, into `outputPath`. */
export function loop(
  inputField: string,
  outputPath: string,
  lines: readonly (readonly [string, string])[],
): ZenNode {
  return expressions(lines, { inputField, outputPath, executionMode: 'loop' });
}

/** A first-hit decision table: input columns (field names), output columns, rows of cells. */
export function table(
  inputs: readonly string[],
  outputs: readonly string[],
  rows: readonly (readonly string[])[],
  options: Readonly<Record<string, unknown>> = {},
): ZenNode {
  return {
    type: 'decisionTableNode',
    content: {
      hitPolicy: 'first',
      passThrough: true,
      inputField: null,
      outputPath: null,
      executionMode: 'single',
      inputs: inputs.map((field, i) => ({ id: `i${i}`, name: field, field })),
      outputs: outputs.map((field, i) => ({ id: `o${i}`, name: field, field })),
      rules: rows.map((cells, r) => ({
        _id: `r${r}`,
        ...Object.fromEntries(inputs.map((_, i) => [`i${i}`, cells[i] ?? ''])),
        ...Object.fromEntries(outputs.map((_, i) => [`o${i}`, cells[inputs.length + i] ?? ''])),
      })),
      ...options,
    },
  };
}

/** A boolean fact that may be absent: null (undecided) when absent. */
export const maybe = (fact: string) => `(${fact} == null ? null : ${fact})`;

/** 第二章 一, 二（一）（二）. */
export function commonChecks(item: number): string[] {
  const areas = item <= 14 ? "['etdz_60']" : "['etdz_60', 'yizhuang_225']";
  return [
    `location in ${areas}`,
    'registeredTaxedAndInStatistics',
    'not majorAdministrativePenaltyWithin3Years',
    'not criminalRecordWithin3Years',
    'not onSeriousDishonestyList',
    'not majorSafetyAccidentWithin3Years',
    'not environmentalIncidentWithin3Years',
  ];
}

/** 第二章 二（四）（五）: completed, ≥ 90% paid, not 三同时 (pollution items), data centre reviewed, no government funds. */
export function projectChecks(pollution: boolean): string[] {
  return [
    'projectCompleted',
    'number(totalInvestmentIncludingTax) > 0 and number(paidIncludingTax) >= number(totalInvestmentIncludingTax) * 0.9',
    ...(pollution ? ['not threeSimultaneousProject'] : []),
    `dataCentre ? ${maybe('energySavingReviewObtained')} : true`,
    'not builtWithGovernmentFunds',
  ];
}

/** The JDM graph of an item. */
export function graphOf(item: ZenItem): Record<string, unknown> {
  const decide = expressions(
    [
      ['checks', `[${item.checks.join(', ')}]`],
      [
        'outcome',
        "some($.checks, # == false) ? 'ineligible' : (some($.checks, # == null) ? 'needs_review' : 'eligible')",
      ],
      ['amountFen', "$.outcome == 'ineligible' ? null : amountFen"],
    ],
    { passThrough: false },
  );
  const chain = [...(item.nodes ?? []), expressions(item.amount), decide];
  const position = { x: 0, y: 0 };
  const ids = ['input', ...chain.map((_, i) => `n${i}`), 'output'];
  return {
    nodes: [
      { id: 'input', type: 'inputNode', name: 'Request', position, content: {} },
      ...chain.map((n, i) => ({ id: `n${i}`, name: `n${i}`, position, ...n })),
      { id: 'output', type: 'outputNode', name: 'Response', position, content: {} },
    ],
    edges: ids.slice(1).map((to, i) => ({ id: `e${i}`, type: 'edge', sourceId: ids[i], targetId: to })),
  };
}

/** The zen decisions of the subset, created once; `evaluate` answers like the other engines. */
export class ZenSubset {
  readonly #engine = new ZenEngine();
  readonly #decisions = new Map<SubsetItem, ZenDecision>();

  constructor(items: Readonly<Record<SubsetItem, ZenItem>>) {
    for (const [k, item] of Object.entries(items))
      this.#decisions.set(Number(k) as SubsetItem, this.#engine.createDecision(graphOf(item)));
  }

  async evaluate(item: SubsetItem, facts: Facts): Promise<PortResult> {
    const r = await this.#decisions.get(item)!.evaluate(facts);
    const out = r.result as { outcome: Outcome; amountFen: number | null };
    return { outcome: out.outcome, amountFen: out.amountFen ?? null };
  }

  dispose(): void {
    this.#engine.dispose();
  }
}
