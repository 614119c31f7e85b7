/**
 * @module web/lib/green-budget.test
 * Budget lines summed per bureau and per item, exactly.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { budgetYears, groupBudget } from './green-budget.ts';
import type { BudgetLine } from './green-types.ts';

const line = (
  department: string,
  item: number,
  committed: string,
  paid: string,
  year = 2024,
): BudgetLine => ({
  year,
  department,
  ruleId: `jingjiguanfa-2023-31/item-${String(item).padStart(2, '0')}`,
  item,
  title: { zh: `第${item}项`, en: `Item ${item}` },
  committed,
  approved: '0.00',
  paid,
  clawedBack: '0.00',
  count: 1,
});

const lines = [
  line('city-operations', 3, '0.10', '100000.00'),
  line('economic-development', 17, '5.00', '0.00'),
  line('city-operations', 1, '0.20', '400000.00'),
  line('city-operations', 1, '0.00', '0.01', 2025),
];

test('per bureau: sums of fen, in order of appearance', () => {
  const g = groupBudget(lines, 'department');
  assert.deepEqual(
    g.map((x) => [x.key, x.committed, x.paid, x.count]),
    [
      ['city-operations', '0.30', '500000.01', 3],
      ['economic-development', '5.00', '0.00', 1],
    ],
  );
});

test('per item: ordered by item number', () => {
  const g = groupBudget(lines, 'item');
  assert.deepEqual(
    g.map((x) => [x.item, x.paid]),
    [
      [1, '400000.01'],
      [3, '100000.00'],
      [17, '0.00'],
    ],
  );
});

test('years offered: present, this year and the chosen one, newest first', () => {
  assert.deepEqual(budgetYears(lines, 2026, 2020), [2026, 2025, 2024, 2020]);
});
