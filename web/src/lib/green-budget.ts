/**
 * @module web/lib/green-budget
 * The budget lines grouped for the chart, per bureau or per item, with exact sums of the yuan
 * strings (integer fen, never a float).
 */

import { sumYuan } from './green-money.ts';
import type { BudgetLine } from './green-types.ts';

export type BudgetGrouping = 'department' | 'item';

/** One bar group of the chart. */
export interface BudgetGroup {
  /** The bureau's code or the rule id. */
  readonly key: string;
  readonly item: number | null;
  readonly committed: string;
  readonly approved: string;
  readonly paid: string;
  readonly clawedBack: string;
  readonly count: number;
}

/** The lines summed per bureau or per item, in the order they first appear. */
export function groupBudget(lines: readonly BudgetLine[], by: BudgetGrouping): BudgetGroup[] {
  const groups = new Map<string, BudgetLine[]>();
  for (const l of lines) {
    const key = by === 'department' ? l.department : l.ruleId;
    const list = groups.get(key) ?? [];
    list.push(l);
    groups.set(key, list);
  }
  const out = [...groups].map(([key, ls]) => ({
    key,
    item: by === 'item' ? (ls[0]?.item ?? null) : null,
    committed: sumYuan(ls.map((l) => l.committed)),
    approved: sumYuan(ls.map((l) => l.approved)),
    paid: sumYuan(ls.map((l) => l.paid)),
    clawedBack: sumYuan(ls.map((l) => l.clawedBack)),
    count: ls.reduce((n, l) => n + l.count, 0),
  }));
  return by === 'item' ? out.sort((a, b) => (a.item ?? 0) - (b.item ?? 0)) : out;
}

/** The years to offer: those in the lines, this year and the one chosen, newest first. */
export function budgetYears(lines: readonly BudgetLine[], thisYear: number, chosen: number | null): number[] {
  const ys = new Set<number>([thisYear, ...lines.map((l) => l.year)]);
  if (chosen !== null) ys.add(chosen);
  return [...ys].sort((a, b) => b - a);
}
