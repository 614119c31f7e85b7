/**
 * @module services/alerts/public-alert
 * The alert in force as the public sees it, kept for a moment. During an alert the public feed is
 * the most-read route of the platform (every screen and app that shows the level polls it), while
 * the alert itself changes a few times a day; without a memo each read costs a query, the view
 * (measures, driving rules, citations) and 12 KB of JSON. The memo is per store, holds the view
 * and its JSON text, is dropped by this process's own alert changes (issue, change, lift) as soon
 * as they commit, and is read again after {@link PUBLIC_ALERT_TTL_MS} in any case, so a change made
 * by another process (the CLI, a second server on the same PostgreSQL database) shows within that.
 */
import { performance } from 'node:perf_hooks';
import * as aq from '../../store/air-queries.ts';
import type { Store } from '../../store/db.ts';
import { type PublicAlertView, publicAlertView } from './views.ts';

/** How long a read of the alert in force is reused (ms). */
export const PUBLIC_ALERT_TTL_MS = 1000;

interface Memo {
  readonly at: number;
  readonly view: PublicAlertView | null;
  readonly json: string;
}

// Keyed by the Kysely instance: one per open database, whatever object carries it.
type Key = Store['db'];
const memos = new WeakMap<Key, Memo>();
/** Bumped by every change, so a read that began before a change is not kept after it. */
const generations = new WeakMap<Key, number>();

async function read(store: Store): Promise<Memo> {
  const now = performance.now();
  const key = store.db;
  const memo = memos.get(key);
  if (memo && now - memo.at < PUBLIC_ALERT_TTL_MS) return memo;
  const generation = generations.get(key) ?? 0;
  const row = await aq.activeAlert(store.db);
  const view = row ? publicAlertView(row) : null;
  const fresh: Memo = { at: now, view, json: JSON.stringify(view) };
  if ((generations.get(key) ?? 0) === generation) memos.set(key, fresh);
  return fresh;
}

/** The alert in force, as the public sees it (no sign-in), or null. */
export async function currentPublicAlert(store: Store): Promise<PublicAlertView | null> {
  return (await read(store)).view;
}

/** {@link currentPublicAlert} as JSON text (`null` when no alert is in force), for the feeds. */
export async function currentPublicAlertJson(store: Store): Promise<string> {
  return (await read(store)).json;
}

/** Drops the memo: called by the alert lifecycle after each change commits. */
export function forgetPublicAlert(store: Store): void {
  generations.set(store.db, (generations.get(store.db) ?? 0) + 1);
  memos.delete(store.db);
}
