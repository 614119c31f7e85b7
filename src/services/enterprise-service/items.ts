/**
 * @module services/enterprise-service/items
 * The three lists (诉求/问题/愿景, 二(三)13) and roundtable items (协同商办—限时反馈—回访通报, 二(三)12):
 * each item belongs to an enterprise file, has a source, an owner, a deadline in working days
 * (working-days.ts, D-28-4), a status moved only by workflow.ts (D-28-3: no step skipped, nothing
 * closed without a reply) and a history row per step. Overdue escalation is computed as of a date.
 * Exports the lists as a spreadsheet.
 */

import type { Updateable } from 'kysely';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { getDepartment } from '../../policies/departments.ts';
import {
  DEFAULT_WORKING_DAYS,
  ITEM_SOURCES,
  ITEM_STATUSES as ITEM_STATUSES_LABELS,
  type ItemSource,
  type ItemStatus,
  itemStep,
  LIST_KINDS,
  OPEN_ITEM_STATUSES,
  OPEN_ROUNDTABLE_STATUSES,
  ROUNDTABLE_STATUSES,
  type RoundtableStatus,
  roundtableStep,
} from '../../policies/jingjiguanfa-2023-28/workflow.ts';
import { deadline, escalation } from '../../policies/jingjiguanfa-2023-28/working-days.ts';
import type { Store } from '../../store/db.ts';
import type { FieItemRow, FieItemTable } from '../../store/enterprise-service-schema.ts';
import { type Actor, actorLabel } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { writeSheet } from '../shared/excel.ts';
import { fileFor, reach, serviceOfficer, usernames } from './access.ts';
import { asInput, oneOf, parseJson, text, textList } from './input.ts';

export type ItemKind = 'request' | 'problem' | 'vision' | 'roundtable';
export const ITEM_KINDS: readonly ItemKind[] = ['request', 'problem', 'vision', 'roundtable'];
const SOURCES = Object.keys(ITEM_SOURCES) as ItemSource[];
const OPEN: readonly string[] = [...OPEN_ITEM_STATUSES, ...OPEN_ROUNDTABLE_STATUSES];

export interface ItemView {
  readonly id: number;
  readonly fileId: number;
  readonly creditCode: string;
  readonly enterprise: { zh: string; en: string };
  readonly kind: ItemKind;
  readonly kindLabel: { zh: string; en: string };
  readonly source: string;
  readonly title: string;
  readonly description: string | null;
  readonly status: string;
  readonly statusLabel: { zh: string; en: string };
  readonly owner: string | null;
  readonly departments: string[];
  readonly receivedOn: string;
  readonly workingDays: number;
  readonly dueOn: string;
  readonly provisional: boolean;
  readonly open: boolean;
  readonly escalation: { overdue: boolean; workingDaysOverdue: number; level: number };
  readonly reply: string | null;
  readonly summary: string | null;
}

const kindLabel = (k: ItemKind) =>
  k === 'roundtable' ? { zh: '圆桌会议事项', en: 'Roundtable item' } : LIST_KINDS[k];
const statusLabel = (kind: string, s: string) =>
  kind === 'roundtable'
    ? (ROUNDTABLE_STATUSES[s as RoundtableStatus] ?? { zh: s, en: s })
    : (ITEM_STATUSES_LABELS[s as ItemStatus] ?? { zh: s, en: s });

async function views(store: Store, rows: readonly FieItemRow[], asOf: CalendarDate): Promise<ItemView[]> {
  if (rows.length === 0) return [];
  const files = await store.db
    .selectFrom('fie_files')
    .innerJoin('enterprises', 'enterprises.credit_code', 'fie_files.credit_code')
    .select([
      'fie_files.id as id',
      'fie_files.credit_code as cc',
      'enterprises.name_zh as zh',
      'enterprises.name_en as en',
    ])
    .where('fie_files.id', 'in', [...new Set(rows.map((r) => r.file_id))])
    .execute();
  const byId = new Map(files.map((f) => [f.id, f]));
  const names = await usernames(
    store.db,
    rows.map((r) => r.owner_user_id),
  );
  return rows.map((r) => {
    const f = byId.get(r.file_id);
    const open = OPEN.includes(r.status);
    const kind = r.kind as ItemKind;
    return {
      id: r.id,
      fileId: r.file_id,
      creditCode: f?.cc ?? '',
      enterprise: { zh: f?.zh ?? '', en: f?.en ?? '' },
      kind,
      kindLabel: kindLabel(kind),
      source: r.source,
      title: r.title,
      description: r.description,
      status: r.status,
      statusLabel: statusLabel(r.kind, r.status),
      owner: r.owner_user_id === null ? null : (names.get(r.owner_user_id) ?? null),
      departments: parseJson<string[]>(r.departments, []),
      receivedOn: r.received_on,
      workingDays: r.working_days,
      dueOn: r.due_on,
      provisional: deadline(r.received_on as CalendarDate, r.working_days).provisional,
      open,
      escalation: open
        ? escalation(r.due_on as CalendarDate, asOf)
        : { overdue: false, workingDaysOverdue: 0, level: 0 },
      reply: r.reply,
      summary: r.summary,
    };
  });
}

