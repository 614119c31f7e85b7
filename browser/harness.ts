/**
 * @module browser/harness
 * What the browser tests share: the built web UI (required, never built here), a fresh SQLite
 * store in a temp folder with the departments written, the app listening on a free port of
 * 127.0.0.1, Debian's Chromium driven by playwright-core, phone-sized pages, and screenshots in
 * `test-results/`. Run the tests with `npm run build:web && npm run test:browser`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { buildApp } from '../src/api/app.ts';
import { createUser, syncDepartments, systemActor } from '../src/services/accounts/index.ts';
import { openMigratedStore, type Store } from '../src/store/db.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WEB_ROOT = join(ROOT, 'dist', 'web');
export const RESULTS = join(ROOT, 'test-results');

/** Throws (so the test fails, never skips) when the web UI has not been built. */
export function requireBuiltWeb(): void {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error(
      `${join(WEB_ROOT, 'index.html')} is missing: build the web UI first with \`npm run build:web\`, then run \`npm run test:browser\` again.`,
    );
  }
}

/** A running app on a fresh store, and its base URL. */
export interface Server {
  readonly store: Store;
  readonly app: FastifyInstance;
  readonly base: string;
  close(): Promise<void>;
}

/**
 * Opens a temp SQLite store, writes the departments, lets `prepare` add what the test needs
 * (through the services), then serves the built UI and the API on a free port.
 */
export async function startServer(
  prepare: (store: Store) => Promise<void> = async () => {},
): Promise<Server> {
  requireBuiltWeb();
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-browser-'));
  const store = await openMigratedStore(join(dir, 'zhengce.sqlite'));
  let app: FastifyInstance | undefined;
  try {
    await syncDepartments(store);
    await prepare(store);
    app = await buildApp(
      { store, now: () => new Date(), version: 'browser-test', secureCookies: false },
      { webRoot: WEB_ROOT },
    );
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const running = app;
    return {
      store,
      app: running,
      base,
      close: async () => {
        await running.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await app?.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/** Debian's Chromium (browsers cannot be downloaded here), headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A phone: 375×740 CSS pixels at 2×, touch, Chinese locale. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

/** A page that records uncaught errors and console errors, so a test can assert there were none. */
export async function trackedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Nobody signed in: the session check's 401 is expected, and the browser logs it.
    const sessionCheck = m.location().url.endsWith('/api/v1/auth/me') && m.text().includes('401');
    if (m.type() === 'error' && !sessionCheck) problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  return { page, problems };
}

/** The text a reader sees in an element (hidden parts left out, blocks on their own lines), trimmed. */
export async function seen(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is the rendered text, which is the point.
  return (await locator.evaluate((el) => (el as HTMLElement).innerText)).trim();
}

/** Saves a full-page screenshot as `test-results/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The page's width as scrolled: more than the viewport means a horizontal scroll bar. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);
}

/** Now minus `minutes`, as Beijing wall-clock time with its offset: `2026-11-27T18:25+08:00`. */
export function beijingMinutesAgo(minutes: number): string {
  const shifted = new Date(Date.now() - minutes * 60_000 + 8 * 3_600_000);
  return `${shifted.toISOString().slice(0, 16)}+08:00`;
}

/** The password of the users the browser tests create. */
export const TEST_PASSWORD = 'correct-horse-42';

/** Creates the command-office duty officer the browser tests sign in as. */
export async function addDutyOfficer(store: Store): Promise<void> {
  await createUser(store, systemActor('test'), {
    username: 'duty',
    password: TEST_PASSWORD,
    role: 'command_office',
    department: 'city-operations',
    displayNameZh: '值班员',
    displayNameEn: 'Duty officer',
  });
}

/** Signs in through the login page and waits for the home page. */
export async function signIn(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(TEST_PASSWORD);
  await page.locator('form.login-card button[type="submit"]').click();
  await page.waitForURL(`${base}/`);
}
