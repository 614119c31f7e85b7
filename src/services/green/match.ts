/**
 * @module services/green/match
 * `zhengce match` and `POST /api/v1/match`: a profile → every item considered, the decision for
 * each, the winner per project (从高从优不重复) and the total. Anyone may ask with a profile that
 * carries its own history; a signed-in enterprise user (or an official naming a registered
 * enterprise) gets the store's area, standing and award history in place of what the profile says.
 */
import { decisionToJson } from '../../engine/decision.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { getRule } from '../../policies/index.ts';
import { matchProfile, matchToJson, parseProfile } from '../../policies/jingjiguanfa-2023-31/match.ts';
import type { Store } from '../../store/db.ts';
import { type Actor, authorize } from '../accounts/index.ts';
import { parameterOverrides } from './awards.ts';
import { awardHistories, commonFactsOf, enterpriseRow } from './facts.ts';

/** Matches a profile; `creditCode` (or the enterprise user's own) pulls the store's facts in. */
export async function matchEnterprise(
  store: Store | null,
  actor: Actor,
  input: unknown,
  asOf: CalendarDate,
  creditCode?: string,
): Promise<unknown> {
  authorize(actor, 'rules.evaluate');
  const profile = parseProfile(input);
  const cc = actor.kind === 'user' && actor.role === 'enterprise' ? actor.creditCode : creditCode;
  let enterprise = profile.enterprise;
  if (store && cc) {
    authorize(actor, 'green.read', { creditCode: cc });
    const e = await enterpriseRow(store.db, cc);
    const { facts } = commonFactsOf(e);
    const history = (await awardHistories(store.db, [cc])).get(cc) ?? [];
    enterprise = { ...enterprise, ...facts, awardHistory: history };
  }
  const overrides = store ? await parameterOverrides(store.db) : {};
  const result = matchProfile({ ...profile, enterprise }, asOf, overrides);
  return matchToJson(result, (d) => decisionToJson(d, getRule(d.ruleId).messages));
}
