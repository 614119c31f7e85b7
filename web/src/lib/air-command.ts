/**
 * @module web/lib/air-command
 * Pure helpers of the command centre: reading a typed list of forecast daily AQI, ordering the
 * alerts (the active one on top), and sorting, filtering and grouping the receipt board.
 */
import type { Alert, Recipient, RecipientKind } from './air-types.ts';

/** A typed forecast read: the numbers, or the 0-based position of the first bad item. */
export type DailyAqiParse =
  | { readonly ok: true; readonly values: number[] }
  | { readonly ok: false; readonly index: number | null };

/**
 * `"210, 250，260 180"` → `[210, 250, 260, 180]`: separated by commas (ASCII or Chinese), 、 or
 * spaces; each an integer 0–500 (the range of the AQI). `index` null means nothing was typed.
 */
export function parseDailyAqi(text: string): DailyAqiParse {
  const items = text
    .trim()
    .split(/[\s,，、;；]+/)
    .filter((s) => s !== '');
  if (items.length === 0) return { ok: false, index: null };
  const values: number[] = [];
  for (const [i, item] of items.entries()) {
    if (!/^\d{1,3}$/.test(item) || Number(item) > 500) return { ok: false, index: i };
    values.push(Number(item));
  }
  return { ok: true, values };
}

/** The active alert first, then the rest newest first (by issue time, then id). */
export function orderAlerts(alerts: readonly Alert[]): Alert[] {
  const time = (a: Alert) => Date.parse(a.issuedAt) || 0;
  return [...alerts].sort(
    (a, b) =>
      Number(b.status === 'active') - Number(a.status === 'active') || time(b) - time(a) || b.id - a.id,
  );
}

/** The kinds of recipient in board order: member units, then enterprises, then sites. */
export const RECIPIENT_KINDS: readonly RecipientKind[] = ['unit', 'enterprise', 'site'];

export type ReceiptStatus = 'all' | 'pending' | 'acknowledged';

export interface ReceiptFilter {
  readonly kind: RecipientKind | 'all';
  readonly status: ReceiptStatus;
  /** Matched, case-insensitively, against both names and the recipient id. */
  readonly text: string;
}

function matches(r: Recipient, f: ReceiptFilter): boolean {
  if (f.kind !== 'all' && r.kind !== f.kind) return false;
  if (f.status === 'pending' && r.acknowledgedAt !== null) return false;
  if (f.status === 'acknowledged' && r.acknowledgedAt === null) return false;
  const q = f.text.trim().toLowerCase();
  if (!q) return true;
  return [r.name.zh, r.name.en, r.recipientId].some((s) => s.toLowerCase().includes(q));
}

/** Pending before acknowledged; among pending, most reminded first; then by Chinese name. */
export function compareRecipients(a: Recipient, b: Recipient): number {
  const pa = a.acknowledgedAt === null ? 0 : 1;
  const pb = b.acknowledgedAt === null ? 0 : 1;
  if (pa !== pb) return pa - pb;
  if (pa === 0 && a.reminders !== b.reminders) return b.reminders - a.reminders;
  return a.name.zh.localeCompare(b.name.zh, 'zh-CN') || a.noticeId - b.noticeId;
}

/** The recipients that pass the filter, grouped by kind in board order, each group sorted. */
export function groupRecipients(
  recipients: readonly Recipient[],
  filter: ReceiptFilter,
): { kind: RecipientKind; rows: Recipient[] }[] {
  return RECIPIENT_KINDS.map((kind) => ({
    kind,
    rows: recipients.filter((r) => r.kind === kind && matches(r, filter)).sort(compareRecipients),
  })).filter((g) => g.rows.length > 0);
}
