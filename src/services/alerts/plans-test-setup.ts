/**
 * @module services/alerts/plans-test-setup
 * What the sub-plan and inspection tests share: a fresh migrated database, the departments, a
 * temporary data key, an officer of
 * each unit the tests need and two listed entries; and a helper that turns a rejection into data.
 */
import { randomBytes } from 'node:crypto';
import { ZhengceError } from '../../engine/errors.ts';
import type { Store } from '../../store/db.ts';
import { findUserByUsername } from '../../store/queries.ts';
import type { TestStoreFactory } from '../../store/test-stores.ts';
import { createUser, syncDepartments, systemActor, toActor, type UserActor } from '../accounts/index.ts';
import { setDataKeyForTests } from '../shared/crypto.ts';
import { addListEntries } from './index.ts';

const USERS = {
  duty: ['command_office', 'city-operations'],
  enforce: ['officer', 'comprehensive-enforcement'],
  taihu: ['officer', 'taihu-town'],
  press: ['officer', 'publicity-culture'],
  outsider: ['officer', 'sci-tech-innovation'],
  audit: ['reviewer', 'finance-audit'],
} as const;

export interface PlanFixture {
  readonly store: Store;
  readonly who: Readonly<Record<keyof typeof USERS, UserActor>>;
  /** A listed enterprise of 宣传文化部 and a listed site of 开发建设局. */
  readonly printer: number;
  readonly site: number;
}

/** Opens the fixture database on `factory`. */
export async function openPlanFixture(factory: TestStoreFactory): Promise<PlanFixture> {
  setDataKeyForTests(randomBytes(32));
  const store = await factory.open();
  await syncDepartments(store);
  const sys = systemActor('test');
  const who = {} as Record<keyof typeof USERS, UserActor>;
  for (const [username, [role, department]] of Object.entries(USERS)) {
    await createUser(store, sys, { username, password: 'correct-horse-42', role, department });
    who[username as keyof typeof USERS] = toActor((await findUserByUsername(store.db, username))!);
  }
  await addListEntries(store, sys, [
    {
      kind: 'enterprise',
      name: '【演示】亦庄印刷厂',
      sector: '出版物印刷',
      ownerDepartment: 'publicity-culture',
      creditCode: '91110302MA01XK2Q5X',
    },
    {
      kind: 'site',
      name: '【演示】路东区工地',
      sector: '建筑施工',
      ownerDepartment: 'development-construction',
    },
  ]);
  const entries = await store.db.selectFrom('air_list_entries').select(['id', 'sector']).execute();
  return {
    store,
    who,
    printer: entries.find((e) => e.sector === '出版物印刷')!.id,
    site: entries.find((e) => e.sector === '建筑施工')!.id,
  };
}

/** The code, field and message of a rejection, or null when the promise resolves. */
export function fault(
  p: Promise<unknown>,
): Promise<{ code: string; field?: string | undefined; message?: string } | null> {
  return p.then(
    () => null,
    (e: unknown) =>
      e instanceof ZhengceError ? { code: e.code, field: e.field, message: e.message } : { code: String(e) },
  );
}

/** Every audit entry's details, for checking that no personal data leaked into the log. */
export async function auditText(store: Store): Promise<string> {
  return (await store.db.selectFrom('audit_log').select('details').execute())
    .map((r) => r.details)
    .join('\n');
}
