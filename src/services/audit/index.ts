/**
 * @module services/audit
 * The append-only, hash-chained audit log. Every state change is recorded in the same transaction
 * as the change itself, with the actor and the time. Each entry's hash covers its content and the
 * previous entry's hash, so altering, removing or reordering any entry breaks the chain from that
 * point on; `verifyAuditChain` finds the first break.
 */
import { createHash } from 'node:crypto';
import type { Store } from '../../store/db.ts';
import { GENESIS_HASH } from '../../store/migrations/0001-foundation.ts';
import {
  auditHead,
  claimAuditSeq,
  type Db,
  insertAuditRow,
  listAudit,
  readAudit,
} from '../../store/queries.ts';
import type { AuditRow } from '../../store/schema.ts';
import type { Actor } from '../accounts/actor.ts';
import { actorLabel } from '../accounts/actor.ts';

/** What changed. */
export interface AuditEvent {
  /** Dotted verb, e.g. `user.create`, `session.login`, `enterprise.upsert`. */
  readonly action: string;
  readonly entityType: string;
  readonly entityId?: string | number | null;
  /** What changed; never secrets, and personal data only masked. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The hash of one entry: SHA-256 over a canonical JSON array of its fields and the previous hash. */
export function auditHash(row: Omit<AuditRow, 'hash'>): string {
  const canonical = JSON.stringify([
    row.seq,
    row.at,
    row.actor_id,
    row.actor,
    row.action,
    row.entity_type,
    row.entity_id,
    row.details,
    row.prev_hash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * Appends one entry. Call inside the transaction that makes the change, so that both commit or
 * neither does. The head row update serialises concurrent appends (a row lock in PostgreSQL; the
 * single writer in SQLite).
 */
export async function recordAudit(
  db: Db,
  actor: Actor,
  event: AuditEvent,
  now: Date = new Date(),
): Promise<AuditRow> {
  const { seq, prevHash } = await claimAuditSeq(db);
  const base: Omit<AuditRow, 'hash'> = {
    seq,
    at: now.toISOString(),
    actor_id: actor.kind === 'user' ? actor.id : null,
    actor: actorLabel(actor),
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
    details: JSON.stringify(event.details ?? {}),
    prev_hash: prevHash,
  };
  const row: AuditRow = { ...base, hash: auditHash(base) };
  await insertAuditRow(db, row);
  return row;
}

/** The outcome of a chain check. */
export type ChainReport =
  | { readonly ok: true; readonly entries: number; readonly head: string }
  | {
      readonly ok: false;
      readonly entries: number;
      readonly brokenAt: number;
      readonly reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' | 'head_mismatch';
      readonly expected: string;
      readonly found: string;
    };

/** Walks the whole chain in pages and reports the first entry that does not follow from the one before. */
export async function verifyAuditChain(store: Store, pageSize = 5000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  for (;;) {
    const page = await readAudit(store.db, expectedSeq - 1, pageSize);
    for (const row of page) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) {
        return {
          ok: false,
          entries,
          brokenAt: expectedSeq,
          reason: 'sequence_gap',
          expected: String(expectedSeq),
          found: String(seq),
        };
      }
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          entries,
          brokenAt: seq,
          reason: 'prev_hash_mismatch',
          expected: prevHash,
          found: row.prev_hash,
        };
      }
      const h = auditHash({ ...row, seq });
      if (h !== row.hash) {
        return { ok: false, entries, brokenAt: seq, reason: 'hash_mismatch', expected: h, found: row.hash };
      }
      prevHash = row.hash;
      expectedSeq++;
      entries++;
    }
    if (page.length < pageSize) break;
  }
  const head = await auditHead(store.db);
  if (Number(head.seq) !== entries || head.hash !== prevHash) {
    // Entries were removed from the end (or the head was altered): the head remembers more.
    return {
      ok: false,
      entries,
      brokenAt: entries + 1,
      reason: 'head_mismatch',
      expected: `${head.seq}:${head.hash}`,
      found: `${entries}:${prevHash}`,
    };
  }
  return { ok: true, entries, head: prevHash };
}

/** An entry as the API and CLI show it. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly actorId: number | null;
  readonly actor: string;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly details: unknown;
  readonly hash: string;
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    actorId: row.actor_id,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    details: JSON.parse(row.details) as unknown,
    hash: row.hash,
  };
}

/** Newest entries first, filtered. Authorisation is the caller's (see accounts/permissions). */
export async function searchAudit(
  store: Store,
  opts: { entityType?: string; entityId?: string; actorId?: number; limit?: number; beforeSeq?: number },
): Promise<AuditEntry[]> {
  const rows = await listAudit(store.db, { ...opts, limit: Math.min(opts.limit ?? 100, 1000) });
  return rows.map(toAuditEntry);
}