/**
 * Raises an item on a file: `{creditCode | fileId, kind, source, title, description?, receivedOn?}`.
 * Its deadline runs from the day received, by the default limit of its kind (D-28-4). An enterprise
 * user raises only on its own file, and its source is the website.
 */
export async function raiseItem(
  store: Store,
  actor: Actor,
  body: unknown,
  today: CalendarDate,
  now = new Date(),
): Promise<ItemView> {
  reach(actor, 'fie.raise');
  const input = asInput(body);
  const file = await fileFor(store, actor, input.fileId ?? input.creditCode, 'fie.raise');
  const kind = oneOf(input, 'kind', ITEM_KINDS);
  const isEnterprise = actor.kind === 'user' && actor.role === 'enterprise';
  const source = isEnterprise
    ? 'website'
    : oneOf(input, 'source', SOURCES, kind === 'roundtable' ? 'roundtable' : undefined);
  const title = text(input, 'title', true, 200)!;
  const description = text(input, 'description', false, 4000) ?? null;
  const receivedOn =
    input.receivedOn === undefined ? today : parseCalendarDate(input.receivedOn, 'receivedOn');
  if (receivedOn > today)
    throw invalidInput('receivedOn', receivedOn, `is after today (${today})`, `晚于今天（${today}）`);
  const workingDays = DEFAULT_WORKING_DAYS[kind];
  const due = deadline(receivedOn, workingDays);
  const status = kind === 'roundtable' ? 'raised' : 'received';
  const iso = now.toISOString();
  const row = await store.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('fie_items')
      .values({
        file_id: file.id,
        kind,
        source,
        title,
        description,
        status,
        owner_user_id: null,
        departments: '[]',
        received_on: receivedOn,
        working_days: workingDays,
        due_on: due.dueOn,
        reply: null,
        summary: null,
        created_at: iso,
        created_by: actorLabel(actor),
        updated_at: iso,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('fie_item_history')
      .values({
        item_id: r.id,
        at: iso,
        actor: actorLabel(actor),
        action: 'raise',
        from_status: null,
        to_status: status,
        note: null,
      })
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'fie_item.raise',
        entityType: 'fie_item',
        entityId: r.id,
        details: { fileId: file.id, kind, source, receivedOn, dueOn: due.dueOn },
      },
      now,
    );
    return r;
  });
  return (await views(store, [row], today))[0]!;
}

async function itemFor(store: Store, actor: Actor, id: unknown, permission: 'fie.read' | 'fie.manage') {
  reach(actor, permission);
  const row =
    typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id))
      ? await store.db.selectFrom('fie_items').selectAll().where('id', '=', Number(id)).executeTakeFirst()
      : undefined;
  if (!row) {
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `item ${String(id)} not found`, {
      field: 'id',
      value: id,
      messageZh: `未找到事项 ${String(id)}`,
    });
  }
  await fileFor(store, actor, row.file_id, permission);
  return row;
}

/** One item with its history. */
export async function getItem(store: Store, actor: Actor, id: unknown, today: CalendarDate) {
  const row = await itemFor(store, actor, id, 'fie.read');
  const history = await store.db
    .selectFrom('fie_item_history')
    .selectAll()
    .where('item_id', '=', row.id)
    .orderBy('id')
    .execute();
  return {
    ...(await views(store, [row], today))[0]!,
    history: history.map((h) => ({
      at: h.at,
      actor: h.actor,
      action: h.action,
      from: h.from_status,
      to: h.to_status,
      note: h.note,
    })),
  };
}

/**
 * Takes one step (workflow.ts): `{action, owner?, workingDays?, reply?, note?, departments?,
 * summary?}`. Assigning sets the owner and time limit; 协同商办 the departments and time limit (the
 * deadline is recomputed from the day received); replies and the summary are stored.
 */
