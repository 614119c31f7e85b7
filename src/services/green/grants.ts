/**
 * @module services/green/grants
 * Grants without application (免申即享). The bureaus import the lists the text grants from
 * (Excel or CSV, each row checked and every bad row reported with its row, field, value and
 * reason); a grant run evaluates every listed enterprise with what the store knows of it (area,
 * standing, award history) and proposes an award for each eligible row; the bureau's reviewer
 * approves the run, which approves its awards and sends each enterprise a notice — or rejects it,
 * which frees what it proposed. A run never grants the same thing twice: what is awarded is keyed
 * (rule, enterprise, subject) in the database, and a row whose keys are taken is reported as
 * already granted, however often the run is repeated.
 */

import type { Decision } from '../../engine/decision.ts';
import { decisionToJson } from '../../engine/decision.ts';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { addFen, type Fen, formatYuan } from '../../engine/money.ts';
import type { ParameterOverrides } from '../../engine/parameter.ts';
import { type CalendarDate, parseCalendarDate, shanghaiDate } from '../../engine/period.ts';
import type { Rule, SchemaNode } from '../../engine/rule.ts';
import type { AwardRecord } from '../../policies/jingjiguanfa-2023-31/history.ts';
import { itemRule } from '../../policies/jingjiguanfa-2023-31/match.ts';
import type { Store } from '../../store/db.ts';
import type { GrantResult, GreenGrantListRowRow } from '../../store/green-schema.ts';
import type { Db } from '../../store/queries.ts';
import type { EnterpriseRow } from '../../store/schema.ts';
import { type Actor, actorLabel, authorize, can } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { acceptCreditCode } from '../shared/credit-code.ts';
import { type Column, readSheet, type SheetFormat, writeSheet } from '../shared/excel.ts';
import { awardKey, notify, parameterOverrides, releaseAwardKeys } from './awards.ts';
import { evaluateItem, REF_FACTS, storeFacts, subjectsOf } from './evaluate.ts';
import { awardHistories, COMMON_KEYS, commonFactsOf } from './facts.ts';

/** The lists the text grants from, the item each feeds and what it is called. */
export const LIST_KINDS = {
  'performance-grade': {
    item: 8,
    zh: '空气重污染应急减排绩效评价级别提升名单',
    en: 'Performance-grade upgrades',
  },
  'low-carbon-pilot': {
    item: 9,
    zh: '先进低碳技术试点优秀项目名单',
    en: 'Advanced low-carbon technology pilots',
  },
  'low-carbon-leader': { item: 10, zh: '低碳领跑者试点项目名单', en: 'Low-carbon leader pilots' },
  'water-efficiency-leader': { item: 11, zh: '“水效领跑者”名单', en: 'Water-efficiency leaders' },
  'green-manufacturing': { item: 15, zh: '国家级绿色制造体系称号名单', en: 'Green-manufacturing titles' },
  'energy-saving-retrofit': {
    item: 16,
    zh: '节能减碳技改项目审核公示名单',
    en: 'Approved energy-saving retrofits',
  },
  'energy-assessment': { item: 22, zh: '重点用能单位节能考核结果', en: 'Energy-saving assessment results' },
  'green-building-award': { item: 23, zh: '绿色建筑市级奖励项目名单', en: 'Municipal green-building awards' },
  'public-building-retrofit': {
    item: 24,
    zh: '公共建筑节能绿色化改造市级奖励项目名单',
    en: 'Municipal public-building retrofit awards',
  },
  'ultra-low-energy-building': {
    item: 25,
    zh: '超低能耗建筑市级奖励项目名单',
    en: 'Municipal ultra-low-energy building awards',
  },
  'green-construction-site': { item: 27, zh: '北京市绿色安全工地名单', en: 'Green construction sites' },
} as const;
export type ListKind = keyof typeof LIST_KINDS;

export function listKind(v: unknown, field = 'kind'): ListKind {
  if (typeof v === 'string' && v in LIST_KINDS) return v as ListKind;
  throw invalidInput(
    field,
    v,
    `must be one of ${Object.keys(LIST_KINDS).join(', ')}`,
    `须为 ${Object.keys(LIST_KINDS).join('、')} 之一`,
  );
}

export function kindRule(kind: ListKind): Rule {
  return itemRule(LIST_KINDS[kind].item, 'kind');
}

