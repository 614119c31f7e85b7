/**
 * Every API route × every role, against PERMISSIONS (services/accounts/permissions.ts). The routes
 * are read from the Fastify instance (`printRoutes`), so a new route without a line in `ROUTES`
 * fails the suite. Each request is minimal but passes the route's JSON Schema, so what answers is
 * the permission check: anonymous callers get 401 where sign-in is needed, signed-in roles that do
 * not hold the permission get 403 `ZC_ERR_FORBIDDEN`, holders get anything but 401/403/5xx (a 4xx
 * for the minimal input, or 404 for an id that does not exist). An enterprise reaching for another
 * enterprise's data is refused with 403 naming `creditCode`. Nothing may answer 5xx.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { creditCodeCheckChar } from '../engine/identifiers.ts';
import { PERMISSIONS, type Permission } from '../services/accounts/permissions.ts';
import { testStores } from '../store/test-stores.ts';
import { addUser, FIXED_NOW, openTestApp, signIn, type TestApp } from './test-app.ts';

/** Two enterprises: the signed-in one (A) and another (B) whose data A must not reach. */
const FIRM_A = '91110302MA01RM01X';
const FIRM_B = '91110302MA01RM02X';
const CC_A = FIRM_A + creditCodeCheckChar(FIRM_A);
const CC_B = FIRM_B + creditCodeCheckChar(FIRM_B);

/** A permission, any of several, `public`, or `signed_in` (any user; the route checks no permission). */
type Access = Permission | readonly Permission[] | 'public' | 'signed_in';

/** How a route is reached with a minimal request that passes its JSON Schema. */
interface Expectation {
  /** The permission the handler or its service checks first (`signed_in`: any user, no permission). */
  readonly access: Access;
  /** Non-admin holders may be refused by scope (department or district), with `error.field` naming it. */
  readonly scoped?: true;
  /**
   * The service loads the resource before it authorizes, so on an id that does not exist every
   * caller, even anonymous, gets 404 (not 401/403): that 404 is tolerated here, and reported to the
   * lead engineer. Heating and building projects authorize first; they are also checked on an
   * existing project of another enterprise (the last tests).
   */
  readonly loadsFirst?: true;
  /**
   * The service checks this input field before it authorizes, so the minimal request carries a
   * valid one (a refused caller with a bad value gets 400, not 401/403). Reported to the lead.
   */
  readonly validatesFirst?: string;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
  /** Send the body as a spreadsheet upload (text/csv). */
  readonly csv?: true;
}

