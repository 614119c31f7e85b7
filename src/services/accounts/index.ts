/**
 * @module services/accounts
 * Users, roles and departments; sign-in with argon2id; cookie sessions for the UI and bearer
 * tokens for systems (both stored only as SHA-256 of the secret). Every change is audited in the
 * same transaction.
 */
import { createHash, randomBytes } from 'node:crypto';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { DEPARTMENTS } from '../../policies/departments.ts';
import type { Store } from '../../store/db.ts';
import * as q from '../../store/queries.ts';
import type { UserRow } from '../../store/schema.ts';
import { recordAudit } from '../audit/index.ts';
import { acceptCreditCode } from '../shared/credit-code.ts';
import { type Actor, isRole, ROLES, type Role, type UserActor } from './actor.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';
import { authorize } from './permissions.ts';

export * from './actor.ts';
export { LoginThrottle } from './login-throttle.ts';
export * from './permissions.ts';

/** How long a UI session lives at most (absolute expiry). */
export const SESSION_HOURS = 12;
/** A UI session unused for this long ends (idle expiry); bearer tokens have no idle limit. */
export const SESSION_IDLE_MINUTES = 30;
/** `last_used_at` is written at most this often, so reads do not all turn into writes. */
const TOUCH_EVERY_MS = 60_000;
/** Consecutive failed sign-ins after which an account is locked. */
export const MAX_FAILED_LOGINS = 10;
/**
 * How long a lock lasts after the last failed attempt; an administrator may unlock sooner
 * ({@link unlockUser}). Attempts while locked are refused and extend the lock.
 */
export const LOCKOUT_MINUTES = 30;

/** Whether the account is locked at `now` (enough failures, the last within the lock-out). */
export function isLocked(row: Pick<UserRow, 'failed_logins' | 'updated_at'>, now: Date): boolean {
  return (
    row.failed_logins >= MAX_FAILED_LOGINS &&
    Date.parse(row.updated_at) + LOCKOUT_MINUTES * 60_000 > now.getTime()
  );
}

/** A user as the API shows it (never the hash). */
export interface UserView {
  readonly id: number;
  readonly username: string;
  readonly displayName: { zh: string; en: string };
  readonly role: Role;
  readonly department: string | null;
  readonly creditCode: string | null;
  readonly disabled: boolean;
}

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: { zh: row.display_name_zh, en: row.display_name_en },
    role: row.role as Role,
    department: row.department_code,
    creditCode: row.credit_code,
    disabled: row.disabled === 1,
  };
}

export function toActor(row: UserRow): UserActor {
  return {
    kind: 'user',
    id: row.id,
    username: row.username,
    role: row.role as Role,
    department: row.department_code,
    creditCode: row.credit_code,
  };
}

/** Writes the departments the documents name (idempotent). */
export async function syncDepartments(store: Store): Promise<number> {
  await store.db.transaction().execute(async (trx) => {
    for (const d of DEPARTMENTS) {
      await q.upsertDepartment(trx, {
        code: d.code,
        name_zh: d.name.zh,
        name_en: d.name.en,
        kind: d.kind,
        pollution_command_member: d.pollutionCommandMember ? 1 : 0,
      });
    }
  });
  return DEPARTMENTS.length;
}

/** Input of {@link createUser}. */
export interface NewUserInput {
  readonly username: unknown;
  readonly password: unknown;
  readonly role: unknown;
  readonly displayNameZh?: unknown;
  readonly displayNameEn?: unknown;
  readonly department?: unknown;
  readonly creditCode?: unknown;
  /** Accept a credit code whose check character is wrong (administrators only; audited). */
  readonly overrideCreditCodeCheck?: unknown;
}

