/**
 * @module services/work-relief/test-setup
 * What the work-relief tests share: valid resident IDs and bank cards made from their check
 * characters (never real people's), a fresh database with the departments and a temporary data key,
 * and officials of two districts, a municipal reviewer and an outsider.
 */
import { randomBytes } from 'node:crypto';
import { ZhengceError } from '../../engine/errors.ts';
import { luhnOk, residentIdCheckChar } from '../../engine/identifiers.ts';
import type { Store } from '../../store/db.ts';
import { findUserByUsername } from '../../store/queries.ts';
import type { TestStoreFactory } from '../../store/test-stores.ts';
import { createUser, syncDepartments, systemActor, toActor, type UserActor } from '../accounts/index.ts';
import { setDataKeyForTests } from '../shared/crypto.ts';

/** A valid 18-character resident ID: area code, birth date `YYYYMMDD`, sequence `NNN`. */
export function testId(area: string, birth: string, seq: number): string {
  const body = `${area}${birth}${String(seq).padStart(3, '0')}`;
  return body + residentIdCheckChar(body);
}

/** A 19-digit card number that passes Luhn, from a 6-digit bank prefix and a serial. */
export function testCard(serial: number, prefix = '622848'): string {
  const body = `${prefix}${String(serial).padStart(12, '0')}`;
  for (let d = 0; d < 10; d++) if (luhnOk(`${body}${d}`)) return `${body}${d}`;
  throw new Error('unreachable');
}

export const USERS = {
  fangshan: ['officer', 'fangshan-district'],
  fangshanReviewer: ['reviewer', 'fangshan-district'],
  fangshanOfficer2: ['officer', 'fangshan-district'],
  mentougou: ['officer', 'mentougou-district'],
  municipal: ['reviewer', 'beijing-development-reform'],
  outsider: ['officer', 'city-operations'],
} as const;
export type Who = Readonly<Record<keyof typeof USERS, UserActor>>;

/** A fresh database with the departments, a temporary data key and the users above. */
export async function openFixture(factory: TestStoreFactory): Promise<{ store: Store; who: Who }> {
  setDataKeyForTests(randomBytes(32));
  const store = await factory.open();
  await syncDepartments(store);
  const who = {} as Record<keyof typeof USERS, UserActor>;
  for (const [username, [role, department]] of Object.entries(USERS)) {
    await createUser(store, systemActor('test'), {
      username: username.toLowerCase(),
      password: 'correct-horse-42',
      role,
      department,
    });
    who[username as keyof typeof USERS] = toActor(
      (await findUserByUsername(store.db, username.toLowerCase()))!,
    );
  }
  return { store, who };
}

/** The code and field of a rejection, or null when the promise resolves. */
export function rejection(
  p: Promise<unknown>,
): Promise<{ code: string; field?: string | undefined; value?: unknown } | null> {
  return p.then(
    () => null,
    (e: unknown) =>
      e instanceof ZhengceError ? { code: e.code, field: e.field, value: e.value } : { code: String(e) },
  );
}

/** A project's fields as a district officer enters them. */
export const PROJECT = {
  name: '【演示】青龙湖村道路硬化工程',
  domain: 'transport',
  stages: ['manual_labour', 'maintenance'],
  ownerUnit: '【演示】青龙湖镇人民政府',
  contractor: '【演示】青龙湖村股份经济合作社施工队',
  totalInvestment: '1200000',
  wageBudget: '300000',
  dailyRate: '183.33',
  payDay: 15,
  startOn: '2026-05-01',
  status: 'in_progress',
  approvalDocRef: '房发改〔2026〕18号',
  approvalStatesWorkRelief: true,
  governmentFunded: true,
  fundingDocRef: '房财〔2026〕40号',
  fundingStatesWorkRelief: true,
};
