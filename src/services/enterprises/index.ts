/**
 * @module services/enterprises
 * The enterprises the platform knows (the demo seed's synthetic E-Town, and later imports).
 * Enterprise users see only their own; officers see all for their work.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import type { Store } from '../../store/db.ts';
import * as q from '../../store/queries.ts';
import type { EnterpriseRow } from '../../store/schema.ts';
import { type Actor, authorize } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { acceptCreditCode } from '../shared/credit-code.ts';

export const AREAS = ['etdz_60', 'yizhuang_225', 'outside'] as const;
export type Area = (typeof AREAS)[number];

export interface EnterpriseView {
  readonly creditCode: string;
  readonly name: { zh: string; en: string };
  readonly area: Area;
  readonly location: { lat: string; lng: string } | null;
  readonly industry: string | null;
  readonly foreignInvested: boolean;
  readonly investorCountry: string | null;
  readonly scale: string | null;
  readonly employees: number | null;
  readonly registeredOn: string | null;
  readonly profile: Record<string, unknown>;
  readonly demo: boolean;
}

export function toEnterpriseView(r: EnterpriseRow): EnterpriseView {
  return {
    creditCode: r.credit_code,
    name: { zh: r.name_zh, en: r.name_en },
    area: r.area as Area,
    location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
    industry: r.industry,
    foreignInvested: r.foreign_invested === 1,
    investorCountry: r.investor_country,
    scale: r.scale,
    employees: r.employees,
    registeredOn: r.registered_on,
    profile: JSON.parse(r.profile) as Record<string, unknown>,
    demo: r.demo === 1,
  };
}

/** A page of enterprises in the actor's scope. */
export async function listEnterprises(
  store: Store,
  actor: Actor,
  opts: { area?: unknown; q?: unknown; limit?: unknown; offset?: unknown },
): Promise<{ total: number; items: EnterpriseView[] }> {
  authorize(actor, 'enterprises.read');
  const area = opts.area === undefined || opts.area === '' ? undefined : parseArea(opts.area);
  const limit = intIn(opts.limit, 'limit', 1, 500, 50);
  const offset = intIn(opts.offset, 'offset', 0, Number.MAX_SAFE_INTEGER, 0);
  const own = actor.kind === 'user' && actor.role === 'enterprise' ? (actor.creditCode ?? '-') : undefined;
  const filter = {
    ...(area === undefined ? {} : { area }),
    ...(own === undefined ? {} : { creditCode: own }),
  };
  const [items, total] = await Promise.all([
    q.listEnterprises(store.db, {
      ...filter,
      ...(typeof opts.q === 'string' ? { q: opts.q } : {}),
      limit,
      offset,
    }),
    q.countEnterprises(store.db, filter),
  ]);
  return { total, items: items.map(toEnterpriseView) };
}

/** One enterprise; an enterprise user may read only its own. */
export async function getEnterprise(store: Store, actor: Actor, creditCode: string): Promise<EnterpriseView> {
  authorize(actor, 'enterprises.read', { creditCode });
  const row = await q.findEnterprise(store.db, creditCode.toUpperCase());
  if (!row) {
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `creditCode: enterprise ${creditCode} not found`, {
      field: 'creditCode',
      value: creditCode,
      messageZh: `creditCode：未找到企业 ${creditCode}`,
    });
  }
  return toEnterpriseView(row);
}

/** Input of {@link saveEnterprise}. */
export interface EnterpriseInput {
  readonly creditCode: string;
  readonly name: { zh: string; en: string };
  readonly area: Area;
  readonly location?: { lat: string; lng: string } | null;
  readonly industry?: string | null;
  readonly foreignInvested?: boolean;
  readonly investorCountry?: string | null;
  readonly scale?: string | null;
  readonly employees?: number | null;
  readonly registeredOn?: string | null;
  readonly profile?: Record<string, unknown>;
  readonly demo?: boolean;
  /** Accept a credit code whose check character is wrong (administrators only; audited). */
  readonly overrideCreditCodeCheck?: boolean;
}

/** Creates or updates enterprises in one transaction, audited; a bad credit code rejects the whole batch. */
export async function saveEnterprises(
  store: Store,
  actor: Actor,
  inputs: readonly EnterpriseInput[],
  now = new Date(),
): Promise<number> {
  authorize(actor, 'enterprises.write');
  const overridden: string[] = [];
  const rows = inputs.map((e, i) => {
    const c = acceptCreditCode(
      actor,
      e.creditCode,
      `enterprises[${i}].creditCode`,
      e.overrideCreditCodeCheck === true,
    );
    if (c.checksumOverridden) overridden.push(c.normalized);
    parseArea(e.area, `enterprises[${i}].area`);
    const iso = now.toISOString();
    return {
      credit_code: c.normalized,
      name_zh: e.name.zh,
      name_en: e.name.en,
      area: e.area,
      lat: e.location?.lat ?? null,
      lng: e.location?.lng ?? null,
      industry: e.industry ?? null,
      foreign_invested: e.foreignInvested ? 1 : 0,
      investor_country: e.investorCountry ?? null,
      scale: e.scale ?? null,
      employees: e.employees ?? null,
      registered_on: e.registeredOn ?? null,
      profile: JSON.stringify(e.profile ?? {}),
      demo: e.demo ? 1 : 0,
      created_at: iso,
      updated_at: iso,
    };
  });
  await store.db.transaction().execute(async (trx) => {
    for (const r of rows) await q.upsertEnterprise(trx, r);
    await recordAudit(
      trx,
      actor,
      {
        action: 'enterprise.save',
        entityType: 'enterprise',
        entityId: rows.length === 1 ? rows[0]!.credit_code : null,
        details: {
          count: rows.length,
          creditCodes: rows.slice(0, 20).map((r) => r.credit_code),
          ...(overridden.length > 0 ? { creditCodeChecksumOverridden: overridden } : {}),
        },
      },
      now,
    );
  });
  return rows.length;
}

function parseArea(v: unknown, field = 'area'): Area {
  if (typeof v === 'string' && (AREAS as readonly string[]).includes(v)) return v as Area;
  throw invalidInput(field, v, `must be one of ${AREAS.join(', ')}`, `须为 ${AREAS.join('、')} 之一`);
}

function intIn(v: unknown, field: string, lo: number, hi: number, dflt: number): number {
  if (v === undefined || v === '') return dflt;
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < lo || n > hi) {
    throw invalidInput(field, v, `must be an integer from ${lo} to ${hi}`, `须为 ${lo} 到 ${hi} 的整数`);
  }
  return n;
}
