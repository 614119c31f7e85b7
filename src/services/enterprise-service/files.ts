/**
 * @module services/enterprise-service/files
 * 一企一档一专员 (二(四)16) and 企业管家 (二(三)13): one file per foreign-invested enterprise with its
 * dedicated officer, the steward of its major projects, sites, contacts (phone encrypted at rest,
 * shown masked, never in the audit log), key projects, the visits log and the service packages
 * delivered. Every change is audited in the same transaction.
 */

import type { Updateable } from 'kysely';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { maskPhone } from '../../engine/identifiers.ts';
import { parseCalendarDate } from '../../engine/period.ts';
import type { Store } from '../../store/db.ts';
import type { FieFileRow, FieFileTable } from '../../store/enterprise-service-schema.ts';
import { type Actor, actorLabel } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { encryptField } from '../shared/crypto.ts';
import { fileFor, reach, serviceOfficer, usernames } from './access.ts';
import { asInput, type Input, namedList, oneOf, parseJson, text } from './input.ts';

const phoneContext = (fileId: number) => `fie_contacts.phone:${fileId}`;

export interface ContactView {
  readonly id: number;
  readonly name: string;
  readonly position: string | null;
  /** Always masked. */
  readonly phone: string | null;
  readonly email: string | null;
}

export interface FileSummary {
  readonly id: number;
  readonly creditCode: string;
  readonly name: { zh: string; en: string };
  readonly investorCountry: string | null;
  readonly industry: string | null;
  readonly officer: string | null;
  readonly steward: string | null;
  readonly language: 'zh' | 'en';
  readonly openItems: number;
}

async function summaries(store: Store, rows: readonly FieFileRow[]): Promise<FileSummary[]> {
  if (rows.length === 0) return [];
  const db = store.db;
  const ents = await db
    .selectFrom('enterprises')
    .select(['credit_code', 'name_zh', 'name_en', 'investor_country', 'industry'])
    .where(
      'credit_code',
      'in',
      rows.map((r) => r.credit_code),
    )
    .execute();
  const byCode = new Map(ents.map((e) => [e.credit_code, e]));
  const open = await db
    .selectFrom('fie_items')
    .select((eb) => ['file_id', eb.fn.countAll<number>().as('n')])
    .where('status', 'in', ['received', 'assigned', 'in_progress', 'raised', 'coordinating'])
    .groupBy('file_id')
    .execute();
  const openBy = new Map(open.map((o) => [o.file_id, Number(o.n)]));
  const names = await usernames(
    db,
    rows.flatMap((r) => [r.officer_user_id, r.steward_user_id]),
  );
  return rows.map((r) => {
    const e = byCode.get(r.credit_code);
    return {
      id: r.id,
      creditCode: r.credit_code,
      name: { zh: e?.name_zh ?? r.credit_code, en: e?.name_en ?? r.credit_code },
      investorCountry: e?.investor_country ?? null,
      industry: e?.industry ?? null,
      officer: r.officer_user_id === null ? null : (names.get(r.officer_user_id) ?? null),
      steward: r.steward_user_id === null ? null : (names.get(r.steward_user_id) ?? null),
      language: r.language === 'en' ? 'en' : 'zh',
      openItems: openBy.get(r.id) ?? 0,
    };
  });
}

/** Files the actor reaches; `mine`: those whose dedicated officer or steward the actor is. */
export async function listFiles(store: Store, actor: Actor, opts: { mine?: boolean } = {}) {
  const r = reach(actor, 'fie.read');
  let q = store.db.selectFrom('fie_files').selectAll().orderBy('id');
  if (!r.all) q = q.where('credit_code', '=', r.creditCode);
  if (opts.mine && actor.kind === 'user') {
    const me = actor.id;
    q = q.where((eb) => eb.or([eb('officer_user_id', '=', me), eb('steward_user_id', '=', me)]));
  }
  return summaries(store, await q.execute());
}

