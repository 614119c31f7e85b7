/**
 * @module web/components/evaluate-form
 * The calculator of one rule: as-of date, examples to load, the facts inputs, and the Evaluate
 * button (POST /api/v1/rules/<id>/evaluate). Input problems are checked here first; a field the
 * API rejects is marked too, in the current language.
 */
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type Decision, type RuleDetail, type RuleExample } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import {
  type FieldProblem,
  type FieldSpec,
  type FormValues,
  factsFromValues,
  fieldOfError,
  fieldsOf,
  valuesFromFacts,
} from '../lib/schema-form.ts';
import { AsOfPicker } from './as-of-picker.tsx';
import { ErrorMessage, useErrorText } from './error-message.tsx';
import { FactsFields } from './facts-form.tsx';

type Problem = FieldProblem | ApiError;

/** Problem texts in the current language, per field. */
function useProblemTexts(fields: readonly FieldSpec[], problems: Readonly<Record<string, Problem>>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const out: Record<string, string> = {};
  for (const f of fields) {
    const p = problems[f.name];
    if (p === undefined) continue;
    out[f.name] = p instanceof ApiError ? errorText(p) : t(`rule.${p}`, { min: f.minimum, max: f.maximum });
  }
  return out;
}

export function EvaluateForm({
  rule,
  initialAsOf,
  today,
  onDecision,
}: {
  rule: RuleDetail;
  initialAsOf: string | undefined;
  today: string;
  onDecision: (d: Decision | null) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const fields = useMemo(() => fieldsOf(rule.factsSchema), [rule.factsSchema]);
  const first = rule.examples[0];
  const [asOf, setAsOf] = useState(initialAsOf ?? first?.asOf ?? today);
  const [values, setValues] = useState<FormValues>(() => valuesFromFacts(fields, first?.facts ?? {}));
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problemTexts = useProblemTexts(fields, problems);

  const loadExample = (ex: RuleExample) => {
    setValues(valuesFromFacts(fields, ex.facts));
    setAsOf(ex.asOf);
    setProblems({});
    setError(null);
    onDecision(null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = factsFromValues(fields, values);
    setProblems(read.problems);
    setError(null);
    if (Object.keys(read.problems).length > 0) return;
    setBusy(true);
    api.evaluate(rule.id, { asOf, facts: read.facts }).then(
      (d) => {
        setBusy(false);
        onDecision(d);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
        onDecision(null);
        const name = err instanceof ApiError ? fieldOfError(fields, err.field) : null;
        if (name && err instanceof ApiError) setProblems({ [name]: err });
      },
    );
  };

  return (
    <form className="card evaluate-form" onSubmit={submit} noValidate aria-labelledby="facts-title">
      <h2 id="facts-title" className="section-title">
        {t('rule.facts')}
      </h2>
      <p className="muted">{t('rule.factsIntro')}</p>
      {rule.examples.length > 0 ? (
        <div className="examples">
          <span className="examples-label">{t('rule.example')}</span>
          {rule.examples.map((ex, i) => (
            <button
              // Examples have no id; their order is fixed by the rule.
              // biome-ignore lint/suspicious/noArrayIndexKey: static list
              key={i}
              type="button"
              className="button button-small button-secondary"
              onClick={() => loadExample(ex)}
            >
              {t('rule.loadExample', { title: pick(ex.title) })}
            </button>
          ))}
        </div>
      ) : null}
      <AsOfPicker value={asOf} today={today} onChange={setAsOf} />
      <FactsFields
        fields={fields}
        values={values}
        problems={problemTexts}
        onChange={(name, v) => {
          setValues((prev) => ({ ...prev, [name]: v }));
          setProblems(({ [name]: _, ...rest }) => rest);
        }}
      />
      {error ? <ErrorMessage error={error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('rule.evaluating') : t('rule.evaluate')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setValues({});
            setProblems({});
            setError(null);
            onDecision(null);
          }}
        >
          {t('rule.reset')}
        </button>
      </div>
    </form>
  );
}
