/**
 * @module services/enterprise-service/notices
 * 二(四)14: the bilingual 《外商投资企业政策清单》 (policy-list.ts, public) and precise push — for each
 * file with a match profile, the in-force policy-list items its profile matches (push.ts), each
 * written once as a notice in the enterprise's language (one row per enterprise and rule: pushing
 * again writes only what is new). Enterprise users read their own notices.
 */
import { invalidInput } from '../../engine/errors.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { POLICIES } from '../../policies/index.ts';
import {
  type ListKind,
  type PolicyListFilter,
  policyList,
} from '../../policies/jingjiguanfa-2023-28/policy-list.ts';
import { matchedItems, pushNotice } from '../../policies/jingjiguanfa-2023-28/push.ts';
import type { MatchProfile } from '../../policies/jingjiguanfa-2023-31/match.ts';
import type { Store } from '../../store/db.ts';
import { type Actor, authorize } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { reach } from './access.ts';

/** The policy list on `asOf` (public). Query values arrive as text. */
export function policyListFor(
  actor: Actor,
  asOf: CalendarDate,
  q: Readonly<Record<string, string | undefined>> = {},
) {
  authorize(actor, 'policies.read');
  const kinds: readonly ListKind[] = ['support', 'obligation', 'service'];
  if (q.kind !== undefined && !(kinds as readonly string[]).includes(q.kind))
    throw invalidInput('kind', q.kind, `must be one of ${kinds.join(', ')}`, `须为 ${kinds.join('、')} 之一`);
  const filter: PolicyListFilter = {
    ...(q.policyId ? { policyId: q.policyId } : {}),
    ...(q.kind ? { kind: q.kind as ListKind } : {}),
    ...(q.inForce === 'true' ? { inForceOnly: true } : {}),
    ...(q.noApplication === 'true' || q.noApplication === 'false'
      ? { noApplication: q.noApplication === 'true' }
      : {}),
    ...(q.department ? { department: q.department } : {}),
    ...(q.q ? { q: q.q } : {}),
  };
  return { asOf, items: policyList(POLICIES, asOf, filter) };
}

export interface PushResult {
  readonly asOf: CalendarDate;
  readonly files: number;
  readonly notices: number;
  readonly skipped: readonly { creditCode: string; reason: string }[];
}

/** Pushes to every file (or one, `creditCode`) as of `asOf`; idempotent per enterprise and rule. */
export async function pushPolicies(
  store: Store,
  actor: Actor,
  opts: { creditCode?: string },
  asOf: CalendarDate,
  now = new Date(),
): Promise<PushResult> {
  reach(actor, 'fie.manage');
  let q = store.db
    .selectFrom('fie_files')
    .innerJoin('enterprises', 'enterprises.credit_code', 'fie_files.credit_code')
    .select([
      'fie_files.id as id',
      'fie_files.credit_code as cc',
      'fie_files.language as language',
      'fie_files.match_profile as profile',
      'enterprises.name_zh as zh',
      'enterprises.name_en as en',
    ])
    .orderBy('fie_files.id');
  if (opts.creditCode) q = q.where('fie_files.credit_code', '=', opts.creditCode);
  const files = await q.execute();
  const skipped: { creditCode: string; reason: string }[] = [];
  let notices = 0;
  const iso = now.toISOString();
  for (const f of files) {
    if (f.profile === null) {
      skipped.push({ creditCode: f.cc, reason: 'no match profile' });
      continue;
    }
    let items: ReturnType<typeof matchedItems>;
    try {
      items = matchedItems(JSON.parse(f.profile) as MatchProfile, asOf);
    } catch (e) {
      skipped.push({ creditCode: f.cc, reason: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const done = new Set(
      (await store.db.selectFrom('fie_notices').select('rule_id').where('file_id', '=', f.id).execute()).map(
        (r) => r.rule_id,
      ),
    );
    const fresh = items.filter((i) => !done.has(i.item.ruleId));
    if (fresh.length === 0) continue;
    const language = f.language === 'en' ? 'en' : 'zh';
    await store.db.transaction().execute(async (trx) => {
      for (const item of fresh) {
        const n = pushNotice({ zh: f.zh, en: f.en }, language, [item], asOf);
        await trx
          .insertInto('fie_notices')
          .values({
            file_id: f.id,
            rule_id: item.item.ruleId,
            language,
            subject: n.subject,
            body: n.body,
            outcome: item.outcome,
            pushed_on: asOf,
            created_at: iso,
          })
          .execute();
      }
      await recordAudit(
        trx,
        actor,
        {
          action: 'fie_notice.push',
          entityType: 'fie_file',
          entityId: f.id,
          details: { asOf, language, rules: fresh.map((i) => i.item.ruleId) },
        },
        now,
      );
    });
    notices += fresh.length;
  }
  return { asOf, files: files.length, notices, skipped };
}

/** Notices the actor reaches (an enterprise: its own), newest first. */
export async function listNotices(store: Store, actor: Actor, opts: { creditCode?: string } = {}) {
  const r = reach(actor, 'fie.read');
  let q = store.db
    .selectFrom('fie_notices')
    .innerJoin('fie_files', 'fie_files.id', 'fie_notices.file_id')
    .selectAll('fie_notices')
    .select('fie_files.credit_code as credit_code')
    .orderBy('fie_notices.pushed_on', 'desc')
    .orderBy('fie_notices.id', 'desc');
  if (!r.all) q = q.where('fie_files.credit_code', '=', r.creditCode);
  if (opts.creditCode) q = q.where('fie_files.credit_code', '=', opts.creditCode);
  return (await q.execute()).map((n) => ({
    id: n.id,
    creditCode: n.credit_code,
    ruleId: n.rule_id,
    language: n.language,
    subject: n.subject,
    body: n.body,
    outcome: n.outcome,
    pushedOn: n.pushed_on,
  }));
}