/** Creates a user after checking every field; audited. Only administrators (or the system) may. */
export async function createUser(
  store: Store,
  actor: Actor,
  input: NewUserInput,
  now = new Date(),
): Promise<UserView> {
  authorize(actor, 'users.manage');
  const username = input.username;
  if (typeof username !== 'string' || !/^[a-z0-9][a-z0-9._-]{2,31}$/.test(username)) {
    throw invalidInput(
      'username',
      username,
      'must be 3–32 characters of a–z, 0–9, ".", "_" or "-"',
      '须为 3–32 位小写字母、数字或 . _ -',
    );
  }
  if (!isRole(input.role)) {
    throw invalidInput(
      'role',
      input.role,
      `must be one of ${ROLES.join(', ')}`,
      `须为 ${ROLES.join('、')} 之一`,
    );
  }
  const role = input.role;
  const password = checkPasswordPolicy(input.password, username);
  const department = optionalString(input.department, 'department');
  const creditCodeRaw = optionalString(input.creditCode, 'creditCode');
  if (role === 'enterprise' && creditCodeRaw === null) {
    throw invalidInput(
      'creditCode',
      input.creditCode,
      'is required for an enterprise user',
      '企业用户须绑定统一社会信用代码',
    );
  }
  if (role !== 'enterprise' && creditCodeRaw !== null) {
    throw invalidInput(
      'creditCode',
      creditCodeRaw,
      'is only for enterprise users',
      '仅企业用户可绑定统一社会信用代码',
    );
  }
  if ((role === 'officer' || role === 'reviewer' || role === 'command_office') && department === null) {
    throw invalidInput(
      'department',
      input.department,
      `is required for role ${role}`,
      `角色 ${role} 须指定所属部门`,
    );
  }
  const accepted =
    creditCodeRaw === null
      ? null
      : acceptCreditCode(actor, creditCodeRaw, 'creditCode', input.overrideCreditCodeCheck === true);
  const creditCode = accepted?.normalized ?? null;
  const displayNameZh = optionalString(input.displayNameZh, 'displayNameZh') ?? username;
  const displayNameEn = optionalString(input.displayNameEn, 'displayNameEn') ?? displayNameZh;
  const passwordHash = await hashPassword(password);
  const iso = now.toISOString();
  return store.db.transaction().execute(async (trx) => {
    if (department !== null && !(await q.findDepartment(trx, department))) {
      throw invalidInput('department', department, 'is not a known department code', '不是已知的部门代码');
    }
    if (await q.findUserByUsername(trx, username)) {
      throw new ZhengceError('ZC_ERR_CONFLICT', `username: ${JSON.stringify(username)} is taken`, {
        field: 'username',
        value: username,
        messageZh: `username：用户名 ${JSON.stringify(username)} 已存在`,
      });
    }
    const row = await q.insertUser(trx, {
      username,
      display_name_zh: displayNameZh,
      display_name_en: displayNameEn,
      role,
      department_code: department,
      credit_code: creditCode,
      password_hash: passwordHash,
      disabled: 0,
      failed_logins: 0,
      created_at: iso,
      updated_at: iso,
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'user.create',
        entityType: 'user',
        entityId: row.id,
        details: {
          username,
          role,
          department,
          creditCode,
          ...(accepted?.checksumOverridden ? { creditCodeChecksumOverridden: true } : {}),
        },
      },
      now,
    );
    return toUserView(row);
  });
}

function optionalString(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw invalidInput(field, value, 'must be a string', '须为字符串');
  return value.trim();
}

/** A freshly issued secret: shown once, stored only as its hash. */
export interface IssuedToken {
  readonly secret: string;
  readonly id: number;
  readonly expiresAt: string | null;
}

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Signs a user in with username and password and opens a cookie session. Wrong credentials,
 * unknown users, disabled and locked accounts all answer `ZC_ERR_BAD_CREDENTIALS` (the same
 * message, so the answer does not reveal which); failures are counted and audited.
 */