/** The columns of a list: the row's identity, then the item's own facts (not 第二章 nor history). */
export function listFacts(rule: Rule): [string, SchemaNode][] {
  return Object.entries(rule.factsSchema.properties).filter(
    ([k]) => !COMMON_KEYS.includes(k) && k !== 'awardHistory' && !REF_FACTS.includes(k),
  );
}

export function listColumns(rule: Rule): Column[] {
  return [
    { key: 'creditCode', headers: ['统一社会信用代码', 'creditCode'] },
    { key: 'projectRef', headers: ['项目编号', 'projectRef'] },
    { key: 'projectName', headers: ['项目名称', 'projectName'] },
    ...listFacts(rule).map(([k, s]) => ({
      key: k,
      headers: [String(s['x-description-zh'] ?? k), k],
    })),
  ];
}

const TRUE = new Set(['是', 'true', 'TRUE', 'True', '1', 'Y', 'y', 'yes']);
const FALSE = new Set(['否', 'false', 'FALSE', 'False', '0', 'N', 'n', 'no']);

/** A cell's text as the value the schema wants; throws naming the column. */
export function cellValue(key: string, s: SchemaNode, text: string): unknown {
  const type = s.type;
  if (type === 'boolean') {
    if (TRUE.has(text)) return true;
    if (FALSE.has(text)) return false;
    throw invalidInput(key, text, 'must be 是 or 否 (true/false)', '须为“是”或“否”');
  }
  if (type === 'integer' || type === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(text) || (type === 'integer' && text.includes('.')))
      throw invalidInput(
        key,
        text,
        `must be ${type === 'integer' ? 'a whole number' : 'a number'}`,
        '须为数字',
      );
    return Number(text);
  }
  if (type === 'array' || type === 'object') {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw invalidInput(key, text, `must be JSON (${type})`, `须为 JSON（${type}）`);
    }
  }
  if (Array.isArray(s.enum)) {
    const labels = (s['x-enum-labels'] ?? {}) as Record<string, { zh: string; en: string }>;
    const byLabel = Object.entries(labels).find(([, l]) => l.zh === text || l.en === text)?.[0];
    const v = byLabel ?? text;
    if (!(s.enum as unknown[]).includes(v))
      throw invalidInput(key, text, `must be one of ${(s.enum as string[]).join(', ')}`, '不是可选值之一');
    return v;
  }
  if (typeof s.pattern === 'string' && !new RegExp(s.pattern as string).test(text))
    throw invalidInput(key, text, `does not match the expected form ${s.pattern}`, '格式不正确');
  return text;
}

export interface RowError {
  readonly row: number;
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
  readonly messageZh: string;
}

