/**
 * @module services/alerts/exports
 * The command centre's alert list and a unit's or enterprise's notices as Excel workbooks, with the
 * same permission and rows as the lists they mirror; times in Beijing time.
 */
import type { Store } from '../../store/db.ts';
import type { Actor } from '../accounts/index.ts';
import { type ExportColumn, exportSheet } from '../shared/excel.ts';
import { listAlerts } from './index.ts';
import { myNotices, type NoticeView } from './receipts.ts';
import type { AlertView } from './views.ts';

const STATUS = { active: '生效中', lifted: '已解除' } as const;

const ALERT_COLUMNS: readonly ExportColumn<AlertView>[] = [
  { zh: '编号', en: 'Number', value: (a) => a.number, width: 22 },
  { zh: '级别', en: 'Level', value: (a) => `${a.levelLabel.zh} ${a.levelLabel.en}`, width: 22 },
  { zh: '响应', en: 'Response', value: (a) => a.response, width: 10 },
  { zh: '状态', en: 'Status', value: (a) => `${STATUS[a.status]} ${a.status}` },
  { zh: '来源', en: 'Source', value: (a) => a.source, width: 24 },
  { zh: '开始时间', en: 'Starts', value: (a) => a.startsAt, kind: 'instant', width: 20 },
  { zh: '结束时间', en: 'Ends', value: (a) => a.endsAt, kind: 'instant', width: 20 },
  { zh: '发布时间', en: 'Issued', value: (a) => a.issuedAt, kind: 'instant', width: 20 },
  { zh: '解除时间', en: 'Lifted', value: (a) => a.liftedAt, kind: 'instant', width: 20 },
  { zh: '通知总数', en: 'Notices', value: (a) => a.receipts.total, width: 10 },
  { zh: '已回执', en: 'Acknowledged', value: (a) => a.receipts.acknowledged, width: 10 },
  { zh: '待回执', en: 'Pending', value: (a) => a.receipts.pending, width: 10 },
];

/** The alerts, newest first, as {@link listAlerts} gives them (officers). */
export async function exportAlerts(store: Store, actor: Actor): Promise<Buffer> {
  return exportSheet('重污染天气预警', ALERT_COLUMNS, await listAlerts(store, actor));
}

const NOTICE_COLUMNS: readonly ExportColumn<NoticeView>[] = [
  { zh: '预警编号', en: 'Alert number', value: (n) => n.number, width: 22 },
  {
    zh: '级别',
    en: 'Level',
    value: (n) => (n.levelLabel ? `${n.levelLabel.zh} ${n.levelLabel.en}` : n.level),
  },
  { zh: '时间', en: 'At', value: (n) => n.at, kind: 'instant', width: 20 },
  { zh: '通知内容', en: 'Text', value: (n) => n.text.zh, width: 60 },
  { zh: '送达时间', en: 'Delivered', value: (n) => n.deliveredAt, kind: 'instant', width: 20 },
  { zh: '回执时间', en: 'Acknowledged', value: (n) => n.acknowledgedAt, kind: 'instant', width: 20 },
];

/** The caller's notices, as {@link myNotices} gives them (a member unit's or an enterprise's own). */
export async function exportMyNotices(store: Store, actor: Actor): Promise<Buffer> {
  return exportSheet('预警通知', NOTICE_COLUMNS, await myNotices(store, actor));
}