/** One file with its contacts (masked), visits, sites, projects, packages and supervision facts. */
export async function getFile(store: Store, actor: Actor, idOrCode: unknown) {
  const row = await fileFor(store, actor, idOrCode, 'fie.read');
  const [summary] = await summaries(store, [row]);
  const contacts = await store.db
    .selectFrom('fie_contacts')
    .selectAll()
    .where('file_id', '=', row.id)
    .orderBy('id')
    .execute();
  const visits = await store.db
    .selectFrom('fie_visits')
    .selectAll()
    .where('file_id', '=', row.id)
    .orderBy('visited_on', 'desc')
    .execute();
  return {
    ...summary!,
    sites: parseJson<unknown[]>(row.sites, []),
    keyProjects: parseJson<unknown[]>(row.key_projects, []),
    servicePackages: parseJson<unknown[]>(row.service_packages, []),
    creditFacts: parseJson<Record<string, unknown> | null>(row.credit_facts, null),
    creditRecordedOn: row.credit_recorded_on,
    matchProfile: parseJson<Record<string, unknown> | null>(row.match_profile, null),
    contacts: contacts.map(
      (c): ContactView => ({
        id: c.id,
        name: c.name,
        position: c.position,
        phone: c.phone_masked,
        email: c.email,
      }),
    ),
    visits: visits.map((v) => ({ id: v.id, visitedOn: v.visited_on, note: v.note, by: v.created_by })),
  };
}

function profileJson(input: Input): string | null | undefined {
  const v = input.matchProfile;
  if (v === undefined) return undefined;
  if (v === null) return null;
  const o = v as { enterprise?: unknown; projects?: unknown };
  if (
    typeof v !== 'object' ||
    Array.isArray(v) ||
    typeof o.enterprise !== 'object' ||
    !Array.isArray(o.projects)
  )
    throw invalidInput(
      'matchProfile',
      v,
      'must be {enterprise, projects[]}',
      '须为 {enterprise, projects[]}',
    );
  return JSON.stringify(v);
}

/**
 * Opens a file: `{creditCode, officer?, steward?, language?, sites?, keyProjects?, contacts?,
 * matchProfile?}`. The enterprise must be registered and foreign-invested; one file each.
 */
export async function createFile(store: Store, actor: Actor, body: unknown, now = new Date()) {
  reach(actor, 'fie.manage');
  const input = asInput(body);
  const creditCode = text(input, 'creditCode', true, 18)!;
  const ent = await store.db
    .selectFrom('enterprises')
    .select(['credit_code', 'foreign_invested'])
    .where('credit_code', '=', creditCode)
    .executeTakeFirst();
  if (!ent)
    throw invalidInput('creditCode', creditCode, 'is not a registered enterprise', '不是已登记的企业');
  if (ent.foreign_invested !== 1)
    throw invalidInput('creditCode', creditCode, 'is not a foreign-invested enterprise', '不是外商投资企业');
  const officer =
    input.officer === undefined ? null : await serviceOfficer(store.db, input.officer, 'officer');
  const steward =
    input.steward === undefined ? null : await serviceOfficer(store.db, input.steward, 'steward');
  const language = oneOf(input, 'language', ['zh', 'en'] as const, 'zh');
  const sites = namedList(input, 'sites') ?? [];
  const keyProjects = namedList(input, 'keyProjects') ?? [];
  const contacts = (namedList(input, 'contacts') ?? []).map((c, i) => {
    const ci = c as Input;
    const phone = text(ci, 'phone', false, 30);
    if (phone !== undefined && !/^\+?[\d\s()-]{5,30}$/.test(phone))
      throw invalidInput(`contacts[${i}].phone`, maskPhone(phone), 'is not a phone number', '不是电话号码');
    return {
      name: text(ci, 'name', true, 80)!,
      position: text(ci, 'position', false, 80) ?? null,
      phone,
      email: text(ci, 'email', false, 120) ?? null,
    };
  });
  const profile = profileJson(input) ?? null;
  const iso = now.toISOString();
  const id = await store.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('fie_files')
      .select('id')
      .where('credit_code', '=', creditCode)
      .executeTakeFirst();
    if (taken)
      throw new ZhengceError('ZC_ERR_CONFLICT', `enterprise ${creditCode} already has a file`, {
        field: 'creditCode',
        value: creditCode,
        messageZh: `企业 ${creditCode} 已建档`,
      });
    const row = await trx
      .insertInto('fie_files')
      .values({
        credit_code: creditCode,
        officer_user_id: officer,
        steward_user_id: steward,
        language,
        sites: JSON.stringify(sites),
        key_projects: JSON.stringify(keyProjects),
        service_packages: '[]',
        credit_facts: null,
        credit_recorded_on: null,
        match_profile: profile,
        created_at: iso,
        created_by: actorLabel(actor),
        updated_at: iso,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const c of contacts)
      await trx
        .insertInto('fie_contacts')
        .values({
          file_id: row.id,
          name: c.name,
          position: c.position,
          phone_enc: c.phone === undefined ? null : encryptField(c.phone, phoneContext(row.id)),
          phone_masked: c.phone === undefined ? null : maskPhone(c.phone),
          email: c.email,
          created_at: iso,
        })
        .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'fie_file.create',
        entityType: 'fie_file',
        entityId: row.id,
        details: { creditCode, officer, steward, language, contacts: contacts.length },
      },
      now,
    );
    return row.id;
  });
  return getFile(store, actor, id);
}