export async function login(
  store: Store,
  username: unknown,
  password: unknown,
  now = new Date(),
): Promise<{ user: UserView; session: IssuedToken }> {
  if (typeof username !== 'string' || username === '')
    throw invalidInput('username', username, 'is required', '必填');
  if (typeof password !== 'string' || password === '')
    throw invalidInput('password', undefined, 'is required', '必填');
  const row = await q.findUserByUsername(store.db, username);
  const ok = await verifyPassword(row?.password_hash ?? null, password);
  const iso = now.toISOString();
  const locked = row !== undefined && isLocked(row, now);
  // A lock that has run out starts the count afresh.
  const priorFailures =
    row === undefined ? 0 : locked || row.failed_logins < MAX_FAILED_LOGINS ? row.failed_logins : 0;
  if (!row || !ok || row.disabled === 1 || locked) {
    if (row) {
      await store.db.transaction().execute(async (trx) => {
        const failed = ok ? priorFailures : priorFailures + 1;
        await q.updateUser(trx, row.id, { failed_logins: failed, updated_at: iso });
        await recordAudit(
          trx,
          { kind: 'anonymous' },
          {
            action: 'session.login_failed',
            entityType: 'user',
            entityId: row.id,
            details: {
              username,
              failedLogins: failed,
              locked: failed >= MAX_FAILED_LOGINS,
              disabled: row.disabled === 1,
            },
          },
          now,
        );
      });
    }
    throw new ZhengceError(
      'ZC_ERR_BAD_CREDENTIALS',
      'username or password is wrong, or the account is locked',
      {
        field: 'password',
        messageZh: '用户名或密码错误，或账号已锁定',
      },
    );
  }
  const session = await issueToken(store, toActor(row), 'session', null, SESSION_HOURS, now, async (trx) => {
    if (row.failed_logins > 0) await q.updateUser(trx, row.id, { failed_logins: 0, updated_at: iso });
  });
  return { user: toUserView(row), session };
}

/** Issues a session or a bearer token for the actor itself; audited. */
export async function issueToken(
  store: Store,
  actor: UserActor,
  kind: 'session' | 'bearer',
  label: string | null,
  hours: number | null,
  now = new Date(),
  alsoInTx?: (trx: q.Db) => Promise<void>,
): Promise<IssuedToken> {
  const secret = `zc_${kind === 'session' ? 's' : 't'}_${randomBytes(32).toString('base64url')}`;
  const expiresAt = hours === null ? null : new Date(now.getTime() + hours * 3_600_000).toISOString();
  const row = await store.db.transaction().execute(async (trx) => {
    const t = await q.insertToken(trx, {
      token_hash: hashToken(secret),
      user_id: actor.id,
      kind,
      label,
      created_at: now.toISOString(),
      expires_at: expiresAt,
    });
    await alsoInTx?.(trx);
    await recordAudit(
      trx,
      actor,
      {
        action: kind === 'session' ? 'session.login' : 'token.create',
        entityType: 'token',
        entityId: t.id,
        details: { kind, label, expiresAt },
      },
      now,
    );
    return t;
  });
  return { secret, id: row.id, expiresAt };
}

/** Creates a bearer token for the calling user (for systems calling the API). */
export async function createApiToken(
  store: Store,
  actor: Actor,
  label: unknown,
  days: unknown,
  now = new Date(),
): Promise<IssuedToken> {
  authorize(actor, 'tokens.own');
  if (actor.kind !== 'user')
    throw new ZhengceError('ZC_ERR_FORBIDDEN', 'only users own tokens', {
      messageZh: '只有用户可以持有令牌',
    });
  const l = optionalString(label, 'label');
  let hours: number | null = null;
  if (days !== undefined && days !== null) {
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 366) {
      throw invalidInput('days', days, 'must be a whole number of days from 1 to 366', '须为 1–366 的整数天');
    }
    hours = days * 24;
  }
  return issueToken(store, actor, 'bearer', l, hours, now);
}

/** Resolves a presented secret to its user, or null when unknown, revoked, expired or disabled. */
export async function authenticateToken(
  store: Store,
  secret: string,
  now = new Date(),
): Promise<{ actor: UserActor; tokenId: number; kind: string } | null> {
  const found = await q.findLiveToken(store.db, hashToken(secret), now.toISOString());
  if (!found || found.user.disabled === 1) return null;
  const last = Date.parse(found.token.last_used_at ?? found.token.created_at);
  if (found.token.kind === 'session' && last + SESSION_IDLE_MINUTES * 60_000 <= now.getTime()) return null;
  if (now.getTime() - last >= TOUCH_EVERY_MS) await q.touchToken(store.db, found.token.id, now.toISOString());
  return { actor: toActor(found.user), tokenId: found.token.id, kind: found.token.kind };
}

