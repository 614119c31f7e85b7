/**
 * @module web/components/green-rules
 * The 27 items of 31号 as the green pages need them: the summaries (titles, 免申即享, bureau) in
 * item order, and each item's facts schema loaded once per page load and shared by every form
 * that asks for it. Also the other policies' awards the calculator offers as candidates (32号's
 * articles, 1309号 六), grouped by document.
 */
import { useEffect, useMemo, useState } from 'react';
import { api, type RuleDetail, type RuleSummary } from '../api.ts';
import { type AsyncState, useAsync } from '../hooks/use-async.ts';
import { CANDIDATE_POLICIES, type CandidateGroup, offeredRules } from '../lib/green-candidates.ts';
import { GREEN_POLICY_ID, itemOf } from '../lib/green-types.ts';

const details = new Map<string, Promise<RuleDetail>>();

/** One rule with its schema, fetched once; a failed fetch is forgotten so it can be retried. */
export function loadRuleDetail(ruleId: string): Promise<RuleDetail> {
  let p = details.get(ruleId);
  if (!p) {
    p = api.rule(ruleId);
    details.set(ruleId, p);
    p.catch(() => details.delete(ruleId));
  }
  return p;
}

/** The fund's items, ordered by their number in 第一章. */
export function useGreenRules(): AsyncState<RuleSummary[]> {
  return useAsync(
    (signal) =>
      api
        .rules(GREEN_POLICY_ID, signal)
        .then((r) => [...r.rules].sort((a, b) => itemOf(a.id) - itemOf(b.id))),
    [],
  );
}

/** The other documents' awards the calculator offers, one group per document, in catalog order. */
export function useOtherCandidates(): AsyncState<CandidateGroup[]> {
  return useAsync(
    (signal) =>
      Promise.all(
        CANDIDATE_POLICIES.filter((p) => p.id !== GREEN_POLICY_ID).map((p) =>
          api
            .rules(p.id, signal)
            .then((r) => ({ policyId: p.id, number: p.number, rules: offeredRules(p.id, r.rules) })),
        ),
      ),
    [],
  );
}

/** The schemas of `ruleIds` as they arrive; `error` is the last failure, `retry` tries again. */
export function useRuleDetails(ruleIds: readonly string[]): {
  rules: ReadonlyMap<string, RuleDetail>;
  error: unknown;
  retry: () => void;
} {
  const [rules, setRules] = useState<ReadonlyMap<string, RuleDetail>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const wanted = ruleIds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `wanted` stands for the ids; `attempt` retries.
  useEffect(() => {
    let live = true;
    for (const id of ruleIds) {
      loadRuleDetail(id).then(
        (r) => {
          if (!live) return;
          setRules((prev) => (prev.get(id) === r ? prev : new Map(prev).set(id, r)));
        },
        (err: unknown) => {
          if (live) setError(err);
        },
      );
    }
    return () => {
      live = false;
    };
  }, [wanted, attempt]);
  const retry = useMemo(
    () => () => {
      setError(null);
      setAttempt((n) => n + 1);
    },
    [],
  );
  return { rules, error, retry };
}
