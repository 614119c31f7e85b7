/**
 * @module web/components/green-apply-form
 * An enterprise files an application: the item (only those that need one; 免申即享 items are
 * granted from the bureaus' lists), its own reference and name for the project, and the item's
 * facts from its schema (the enterprise's area and standing are taken from the platform where it
 * has them). Saved as a draft; the materials checklist of the item is ticked on the draft, then
 * submitted.
 */
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type RuleDetail, type RuleSummary } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { greenApi } from '../lib/green-api.ts';
import { applicationFields } from '../lib/green-application.ts';
import type { Application } from '../lib/green-types.ts';
import { itemOf, itemRuleId } from '../lib/green-types.ts';
import {
  type FieldProblem,
  type FormValues,
  factsFromValues,
  fieldOfError,
  valuesFromFacts,
} from '../lib/schema-form.ts';
import { AirField } from './air-field.tsx';
import { ErrorMessage, useErrorText } from './error-message.tsx';
import { FactsFields } from './facts-form.tsx';
import { useRuleDetails } from './green-rules.tsx';
import { Loading } from './loading.tsx';

function ItemFacts({
  rule,
  values,
  problems,
  onChange,
  onExample,
}: {
  rule: RuleDetail;
  values: FormValues;
  problems: Readonly<Record<string, string>>;
  onChange: (name: string, v: string) => void;
  onExample: () => void;
}) {
  const { t } = useTranslation();
  const fields = useMemo(() => applicationFields(rule), [rule]);
  return (
    <fieldset className="green-apply-facts">
      <legend>{t('green.apply.facts')}</legend>
      <p className="muted small">{t('green.apply.factsHint')}</p>
      {rule.examples.length > 0 ? (
        <p>
          <button type="button" className="button button-small button-secondary" onClick={onExample}>
            {t('green.apply.loadExample')}
          </button>
        </p>
      ) : null}
      <FactsFields fields={fields} values={values} problems={problems} onChange={onChange} />
    </fieldset>
  );
}

export function GreenApplyForm({
  items,
  onCreated,
}: {
  items: readonly RuleSummary[];
  onCreated: (a: Application) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const errorText = useErrorText();
  const titleId = useId();
  const [item, setItem] = useState('');
  const [projectRef, setProjectRef] = useState('');
  const [projectName, setProjectName] = useState('');
  const [values, setValues] = useState<FormValues>({});
  const [problems, setProblems] = useState<Record<string, FieldProblem | 'missing'>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ruleId = item ? itemRuleId(Number(item)) : '';
  const ids = useMemo(() => (ruleId ? [ruleId] : []), [ruleId]);
  const details = useRuleDetails(ids);
  const rule = ruleId ? details.rules.get(ruleId) : undefined;
  const fields = useMemo(() => (rule ? applicationFields(rule) : []), [rule]);
  const applicable = items.filter((r) => !r.noApplication);

  const apiField = error instanceof ApiError ? error.field : null;
  const apiFact = error instanceof ApiError ? fieldOfError(fields, error.field) : null;
  const factTexts: Record<string, string> = {};
  for (const f of fields) {
    const p = problems[f.name];
    if (p !== undefined) factTexts[f.name] = t(`rule.${p}`, { min: f.minimum, max: f.maximum });
  }
  if (apiFact) factTexts[apiFact] = errorText(error);
  const top = (name: string) =>
    problems[name] ? t('rule.missing') : apiField === name && !apiFact ? errorText(error) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = factsFromValues(fields, values);
    const next: Record<string, FieldProblem | 'missing'> = { ...read.problems };
    if (!item) next.item = 'missing';
    if (!projectRef.trim()) next.projectRef = 'missing';
    if (!projectName.trim()) next.projectName = 'missing';
    setProblems(next);
    setError(null);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    greenApi
      .createApplication({
        item: Number(item),
        projectRef: projectRef.trim(),
        projectName: projectName.trim(),
        facts: read.facts,
      })
      .then(
        (a) => {
          setBusy(false);
          setItem('');
          setProjectRef('');
          setProjectName('');
          setValues({});
          onCreated(a);
        },
        (err: unknown) => {
          setBusy(false);
          setError(err);
        },
      );
  };

  return (
    <section className="card green-apply" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('green.apply.title')}
      </h2>
      <p className="muted">{t('green.apply.lead')}</p>
      <form onSubmit={submit} noValidate className="green-apply-form">
        <div className="facts-grid">
          <AirField label={t('green.apply.item')} problem={top('item')} className="field-json">
            {(a) => (
              <select
                {...a}
                name="item"
                value={item}
                onChange={(e) => {
                  setItem(e.target.value);
                  setValues({});
                  setProblems({});
                  setError(null);
                }}
              >
                <option value="">{t('rule.chooseOption')}</option>
                {applicable.map((r) => (
                  <option key={r.id} value={String(itemOf(r.id))}>
                    {t('green.calc.itemOption', { n: itemOf(r.id), title: pick(r.title) })}
                  </option>
                ))}
              </select>
            )}
          </AirField>
          <AirField
            label={t('green.apply.projectRef')}
            hint={t('green.apply.projectRefHint')}
            problem={top('projectRef')}
          >
            {(a) => (
              <input
                {...a}
                name="projectRef"
                value={projectRef}
                onChange={(e) => setProjectRef(e.target.value)}
              />
            )}
          </AirField>
          <AirField label={t('green.apply.projectName')} problem={top('projectName')}>
            {(a) => (
              <input
                {...a}
                name="projectName"
                value={projectName}
                onChange={(e) => setProjectName(e.target.value)}
              />
            )}
          </AirField>
        </div>
        <p className="muted small">{t('green.apply.noApplicationHint')}</p>
        {details.error ? <ErrorMessage error={details.error} onRetry={details.retry} /> : null}
        {item && rule ? (
          <ItemFacts
            rule={rule}
            values={values}
            problems={factTexts}
            onChange={(name, v) => {
              setValues((prev) => ({ ...prev, [name]: v }));
              setProblems(({ [name]: _, ...rest }) => rest);
            }}
            onExample={() => setValues(valuesFromFacts(fields, rule.examples[0]?.facts ?? {}))}
          />
        ) : item && !details.error ? (
          <Loading />
        ) : null}
        {error && !apiFact ? <ErrorMessage error={error} /> : null}
        <p className="muted small">{t('green.apply.materialsNext')}</p>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('green.apply.saving') : t('green.apply.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
