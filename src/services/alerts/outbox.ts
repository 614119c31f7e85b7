/**
 * @module services/alerts/outbox
 * Delivers the outbox. A notice is written with its outbox row in the transaction of the event
 * that sends it; the drain delivers each pending row and marks it sent in ONE transaction, so a
 * crash before the commit leaves the row pending (delivered on the next drain) and a crash after
 * it leaves it sent (never delivered twice). Notices are delivered to the recipients' in-app
 * inbox (`GET /api/v1/air/notices/mine`); a channel that leaves the database (SMS, e-mail) would
 * carry the row's `dedupe_key` so that the receiving side can drop a repeat.
 */
import * as aq from '../../store/air-queries.ts';
import type { Store } from '../../store/db.ts';

/** The result of one drain. */
export interface DrainReport {
  readonly delivered: number;
  readonly pending: number;
}

/**
 * Delivers up to `max` pending rows, `batch` per transaction. Safe to run concurrently with
 * itself: a row is marked sent only if it still is pending, and its notice only then.
 */
export async function drainOutbox(
  store: Store,
  now = () => new Date(),
  max = 100_000,
  batch = 500,
): Promise<DrainReport> {
  let delivered = 0;
  while (delivered < max) {
    const n = await store.db.transaction().execute(async (trx) => {
      const rows = await aq.pendingOutbox(trx, Math.min(batch, max - delivered));
      if (rows.length === 0) return 0;
      const iso = now().toISOString();
      let done = 0;
      for (const row of rows) {
        const claimed = await trx
          .updateTable('outbox')
          .set((eb) => ({ sent_at: iso, attempts: eb('attempts', '+', 1) }))
          .where('id', '=', row.id)
          .where('sent_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) === 0) continue;
        if (row.kind === 'air_notice' || row.kind === 'air_reminder') {
          await trx
            .updateTable('air_notices')
            .set({ delivered_at: iso })
            .where('id', '=', row.ref_id)
            .where('delivered_at', 'is', null)
            .execute();
        }
        done++;
      }
      return done || rows.length; // rows claimed by another drain still count as progress
    });
    if (n === 0) break;
    delivered += n;
  }
  return { delivered, pending: await aq.countPendingOutbox(store.db) };
}

/** Drains every `intervalMs` until stopped; returns the stop function. Used by `zhengce serve`. */
export function startOutboxWorker(
  store: Store,
  intervalMs = 1000,
  onError: (e: unknown) => void = () => {},
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = drainOutbox(store).catch(onError);
  };
  tick(); // deliver what a crash left pending, at once
  const timer = setInterval(() => {
    void running.then(tick);
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