export async function stepItem(
  store: Store,
  actor: Actor,
  id: unknown,
  body: unknown,
  today: CalendarDate,
  now = new Date(),
) {
  const row = await itemFor(store, actor, id, 'fie.manage');
  const input = asInput(body);
  const action = typeof input.action === 'string' ? input.action : '';
  const to =
    row.kind === 'roundtable'
      ? roundtableStep(row.status as RoundtableStatus, action, input)
      : itemStep(row.status as ItemStatus, action, input);
  const set: Updateable<FieItemTable> = { status: to };
  if (input.owner !== undefined) set.owner_user_id = await serviceOfficer(store.db, input.owner, 'owner');
  if (input.workingDays !== undefined && (action === 'assign' || action === 'coordinate')) {
    const wd = input.workingDays;
    if (typeof wd !== 'number' || !Number.isSafeInteger(wd) || wd < 1 || wd > 250)
      throw invalidInput('workingDays', wd, 'must be a whole number from 1 to 250', '须为1至250的整数');
    set.working_days = wd;
    set.due_on = deadline(row.received_on as CalendarDate, wd).dueOn;
  }
  if (action === 'coordinate') {
    const depts = textList(input, 'departments') ?? [];
    depts.forEach((d, i) => {
      try {
        getDepartment(d);
      } catch {
        throw invalidInput(`departments[${i}]`, d, 'is not a known department', '不是已登记的部门');
      }
    });
    set.departments = JSON.stringify(depts);
  }
  if (action === 'reply') set.reply = text(input, 'reply', true, 4000)!;
  if (action === 'publish') set.summary = text(input, 'summary', true, 4000)!;
  const note = text(input, 'note', false, 2000) ?? null;
  const iso = now.toISOString();
  await store.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('fie_items')
      .set({ ...set, updated_at: iso })
      .where('id', '=', row.id)
      .where('status', '=', row.status)
      .execute();
    await trx
      .insertInto('fie_item_history')
      .values({
        item_id: row.id,
        at: iso,
        actor: actorLabel(actor),
        action,
        from_status: row.status,
        to_status: to,
        note: note ?? (typeof set.reply === 'string' ? set.reply : null),
      })
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: `fie_item.${action}`,
        entityType: 'fie_item',
        entityId: row.id,
        details: { from: row.status, to, dueOn: set.due_on ?? row.due_on },
      },
      now,
    );
  });
  return getItem(store, actor, row.id, today);
}

export interface ItemFilter {
  readonly kind?: string;
  readonly status?: string;
  readonly creditCode?: string;
  /** Only open items. */
  readonly open?: boolean;
  /** Only items the actor owns or on files whose officer or steward the actor is. */
  readonly mine?: boolean;
}

/** Items the actor reaches, by deadline, with escalation as of `asOf`. */
export async function listItems(store: Store, actor: Actor, filter: ItemFilter, asOf: CalendarDate) {
  const r = reach(actor, 'fie.read');
  let q = store.db
    .selectFrom('fie_items')
    .innerJoin('fie_files', 'fie_files.id', 'fie_items.file_id')
    .selectAll('fie_items')
    .orderBy('fie_items.due_on')
    .orderBy('fie_items.id');
  if (!r.all) q = q.where('fie_files.credit_code', '=', r.creditCode);
  if (filter.creditCode) q = q.where('fie_files.credit_code', '=', filter.creditCode);
  if (filter.kind) q = q.where('fie_items.kind', '=', oneOf({ kind: filter.kind }, 'kind', ITEM_KINDS));
  if (filter.status) q = q.where('fie_items.status', '=', filter.status);
  if (filter.open) q = q.where('fie_items.status', 'in', [...OPEN]);
  if (filter.mine && actor.kind === 'user') {
    const me = actor.id;
    q = q.where((eb) =>
      eb.or([
        eb('fie_items.owner_user_id', '=', me),
        eb('fie_files.officer_user_id', '=', me),
        eb('fie_files.steward_user_id', '=', me),
      ]),
    );
  }
  return views(store, await q.execute(), asOf);
}

/** Open items overdue on `asOf`, highest escalation first (D-28-4). */
export async function escalations(store: Store, actor: Actor, asOf: CalendarDate) {
  reach(actor, 'fie.manage');
  const open = await listItems(store, actor, { open: true }, asOf);
  return open
    .filter((i) => i.escalation.overdue)
    .sort((a, b) => b.escalation.level - a.escalation.level || a.dueOn.localeCompare(b.dueOn));
}

const HEADERS = [
  '编号 No.',
  '企业 Enterprise',
  '统一社会信用代码 Credit code',
  '清单 List',
  '来源 Source',
  '事项 Title',
  '状态 Status',
  '承办人 Owner',
  '受理日 Received',
  '时限（工作日） Working days',
  '办结时限 Due',
  '逾期工作日 Working days overdue',
  '督办级别 Escalation',
  '答复 Reply',
];

/** The lists as a spreadsheet (one row per item, as {@link listItems} with `filter`). */
export async function exportItems(store: Store, actor: Actor, filter: ItemFilter, asOf: CalendarDate) {
  const items = await listItems(store, actor, filter, asOf);
  return writeSheet(
    'FIE lists',
    HEADERS,
    items.map((i) => [
      i.id,
      i.enterprise.zh,
      i.creditCode,
      i.kindLabel.zh,
      i.source,
      i.title,
      i.statusLabel.zh,
      i.owner,
      i.receivedOn,
      i.workingDays,
      i.dueOn,
      i.escalation.workingDaysOverdue,
      i.escalation.level,
      i.reply,
    ]),
  );
}
