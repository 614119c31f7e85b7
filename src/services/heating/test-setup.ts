/**
 * @module services/heating/test-setup
 * What the heating and building tests share: an enterprise written straight into the store, and
 * users created through the accounts service, returned as actors.
 */
import type { Store } from '../../store/db.ts';
import { findUserByUsername } from '../../store/queries.ts';
import { createUser, systemActor, toActor, type UserActor } from '../accounts/index.ts';

/** Writes a demo-labelled enterprise. */
export async function addEnterprise(
  store: Store,
  creditCode: string,
  nameZh: string,
  area = 'etdz_60',
): Promise<void> {
  const iso = new Date('2026-01-01T00:00:00Z').toISOString();
  await store.db
    .insertInto('enterprises')
    .values({
      credit_code: creditCode,
      name_zh: nameZh,
      name_en: `[DEMO] ${creditCode.slice(-4)}`,
      area,
      lat: null,
      lng: null,
      industry: null,
      foreign_invested: 0,
      investor_country: null,
      scale: null,
      employees: null,
      registered_on: null,
      profile: '{}',
      demo: 1,
      created_at: iso,
      updated_at: iso,
    })
    .execute();
}

/** Creates each user `[role, department, creditCode]` under its (lower-case) name; returns the actors. */
export async function addActors<K extends string>(
  store: Store,
  users: Readonly<Record<K, readonly [string, string | null, string | null]>>,
): Promise<Record<K, UserActor>> {
  const out = {} as Record<K, UserActor>;
  for (const [name, [role, department, creditCode]] of Object.entries(users) as [
    K,
    readonly [string, string | null, string | null],
  ][]) {
    const username = name.toLowerCase();
    await createUser(store, systemActor('test'), {
      username,
      password: 'correct-horse-42',
      role,
      department,
      creditCode,
    });
    out[name] = toActor((await findUserByUsername(store.db, username))!);
  }
  return out;
}
