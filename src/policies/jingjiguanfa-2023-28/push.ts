/**
 * @module policies/jingjiguanfa-2023-28/push
 * 精准推送 (二(四)14): for one enterprise, the policy-list items its profile matches — the profile
 * goes through the catalog's match (31号 match, which takes any rule id), and every candidate
 * that is eligible or needs review becomes a pushed item — and the notice, in the enterprise's
 * language. Not imported by this folder's `index.ts` (match imports the catalog).
 */
import type { Bilingual } from '../../engine/messages.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { POLICIES } from '../index.ts';
import { type MatchProfile, matchProfile } from '../jingjiguanfa-2023-31/match.ts';
import { type PolicyListItem, policyList } from './policy-list.ts';

export type NoticeLanguage = 'zh' | 'en';

export interface PushedItem {
  readonly item: PolicyListItem;
  readonly outcome: 'eligible' | 'needs_review';
  readonly projectId: string;
}

export interface PushNotice {
  readonly language: NoticeLanguage;
  readonly subject: string;
  readonly body: string;
  readonly items: readonly PushedItem[];
}

/** The policy-list items a profile matches on `asOf` (eligible or needing review, in force). */
export function matchedItems(profile: MatchProfile, asOf: CalendarDate): PushedItem[] {
  const list = new Map(policyList(POLICIES, asOf, { inForceOnly: true }).map((i) => [i.ruleId, i]));
  const result = matchProfile(profile, asOf);
  const out: PushedItem[] = [];
  const seen = new Set<string>();
  for (const p of result.projects)
    for (const e of p.entries) {
      const item = list.get(e.ruleId);
      const o = e.decision.outcome;
      if (!item || (o !== 'eligible' && o !== 'needs_review') || seen.has(e.ruleId)) continue;
      seen.add(e.ruleId);
      out.push({ item, outcome: o, projectId: p.id });
    }
  return out;
}

const WORDS: Readonly<
  Record<NoticeLanguage, { subject: string; intro: string; review: string; none: string }>
> = {
  zh: {
    subject: '外商投资企业政策精准推送：{name}',
    intro: '根据贵企业档案，以下政策可能适用（{date}）：',
    review: '（需进一步审核）',
    none: '根据贵企业档案，目前没有匹配的政策。',
  },
  en: {
    subject: 'Policies for your enterprise: {name}',
    intro: 'From your enterprise file, these policies may apply to you ({date}):',
    review: ' (needs review)',
    none: 'From your enterprise file, no policy matches at present.',
  },
};

const pick = (b: Bilingual, l: NoticeLanguage) => (l === 'zh' ? b.zh : b.en);

/** The notice for one enterprise, in its language. */
export function pushNotice(
  name: Bilingual,
  language: NoticeLanguage,
  items: readonly PushedItem[],
  asOf: CalendarDate,
): PushNotice {
  const w = WORDS[language];
  const lines = items.map(
    (p, i) =>
      `${i + 1}. ${pick(p.item.title, language)} — ${pick(p.item.policyNumber, language)}${p.outcome === 'needs_review' ? w.review : ''}`,
  );
  const body = items.length === 0 ? w.none : [w.intro.replace('{date}', asOf), ...lines].join('\n');
  return { language, subject: w.subject.replace('{name}', pick(name, language)), body, items };
}
