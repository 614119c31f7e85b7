/**
 * @module store/queries
 * The queries every service shares, one code path for SQLite and PostgreSQL. Each takes a
 * `Kysely` or a `Transaction` so that services decide the transaction boundaries.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type {
  AuditRow,
  Database,
  DepartmentRow,
  EnterpriseRow,
  NewEnterprise,
  NewUser,
  TokenRow,
  UserRow,
  UserUpdate,
} from './schema.ts';

/** A database handle or an open transaction. */
export type Db = Kysely<Database>;

// ---- departments

export async function upsertDepartment(db: Db, row: DepartmentRow): Promise<void> {
  await db
    .insertInto('departments')
    .values(row)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({
        name_zh: row.name_zh,
        name_en: row.name_en,
        kind: row.kind,
        pollution_command_member: row.pollution_command_member,
      }),
    )
    .execute();
}

export function listDepartments(db: Db): Promise<DepartmentRow[]> {
  return db.selectFrom('departments').selectAll().orderBy('code').execute();
}

export function findDepartment(db: Db, code: string): Promise<DepartmentRow | undefined> {
  return db.selectFrom('departments').selectAll().where('code', '=', code).executeTakeFirst();
}

// ---- users

export async function insertUser(db: Db, row: NewUser): Promise<UserRow> {
  return db.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateUser(db: Db, id: number, patch: UserUpdate): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

export function listUsers(db: Db, opts: { department?: string } = {}): Promise<UserRow[]> {
  let q = db.selectFrom('users').selectAll().orderBy('id');
  if (opts.department !== undefined) q = q.where('department_code', '=', opts.department);
  return q.execute();
}

export async function countUsers(db: Db): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

// ---- tokens (cookie sessions and bearer tokens)

export async function insertToken(
  db: Db,
  row: Omit<TokenRow, 'id' | 'revoked_at' | 'last_used_at'>,
): Promise<TokenRow> {
  return db
    .insertInto('tokens')
    .values({ ...row, revoked_at: null, last_used_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The live token with this hash and its user, or undefined (revoked or expired tokens are not live). */
export async function findLiveToken(
  db: Db,
  tokenHash: string,
  nowIso: string,
): Promise<{ token: TokenRow; user: UserRow } | undefined> {
  const token = await db
    .selectFrom('tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', nowIso)]))
    .executeTakeFirst();
  if (!token) return undefined;
  const user = await findUserById(db, token.user_id);
  return user ? { token, user } : undefined;
}

export async function touchToken(db: Db, id: number, nowIso: string): Promise<void> {
  await db.updateTable('tokens').set({ last_used_at: nowIso }).where('id', '=', id).execute();
}

export async function revokeToken(db: Db, id: number, nowIso: string): Promise<boolean> {
  const r = await db
    .updateTable('tokens')
    .set({ revoked_at: nowIso })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function revokeUserTokens(
  db: Db,
  userId: number,
  nowIso: string,
  kind?: string,
): Promise<number> {
  let q = db
    .updateTable('tokens')
    .set({ revoked_at: nowIso })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (kind !== undefined) q = q.where('kind', '=', kind);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export function listUserTokens(db: Db, userId: number): Promise<TokenRow[]> {
  return db.selectFrom('tokens').selectAll().where('user_id', '=', userId).orderBy('id').execute();
}

// ---- enterprises

export async function upsertEnterprise(db: Db, row: NewEnterprise): Promise<void> {
  const { credit_code: _key, created_at: _created, ...rest } = row;
  await db
    .insertInto('enterprises')
    .values(row)
    .onConflict((oc) => oc.column('credit_code').doUpdateSet(rest))
    .execute();
}

export function findEnterprise(db: Db, creditCode: string): Promise<EnterpriseRow | undefined> {
  return db.selectFrom('enterprises').selectAll().where('credit_code', '=', creditCode).executeTakeFirst();
}

/** A page of enterprises, filtered; `creditCode` restricts to one (an enterprise user's scope). */
export function listEnterprises(
  db: Db,
  opts: { area?: string; q?: string; creditCode?: string; limit: number; offset: number },
): Promise<EnterpriseRow[]> {
  let q = db
    .selectFrom('enterprises')
    .selectAll()
    .orderBy('credit_code')
    .limit(opts.limit)
    .offset(opts.offset);
  if (opts.area !== undefined) q = q.where('area', '=', opts.area);
  if (opts.creditCode !== undefined) q = q.where('credit_code', '=', opts.creditCode);
  if (opts.q !== undefined && opts.q !== '') {
    const like = `%${opts.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
    const matches = (col: 'name_zh' | 'name_en' | 'credit_code') =>
      sql<boolean>`lower(${sql.ref(col)}) like lower(${like}) escape '\\'`;
    q = q.where((eb) => eb.or([matches('name_zh'), matches('name_en'), matches('credit_code')]));
  }
  return q.execute();
}

export async function countEnterprises(
  db: Db,
  opts: { area?: string; creditCode?: string } = {},
): Promise<number> {
  let q = db.selectFrom('enterprises').select((eb) => eb.fn.countAll<number>().as('n'));
  if (opts.area !== undefined) q = q.where('area', '=', opts.area);
  if (opts.creditCode !== undefined) q = q.where('credit_code', '=', opts.creditCode);
  const r = await q.executeTakeFirstOrThrow();
  return Number(r.n);
}

// ---- audit log (append-only; the chain is computed by services/audit)

/** Advances the chain head and returns the new sequence number and the previous hash. Locks the head row. */
export async function claimAuditSeq(db: Db): Promise<{ seq: number; prevHash: string }> {
  const prev = await db
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  return { seq: Number(prev.seq), prevHash: prev.hash };
}

export async function insertAuditRow(db: Db, row: AuditRow): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
  await db.updateTable('audit_head').set({ hash: row.hash }).where('id', '=', 1).execute();
}

export function auditHead(db: Db): Promise<{ seq: number; hash: string }> {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

/** Audit rows in sequence order, from `afterSeq`, at most `limit`. */
export function readAudit(db: Db, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export function listAudit(
  db: Db,
  opts: { entityType?: string; entityId?: string; actorId?: number; limit: number; beforeSeq?: number },
): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(opts.limit);
  if (opts.entityType !== undefined) q = q.where('entity_type', '=', opts.entityType);
  if (opts.entityId !== undefined) q = q.where('entity_id', '=', opts.entityId);
  if (opts.actorId !== undefined) q = q.where('actor_id', '=', opts.actorId);
  if (opts.beforeSeq !== undefined) q = q.where('seq', '<', opts.beforeSeq);
  return q.execute();
}

// ---- settings

export async function getSetting(db: Db, key: string): Promise<string | undefined> {
  const r = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return r?.value;
}

export async function setSetting(db: Db, key: string, value: string, nowIso: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value, updated_at: nowIso })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: nowIso }))
    .execute();
}
