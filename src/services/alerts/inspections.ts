/**
 * @module services/alerts/inspections
 * Inspections during an alert (29号 二(三) "同时进行督促检查", 四(四)): the command office, or an
 * officer of the unit that owns a listed enterprise or site, records what was found while the
 * alert is in force or on the day it is lifted; the duty report sums them up with the receipts.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { shanghaiDate } from '../../engine/period.ts';
import { POLLUTION_COMMAND_MEMBERS } from '../../policies/departments.ts';
import type { AlertColour } from '../../policies/jingjiguanfa-2023-29/response.ts';
import { LIST_ENFORCEMENT_UNIT } from '../../policies/jingjiguanfa-2023-29/subplans.ts';
import * as pq from '../../store/air-plan-queries.ts';
import * as aq from '../../store/air-queries.ts';
import type { Store } from '../../store/db.ts';
import type { Db } from '../../store/queries.ts';
import type { AirAlertRow } from '../../store/schema.ts';
import { type Actor, actorLabel, authorize, type Permission } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { parseInstant } from './lifecycle.ts';
import { optionalText } from './plan-input.ts';
import { type ReceiptBoard, receiptBoard } from './receipts.ts';
import { LEVEL_LABELS } from './views.ts';

/** Recording: officers, the command office, administrators (scope checked below). */
const INSPECT_PERMISSION: Permission = 'air-lists.manage';
const READ_PERMISSION: Permission = 'alerts.read';
const RESULTS = ['compliant', 'violation'] as const;
type Result = (typeof RESULTS)[number];

/** Input of {@link recordInspection}: a listed entry, or a target named in words, or both. */
export interface InspectionInput {
  readonly listEntryId?: unknown;
  readonly targetName?: unknown;
  readonly at?: unknown;
  readonly result?: unknown;
  readonly notes?: unknown;
}

export interface InspectionView {
  readonly id: number;
  readonly alertId: number;
  readonly listEntryId: number | null;
  readonly targetName: string;
  readonly at: string;
  readonly inspector: string;
  readonly result: Result;
  readonly notes: string | null;
  readonly createdAt: string;
}

const view = (r: pq.AirInspectionRow): InspectionView => ({
  id: r.id,
  alertId: r.alert_id,
  listEntryId: r.list_entry_id,
  targetName: r.target_name,
  at: r.at,
  inspector: r.inspector,
  result: r.result,
  notes: r.notes,
  createdAt: r.created_at,
});

async function alertOrThrow(db: Db, alertId: number): Promise<AirAlertRow> {
  const alert = await aq.findAlert(db, alertId);
  if (!alert) {
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `alert ${alertId} not found`, {
      field: 'alertId',
      value: alertId,
      messageZh: `预警 ${alertId} 不存在`,
    });
  }
  return alert;
}

function forbidden(field: string, value: unknown, en: string, zh: string): ZhengceError {
  return new ZhengceError('ZC_ERR_FORBIDDEN', `${field}: ${en}`, {
    field,
    value,
    messageZh: `${field}：${zh}`,
  });
}

/**
 * Records an inspection of alert `alertId`. Allowed while the alert is active or, once lifted, on
 * the day it was lifted (Asia/Shanghai), for an inspection made between the alert's issue and its
 * lifting. Who: the command office and administrators; for a listed entry, officers of its owner
 * department or of the enforcement bureau (附件3 八3); for another target, officers of a member unit.
 */
