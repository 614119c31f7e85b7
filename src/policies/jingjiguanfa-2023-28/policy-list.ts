/**
 * @module policies/jingjiguanfa-2023-28/policy-list
 * 二(四)14 《外商投资企业政策清单》: the bilingual list of every rule in the catalog a
 * foreign-invested enterprise can use, generated from the catalog, filterable; and precise push —
 * the items an enterprise's profile matches.
 *
 * > 定期发布国际化表达的《外商投资企业政策清单》,面向外资企业生产经营、项目进度提供专项领域政策精准推送
 * > 保障外资企业无差别待遇。 (二(四)15)
 *
 * D-28-2: under national treatment (15) a foreign-invested enterprise can use every rule whose
 * subject is an enterprise (an award, a subsidy, or an obligation it must meet); rules addressed to
 * government bodies, to workers or to the public are not on the list. Each rule is classified in
 * {@link AUDIENCE}; a rule added to the catalog without a classification fails the golden test.
 */
import type { Bilingual } from '../../engine/messages.ts';
import { type CalendarDate, validityStatus } from '../../engine/period.ts';
import type { Rule } from '../../engine/rule.ts';
import type { PolicyStatus } from '../types.ts';

/** What a rule is to an enterprise. */
export type ListKind = 'support' | 'obligation' | 'service';

export const LIST_KIND_LABELS: Readonly<Record<ListKind, Bilingual>> = {
  support: { zh: '资金支持', en: 'Funding support' },
  obligation: { zh: '合规要求', en: 'Compliance requirement' },
  service: { zh: '服务措施', en: 'Service measure' },
};

/** Who a rule addresses: an enterprise (with its kind), or someone else (not on the list). */
type Audience = ListKind | 'government' | 'worker' | 'public';

/** Every rule of the catalog, classified (D-28-2). Unlisted 31号 items default to `support`. */
export const AUDIENCE: Readonly<Record<string, Audience>> = {
  'jingfagai-2023-1309/investment-support': 'support',
  'jingfagai-2023-1309/project-check': 'obligation',
  'jingfagai-2023-1336/wages-paid': 'worker',
  'jingfagai-2023-1336/wages-to-own-card': 'worker',
  'jingfagai-2023-1336/target-population': 'worker',
  'jingfagai-2023-1336/project-employs-workers': 'government',
  'jingfagai-2023-1336/requirement-in-documents': 'government',
  'jingfagai-2023-1336/training-before-work': 'worker',
  'jingjiguanfa-2023-28/no-disturbance': 'service',
  'jingjiguanfa-2023-28/inspection-check': 'government',
  'jingjiguanfa-2023-29/alert-level': 'public',
  'jingjiguanfa-2023-29/vehicle-check': 'obligation',
  'jingjiguanfa-2023-30/rating-requirement': 'obligation',
  'jingjiguanfa-2023-32/art-01-srdi': 'support',
  'jingjiguanfa-2023-32/art-02-high-tech': 'support',
  'jingjiguanfa-2023-32/art-04-rd-growth': 'support',
  'jingjiguanfa-2023-32/art-05-rent': 'support',
  'jingjiguanfa-2023-32/art-06-service-vouchers': 'support',
  'jingjiguanfa-2023-32/art-07-direct-investment': 'support',
};

/** The audience of a rule, or undefined when it is not classified. */
export function audienceOf(ruleId: string): Audience | undefined {
  if (Object.hasOwn(AUDIENCE, ruleId)) return AUDIENCE[ruleId];
  if (/^jingjiguanfa-2023-31\/item-\d\d$/.test(ruleId)) return 'support';
  return undefined;
}

/** What the list needs of a policy document. */
export interface ListedPolicy {
  readonly id: string;
  readonly number: string;
  readonly numberEn: string;
  readonly title: Bilingual;
  readonly validity: { readonly from: CalendarDate; readonly to?: CalendarDate };
  readonly repealedOn?: CalendarDate;
  readonly rules: readonly Rule[];
}

/** One line of the policy list. */
export interface PolicyListItem {
  readonly ruleId: string;
  readonly policyId: string;
  readonly policyNumber: Bilingual;
  readonly policyTitle: Bilingual;
  readonly title: Bilingual;
  readonly kind: ListKind;
  readonly kindLabel: Bilingual;
  readonly department: string | null;
  readonly noApplication: boolean;
  readonly status: PolicyStatus;
  readonly validity: { readonly from: string; readonly to: string | null };
  readonly clauses: readonly string[];
}

export interface PolicyListFilter {
  readonly policyId?: string;
  readonly kind?: ListKind;
  /** Only rules in force on the as-of date. */
  readonly inForceOnly?: boolean;
  readonly noApplication?: boolean;
  readonly department?: string;
  /** Text in either language. */
  readonly q?: string;
}

function statusOf(p: ListedPolicy, r: Rule, asOf: CalendarDate): PolicyStatus {
  if (p.repealedOn !== undefined && asOf >= p.repealedOn) return 'repealed';
  const ps = validityStatus(p.validity, asOf);
  return ps !== 'in_force' ? ps : validityStatus(r.validity, asOf);
}

/** The list as of `asOf`, in catalog order, after `filter`. */
export function policyList(
  policies: readonly ListedPolicy[],
  asOf: CalendarDate,
  filter: PolicyListFilter = {},
): PolicyListItem[] {
  const q = filter.q?.normalize('NFKC').toLowerCase().trim() ?? '';
  const out: PolicyListItem[] = [];
  for (const p of policies)
    for (const r of p.rules) {
      const kind = audienceOf(r.id);
      if (kind !== 'support' && kind !== 'obligation' && kind !== 'service') continue;
      const item: PolicyListItem = {
        ruleId: r.id,
        policyId: p.id,
        policyNumber: { zh: p.number, en: p.numberEn },
        policyTitle: p.title,
        title: r.title,
        kind,
        kindLabel: LIST_KIND_LABELS[kind],
        department: r.department ?? null,
        noApplication: r.noApplication === true,
        status: statusOf(p, r, asOf),
        validity: { from: r.validity.from, to: r.validity.to ?? p.validity.to ?? null },
        clauses: [...new Set(r.citations.map((c) => c.clause))],
      };
      if (filter.policyId !== undefined && item.policyId !== filter.policyId) continue;
      if (filter.kind !== undefined && item.kind !== filter.kind) continue;
      if (filter.inForceOnly && item.status !== 'in_force') continue;
      if (filter.noApplication !== undefined && item.noApplication !== filter.noApplication) continue;
      if (filter.department !== undefined && item.department !== filter.department) continue;
      if (q !== '') {
        const hay = [item.ruleId, item.title.zh, item.title.en, p.number, p.title.zh, p.title.en].join(' ');
        if (!hay.normalize('NFKC').toLowerCase().includes(q)) continue;
      }
      out.push(item);
    }
  return out;
}
