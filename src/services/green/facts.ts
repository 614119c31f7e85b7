/**
 * @module services/green/facts
 * What the store knows that the 31号 rules take as facts: an enterprise's 第二章 standing (area
 * from its record; conduct from the `standing` entry of its profile, kept by the bureaus from the
 * credit platform) and its award history under the measure (awards approved or paid and not
 * clawed back, or clawed back: the text's "一次性" and "首次" count an award once made).
 */
import { ZhengceError } from '../../engine/errors.ts';
import { type Fen, formatYuan } from '../../engine/money.ts';
import type { AwardRecord } from '../../policies/jingjiguanfa-2023-31/history.ts';
import type { Db } from '../../store/queries.ts';
import type { EnterpriseRow } from '../../store/schema.ts';

/** The conduct facts of 第二章 二（一）（二）, as kept in `profile.standing`. */
export const STANDING_KEYS = [
  'registeredTaxedAndInStatistics',
  'majorAdministrativePenaltyWithin3Years',
  'criminalRecordWithin3Years',
  'onSeriousDishonestyList',
  'majorSafetyAccidentWithin3Years',
  'environmentalIncidentWithin3Years',
] as const;

/** Every 第二章 fact the store supplies (area and standing). */
export const COMMON_KEYS: readonly string[] = ['location', ...STANDING_KEYS];

export type CommonFactsRecord = Record<string, unknown>;

/**
 * The 第二章 facts of an enterprise, or the keys missing from its standing record (a grant is
 * then held for review rather than decided on guesses). The result is frozen and kept per row
 * object: a grant run asks for every listed row, and one enterprise is listed many times, so its
 * profile JSON is parsed once (again only if the row's area or profile text changes).
 */
export function commonFactsOf(e: EnterpriseRow): CommonFacts {
  const hit = parsedProfiles.get(e);
  if (hit && hit.profile === e.profile && hit.area === e.area) return hit.result;
  let profile: Record<string, unknown> = {};
  try {
    profile = JSON.parse(e.profile) as Record<string, unknown>;
  } catch {
    profile = {};
  }
  const standing = (profile.standing ?? {}) as Record<string, unknown>;
  const facts: CommonFactsRecord = { location: e.area };
  const missing: string[] = [];
  for (const k of STANDING_KEYS) {
    if (typeof standing[k] === 'boolean') facts[k] = standing[k];
    else missing.push(k);
  }
  const result: CommonFacts = Object.freeze({ facts: Object.freeze(facts), missing: Object.freeze(missing) });
  parsedProfiles.set(e, { area: e.area, profile: e.profile, result });
  return result;
}

/** What {@link commonFactsOf} answers; frozen, shared between calls. */
export interface CommonFacts {
  readonly facts: Readonly<CommonFactsRecord>;
  readonly missing: readonly string[];
}
const parsedProfiles = new WeakMap<EnterpriseRow, { area: string; profile: string; result: CommonFacts }>();

/** Awards that count as made: approved, paid, or paid and later clawed back. */
const COUNTED = ['approved', 'paid', 'clawed_back'] as const;

/** The award history of some enterprises, by credit code (one query). */
export async function awardHistories(
  db: Db,
  creditCodes: readonly string[],
): Promise<Map<string, AwardRecord[]>> {
  const out = new Map<string, AwardRecord[]>();
  const CHUNK = 500;
  for (let i = 0; i < creditCodes.length; i += CHUNK) {
    const part = creditCodes.slice(i, i + CHUNK);
    if (part.length === 0) continue;
    const rows = await db
      .selectFrom('green_awards')
      .innerJoin('green_award_keys', 'green_award_keys.award_id', 'green_awards.id')
      .select([
        'green_awards.credit_code',
        'green_awards.rule_id',
        'green_awards.amount_fen',
        'green_awards.approved_at',
        'green_awards.created_at',
        'green_award_keys.award_key',
        'green_award_keys.position',
      ])
      .where('green_awards.credit_code', 'in', part)
      .where('green_awards.state', 'in', COUNTED)
      .orderBy('green_awards.id')
      .orderBy('green_award_keys.position')
      .execute();
    for (const r of rows) {
      const list = out.get(r.credit_code) ?? [];
      // One record per thing awarded; an award for several things carries its amount on the
      // first, so sums over the history stay exact.
      list.push({
        ruleId: r.rule_id,
        subject: r.award_key.split('|').slice(2).join('|'),
        amount: formatYuan((r.position === 0 ? r.amount_fen : 0) as Fen),
        awardedOn: (r.approved_at ?? r.created_at).slice(0, 10),
      });
      out.set(r.credit_code, list);
    }
  }
  return out;
}

/** The enterprise record, or `ZC_ERR_NOT_FOUND` naming the field. */
export async function enterpriseRow(
  db: Db,
  creditCode: string,
  field = 'creditCode',
): Promise<EnterpriseRow> {
  const e = await db
    .selectFrom('enterprises')
    .selectAll()
    .where('credit_code', '=', creditCode)
    .executeTakeFirst();
  if (!e)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `${field}: enterprise ${creditCode} is not registered`, {
      field,
      value: creditCode,
      messageZh: `${field}：企业 ${creditCode} 未登记`,
    });
  return e;
}
