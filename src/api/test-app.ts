/**
 * @module api/test-app
 * Builds the app on a fresh test database with a fixed clock, and signs users in, for the API
 * tests (which use `app.inject()` and never open a port).
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createUser, syncDepartments, systemActor } from '../services/accounts/index.ts';
import type { Store } from '../store/db.ts';
import type { TestStoreFactory } from '../store/test-stores.ts';
import { buildApp } from './app.ts';
import { CSRF_HEADER, CSRF_VALUE, SESSION_COOKIE } from './context.ts';

/** 2026-11-27 10:00 in Asia/Shanghai. */
export const FIXED_NOW = new Date('2026-11-27T02:00:00Z');

export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: Store;
  close(): Promise<void>;
}

export async function openTestApp(
  factory: TestStoreFactory,
  now: () => Date = () => FIXED_NOW,
): Promise<TestApp> {
  const store = await factory.open();
  await syncDepartments(store);
  const app = await buildApp(
    { store, now, version: 'test', secureCookies: false },
    { webRoot: '/nonexistent' },
  );
  return {
    app,
    store,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** Creates a user through the service (as the system). */
export async function addUser(
  store: Store,
  input: { username: string; role: string; department?: string; creditCode?: string },
  password = 'correct-horse-42',
): Promise<void> {
  await createUser(store, systemActor('test'), { ...input, password });
}

/** Signs in and returns the session cookie header for later requests. */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password = 'correct-horse-42',
): Promise<Record<string, string>> {
  const r = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (r.statusCode !== 200) throw new Error(`login ${username}: ${r.statusCode} ${r.body}`);
  const cookie = r.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `${SESSION_COOKIE}=${cookie.value}`, [CSRF_HEADER]: CSRF_VALUE };
}

export function json<T = Record<string, unknown>>(r: LightMyRequestResponse): T {
  return JSON.parse(r.body) as T;
}