/** Imports one list; the good rows land together, every bad row is reported. */
export async function importGrantList(
  store: Store,
  actor: Actor,
  input: { kind?: unknown; title?: unknown; data: Buffer; format: SheetFormat; sourceName?: string | null },
  now = new Date(),
): Promise<{ listId: number | null; added: number; errors: RowError[] }> {
  const kind = listKind(input.kind);
  const rule = kindRule(kind);
  const department = rule.department ?? '';
  authorize(actor, 'green.grants', { department });
  const columns = listColumns(rule);
  const required = [
    'creditCode',
    'projectRef',
    'projectName',
    ...((rule.factsSchema.required ?? []) as string[]).filter((k) => columns.some((c) => c.key === k)),
  ];
  const rows = await readSheet(input.data, input.format, columns, required);
  const facts = listFacts(rule);
  const props = new Map(facts);
  const good: {
    row: number;
    credit_code: string;
    project_ref: string;
    project_name: string;
    facts: string;
  }[] = [];
  const errors: RowError[] = [];
  const known = new Set(
    (await store.db.selectFrom('enterprises').select('credit_code').execute()).map((e) => e.credit_code),
  );
  for (const r of rows) {
    try {
      const c = r.cells;
      // A registered code was accepted when it was registered (some issued codes fail the check).
      const raw = (c.creditCode ?? '').trim().toUpperCase();
      const cc = known.has(raw) ? raw : acceptCreditCode(actor, c.creditCode, 'creditCode', false).normalized;
      if (!known.has(cc))
        throw invalidInput('creditCode', cc, 'is not a registered enterprise', '不是已登记的企业');
      for (const k of ['projectRef', 'projectName'])
        if (!c[k]) throw invalidInput(k, c[k], 'is required', '必填');
      const f: Record<string, unknown> = {};
      for (const [k, s] of props) {
        const text = c[k] ?? '';
        if (text === '') {
          if ((rule.factsSchema.required ?? []).includes(k))
            throw invalidInput(k, text, 'is required', '必填');
          continue;
        }
        f[k] = cellValue(k, s, text);
      }
      good.push({
        row: r.row,
        credit_code: cc,
        project_ref: c.projectRef!,
        project_name: c.projectName!,
        facts: JSON.stringify(f),
      });
    } catch (e) {
      if (!(e instanceof ZhengceError)) throw e;
      errors.push({
        row: r.row,
        field: e.field ?? 'row',
        value: e.value,
        message: e.message,
        messageZh: e.messageZh ?? e.message,
      });
    }
  }
  if (good.length === 0) return { listId: null, added: 0, errors };
  const iso = now.toISOString();
  const title =
    typeof input.title === 'string' && input.title.trim() !== ''
      ? input.title.trim()
      : `${LIST_KINDS[kind].zh}（${shanghaiDate(now)}）`;
  const listId = await store.db.transaction().execute(async (trx) => {
    const list = await trx
      .insertInto('green_grant_lists')
      .values({
        kind,
        rule_id: rule.id,
        department,
        title,
        source_name: input.sourceName ?? null,
        row_count: good.length,
        imported_by: actorLabel(actor),
        imported_at: iso,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < good.length; i += 400) {
      await trx
        .insertInto('green_grant_list_rows')
        .values(
          good.slice(i, i + 400).map((g) => ({
            list_id: list.id,
            row_no: g.row,
            credit_code: g.credit_code,
            project_ref: g.project_ref,
            project_name: g.project_name,
            facts: g.facts,
          })),
        )
        .execute();
    }
    await recordAudit(
      trx,
      actor,
      {
        action: 'green_grant_list.import',
        entityType: 'green_grant_list',
        entityId: list.id,
        details: { kind, ruleId: rule.id, added: good.length, rejectedRows: errors.map((e) => e.row) },
      },
      now,
    );
    return list.id;
  });
  return { listId, added: good.length, errors };
}

/** An empty template of a list kind (its headers), to fill in and import. */
export async function listTemplate(kind: unknown): Promise<Buffer> {
  const rule = kindRule(listKind(kind));
  return writeSheet(
    LIST_KINDS[listKind(kind)].zh.slice(0, 30),
    listColumns(rule).map((c) => c.headers[0]!),
    [],
  );
}

/** The officers who import and run lists and the reviewers who approve runs (not enterprises). */
function authorizeGrantDesk(actor: Actor): void {
  if (!can(actor, 'green.grants')) authorize(actor, 'green.grants.approve');
}

export async function listGrantLists(store: Store, actor: Actor) {
  authorizeGrantDesk(actor);
  const rows = await store.db
    .selectFrom('green_grant_lists')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
  return rows.map((l) => ({
    id: l.id,
    kind: l.kind,
    ruleId: l.rule_id,
    department: l.department,
    title: l.title,
    sourceName: l.source_name,
    rows: l.row_count,
    importedBy: l.imported_by,
    importedAt: l.imported_at,
  }));
}

/** One listed row to decide. */
export interface PlanRow {
  readonly id: number;
  readonly ruleId: string;
  readonly creditCode: string;
  readonly projectRef: string;
  readonly facts: Readonly<Record<string, unknown>>;
}

/** What the plan decided for one row. */
export interface Planned {
  readonly row: PlanRow;
  readonly result: GrantResult;
  readonly decision: Decision | null;
  readonly subjects: readonly string[];
  readonly reasons: readonly string[];
}

/**
 * Decides every row, in memory: held when the store lacks the enterprise or its standing;
 * already granted when a key of its subjects is taken (`taken`, updated as the plan grants, so two
 * rows of one run cannot grant the same thing); otherwise the rule's decision. Awards the plan
 * grants join the enterprise's history at once, so caps across awards hold within a run.
 */
export function planGrants(
  rows: Iterable<PlanRow>,
  enterprises: ReadonlyMap<string, EnterpriseRow>,
  histories: Map<string, AwardRecord[]>,
  taken: Set<string>,
  asOf: CalendarDate,
  overrides: ParameterOverrides,
  rules: (ruleId: string) => Rule = (id) => itemRule(id, 'ruleId'),
): Planned[] {
  const out: Planned[] = [];
  for (const row of rows)
    out.push(planOne(row, enterprises, histories, taken, asOf, overrides, rules(row.ruleId)));
  return out;
}

export function planOne(
  row: PlanRow,
  enterprises: ReadonlyMap<string, EnterpriseRow>,
  histories: Map<string, AwardRecord[]>,
  taken: Set<string>,
  asOf: CalendarDate,
  overrides: ParameterOverrides,
  rule: Rule,
): Planned {
  const e = enterprises.get(row.creditCode);
  if (!e)
    return { row, result: 'held', decision: null, subjects: [], reasons: ['enterprise_not_registered'] };
  const missing = commonFactsOf(e).missing;
  if (missing.length > 0)
    return {
      row,
      result: 'held',
      decision: null,
      subjects: [],
      reasons: missing.map((k) => `standing_missing:${k}`),
    };
  const history = histories.get(row.creditCode) ?? [];
  const facts = storeFacts(rule, row.facts, e, history, row.projectRef);
  const subjects = subjectsOf(rule, facts, row.projectRef);
  const keys = subjects.map((s) => awardKey(rule.id, row.creditCode, s));
  if (keys.some((k) => taken.has(k)))
    return { row, result: 'already_granted', decision: null, subjects, reasons: ['already_granted'] };
  let decision: Decision;
  try {
    decision = evaluateItem(rule, facts, asOf, overrides);
  } catch (err) {
    if (!(err instanceof ZhengceError) || !err.isInputError) throw err;
    return {
      row,
      result: 'held',
      decision: null,
      subjects,
      reasons: [`invalid:${err.field ?? ''}:${err.message}`],
    };
  }
  const reasons = decision.reasons.filter((r) => r.passed !== true).map((r) => r.code);
  if (decision.outcome === 'eligible' && decision.amount !== null && decision.amount > 0) {
    for (const k of keys) taken.add(k);
    histories.set(row.creditCode, [
      ...history,
      ...subjects.map((s, i) => ({
        ruleId: rule.id,
        subject: s,
        amount: formatYuan((i === 0 ? decision.amount : 0) as Fen),
        awardedOn: asOf,
      })),
    ]);
    return { row, result: 'granted', decision, subjects, reasons };
  }
  const result: GrantResult = decision.outcome === 'needs_review' ? 'needs_review' : 'ineligible';
  return {
    row,
    result,
    decision,
    subjects,
    reasons: decision.outcome === 'not_in_force' ? ['not_in_force'] : reasons,
  };
}

async function nextRunNumber(db: Db, year: number): Promise<string> {
  const prefix = `GR-${year}-`;
  const last = await db
    .selectFrom('green_grant_runs')
    .select('number')
    .where('number', 'like', `${prefix}%`)
    .orderBy('number', 'desc')
    .executeTakeFirst();
  return `${prefix}${String(last ? Number(last.number.slice(prefix.length)) + 1 : 1).padStart(4, '0')}`;
}

export interface RunSummary {
  readonly rows: number;
  readonly granted: number;
  readonly alreadyGranted: number;
  readonly ineligible: number;
  readonly needsReview: number;
  readonly held: number;
  readonly total: string;
  readonly byRule: Readonly<Record<string, { granted: number; total: string }>>;
}

/**
 * Runs the grant over lists (all of the bureau's unrun rows when `listIds` is absent): decides
 * every row, proposes the awards, records each row's result. `onProgress(done, total)` is called
 * as rows are decided.
 */
export async function runGrants(
  store: Store,
  actor: Actor,
  input: { listIds?: unknown; asOf?: unknown },
  now = new Date(),
  onProgress?: (done: number, total: number) => void,
) {
  authorize(actor, 'green.grants');
  const asOf = input.asOf === undefined ? shanghaiDate(now) : parseCalendarDate(input.asOf, 'asOf');
  const department = actor.kind === 'user' && actor.role !== 'admin' ? actor.department : null;
  let listIds: number[];
  if (input.listIds === undefined) {
    let q = store.db.selectFrom('green_grant_lists').select('id');
    if (department) q = q.where('department', '=', department);
    listIds = (await q.execute()).map((l) => l.id);
  } else if (Array.isArray(input.listIds) && input.listIds.every((x) => Number.isSafeInteger(x) && x > 0)) {
    listIds = input.listIds as number[];
  } else throw invalidInput('listIds', input.listIds, 'must be an array of list ids', '须为名单编号数组');
  if (listIds.length === 0)
    throw invalidInput(
      'listIds',
      input.listIds ?? [],
      'no lists to run: import a list first',
      '没有可兑现的名单，请先导入名单',
    );
  const lists = await store.db
    .selectFrom('green_grant_lists')
    .selectAll()
    .where('id', 'in', listIds)
    .execute();
  for (const id of listIds) {
    const l = lists.find((x) => x.id === id);
    if (!l)
      throw new ZhengceError('ZC_ERR_NOT_FOUND', `list ${id} does not exist`, {
        field: 'listIds',
        value: id,
        messageZh: `名单 ${id} 不存在`,
      });
    authorize(actor, 'green.grants', { department: l.department });
  }
  const ruleOf = new Map(lists.map((l) => [l.id, l.rule_id]));
  const rows: GreenGrantListRowRow[] = await store.db
    .selectFrom('green_grant_list_rows')
    .selectAll()
    .where('list_id', 'in', listIds)
    .orderBy('id')
    .execute();
  const codes = [...new Set(rows.map((r) => r.credit_code))];
  const enterprises = new Map<string, EnterpriseRow>();
  for (let i = 0; i < codes.length; i += 500) {
    for (const e of await store.db
      .selectFrom('enterprises')
      .selectAll()
      .where('credit_code', 'in', codes.slice(i, i + 500))
      .execute())
      enterprises.set(e.credit_code, e);
  }
  const histories = await awardHistories(store.db, codes);
  const taken = new Set(
    (await store.db.selectFrom('green_award_keys').select('award_key').execute()).map((k) => k.award_key),
  );
  const overrides = await parameterOverrides(store.db);
  const planned: Planned[] = [];
  const rules = new Map<string, Rule>();
  rows.forEach((r, i) => {
    const ruleId = ruleOf.get(r.list_id)!;
    const rule = rules.get(ruleId) ?? itemRule(ruleId, 'ruleId');
    rules.set(ruleId, rule);
    planned.push(
      planOne(
        {
          id: r.id,
          ruleId,
          creditCode: r.credit_code,
          projectRef: r.project_ref,
          facts: JSON.parse(r.facts),
        },
        enterprises,
        histories,
        taken,
        asOf,
        overrides,
        rule,
      ),
    );
    if (onProgress && (i % 1000 === 999 || i === rows.length - 1)) onProgress(i + 1, rows.length);
  });
  const summary = summarise(planned);
  const iso = now.toISOString();
  const byRow = new Map(rows.map((r) => [r.id, r]));
  const run = await store.db.transaction().execute(async (trx) => {
    const number = await nextRunNumber(trx, Number(asOf.slice(0, 4)));
    const run = await trx
      .insertInto('green_grant_runs')
      .values({
        number,
        list_ids: JSON.stringify(listIds),
        as_of: asOf,
        state: 'draft',
        summary: JSON.stringify(summary),
        created_by: actorLabel(actor),
        created_at: iso,
        decided_by: null,
        decided_at: null,
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    for (const p of planned) {
      let awardId: number | null = null;
      if (p.result === 'granted' && p.decision) {
        const r = byRow.get(p.row.id)!;
        const rule = rules.get(p.row.ruleId)!;
        const a = await trx
          .insertInto('green_awards')
          .values({
            source: 'grant',
            application_id: null,
            run_id: run.id,
            list_row_id: r.id,
            credit_code: r.credit_code,
            rule_id: rule.id,
            department: rule.department ?? '',
            subject: p.subjects.join('+'),
            project_ref: r.project_ref,
            project_name: r.project_name,
            amount_fen: p.decision.amount as Fen,
            state: 'proposed',
            budget_year: Number(asOf.slice(0, 4)),
            decision: JSON.stringify(decisionToJson(p.decision, rule.messages)),
            created_at: iso,
            approved_at: null,
            paid_at: null,
            payment_ref: null,
            clawed_back_at: null,
            clawback_fen: null,
            clawback_reason: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        awardId = a.id;
        // The primary key refuses a key another run took meanwhile: the whole run rolls back.
        await trx
          .insertInto('green_award_keys')
          .values(
            p.subjects.map((s, position) => ({
              award_key: awardKey(rule.id, r.credit_code, s),
              award_id: a.id,
              position,
            })),
          )
          .execute();
      }
      await trx
        .insertInto('green_grant_results')
        .values({
          run_id: run.id,
          list_row_id: p.row.id,
          credit_code: p.row.creditCode,
          rule_id: p.row.ruleId,
          result: p.result,
          amount_fen: p.decision?.amount ?? null,
          award_id: awardId,
          reasons: JSON.stringify(p.reasons),
        })
        .execute();
    }
    await recordAudit(
      trx,
      actor,
      {
        action: 'green_grant_run.create',
        entityType: 'green_grant_run',
        entityId: run.id,
        details: { number: run.number, asOf, listIds, ...summary, byRule: undefined },
      },
      now,
    );
    return run;
  });
  return { id: run.id, number: run.number, asOf, state: 'draft' as const, summary };
}

export function summarise(planned: readonly Planned[]): RunSummary {
  const byRule = new Map<string, { granted: number; total: Fen }>();
  const counts: Record<GrantResult, number> = {
    granted: 0,
    already_granted: 0,
    ineligible: 0,
    needs_review: 0,
    held: 0,
  };
  let total = 0 as Fen;
  for (const p of planned) {
    counts[p.result]++;
    if (p.result !== 'granted' || !p.decision?.amount) continue;
    total = addFen(total, p.decision.amount);
    const b = byRule.get(p.row.ruleId) ?? { granted: 0, total: 0 as Fen };
    byRule.set(p.row.ruleId, { granted: b.granted + 1, total: addFen(b.total, p.decision.amount) });
  }
  return {
    rows: planned.length,
    granted: counts.granted,
    alreadyGranted: counts.already_granted,
    ineligible: counts.ineligible,
    needsReview: counts.needs_review,
    held: counts.held,
    total: formatYuan(total),
    byRule: Object.fromEntries(
      [...byRule].map(([k, v]) => [k, { granted: v.granted, total: formatYuan(v.total) }]),
    ),
  };
}

async function findRun(db: Db, id: unknown) {
  const n =
    typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw invalidInput('runId', id, 'must be a positive integer', '须为正整数');
  const r = await db.selectFrom('green_grant_runs').selectAll().where('id', '=', n).executeTakeFirst();
  if (!r)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `grant run ${n} does not exist`, {
      field: 'runId',
      value: id,
      messageZh: `兑现批次 ${n} 不存在`,
    });
  return r;
}

/**
 * Approves or rejects a draft run. Approval approves its awards and notifies each enterprise;
 * rejection rejects them and frees their keys. The reviewer must belong to the bureau of every list.
 */
export async function decideRun(
  store: Store,
  actor: Actor,
  id: unknown,
  input: { decision?: unknown; note?: unknown },
  now = new Date(),
) {
  const iso = now.toISOString();
  authorize(actor, 'green.grants.approve');
  if (input.decision !== 'approve' && input.decision !== 'reject')
    throw invalidInput('decision', input.decision, 'must be approve or reject', '须为 approve 或 reject');
  return store.db.transaction().execute(async (trx) => {
    const run = await findRun(trx, id);
    const lists = await trx
      .selectFrom('green_grant_lists')
      .select(['department'])
      .where('id', 'in', JSON.parse(run.list_ids) as number[])
      .execute();
    authorize(actor, 'green.grants.approve');
    for (const l of lists) authorize(actor, 'green.grants.approve', { department: l.department });
    if (run.state !== 'draft')
      throw new ZhengceError('ZC_ERR_CONFLICT', `grant run ${run.number} is ${run.state}`, {
        field: 'state',
        value: run.state,
        messageZh: `兑现批次 ${run.number} 已${run.state === 'approved' ? '批准' : '驳回'}`,
      });
    const awards = await trx
      .selectFrom('green_awards')
      .selectAll()
      .where('run_id', '=', run.id)
      .where('state', '=', 'proposed')
      .execute();
    if (input.decision === 'approve') {
      await trx
        .updateTable('green_awards')
        .set({ state: 'approved', approved_at: iso })
        .where('run_id', '=', run.id)
        .where('state', '=', 'proposed')
        .execute();
      for (const a of awards) {
        await notify(
          trx,
          {
            creditCode: a.credit_code,
            awardId: a.id,
            kind: 'grant.approved',
            title: { zh: '免申即享奖励兑现通知', en: 'Award granted without application' },
            body: {
              zh: `依据京技管发〔2023〕31号，${a.project_name} 获奖励 ${formatYuan(a.amount_fen as Fen)} 元（免申即享，批次 ${run.number}），待拨付。`,
              en: `Under Jingjiguanfa [2023] No. 31, ${a.project_name} is granted ${formatYuan(a.amount_fen as Fen)} yuan without application (run ${run.number}), to be paid.`,
            },
          },
          iso,
        );
      }
    } else {
      await trx
        .updateTable('green_awards')
        .set({ state: 'rejected' })
        .where('run_id', '=', run.id)
        .where('state', '=', 'proposed')
        .execute();
      await releaseAwardKeys(
        trx,
        awards.map((a) => a.id),
      );
    }
    const state = input.decision === 'approve' ? 'approved' : 'rejected';
    await trx
      .updateTable('green_grant_runs')
      .set({ state, decided_by: actorLabel(actor), decided_at: iso })
      .where('id', '=', run.id)
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: `green_grant_run.${input.decision}`,
        entityType: 'green_grant_run',
        entityId: run.id,
        details: {
          number: run.number,
          awards: awards.length,
          ...(typeof input.note === 'string' ? { note: input.note } : {}),
        },
      },
      now,
    );
    return getRunIn(trx, run.id);
  });
}

async function getRunIn(db: Db, id: number) {
  const run = await findRun(db, id);
  const results = await db
    .selectFrom('green_grant_results')
    .innerJoin('green_grant_list_rows', 'green_grant_list_rows.id', 'green_grant_results.list_row_id')
    .innerJoin('enterprises', 'enterprises.credit_code', 'green_grant_results.credit_code')
    .select([
      'green_grant_results.list_row_id',
      'green_grant_results.credit_code',
      'green_grant_results.rule_id',
      'green_grant_results.result',
      'green_grant_results.amount_fen',
      'green_grant_results.award_id',
      'green_grant_results.reasons',
      'green_grant_list_rows.project_name',
      'green_grant_list_rows.row_no',
      'enterprises.name_zh',
      'enterprises.name_en',
    ])
    .where('green_grant_results.run_id', '=', run.id)
    .orderBy('green_grant_results.id')
    .limit(5000)
    .execute();
  return {
    id: run.id,
    number: run.number,
    asOf: run.as_of,
    state: run.state,
    listIds: JSON.parse(run.list_ids) as number[],
    summary: JSON.parse(run.summary) as RunSummary,
    createdBy: run.created_by,
    createdAt: run.created_at,
    decidedBy: run.decided_by,
    decidedAt: run.decided_at,
    results: results.map((r) => ({
      listRowId: r.list_row_id,
      rowNo: r.row_no,
      creditCode: r.credit_code,
      enterprise: { zh: r.name_zh, en: r.name_en },
      projectName: r.project_name,
      ruleId: r.rule_id,
      result: r.result,
      amount: r.amount_fen === null ? null : formatYuan(r.amount_fen as Fen),
      awardId: r.award_id,
      reasons: JSON.parse(r.reasons) as string[],
    })),
  };
}

export async function getRun(store: Store, actor: Actor, id: unknown) {
  // The officers who run grants and the reviewers who approve them read the rows.
  authorizeGrantDesk(actor);
  return getRunIn(store.db, Number(id));
}

export async function listRuns(store: Store, actor: Actor) {
  authorizeGrantDesk(actor);
  const rows = await store.db
    .selectFrom('green_grant_runs')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    asOf: r.as_of,
    state: r.state,
    listIds: JSON.parse(r.list_ids) as number[],
    summary: JSON.parse(r.summary) as RunSummary,
    createdBy: r.created_by,
    createdAt: r.created_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  }));
}