const DOCS = 'public' as const;
/** Every route, by method and path as Fastify declares it. */
const ROUTES: Record<string, Expectation> = {
  // Docs and OpenAPI (swagger-ui's own routes)
  'GET /api/v1/docs': { access: DOCS },
  'GET /api/v1/docs/': { access: DOCS },
  'GET /api/v1/docs/static/index.html': { access: DOCS },
  'GET /api/v1/docs/static/swagger-initializer.js': { access: DOCS },
  'GET /api/v1/docs/static/*': { access: DOCS },
  'GET /api/v1/docs/json': { access: DOCS },
  'GET /api/v1/docs/yaml': { access: DOCS },
  'GET /api/v1/openapi.json': { access: DOCS },
  // System, catalog, rules
  'GET /api/v1/health': { access: 'public' },
  'GET /api/v1/policies': { access: 'policies.read' },
  'GET /api/v1/policies/export.xlsx': { access: 'policies.read' },
  'GET /api/v1/policies/:id': { access: 'policies.read' },
  'GET /api/v1/policies/:id/clauses/*': { access: 'policies.read' },
  'GET /api/v1/rules': { access: 'policies.read' },
  'GET /api/v1/rules/:ruleId': { access: 'policies.read' },
  'GET /api/v1/rules/:policyId/:rule': { access: 'policies.read' },
  'POST /api/v1/rules/:ruleId/evaluate': { access: 'rules.evaluate', body: { facts: {} } },
  'POST /api/v1/rules/:policyId/:rule/evaluate': { access: 'rules.evaluate', body: { facts: {} } },
  // Auth
  'POST /api/v1/auth/login': {
    access: 'public',
    body: { username: 'm-reviewer', password: 'correct-horse-42' },
  },
  'POST /api/v1/auth/logout': { access: 'public' },
  'POST /api/v1/auth/logout-everywhere': { access: 'signed_in', body: {} },
  'POST /api/v1/auth/users/:id/logout-everywhere': { access: 'users.manage', body: {} },
  'POST /api/v1/auth/users/:id/unlock': { access: 'users.manage' },
  'GET /api/v1/auth/me': { access: 'signed_in' },
  'GET /api/v1/auth/tokens': { access: 'signed_in' },
  'POST /api/v1/auth/tokens': { access: 'tokens.own', body: { label: 'matrix' } },
  'DELETE /api/v1/auth/tokens/:id': { access: 'signed_in' },
  // Accounts, enterprises, audit
  'GET /api/v1/departments': { access: 'departments.read' },
  'GET /api/v1/users': { access: 'users.read' },
  'POST /api/v1/users': {
    access: 'users.manage',
    body: {
      username: 'matrix-user',
      password: 'Matrix-passw0rd-1',
      role: 'reviewer',
      department: 'city-operations',
    },
  },
  'GET /api/v1/enterprises': { access: 'enterprises.read' },
  'GET /api/v1/enterprises/:creditCode': { access: 'enterprises.read' },
  'GET /api/v1/audit': { access: 'audit.read' },
  'GET /api/v1/audit/verify': { access: 'audit.verify' },
  // Air (29号): computations for everyone, alerts and lists for officials
  'POST /api/v1/air/aqi': { access: 'rules.evaluate', body: {} },
  'POST /api/v1/air/alert-level': { access: 'rules.evaluate', body: {} },
  'POST /api/v1/air/vehicle-check': { access: 'rules.evaluate', body: {} },
  'POST /api/v1/air/fleet-plan': { access: 'rules.evaluate', body: {} },
  'GET /api/v1/air/measures': { access: 'public', query: { level: 'orange' } },
  'GET /api/v1/air/units': { access: 'public' },
  'GET /api/v1/air/alerts/current': { access: 'public' },
  'GET /api/v1/air/feed.json': { access: 'public' },
  'GET /api/v1/air/alerts': { access: 'alerts.read' },
  'GET /api/v1/air/alerts/export.xlsx': { access: 'alerts.read' },
  'POST /api/v1/air/alerts': { access: 'alerts.manage', body: {} },
  'GET /api/v1/air/alerts/:id': { access: 'alerts.read' },
  'POST /api/v1/air/alerts/:id/change': { access: 'alerts.manage', body: {} },
  'POST /api/v1/air/alerts/:id/lift': { access: 'alerts.manage', body: {} },
  'GET /api/v1/air/alerts/:id/receipts': { access: 'alerts.read' },
  'POST /api/v1/air/alerts/:id/remind': { access: 'alerts.manage' },
  'GET /api/v1/air/alerts/:id/cap.xml': { access: 'public' },
  'GET /api/v1/air/alerts/:id/order.pdf': { access: 'alerts.read' },
  'POST /api/v1/air/alerts/:id/inspections': { access: 'air-lists.manage', body: {} },
  'GET /api/v1/air/alerts/:id/inspections': { access: 'alerts.read' },
  'GET /api/v1/air/alerts/:id/duty-report': { access: 'alerts.read' },
  'GET /api/v1/air/notices/mine': { access: 'notices.own' },
  'GET /api/v1/air/notices/mine.xlsx': { access: 'notices.own' },
  'POST /api/v1/air/notices/:id/ack': { access: 'notices.own' },
  'GET /api/v1/air/lists': { access: 'alerts.read' },
  'POST /api/v1/air/lists': { access: 'air-lists.manage', body: { entries: [] } },
  'POST /api/v1/air/lists/import': { access: 'air-lists.manage', csv: true },
  'GET /api/v1/air/lists/export.xlsx': { access: 'alerts.read' },
  'GET /api/v1/air/subplans': { access: 'alerts.read' },
  'PUT /api/v1/air/subplans/:unit': { access: 'air-lists.manage', body: {} },
  'POST /api/v1/air/subplans/:unit/reveal': { access: 'alerts.manage', body: {} },
  // Green fund (31号)
  'POST /api/v1/match': { access: 'rules.evaluate', body: { profile: {} } },
  'GET /api/v1/green/applications': { access: 'green.read' },
  'GET /api/v1/green/applications/export.xlsx': { access: 'green.read' },
  'POST /api/v1/green/applications': {
    access: 'green.apply',
    validatesFirst: 'creditCode',
    body: { creditCode: CC_A },
  },
  'GET /api/v1/green/applications/:id': { access: 'green.read', loadsFirst: true },
  'GET /api/v1/green/applications/:id/decision.pdf': { access: 'green.read', loadsFirst: true },
  'PATCH /api/v1/green/applications/:id': { access: 'green.apply', loadsFirst: true, body: {} },
  'POST /api/v1/green/applications/:id/transitions': {
    access: 'green.apply',
    loadsFirst: true,
    body: { action: 'submit' },
  },
  'POST /api/v1/green/applications/:id/expert-review': { access: 'green.review', loadsFirst: true, body: {} },
  'POST /api/v1/green/applications/:id/approve': { access: 'green.approve', loadsFirst: true, body: {} },
  'GET /api/v1/green/awards': { access: 'green.read' },
  'POST /api/v1/green/awards/:id/payment': { access: 'green.pay', loadsFirst: true, body: {} },
  'POST /api/v1/green/awards/:id/clawback': { access: 'green.clawback', loadsFirst: true, body: {} },
  'GET /api/v1/green/notices': { access: 'green.read' },
  'GET /api/v1/green/grant-lists': { access: ['green.grants', 'green.grants.approve'] },
  'GET /api/v1/green/grant-lists/templates/:kind': { access: 'public' },
  'POST /api/v1/green/grant-lists/import': {
    access: 'green.grants',
    scoped: true,
    query: { kind: 'performance-grade' },
    csv: true,
  },
  'GET /api/v1/green/grant-runs': { access: ['green.grants', 'green.grants.approve'] },
  'GET /api/v1/green/grant-runs/export.xlsx': { access: ['green.grants', 'green.grants.approve'] },
  'GET /api/v1/green/grant-lists/export.xlsx': { access: ['green.grants', 'green.grants.approve'] },
  'POST /api/v1/green/grant-runs': { access: 'green.grants', body: {} },
  'GET /api/v1/green/grant-runs/:id': { access: ['green.grants', 'green.grants.approve'] },
  'POST /api/v1/green/grant-runs/:id/decision': {
    access: 'green.grants.approve',
    validatesFirst: 'decision',
    loadsFirst: true,
    body: { decision: 'reject' },
  },
  'GET /api/v1/green/budget': { access: 'green.budget' },
  'GET /api/v1/green/budget.xlsx': { access: 'green.budget' },
  'GET /api/v1/green/parameters': { access: 'green.read' },
  'POST /api/v1/green/parameters': {
    access: 'green.parameters',
    scoped: true,
    validatesFirst: 'parameterId',
    body: { parameterId: 'jingjiguanfa-2023-31.item-06.tiers' },
  },
  // Heating (1309号)
  'GET /api/v1/heating/projects': { access: 'heating.read' },
  'GET /api/v1/heating/projects/export.xlsx': { access: 'heating.read' },
  'POST /api/v1/heating/projects': { access: 'heating.manage', scoped: true, body: {} },
  'GET /api/v1/heating/projects/:id': { access: 'heating.read' },
  'PATCH /api/v1/heating/projects/:id': { access: 'heating.manage', body: {} },
  'GET /api/v1/heating/projects/:id/readings': { access: 'heating.read' },
  'POST /api/v1/heating/projects/:id/readings': { access: 'heating.readings', body: {} },
  'GET /api/v1/heating/projects/:id/report': { access: 'heating.read' },
  'GET /api/v1/heating/projects/:id/design-check': { access: 'heating.read' },
  'POST /api/v1/heating/readings/import': { access: 'heating.readings', csv: true },
  'GET /api/v1/heating/readings/template': { access: 'public' },
  'GET /api/v1/heating/targets': { access: 'targets.read' },
  'GET /api/v1/heating/targets.xlsx': { access: 'targets.read' },
  'PUT /api/v1/heating/figures/:year': { access: 'heating.figures', scoped: true, body: {} },
  'DELETE /api/v1/heating/figures/:year': { access: 'heating.figures', scoped: true },
  // Buildings (30号)
  'GET /api/v1/buildings/projects': { access: 'buildings.read' },
  'GET /api/v1/buildings/projects/export.xlsx': { access: 'buildings.read' },
  'POST /api/v1/buildings/projects': { access: 'buildings.manage', scoped: true, body: {} },
  'GET /api/v1/buildings/projects/:id': { access: 'buildings.read' },
  'PATCH /api/v1/buildings/projects/:id': { access: 'buildings.manage', body: {} },
  'GET /api/v1/buildings/projects/:id/checklist': { access: 'buildings.read' },
  'POST /api/v1/buildings/projects/:id/gates': { access: 'buildings.record', body: {} },
  'POST /api/v1/buildings/projects/:id/gates/withdraw': {
    access: 'buildings.record',

    body: {},
  },
  'GET /api/v1/buildings/targets': { access: 'targets.read' },
  'GET /api/v1/buildings/targets.xlsx': { access: 'targets.read' },
  // Work relief (1336号): every call reaches a district (services/work-relief/access.ts)
  'GET /api/v1/work-relief/meta': { access: 'public' },
  'GET /api/v1/work-relief/plans': { access: 'work-relief.read', scoped: true },
  'PUT /api/v1/work-relief/plans': { access: 'work-relief.manage', scoped: true, body: {} },
  'GET /api/v1/work-relief/projects': { access: 'work-relief.read', scoped: true },
  'GET /api/v1/work-relief/projects/export.xlsx': { access: 'work-relief.read', scoped: true },
  'POST /api/v1/work-relief/projects': { access: 'work-relief.manage', scoped: true, body: {} },
  'GET /api/v1/work-relief/projects/:id': { access: 'work-relief.read', scoped: true },
  'PATCH /api/v1/work-relief/projects/:id': {
    access: 'work-relief.manage',
    scoped: true,
    body: {},
  },
  'GET /api/v1/work-relief/workers': { access: 'work-relief.read', scoped: true },
  'GET /api/v1/work-relief/workers/export.xlsx': { access: 'work-relief.read', scoped: true },
  'POST /api/v1/work-relief/workers': { access: 'work-relief.manage', scoped: true, body: {} },
  'GET /api/v1/work-relief/workers/template.xlsx': { access: 'public' },
  'POST /api/v1/work-relief/workers/import': { access: 'work-relief.manage', scoped: true, csv: true },
  'GET /api/v1/work-relief/workers/:id': { access: 'work-relief.read', scoped: true },
  'PATCH /api/v1/work-relief/workers/:id': {
    access: 'work-relief.manage',
    scoped: true,
    body: {},
  },
  'GET /api/v1/work-relief/projects/:id/roster': {
    access: 'work-relief.read',
    scoped: true,
  },
  'POST /api/v1/work-relief/projects/:id/roster': {
    access: 'work-relief.manage',
    scoped: true,
    body: {},
  },
  'POST /api/v1/work-relief/projects/:id/roster/:workerId/leave': {
    access: 'work-relief.manage',
    scoped: true,
    body: {},
  },
  'GET /api/v1/work-relief/projects/:id/attendance': {
    access: 'work-relief.read',
    scoped: true,
  },
  'GET /api/v1/work-relief/projects/:id/attendance.xlsx': { access: 'work-relief.read', scoped: true },
  'PUT /api/v1/work-relief/projects/:id/attendance': {
    access: 'work-relief.manage',
    scoped: true,
    body: {},
  },
  'GET /api/v1/work-relief/projects/:id/attendance/template.xlsx': {
    access: 'work-relief.read',
    scoped: true,
  },
  'POST /api/v1/work-relief/projects/:id/attendance/import': {
    access: 'work-relief.manage',
    scoped: true,
    csv: true,
  },
  'GET /api/v1/work-relief/projects/:id/ledger': {
    access: 'work-relief.read',
    scoped: true,
  },
  'GET /api/v1/work-relief/projects/:id/ledger.xlsx': {
    access: 'work-relief.read',
    scoped: true,
  },
  'GET /api/v1/work-relief/projects/:id/wage-sheet.pdf': { access: 'work-relief.read', scoped: true },
  'POST /api/v1/work-relief/projects/:id/ledger/confirm': {
    access: 'work-relief.pay',
    scoped: true,
    body: {},
  },
  'POST /api/v1/work-relief/projects/:id/ledger/payments': {
    access: 'work-relief.pay',
    scoped: true,
    body: {},
  },
  'GET /api/v1/work-relief/projects/:id/trainings': {
    access: 'work-relief.read',
    scoped: true,
  },
  'POST /api/v1/work-relief/projects/:id/trainings': {
    access: 'work-relief.manage',
    scoped: true,
    body: {},
  },
  'GET /api/v1/work-relief/projects/:id/maintenance-jobs': {
    access: 'work-relief.read',
    scoped: true,
  },
  'POST /api/v1/work-relief/projects/:id/maintenance-jobs': {
    access: 'work-relief.manage',
    scoped: true,
    body: {},
  },
  'GET /api/v1/work-relief/checks': { access: 'work-relief.review', scoped: true },
  'GET /api/v1/work-relief/review': { access: 'work-relief.review', scoped: true },
  'GET /api/v1/work-relief/review.xlsx': { access: 'work-relief.review', scoped: true },
  // Foreign-investment services (28号): 营商合作局 reaches every file, an enterprise its own
  // (services/enterprise-service/access.ts)
  'GET /api/v1/enterprise-service/policy-list': { access: 'public' },
  'GET /api/v1/enterprise-service/files': { access: 'fie.read', scoped: true },
  'POST /api/v1/enterprise-service/files': { access: 'fie.manage', scoped: true, body: {} },
  'GET /api/v1/enterprise-service/files/:id': { access: 'fie.read', scoped: true },
  'PATCH /api/v1/enterprise-service/files/:id': { access: 'fie.manage', scoped: true, body: {} },
  'POST /api/v1/enterprise-service/files/:id/visits': { access: 'fie.manage', scoped: true, body: {} },
  'POST /api/v1/enterprise-service/files/:id/packages': { access: 'fie.manage', scoped: true, body: {} },
  'GET /api/v1/enterprise-service/files/:id/supervision': { access: 'fie.read', scoped: true },
  'PUT /api/v1/enterprise-service/files/:id/credit': { access: 'fie.supervise', scoped: true, body: {} },
  'POST /api/v1/enterprise-service/files/:id/inspections': {
    access: 'fie.supervise',
    scoped: true,
    body: {},
  },
  'GET /api/v1/enterprise-service/items': { access: 'fie.read', scoped: true },
  'POST /api/v1/enterprise-service/items': { access: 'fie.raise', scoped: true, body: {} },
  'GET /api/v1/enterprise-service/items/:id': { access: 'fie.read', scoped: true },
  'POST /api/v1/enterprise-service/items/:id/steps': { access: 'fie.manage', scoped: true, body: {} },
  'GET /api/v1/enterprise-service/export.xlsx': { access: 'fie.read', scoped: true },
  'GET /api/v1/enterprise-service/escalations': { access: 'fie.manage', scoped: true },
  'POST /api/v1/enterprise-service/push': { access: 'fie.manage', scoped: true, body: {} },
  'GET /api/v1/enterprise-service/notices': { access: 'fie.read', scoped: true },
};

