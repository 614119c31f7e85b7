/**
 * @module web/pages/green-calculator-page
 * `/green`, open to everyone: the policy calculator of the green low-carbon fund (京技管发〔2023〕
 * 31号). The enterprise enters its 第二章 facts and one or more projects, picks for each project
 * the items (1–27) it may fall under — or the awards of 32号 (SRDI and high-tech enterprises) and
 * 1309号 六 (new-energy heating), grouped by document — and fills each one's facts from its schema; the API
 * (`POST /api/v1/match`) decides every item, keeps per project only the highest (从高从优不重复)
 * and totals the awards. A worked example fills the form.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import { useApp } from '../app-context.tsx';
import { ErrorMessage, useErrorText } from '../components/error-message.tsx';
import { GreenMatchForm } from '../components/green-match-form.tsx';
import { GreenMatchResult } from '../components/green-match-result.tsx';
import {
  loadRuleDetail,
  useGreenRules,
  useOtherCandidates,
  useRuleDetails,
} from '../components/green-rules.tsx';
import { GreenHead } from '../components/green-subnav.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { greenApi } from '../lib/green-api.ts';
import {
  buildProfile,
  type CalculatorDraft,
  type DraftProblems,
  draftFromExample,
  draftRuleIds,
  emptyDraft,
  exampleRuleIds,
  problemKeyOfError,
  WORKED_EXAMPLE,
} from '../lib/green-profile.ts';
import { itemRuleId, type MatchResult } from '../lib/green-types.ts';

/** Item 1's schema carries every 第二章 fact: the enterprise section reads its labels from it. */
const BASE_RULE = itemRuleId(1);

export function GreenCalculatorPage() {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const { today, user } = useApp();
  const errorText = useErrorText();
  const items = useGreenRules();
  // 32号's articles and 1309号 六 join the match (从高从优不重复 across E-Town policies).
  const others = useOtherCandidates();
  const depts = useAsync((signal) => api.departments(signal), []);
  const [draft, setDraft] = useState<CalculatorDraft>(emptyDraft);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [result, setResult] = useState<MatchResult | null>(null);
  const [codes, setCodes] = useState<DraftProblems>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [exampleBusy, setExampleBusy] = useState(false);
  const wanted = [BASE_RULE, ...draftRuleIds(draft)].join(',');
  const ids = useMemo(() => wanted.split(','), [wanted]);
  const details = useRuleDetails(ids);
  const departments = useMemo(
    () => new Map((depts.data?.departments ?? []).map((d) => [d.code, d.name] as const)),
    [depts.data],
  );
  const departmentName = (code: string) => pick(departments.get(code)) || code;

  const apiKey = error instanceof ApiError ? problemKeyOfError(error.field) : null;
  const problems = { codes, api: apiKey === null ? null : { key: apiKey, text: errorText(error) } };

  const clear = () => {
    setCodes({});
    setError(null);
    setResult(null);
  };

  const submit = () => {
    const built = buildProfile(draft, details.rules);
    setCodes(built.problems);
    setError(null);
    if (!built.profile) return;
    setBusy(true);
    greenApi.match({ profile: built.profile, asOf: asOf ?? today }).then(
      (r) => {
        setBusy(false);
        setResult(r);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
        setResult(null);
      },
    );
  };

  const loadExample = () => {
    setExampleBusy(true);
    Promise.all([BASE_RULE, ...exampleRuleIds(WORKED_EXAMPLE)].map(loadRuleDetail)).then(
      (rules) => {
        setExampleBusy(false);
        setDraft(draftFromExample(WORKED_EXAMPLE, new Map(rules.map((r) => [r.id, r]))));
        setAsOf(WORKED_EXAMPLE.asOf);
        clear();
      },
      (err: unknown) => {
        setExampleBusy(false);
        setError(err);
      },
    );
  };

  return (
    <div className="green-page green-calculator">
      <GreenHead title={t('green.calc.title')} lead={t('green.calc.lead')} />
      {items.error ? <ErrorMessage error={items.error} onRetry={items.reload} /> : null}
      {details.error ? <ErrorMessage error={details.error} onRetry={details.retry} /> : null}
      {items.data && details.rules.has(BASE_RULE) ? (
        <GreenMatchForm
          draft={draft}
          asOf={asOf ?? today}
          today={today}
          items={items.data}
          others={others.data ?? []}
          rules={details.rules}
          problems={problems}
          busy={busy}
          exampleBusy={exampleBusy}
          fromStore={user?.role === 'enterprise'}
          onDraft={setDraft}
          onAsOf={setAsOf}
          onSubmit={submit}
          onExample={loadExample}
          onReset={() => {
            setDraft(emptyDraft());
            setAsOf(null);
            clear();
          }}
        />
      ) : items.error || details.error ? null : (
        <Loading />
      )}
      {error ? <ErrorMessage error={error} /> : null}
      {result ? (
        <GreenMatchResult result={result} items={items.data ?? []} departmentName={departmentName} />
      ) : null}
    </div>
  );
}
