/**
 * @module services/documents/verification
 * What a printed document carries so that a reader can check it against the platform: the audit
 * entry that recorded the state it shows (sequence number and the start of its SHA-256, which
 * `zhengce audit verify` checks in the hash chain), and a SHA-256 digest of the document's own
 * content, which a re-render of the same data reproduces.
 */
import { createHash } from 'node:crypto';
import type { Store } from '../../store/db.ts';

/** The latest audit entry about an entity (optionally whose details contain `detailsLike`). */
export async function latestAudit(
  store: Store,
  entityType: string,
  entityId: string | number,
  detailsLike?: string,
): Promise<{ seq: number; hash: string } | null> {
  let q = store.db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', String(entityId));
  if (detailsLike !== undefined) q = q.where('details', 'like', `%${detailsLike}%`);
  const row = await q.orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

/** The SHA-256 of a document's content (its blocks as JSON), hex. */
export function contentDigest(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** The footer's verification line. */
export function verificationLine(
  audit: { seq: number; hash: string } | null,
  digest: string,
  lang: 'zh' | 'en',
): string {
  const a = audit
    ? lang === 'zh'
      ? `审计记录 #${audit.seq}（${audit.hash.slice(0, 16)}）`
      : `audit entry #${audit.seq} (${audit.hash.slice(0, 16)})`
    : lang === 'zh'
      ? '无审计记录'
      : 'no audit entry';
  return lang === 'zh'
    ? `核验：${a} · 内容摘要 SHA-256 ${digest.slice(0, 32)}`
    : `Verify: ${a} · content SHA-256 ${digest.slice(0, 32)}`;
}