/** Ends a session or revokes a token; a user may revoke only their own unless administrator. */
export async function revokeToken(
  store: Store,
  actor: Actor,
  tokenId: number,
  now = new Date(),
): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    const token = await trx.selectFrom('tokens').selectAll().where('id', '=', tokenId).executeTakeFirst();
    if (!token)
      throw new ZhengceError('ZC_ERR_NOT_FOUND', `token ${tokenId} not found`, {
        field: 'tokenId',
        value: tokenId,
        messageZh: `令牌 ${tokenId} 不存在`,
      });
    if (
      !(
        actor.kind === 'system' ||
        (actor.kind === 'user' && (actor.role === 'admin' || actor.id === token.user_id))
      )
    ) {
      throw new ZhengceError(
        'ZC_ERR_FORBIDDEN',
        'a token can be revoked only by its owner or an administrator',
        { field: 'tokenId', value: tokenId, messageZh: '只有令牌持有人或管理员可以撤销' },
      );
    }
    const changed = await q.revokeToken(trx, tokenId, now.toISOString());
    if (changed) {
      await recordAudit(
        trx,
        actor,
        {
          action: token.kind === 'session' ? 'session.logout' : 'token.revoke',
          entityType: 'token',
          entityId: tokenId,
        },
        now,
      );
    }
  });
}

/**
 * Ends every session of a user ("log out everywhere"), and with `tokens` also revokes their bearer
 * tokens. A user may do it for themself; an administrator for anyone (a stolen password, a user
 * who left). Audited with the count.
 */
export async function logoutEverywhere(
  store: Store,
  actor: Actor,
  userId: number,
  opts: { tokens?: boolean } = {},
  now = new Date(),
): Promise<{ revoked: number }> {
  if (!(actor.kind === 'user' && actor.id === userId)) authorize(actor, 'users.manage');
  return store.db.transaction().execute(async (trx) => {
    if (!(await q.findUserById(trx, userId)))
      throw new ZhengceError('ZC_ERR_NOT_FOUND', `user ${userId} not found`, {
        field: 'userId',
        value: userId,
        messageZh: `用户 ${userId} 不存在`,
      });
    const iso = now.toISOString();
    const revoked = await q.revokeUserTokens(trx, userId, iso, opts.tokens === true ? undefined : 'session');
    await recordAudit(
      trx,
      actor,
      {
        action: 'session.logout_everywhere',
        entityType: 'user',
        entityId: userId,
        details: { revoked, tokens: opts.tokens === true },
      },
      now,
    );
    return { revoked };
  });
}

/** Lifts a lock-out before it runs out (administrators); audited. */
export async function unlockUser(
  store: Store,
  actor: Actor,
  userId: number,
  now = new Date(),
): Promise<UserView> {
  authorize(actor, 'users.manage');
  return store.db.transaction().execute(async (trx) => {
    const row = await q.findUserById(trx, userId);
    if (!row)
      throw new ZhengceError('ZC_ERR_NOT_FOUND', `user ${userId} not found`, {
        field: 'userId',
        value: userId,
        messageZh: `用户 ${userId} 不存在`,
      });
    const iso = now.toISOString();
    await q.updateUser(trx, userId, { failed_logins: 0, updated_at: iso });
    await recordAudit(
      trx,
      actor,
      {
        action: 'user.unlock',
        entityType: 'user',
        entityId: userId,
        details: { failedLogins: row.failed_logins, wasLocked: isLocked(row, now) },
      },
      now,
    );
    return toUserView({ ...row, failed_logins: 0, updated_at: iso });
  });
}

/** Users visible to the actor: administrators see all; officers, reviewers and the command office their own department. */
export async function listUsers(store: Store, actor: Actor): Promise<UserView[]> {
  authorize(actor, 'users.read');
  const department = actor.kind === 'user' && actor.role !== 'admin' ? (actor.department ?? '') : undefined;
  const rows = await q.listUsers(store.db, department === undefined ? {} : { department });
  return rows.map(toUserView);
}
