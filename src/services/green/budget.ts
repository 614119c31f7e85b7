/**
 * @module services/green/budget
 * The fund's budget view (第三章 二（二）（三）): by item, bureau and year, what is committed
 * (applications under way at their computed amounts, and awards proposed by draft grant runs),
 * approved (not yet paid), paid, and clawed back. Sums are exact integer fen. Excel export.
 */
import { addFen, type Fen, formatYuan } from '../../engine/money.ts';
import { getRule } from '../../policies/index.ts';
import { itemNumber } from '../../policies/jingjiguanfa-2023-31/match.ts';
import type { Store } from '../../store/db.ts';
import { type Actor, authorize } from '../accounts/index.ts';
import { writeSheet } from '../shared/excel.ts';

const UNDER_WAY = ['submitted', 'under_review', 'more_info_requested', 'expert_review'] as const;

export interface BudgetLine {
  readonly year: number;
  readonly department: string;
  readonly ruleId: string;
  readonly policyId: string;
  /** The 31号 item number, 0 for other policies' rules. */
  readonly item: number;
  readonly title: { zh: string; en: string };
  readonly committed: string;
  readonly approved: string;
  readonly paid: string;
  readonly clawedBack: string;
  readonly count: number;
}

type Acc = { committed: Fen; approved: Fen; paid: Fen; clawedBack: Fen; count: number };

/** The budget lines, optionally for one year, ordered by year, bureau and item. */
export async function budget(
  store: Store,
  actor: Actor,
  filter: { year?: number } = {},
): Promise<{
  lines: BudgetLine[];
  totals: Omit<BudgetLine, 'ruleId' | 'policyId' | 'item' | 'title' | 'department' | 'year'>;
}> {
  authorize(actor, 'green.budget');
  const acc = new Map<string, Acc>();
  const add = (year: number, dept: string, ruleId: string, k: keyof Omit<Acc, 'count'>, fen: number) => {
    if (filter.year !== undefined && year !== filter.year) return;
    const key = `${year}|${dept}|${ruleId}`;
    const a = acc.get(key) ?? {
      committed: 0 as Fen,
      approved: 0 as Fen,
      paid: 0 as Fen,
      clawedBack: 0 as Fen,
      count: 0,
    };
    a[k] = addFen(a[k], fen as Fen);
    a.count++;
    acc.set(key, a);
  };
  const apps = await store.db
    .selectFrom('green_applications')
    .select(['budget_year', 'department', 'rule_id', 'amount_fen'])
    .where('state', 'in', UNDER_WAY)
    .execute();
  for (const a of apps) add(a.budget_year, a.department, a.rule_id, 'committed', a.amount_fen ?? 0);
  const awards = await store.db
    .selectFrom('green_awards')
    .select(['budget_year', 'department', 'rule_id', 'amount_fen', 'state', 'clawback_fen', 'paid_at'])
    .where('state', 'in', ['proposed', 'approved', 'paid', 'clawed_back'])
    .execute();
  for (const a of awards) {
    if (a.state === 'proposed') add(a.budget_year, a.department, a.rule_id, 'committed', a.amount_fen);
    else if (a.state === 'approved') add(a.budget_year, a.department, a.rule_id, 'approved', a.amount_fen);
    else if (a.state === 'paid') add(a.budget_year, a.department, a.rule_id, 'paid', a.amount_fen);
    else {
      if (a.paid_at !== null) add(a.budget_year, a.department, a.rule_id, 'paid', a.amount_fen);
      add(a.budget_year, a.department, a.rule_id, 'clawedBack', a.clawback_fen ?? 0);
    }
  }
  const lines = [...acc]
    .map(([key, a]): BudgetLine => {
      const [year, department, ruleId] = key.split('|') as [string, string, string];
      return {
        year: Number(year),
        department,
        ruleId,
        policyId: getRule(ruleId).policyId,
        item: itemNumber(ruleId),
        title: getRule(ruleId).title,
        committed: formatYuan(a.committed),
        approved: formatYuan(a.approved),
        paid: formatYuan(a.paid),
        clawedBack: formatYuan(a.clawedBack),
        count: a.count,
      };
    })
    .sort(
      (a, b) =>
        a.year - b.year ||
        a.department.localeCompare(b.department) ||
        a.policyId.localeCompare(b.policyId) ||
        a.item - b.item ||
        a.ruleId.localeCompare(b.ruleId),
    );
  const sum = (k: keyof Omit<Acc, 'count'>) => formatYuan(addFen(...[...acc.values()].map((a) => a[k])));
  return {
    lines,
    totals: {
      committed: sum('committed'),
      approved: sum('approved'),
      paid: sum('paid'),
      clawedBack: sum('clawedBack'),
      count: [...acc.values()].reduce((n, a) => n + a.count, 0),
    },
  };
}

/** The budget as an Excel workbook. */
export async function exportBudget(
  store: Store,
  actor: Actor,
  filter: { year?: number } = {},
): Promise<Buffer> {
  const { lines, totals } = await budget(store, actor, filter);
  return writeSheet(
    '绿色发展资金预算',
    [
      '年度',
      '主管部门',
      '支持项目',
      '项目名称',
      '已申报待审（元）',
      '已批准待拨付（元）',
      '已拨付（元）',
      '已追回（元）',
      '笔数',
    ],
    [
      ...lines.map((l) => [
        l.year,
        l.department,
        l.item,
        l.title.zh,
        l.committed,
        l.approved,
        l.paid,
        l.clawedBack,
        l.count,
      ]),
      [
        '合计',
        null,
        null,
        null,
        totals.committed,
        totals.approved,
        totals.paid,
        totals.clawedBack,
        totals.count,
      ],
    ],
  );
}