type Role = 'anonymous' | 'admin' | 'officer' | 'reviewer' | 'command_office' | 'enterprise';
const ROLES: readonly Role[] = ['anonymous', 'admin', 'officer', 'reviewer', 'command_office', 'enterprise'];
/** The signed-in users, one per role, and their departments or enterprise. */
const USERS: Record<Exclude<Role, 'anonymous'>, { department?: string; creditCode?: string }> = {
  admin: {},
  officer: { department: 'city-operations' },
  reviewer: { department: 'city-operations' },
  command_office: { department: 'etdz-pollution-command' },
  enterprise: { creditCode: CC_A },
};

/** Values for the path parameters (`:id` names nothing that exists unless a test creates it). */
const PARAMS: Record<string, string> = {
  id: '999999',
  workerId: '999999',
  creditCode: CC_A,
  unit: 'city-operations',
  kind: 'performance-grade',
  year: '2025',
  '*': encodeURIComponent('第一章'),
  policyId: 'jingjiguanfa-2023-31',
  rule: 'item-13',
  ruleId: encodeURIComponent('jingjiguanfa-2023-31/item-13'),
};

/**
 * The routes of the instance, `METHOD /path` (HEAD, which Fastify adds for every GET, is left out),
 * read from `printRoutes` with full paths: each line is one node, indented four characters a level.
 */