/** Changes a file: officer, steward, language, sites, keyProjects, matchProfile. */
export async function updateFile(
  store: Store,
  actor: Actor,
  idOrCode: unknown,
  body: unknown,
  now = new Date(),
) {
  const row = await fileFor(store, actor, idOrCode, 'fie.manage');
  const input = asInput(body);
  const set: Updateable<FieFileTable> = {};
  if (input.officer !== undefined)
    set.officer_user_id =
      input.officer === null ? null : await serviceOfficer(store.db, input.officer, 'officer');
  if (input.steward !== undefined)
    set.steward_user_id =
      input.steward === null ? null : await serviceOfficer(store.db, input.steward, 'steward');
  if (input.language !== undefined) set.language = oneOf(input, 'language', ['zh', 'en'] as const);
  const sites = namedList(input, 'sites');
  if (sites) set.sites = JSON.stringify(sites);
  const projects = namedList(input, 'keyProjects');
  if (projects) set.key_projects = JSON.stringify(projects);
  const profile = profileJson(input);
  if (profile !== undefined) set.match_profile = profile;
  await store.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('fie_files')
      .set({ ...set, updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'fie_file.update',
        entityType: 'fie_file',
        entityId: row.id,
        details: { creditCode: row.credit_code, changed: Object.keys(set) },
      },
      now,
    );
  });
  return getFile(store, actor, row.id);
}

/** Logs a visit (定期走访): `{visitedOn, note}`. */
export async function addVisit(
  store: Store,
  actor: Actor,
  idOrCode: unknown,
  body: unknown,
  now = new Date(),
) {
  const row = await fileFor(store, actor, idOrCode, 'fie.manage');
  const input = asInput(body);
  const visitedOn = parseCalendarDate(input.visitedOn, 'visitedOn');
  const note = text(input, 'note', true, 2000)!;
  await store.db.transaction().execute(async (trx) => {
    const v = await trx
      .insertInto('fie_visits')
      .values({
        file_id: row.id,
        visited_on: visitedOn,
        note,
        created_at: now.toISOString(),
        created_by: actorLabel(actor),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      actor,
      {
        action: 'fie_visit.create',
        entityType: 'fie_visit',
        entityId: v.id,
        details: { fileId: row.id, visitedOn },
      },
      now,
    );
  });
  return getFile(store, actor, row.id);
}

/** Records a service package delivered: `{name, deliveredOn}`. */
export async function addServicePackage(
  store: Store,
  actor: Actor,
  idOrCode: unknown,
  body: unknown,
  now = new Date(),
) {
  const row = await fileFor(store, actor, idOrCode, 'fie.manage');
  const input = asInput(body);
  const name = text(input, 'name', true, 200)!;
  const deliveredOn = parseCalendarDate(input.deliveredOn, 'deliveredOn');
  const packages = [...parseJson<unknown[]>(row.service_packages, []), { name, deliveredOn }];
  await store.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('fie_files')
      .set({ service_packages: JSON.stringify(packages), updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'fie_file.package',
        entityType: 'fie_file',
        entityId: row.id,
        details: { name, deliveredOn },
      },
      now,
    );
  });
  return getFile(store, actor, row.id);
}