export async function recordInspection(
  store: Store,
  actor: Actor,
  alertId: number,
  input: InspectionInput,
  now = new Date(),
): Promise<InspectionView> {
  authorize(actor, INSPECT_PERMISSION);
  const at = parseInstant(input.at, 'at');
  if (at > now.toISOString()) {
    throw invalidInput('at', input.at, 'must not be in the future', '不得晚于当前时间');
  }
  if (!(RESULTS as readonly unknown[]).includes(input.result))
    throw invalidInput(
      'result',
      input.result,
      'must be compliant or violation',
      '须为 compliant 或 violation',
    );
  const result = input.result as Result;
  const notes = optionalText(input.notes, 'notes', 2000);
  if (result === 'violation' && notes === null)
    throw invalidInput(
      'notes',
      input.notes,
      'must say what was found when the result is violation',
      '结果为违法时须写明发现的问题',
    );
  const listEntryId = input.listEntryId ?? null;
  if (listEntryId !== null && !(Number.isSafeInteger(listEntryId) && (listEntryId as number) > 0))
    throw invalidInput('listEntryId', listEntryId, 'must be a positive integer', '须为正整数');
  const named = optionalText(input.targetName, 'targetName', 200);
  if (listEntryId === null && named === null) {
    throw invalidInput(
      'targetName',
      input.targetName,
      'is required when no listEntryId is given',
      '未给出 listEntryId 时必填',
    );
  }
  const iso = now.toISOString();
  return store.db.transaction().execute(async (trx) => {
    const alert = await alertOrThrow(trx, alertId);
    if (
      alert.status !== 'active' &&
      shanghaiDate(now) > shanghaiDate(new Date(alert.lifted_at ?? alert.updated_at))
    ) {
      throw new ZhengceError(
        'ZC_ERR_CONFLICT',
        `alert ${alertId} was lifted on ${alert.lifted_at}; inspections are recorded while it is in force or on the day it is lifted`,
        {
          field: 'alertId',
          value: alertId,
          messageZh: `预警 ${alertId} 已于 ${alert.lifted_at} 解除；检查记录须在预警期间或解除当日录入`,
        },
      );
    }
    if (at < alert.issued_at || (alert.lifted_at !== null && at > alert.lifted_at)) {
      throw invalidInput(
        'at',
        input.at,
        `must fall within the alert (${alert.issued_at} – ${alert.lifted_at ?? 'now'})`,
        `须在预警期间内（${alert.issued_at} 至 ${alert.lifted_at ?? '今'}）`,
      );
    }
    const entry =
      listEntryId === null
        ? undefined
        : await trx
            .selectFrom('air_list_entries')
            .selectAll()
            .where('id', '=', listEntryId as number)
            .executeTakeFirst();
    if (listEntryId !== null && entry?.active !== 1)
      throw new ZhengceError('ZC_ERR_NOT_FOUND', `listEntryId: ${listEntryId} is not on the lists`, {
        field: 'listEntryId',
        value: listEntryId,
        messageZh: `listEntryId：${listEntryId} 不在清单上`,
      });
    const all =
      actor.kind === 'system' ||
      (actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'command_office'));
    const dept = actor.kind === 'user' ? actor.department : null;
    if (!all && entry && dept !== entry.owner_department && dept !== LIST_ENFORCEMENT_UNIT) {
      throw forbidden(
        'listEntryId',
        listEntryId,
        `${entry.name_zh} is on ${entry.owner_department}'s list; its officers, the enforcement bureau or the command office inspect it`,
        `${entry.name_zh}属${entry.owner_department}的清单，由该单位、综合执法局或指挥部办公室检查`,
      );
    }
    if (!all && !entry && !POLLUTION_COMMAND_MEMBERS.some((d) => d.code === dept)) {
      throw forbidden(
        'targetName',
        named,
        'inspections are recorded by officers of the 17 member units or the command office',
        '检查记录须由 17 个成员单位人员或指挥部办公室录入',
      );
    }
    const row = await pq.insertInspection(trx, {
      alert_id: alertId,
      list_entry_id: entry?.id ?? null,
      target_name: named ?? entry!.name_zh,
      at,
      inspector: actorLabel(actor),
      result,
      notes,
      created_at: iso,
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'air_inspection.record',
        entityType: 'air_inspection',
        entityId: row.id,
        // The notes stay out of the log: they may name people.
        details: { alertId, listEntryId: row.list_entry_id, target: row.target_name, at, result },
      },
      now,
    );
    return view(row);
  });
}

/** An alert's inspections, in the order they took place. */
export async function listInspections(
  store: Store,
  actor: Actor,
  alertId: number,
): Promise<InspectionView[]> {
  authorize(actor, READ_PERMISSION);
  await alertOrThrow(store.db, alertId);
  return (await pq.inspectionsOf(store.db, alertId)).map(view);
}

/** The duty report of an alert: inspections by result, the violations, and the receipts. */
export interface DutyReport {
  readonly alertId: number;
  readonly number: string;
  readonly level: AlertColour;
  readonly levelLabel: Bilingual;
  readonly status: string;
  readonly inspections: { total: number; compliant: number; violation: number };
  readonly violations: readonly InspectionView[];
  readonly receipts: ReceiptBoard['summary'] & { eventSeq: number; report: Bilingual };
  /** The report as text, one line per fact, in each language. */
  readonly lines: { zh: string[]; en: string[] };
}

/** `2026-12-01 21:30` in Asia/Shanghai. */
const local = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The duty report of alert `alertId`, as JSON and as text lines in both languages. */
export async function dutyReport(store: Store, actor: Actor, alertId: number): Promise<DutyReport> {
  authorize(actor, READ_PERMISSION);
  const alert = await alertOrThrow(store.db, alertId);
  const all = (await pq.inspectionsOf(store.db, alertId)).map(view);
  const board = await receiptBoard(store, actor, alertId);
  const violations = all.filter((i) => i.result === 'violation');
  const level = alert.level as AlertColour;
  const label = LEVEL_LABELS[level];
  const s = board.summary;
  const active = alert.status === 'active';
  const lines = {
    zh: [
      `预警 ${alert.number}（${label.zh}，${active ? '执行中' : `已于 ${local(alert.lifted_at!)} 解除`}）值班报告`,
      `回执：共通知 ${s.total} 个，已回执 ${s.acknowledged} 个，未回执 ${s.pending} 个。`,
      board.report.zh,
      `检查：共 ${all.length} 次，合规 ${all.length - violations.length} 次，违法 ${violations.length} 次。`,
      ...violations.map((v) => `违法：${v.targetName}（${local(v.at)}）——${v.notes ?? ''}`),
    ],
    en: [
      `Duty report, alert ${alert.number} (${label.en}, ${active ? 'in force' : `lifted ${local(alert.lifted_at!)}`})`,
      `Receipts: ${s.total} notified, ${s.acknowledged} acknowledged, ${s.pending} pending.`,
      board.report.en,
      `Inspections: ${all.length} in all, ${all.length - violations.length} compliant, ${violations.length} violations.`,
      ...violations.map((v) => `Violation: ${v.targetName} (${local(v.at)}) — ${v.notes ?? ''}`),
    ],
  };
  return {
    alertId,
    number: alert.number,
    level,
    levelLabel: label,
    status: alert.status,
    inspections: {
      total: all.length,
      compliant: all.length - violations.length,
      violation: violations.length,
    },
    violations,
    receipts: { ...s, eventSeq: board.eventSeq, report: board.report },
    lines,
  };
}