function declaredRoutes(tree: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([^)]*)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + m[2]!;
    stack.push(path);
    for (const method of (m[3] ?? '').split(',').map((x) => x.trim())) {
      if (method !== '' && method !== 'HEAD') out.push(`${method} ${path}`);
    }
  }
  return out;
}

/** One shape for a route however its parameters are named (`/rules/:policyId|:ruleId` is one node). */
const shape = (key: string): string => key.replace(/:[^/]+/g, ':');

/** The URL of a table key with its parameters filled in (`params` overrides `PARAMS`). */
function urlOf(key: string, query: Record<string, string> = {}, params: Record<string, string> = {}): string {
  const path = key.split(' ')[1]!.replace(/:([A-Za-z]+)|\*/g, (all, name: string | undefined) => {
    const v = params[name ?? all] ?? PARAMS[name ?? all];
    if (v === undefined) throw new Error(`no value for ${all} in ${key}`);
    return v;
  });
  const qs = new URLSearchParams(query).toString();
  return qs ? `${path}?${qs}` : path;
}

function holds(role: Role, access: Access): boolean {
  if (access === 'public') return true;
  if (access === 'signed_in') return role !== 'anonymous';
  if (typeof access !== 'string') return access.some((p) => holds(role, p));
  const roles: readonly string[] = PERMISSIONS[access];
  return roles.includes('public') || roles.includes(role);
}

