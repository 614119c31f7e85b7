/**
 * @module bench/load/targets
 * The routes the load benchmark and the soak drive, each one fixed request: the vehicle check
 * (29号 三(二)3), a rule evaluation (32号 第五条), the public alert feed, and an officer's list
 * page (the command office's alerts, with the session cookie; a GET needs no CSRF header).
 */

/** One request autocannon repeats. */
export interface Target {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** The demo account whose list page is measured (seeded by `seedDemo`). */
export const LIST_USER = { username: 'demo-command', password: 'demo-command-2024' } as const;

const JSON_HEADERS = { 'content-type': 'application/json' };

/** The bare Fastify route: the ceiling. */
export const HELLO: Target = { name: 'ceiling: bare Fastify GET /hello', method: 'GET', path: '/hello' };

/** The Zhengce routes, given the list user's session cookie (`zc_session=…`). */
export function appTargets(cookie: string): Target[] {
  return [
    {
      name: 'vehicle check: POST /api/v1/air/vehicle-check',
      method: 'POST',
      path: '/api/v1/air/vehicle-check',
      headers: JSON_HEADERS,
      body: JSON.stringify({
        plate: '京N12346',
        date: '2026-12-02',
        alertLevel: 'orange',
        vehicleClass: 'light_passenger',
        fuel: 'gasoline',
        emissionStandard: 2,
        officialVehicle: false,
        supplyExempt: false,
      }),
    },
    {
      name: 'rule evaluation: POST /api/v1/rules/jingjiguanfa-2023-32/art-05-rent/evaluate',
      method: 'POST',
      path: '/api/v1/rules/jingjiguanfa-2023-32/art-05-rent/evaluate',
      headers: JSON_HEADERS,
      body: JSON.stringify({
        asOf: '2024-06-30',
        facts: {
          inInnovationGrowthPlan: true,
          beijingSrdiSme: true,
          rentPerSqmPerDay: '1.85',
          leasedAreaSqm: 640,
          subsidisedDays: 300,
          location: 'etdz_60',
          registeredTaxedAndInStatistics: true,
          majorAdministrativePenaltyWithin3Years: false,
          criminalRecordWithin3Years: false,
          onSeriousDishonestyList: false,
        },
      }),
    },
    { name: 'public alert feed: GET /api/v1/air/feed.json', method: 'GET', path: '/api/v1/air/feed.json' },
    {
      name: 'officer list: GET /api/v1/air/alerts (session cookie)',
      method: 'GET',
      path: '/api/v1/air/alerts',
      headers: { cookie },
    },
  ];
}

/** Signs the list user in and returns the `zc_session=…` cookie. */
export async function signIn(baseUrl: string): Promise<string> {
  const r = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(LIST_USER),
  });
  if (r.status !== 200) throw new Error(`login ${LIST_USER.username}: ${r.status} ${await r.text()}`);
  const m = /zc_session=([^;]+)/.exec(r.headers.get('set-cookie') ?? '');
  if (!m) throw new Error('login: no session cookie');
  return `zc_session=${m[1]}`;
}

/**
 * Checks once that every target answers 2xx, so a misconfigured run fails before it starts, and
 * returns the size of each answer's body in bytes, by target name.
 */
export async function checkTargets(
  baseUrl: string,
  targets: readonly Target[],
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const t of targets) {
    const init: RequestInit = { method: t.method, headers: t.headers ?? {} };
    if (t.body !== undefined) init.body = t.body;
    const r = await fetch(`${baseUrl}${t.path}`, init);
    const text = await r.text();
    if (r.status < 200 || r.status > 299) throw new Error(`${t.name}: ${r.status} ${text.slice(0, 300)}`);
    sizes.set(t.name, Buffer.byteLength(text));
  }
  return sizes;
}

/** The bare Fastify server's route answering a JSON body of exactly `bytes` bytes. */
export function sameSize(target: Target, bytes: number): Target {
  return {
    name: `bare Fastify, same ${bytes}-byte body as ${target.path}`,
    method: 'GET',
    path: `/bytes/${bytes}`,
  };
}
