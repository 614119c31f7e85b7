/**
 * @module services/alerts
 * The heavy air-pollution alert workflow of 京技管发〔2023〕29号: alerts and their events,
 * notices and receipts, the outbox, the emission-reduction lists, and the public view.
 */
import { ZhengceError } from '../../engine/errors.ts';
import * as aq from '../../store/air-queries.ts';
import type { Store } from '../../store/db.ts';
import { type Actor, authorize } from '../accounts/index.ts';
import { alertToCap } from './cap.ts';
import { type AlertView, alertView } from './views.ts';

export { changeAlert, issueAlert, liftAlert, parseInstant } from './lifecycle.ts';
export {
  addListEntries,
  exportListEntries,
  importListEntries,
  type ListEntryInput,
  listEntries,
} from './lists.ts';
export { drainOutbox, startOutboxWorker } from './outbox.ts';
export { currentPublicAlert, currentPublicAlertJson } from './public-alert.ts';
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