interface Answer {
  readonly status: number;
  readonly code?: string | undefined;
  readonly field?: string | null | undefined;
}

/** What is wrong with an answer, or null. `existing`: the `:id` names a resource that exists. */
function judge(role: Role, key: string, e: Expectation, a: Answer, existing: boolean): string | null {
  const seen = `${key} as ${role}: ${a.status} ${a.code ?? ''} ${a.field ?? ''}`.trim();
  if (a.status >= 500) return `${seen} (server error)`;
  if (!existing && e.loadsFirst && a.status === 404) return null; // the id names nothing
  if (holds(role, e.access)) {
    const scopeRefusal =
      a.status === 403 &&
      (e.scoped === true || existing) &&
      (a.field === 'department' || a.field === 'creditCode');
    if (a.status === 401 || (a.status === 403 && !scopeRefusal)) return `${seen} (should be allowed)`;
    return null;
  }
  if (role === 'anonymous')
    return a.status === 401 && a.code === 'ZC_ERR_UNAUTHENTICATED' ? null : `${seen} (want 401)`;
  return a.status === 403 && a.code === 'ZC_ERR_FORBIDDEN' ? null : `${seen} (want 403)`;
}

const username = (role: Role) => `m-${role.replace('_', '-')}`;

describe('route × role matrix', () => {
  let t: TestApp;
  const sessions: Partial<Record<Role, Record<string, string>>> = {};
  /** Projects of enterprise B, created by the administrator. */
  const existing: { heating: string; buildings: string } = { heating: '', buildings: '' };

  before(async () => {
    t = await openTestApp(testStores()[0]!);
    const iso = FIXED_NOW.toISOString();
    for (const [cc, name] of [
      [CC_A, 'A'],
      [CC_B, 'B'],
    ] as const) {
      await t.store.db
        .insertInto('enterprises')
        .values({
          credit_code: cc,
          name_zh: `【演示】企业${name}`,
          name_en: `[DEMO] Enterprise ${name}`,
          area: 'etdz_60',
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
    for (const [role, scope] of Object.entries(USERS)) {
      await addUser(t.store, { username: username(role as Role), role, ...scope });
      sessions[role as Role] = await signIn(t.app, username(role as Role));
    }
    const create = async (url: string, payload: object): Promise<string> => {
      const r = await t.app.inject({ method: 'POST', url, headers: sessions.admin!, payload });
      assert.equal(r.statusCode, 201, `${url}: ${r.body}`);
      return String((JSON.parse(r.body) as { id: number }).id);
    };
    existing.heating = await create('/api/v1/heating/projects', {
      code: 'HP-B',
      name: '【演示】企业B供热站',
      technology: 'biomass',
      creditCode: CC_B,
    });
    existing.buildings = await create('/api/v1/buildings/projects', {
      code: 'BP-B',
      name: '【演示】企业B人才公寓',
      creditCode: CC_B,
      facts: {
        location: 'etdz_60',
        projectKind: 'new',
        buildingClass: 'civil',
        use: 'talent_apartment',
        investor: 'social',
        centrallyBuilt: true,
        approvalDate: '2024-09-01',
      },
      gate: { investmentPromotion: false, landSupply: 'transfer' },
      targetKind: 'ule_new_building',
      areaSqm: '45000.5',
      completedOn: '2025-11-30',
    });
  });
  after(() => t.close());

  async function call(role: Role, key: string, e: Expectation, params: Record<string, string> = {}) {
    const [method] = key.split(' ') as [string];
    let headers: Record<string, string> = {};
    if (role !== 'anonymous') {
      // Signing out ends the session: that request gets a session of its own.
      headers = key === 'POST /api/v1/auth/logout' ? await signIn(t.app, username(role)) : sessions[role]!;
    }
    const r = await t.app.inject({
      method: method as 'GET',
      url: urlOf(key, e.query, params),
      headers: e.csv ? { ...headers, 'content-type': 'text/csv' } : headers,
      ...(e.csv ? { payload: 'a,b\n1,2\n' } : e.body === undefined ? {} : { payload: e.body as object }),
    });
    // Signing out everywhere ended this role's session too: the next routes get a new one.
    if (key === 'POST /api/v1/auth/logout-everywhere' && role !== 'anonymous')
      sessions[role] = await signIn(t.app, username(role));
    if (r.statusCode < 400) return { status: r.statusCode };
    const err = (JSON.parse(r.body) as { error?: { code?: string; field?: string | null } }).error;
    return { status: r.statusCode, code: err?.code, field: err?.field };
  }

  test('every declared route has an expectation, and every expectation a route', async () => {
    await t.app.ready();
    const declared = declaredRoutes(t.app.printRoutes()).map(shape).sort();
    const table = Object.keys(ROUTES).map(shape).sort();
    assert.ok(declared.length > 100, `only ${declared.length} routes read from printRoutes`);
    assert.deepEqual(
      declared.filter((k) => !table.includes(k)),
      [],
      'routes without a line in ROUTES (add one: its permission, or public)',
    );
    assert.deepEqual(
      table.filter((k) => !declared.includes(k)),
      [],
      'lines in ROUTES for routes that no longer exist',
    );
  });

  for (const role of ROLES) {
    test(`${role}: every route allowed or refused as PERMISSIONS says, never 5xx`, async () => {
      const problems: string[] = [];
      for (const [key, e] of Object.entries(ROUTES)) {
        const problem = judge(role, key, e, await call(role, key, e), false);
        if (problem) problems.push(problem);
      }
      assert.deepEqual(problems, []);
    });
  }

  test('on existing projects (of enterprise B) the services refuse before they act', async () => {
    const problems: string[] = [];
    for (const [key, e] of Object.entries(ROUTES)) {
      const area = /^\S+ \/api\/v1\/(heating|buildings)\/projects\/:id/.exec(key)?.[1] as
        | 'heating'
        | 'buildings'
        | undefined;
      if (!area) continue;
      for (const role of ROLES) {
        const a = await call(role, key, e, { id: existing[area] });
        const problem = judge(role, key, e, a, true);
        if (problem) problems.push(problem);
        // Enterprise A holds heating.read and buildings.read, but not over B's projects.
        if (role === 'enterprise' && a.status !== 403)
          problems.push(`${key} as enterprise A on B: ${a.status}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test("an enterprise user reaching for another enterprise's data is refused", async () => {
    const asA = sessions.enterprise!;
    const other = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${CC_B}`, headers: asA });
    assert.equal(other.statusCode, 403, other.body);
    assert.deepEqual(
      [JSON.parse(other.body).error.code, JSON.parse(other.body).error.field],
      ['ZC_ERR_FORBIDDEN', 'creditCode'],
    );
    const own = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${CC_A}`, headers: asA });
    assert.equal(own.statusCode, 200, own.body);
    // Lists that take a credit code answer only the caller's own rows (the services put the
    // enterprise user's own credit code in place of the one asked for; /match does the same).
    for (const url of [
      `/api/v1/enterprises?q=${CC_B}`,
      `/api/v1/green/applications?creditCode=${CC_B}`,
      `/api/v1/green/awards?creditCode=${CC_B}`,
      '/api/v1/heating/projects',
      '/api/v1/buildings/projects',
    ]) {
      const r = await t.app.inject({ method: 'GET', url, headers: asA });
      assert.ok(r.statusCode === 200 || r.statusCode === 403, `${url}: ${r.statusCode}`);
      assert.ok(!r.body.includes(CC_B), `${url} shows enterprise B: ${r.body.slice(0, 300)}`);
    }
    // The administrator does see B's projects (so the check above is not vacuous).
    const all = await t.app.inject({
      method: 'GET',
      url: '/api/v1/heating/projects',
      headers: sessions.admin!,
    });
    assert.ok(all.body.includes(CC_B));
  });
});
