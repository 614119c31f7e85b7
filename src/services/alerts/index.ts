/**
 * @module services/alerts
 * The heavy air-pollution alert workflow of 京技管发〔2023〕29号: alerts and their events,
 * notices and receipts, the outbox, the emission-reduction lists, and the public view.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { getDepartment } from '../../policies/departments.ts';
import * as aq from '../../store/air-queries.ts';
import type { Store } from '../../store/db.ts';
import { type Actor, authorize } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { alertToCap } from './cap.ts';
import { type AlertView, alertView, type PublicAlertView, publicAlertView } from './views.ts';

export { changeAlert, issueAlert, liftAlert, parseInstant } from './lifecycle.ts';
export { drainOutbox, startOutboxWorker } from './outbox.ts';
export { acknowledgeNotice, myNotices, receiptBoard, remindPending } from './receipts.ts';
export type { AlertView, PublicAlertView } from './views.ts';

async function views(store: Store, rows: Awaited<ReturnType<typeof aq.listAlerts>>): Promise<AlertView[]> {
  const events = await aq.alertEvents(
    store.db,
    rows.map((r) => r.id),
  );
  return Promise.all(
    rows.map(async (a) => {
      const counts = await aq.receiptCounts(store.db, a.id);
      const total = counts.reduce((s, c) => s + c.total, 0);
      const acknowledged = counts.reduce((s, c) => s + c.acknowledged, 0);
      return alertView(
        a,
        events.filter((e) => e.alert_id === a.id),
        { total, acknowledged },
      );
    }),
  );
}

/** Alerts, newest first. */
export async function listAlerts(store: Store, actor: Actor, limit = 50): Promise<AlertView[]> {
  authorize(actor, 'alerts.read');
  return views(store, await aq.listAlerts(store.db, limit));
}

/** One alert with its events and receipt counts. */
export async function getAlert(store: Store, actor: Actor, id: number): Promise<AlertView> {
  authorize(actor, 'alerts.read');
  const a = await aq.findAlert(store.db, id);
  if (!a)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `alert ${id} not found`, {
      field: 'alertId',
      value: id,
      messageZh: `预警 ${id} 不存在`,
    });
  return (await views(store, [a]))[0]!;
}

/** The alert in force, as the public sees it (no sign-in), or null. */
export async function currentPublicAlert(store: Store): Promise<PublicAlertView | null> {
  const a = await aq.activeAlert(store.db);
  return a ? publicAlertView(a) : null;
}

/** An entry of an emission-reduction list (附件3) or a guarantee list (保障清单). */
export interface ListEntryInput {
  readonly kind?: unknown;
  readonly creditCode?: unknown;
  readonly name?: unknown;
  readonly nameEn?: unknown;
  readonly sector?: unknown;
  readonly ownerDepartment?: unknown;
  readonly grade?: unknown;
  readonly guarantee?: unknown;
  readonly measures?: unknown;
}

const GRADES = ['A', 'B', 'C', 'D', 'leading', 'non_leading'];

/** Adds list entries in one transaction; any bad entry rejects them all, naming `entries[i].field`. */
export async function addListEntries(
  store: Store,
  actor: Actor,
  inputs: readonly ListEntryInput[],
  now = new Date(),
): Promise<number> {
  authorize(actor, 'air-lists.manage');
  const iso = now.toISOString();
  const rows = inputs.map((e, i) => {
    const f = (k: string) => `entries[${i}].${k}`;
    if (e.kind !== 'enterprise' && e.kind !== 'site')
      throw invalidInput(f('kind'), e.kind, 'must be enterprise or site', '须为 enterprise 或 site');
    if (typeof e.name !== 'string' || e.name.trim() === '')
      throw invalidInput(f('name'), e.name, 'is required', '必填');
    if (typeof e.sector !== 'string' || e.sector.trim() === '')
      throw invalidInput(f('sector'), e.sector, 'is required', '必填');
    if (typeof e.ownerDepartment !== 'string')
      throw invalidInput(f('ownerDepartment'), e.ownerDepartment, 'is required', '必填');
    getDepartment(e.ownerDepartment);
    if (e.grade !== undefined && e.grade !== null && !GRADES.includes(String(e.grade))) {
      throw invalidInput(
        f('grade'),
        e.grade,
        `must be one of ${GRADES.join(', ')}`,
        `须为 ${GRADES.join('、')} 之一`,
      );
    }
    if (e.creditCode !== undefined && e.creditCode !== null && typeof e.creditCode !== 'string')
      throw invalidInput(f('creditCode'), e.creditCode, 'must be text', '须为文本');
    return {
      kind: e.kind,
      credit_code:
        typeof e.creditCode === 'string' && e.creditCode !== '' ? e.creditCode.toUpperCase() : null,
      name_zh: e.name.trim(),
      name_en: typeof e.nameEn === 'string' && e.nameEn !== '' ? e.nameEn : e.name.trim(),
      sector: e.sector.trim(),
      owner_department: e.ownerDepartment,
      grade: e.grade === undefined || e.grade === null ? null : String(e.grade),
      guarantee: e.guarantee === true ? 1 : 0,
      measures: JSON.stringify(e.measures ?? {}),
      active: 1,
      created_at: iso,
      updated_at: iso,
    };
  });
  await store.db.transaction().execute(async (trx) => {
    await aq.insertListEntries(trx, rows);
    await recordAudit(
      trx,
      actor,
      { action: 'air_list.add', entityType: 'air_list', details: { count: rows.length } },
      now,
    );
  });
  return rows.length;
}

/** The CAP 1.2 message of an alert's event (the latest unless `seq` is given). Public, like the alert. */
export async function capXml(
  store: Store,
  id: number,
  seq: number | undefined,
  baseUrl: string,
): Promise<string> {
  const a = await aq.findAlert(store.db, id);
  if (!a)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `alert ${id} not found`, {
      field: 'alertId',
      value: id,
      messageZh: `预警 ${id} 不存在`,
    });
  const events = (await aq.alertEvents(store.db, [id])).filter((e) => seq === undefined || e.seq <= seq);
  if (seq !== undefined && !events.some((e) => e.seq === seq)) {
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `alert ${id} has no event ${seq}`, {
      field: 'seq',
      value: seq,
      messageZh: `预警 ${id} 没有第 ${seq} 次变更`,
    });
  }
  return alertToCap(
    {
      id: a.id,
      number: a.number,
      level: a.level as 'yellow' | 'orange' | 'red',
      status: a.status as 'active' | 'lifted',
      startsAt: a.starts_at,
      endsAt: a.ends_at,
      events: events.map((e) => ({
        seq: e.seq,
        kind: e.kind as 'issue',
        fromLevel: e.from_level,
        toLevel: e.to_level,
        at: e.at,
        number: e.number,
        note: e.note,
      })),
    },
    {
      sender: 'zhengce@bda.gov.cn',
      senderName: {
        zh: '北京经济技术开发区空气重污染应急指挥部',
        en: 'E-Town Heavy Air Pollution Emergency Command',
      },
      baseUrl,
    },
  );
}
