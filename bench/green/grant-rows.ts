/**
 * @module bench/green/grant-rows
 * Synthetic input of a grant run (免申即享): the enterprises the store knows (area and a profile
 * whose `standing` holds the 第二章 conduct record — a few incomplete, so their rows are held),
 * earlier awards (so "一次性" items meet enterprises already paid), award keys already taken, and
 * list rows of the 免申即享 items 11, 16, 22, 23, 24, 25 and 27 as a bureau imports them: the
 * item's own facts as JSON text, without the 第二章 facts the store supplies. Deterministic.
 */
import type { AwardRecord } from '../../src/policies/jingjiguanfa-2023-31/history.ts';
import { STANDING_KEYS } from '../../src/services/green/facts.ts';
import type { EnterpriseRow } from '../../src/store/schema.ts';
import { Gen } from './gen.ts';
import { creditCodeOf, enterprise, itemFacts } from './profiles.ts';
import { item11Facts, item22Facts, item25Facts, item27Facts } from './profiles-building.ts';

const RULE = (n: number) => `jingjiguanfa-2023-31/item-${String(n).padStart(2, '0')}`;

/** The items of the run and their share of the rows. */
export const GRANT_ITEMS: readonly (readonly [number, number])[] = [
  [16, 25],
  [23, 15],
  [24, 15],
  [22, 15],
  [27, 12],
  [25, 10],
  [11, 8],
];

/** A list row as the grant run reads it from the store (facts still JSON text). */
export interface GrantRowText {
  readonly id: number;
  readonly ruleId: string;
  readonly creditCode: string;
  readonly projectRef: string;
  readonly facts: string;
}

export interface GrantWorld {
  readonly enterprises: Map<string, EnterpriseRow>;
  readonly histories: Map<string, AwardRecord[]>;
  readonly taken: Set<string>;
}

/** `count` enterprises, some with earlier awards, and a few award keys already taken. */
export function grantWorld(seed: number, count: number, part?: { index: number; of: number }): GrantWorld {
  const g = new Gen(seed);
  const enterprises = new Map<string, EnterpriseRow>();
  const histories = new Map<string, AwardRecord[]>();
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    const e = enterprise(g, i);
    const mine = !part || i % part.of === part.index;
    const standing: Record<string, boolean> = { ...e.standing };
    if (g.chance(0.005)) delete standing[g.pick(STANDING_KEYS)]; // not yet recorded: held
    const earlier = g.chance(0.05);
    const both = g.chance(0.5);
    if (!mine) continue;
    enterprises.set(e.creditCode, {
      credit_code: e.creditCode,
      name_zh: `合成企业${i}`,
      name_en: `Synthetic enterprise ${i}`,
      area: e.area,
      lat: null,
      lng: null,
      industry: null,
      foreign_invested: 0,
      investor_country: null,
      scale: null,
      employees: null,
      registered_on: null,
      profile: JSON.stringify({ standing, contact: { phone: '010-0000000' } }),
      demo: 0,
      created_at: '2024-01-02T00:00:00.000Z',
      updated_at: '2024-01-02T00:00:00.000Z',
    });
    if (earlier) {
      const h: AwardRecord[] = [
        { ruleId: RULE(22), subject: 'year:2022', amount: '200000.00', awardedOn: '2023-12-20' },
      ];
      if (both)
        h.push({
          ruleId: RULE(11),
          subject: 'water-efficiency-leader',
          amount: '100000.00',
          awardedOn: '2024-01-15',
        });
      histories.set(e.creditCode, h);
    }
  }
  return { enterprises, histories, taken };
}

/** Which enterprise row `id` lists: drawn apart from the row's facts, so a worker can skip other partitions' rows cheaply. */
export function enterpriseOfRow(seed: number, enterprises: number, id: number): number {
  let h = Math.imul((seed ^ id) >>> 0, 0x9e3779b1) ^ 0x5bd1e995;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return ((h ^ (h >>> 15)) >>> 0) % enterprises;
}

/**
 * Rows `from` … `from + count - 1` of the run's lists (each row drawn from its own sub-seed); with
 * `part`, only the rows whose enterprise falls in partition `part.index` of `part.of`.
 */
export function grantRows(
  seed: number,
  enterprises: number,
  from: number,
  count: number,
  part?: { index: number; of: number },
): GrantRowText[] {
  const out: GrantRowText[] = [];
  for (let id = from; id < from + count; id++) {
    const who = enterpriseOfRow(seed, enterprises, id);
    if (part && who % part.of !== part.index) continue;
    const g = new Gen((seed ^ Math.imul(id + 1, 0x85ebca6b)) >>> 0);
    const item = g.weighted(GRANT_ITEMS);
    // 0.1% of rows name an enterprise the store does not know; 1% repeat a project already listed.
    const creditCode = g.chance(0.001) ? creditCodeOf(enterprises + who) : creditCodeOf(who);
    const projectRef = g.chance(0.01) ? `P-${who}-repeat` : `P${id}`;
    let facts: Record<string, unknown>;
    if (item === 16 || item === 23 || item === 24) facts = itemFacts(g, item, id);
    else if (item === 25) facts = item25Facts(g);
    else if (item === 27) facts = item27Facts(g, g.chance(0.01) ? who : id);
    else if (item === 22) facts = item22Facts(g);
    else facts = item11Facts(g);
    out.push({ id, ruleId: RULE(item), creditCode, projectRef, facts: JSON.stringify(facts) });
  }
  return out;
}
