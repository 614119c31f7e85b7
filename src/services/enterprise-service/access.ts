/**
 * @module services/enterprise-service/access
 * Who reaches which enterprise file (28号 二(三)11–13, 二(四)16). 营商合作局 (`business-cooperation`)
 * runs the service: its officers and reviewers reach every file (a dedicated officer's "my" views
 * are a filter, not a limit); an enterprise user reaches only its own file, its own items and its
 * notices. Administrators and the system reach everything; any other department is refused.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import type { Store } from '../../store/db.ts';
import type { FieFileRow } from '../../store/enterprise-service-schema.ts';
import type { Db } from '../../store/queries.ts';
import { type Actor, authorize, type Permission } from '../accounts/index.ts';

/** 营商合作局: lead bureau of the service measures 11–14 and 16 (D-28-1). */
export const SERVICE_DEPARTMENT = 'business-cooperation';

/** Every file, or one enterprise's. */
export type Reach = { readonly all: true } | { readonly all: false; readonly creditCode: string };

/** What the actor reaches with `permission`; throws `ZC_ERR_UNAUTHENTICATED` / `ZC_ERR_FORBIDDEN`. */
export function reach(actor: Actor, permission: Permission): Reach {
  authorize(actor, permission);
  if (actor.kind !== 'user' || actor.role === 'admin') return { all: true };
  if (actor.role === 'enterprise') {
    if (!actor.creditCode)
      throw new ZhengceError('ZC_ERR_FORBIDDEN', `${permission}: the user acts for no enterprise`, {
        field: 'creditCode',
        value: null,
        messageZh: `无权执行 ${permission}：该用户未关联企业`,
      });
    return { all: false, creditCode: actor.creditCode };
  }
  authorize(actor, permission, { department: SERVICE_DEPARTMENT });
  return { all: true };
}

/** A file by id or credit code; `ZC_ERR_NOT_FOUND` naming `id`. */
export async function findFile(db: Db, idOrCode: unknown): Promise<FieFileRow> {
  const q = db.selectFrom('fie_files').selectAll();
  const row =
    typeof idOrCode === 'number' || (typeof idOrCode === 'string' && /^\d{1,12}$/.test(idOrCode))
      ? await q.where('id', '=', Number(idOrCode)).executeTakeFirst()
      : typeof idOrCode === 'string'
        ? await q.where('credit_code', '=', idOrCode).executeTakeFirst()
        : undefined;
  if (!row)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `enterprise file ${String(idOrCode)} not found`, {
      field: 'id',
      value: idOrCode,
      messageZh: `未找到企业档案 ${String(idOrCode)}`,
    });
  return row;
}

/** Loads a file and checks the actor may act on it with `permission`. */
export async function fileFor(
  store: Store,
  actor: Actor,
  idOrCode: unknown,
  permission: Permission,
): Promise<FieFileRow> {
  const r = reach(actor, permission);
  const row = await findFile(store.db, idOrCode);
  if (!r.all) authorize(actor, permission, { creditCode: row.credit_code });
  return row;
}

/** A user named by username (or id) who serves in 营商合作局 as an officer; `field` names it. */
export async function serviceOfficer(db: Db, value: unknown, field: string): Promise<number> {
  const q = db.selectFrom('users').select(['id', 'role', 'department_code', 'disabled']);
  const row =
    typeof value === 'number'
      ? await q.where('id', '=', value).executeTakeFirst()
      : typeof value === 'string' && value.trim() !== ''
        ? await q.where('username', '=', value.trim()).executeTakeFirst()
        : undefined;
  if (!row || row.disabled) throw invalidInput(field, value, 'is not an active user', '不是有效用户');
  if (row.role !== 'admin' && (row.role !== 'officer' || row.department_code !== SERVICE_DEPARTMENT))
    throw invalidInput(
      field,
      value,
      `must be an officer of ${SERVICE_DEPARTMENT} (营商合作局)`,
      '须为营商合作局工作人员',
    );
  return row.id;
}

/** Usernames by id, for views. */
export async function usernames(db: Db, ids: readonly (number | null)[]): Promise<Map<number, string>> {
  const want = [...new Set(ids.filter((x): x is number => x !== null))];
  if (want.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'username']).where('id', 'in', want).execute();
  return new Map(rows.map((r) => [r.id, r.username]));
}
