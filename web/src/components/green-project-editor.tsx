/**
 * @module web/components/green-project-editor
 * One project of the policy calculator: its id and name, the facts its items share (第二章
 * 二（四）（五）, the technology bonuses; only those its chosen items ask for), the candidates chosen
 * for it — 31号 items, 32号 articles, 1309号 六 — each with its own facts from its schema
 * (`green-candidate-editor.tsx`), and awards it already holds under other E-Town policies.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleDetail, RuleSummary } from '../api.ts';
import { type CandidateGroup, candidateKey, candidateRuleId } from '../lib/green-candidates.ts';
import {
  type CandidateDraft,
  newKey,
  type OtherAwardDraft,
  PROJECT_KEYS,
  type ProjectDraft,
  sharedFields,
} from '../lib/green-profile.ts';
import { FactsFields } from './facts-form.tsx';
import { AddItem, CandidateEditor, findSummary } from './green-candidate-editor.tsx';
import { type ProblemSource, useFieldProblems, useProblemText } from './green-problems.tsx';

function OtherAwards({
  others,
  prefix,
  problems,
  onChange,
}: {
  others: readonly OtherAwardDraft[];
  prefix: string;
  problems: ProblemSource;
  onChange: (o: OtherAwardDraft[]) => void;
}) {
  const { t } = useTranslation();
  const text = useProblemText(problems);
  const set = (k: number, patch: Partial<OtherAwardDraft>) =>
    onChange(others.map((o, i) => (i === k ? { ...o, ...patch } : o)));
  return (
    <details className="green-others" open={others.length > 0}>
      <summary>{t('green.calc.others')}</summary>
      <p className="muted small">{t('green.calc.othersHint')}</p>
      {others.map((o, k) => {
        const policyProblem = text(`${prefix}o${k}.policyId`);
        const amountProblem = text(`${prefix}o${k}.amount`);
        return (
          <div key={o.key} className="green-other-row">
            <label>
              {t('green.calc.otherPolicy')}
              <input
                value={o.policyId}
                aria-invalid={policyProblem ? true : undefined}
                onChange={(e) => set(k, { policyId: e.target.value })}
              />
              {policyProblem ? <span className="field-error">{policyProblem}</span> : null}
            </label>
            <label>
              {t('green.calc.otherTitle')}
              <input value={o.title} onChange={(e) => set(k, { title: e.target.value })} />
            </label>
            <label>
              {t('green.calc.otherAmount')}
              <input
                value={o.amount}
                inputMode="decimal"
                aria-invalid={amountProblem ? true : undefined}
                onChange={(e) => set(k, { amount: e.target.value })}
              />
              {amountProblem ? <span className="field-error">{amountProblem}</span> : null}
            </label>
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => onChange(others.filter((_, i) => i !== k))}
            >
              {t('green.calc.removeOther')}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button-small button-secondary"
        onClick={() => onChange([...others, { key: newKey('o'), policyId: '', title: '', amount: '' }])}
      >
        {t('green.calc.addOther')}
      </button>
    </details>
  );
}

export function ProjectEditor({
  project,
  index,
  items,
  others,
  rules,
  problems,
  canRemove,
  onChange,
  onRemove,
}: {
  project: ProjectDraft;
  index: number;
  items: readonly RuleSummary[];
  others: readonly CandidateGroup[];
  rules: ReadonlyMap<string, RuleDetail>;
  problems: ProblemSource;
  canRemove: boolean;
  onChange: (p: ProjectDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const ids = { heading: useId(), id: useId(), name: useId() };
  const prefix = `p${index}.`;
  const text = useProblemText(problems);
  const fieldProblems = useFieldProblems(problems);
  const used = project.candidates.flatMap((c) => {
    const r = rules.get(candidateRuleId(c.item));
    return r ? [r] : [];
  });
  const shared = sharedFields(used, PROJECT_KEYS);
  const idProblem = text(`${prefix}id`);
  const candidatesProblem = text(`${prefix}candidates`);
  const setCandidate = (j: number, c: CandidateDraft) =>
    onChange({ ...project, candidates: project.candidates.map((x, i) => (i === j ? c : x)) });
  return (
    <section className="card green-project" aria-labelledby={ids.heading} data-project={index}>
      <div className="green-project-head">
        <h3 id={ids.heading}>{t('green.calc.project', { n: index + 1 })}</h3>
        {canRemove ? (
          <button type="button" className="button button-small button-secondary" onClick={onRemove}>
            {t('green.calc.removeProject')}
          </button>
        ) : null}
      </div>
      <div className="facts-grid">
        <div className={`field${idProblem ? ' has-error' : ''}`}>
          <label htmlFor={ids.id}>
            {t('green.calc.projectId')}
            <span className="required">{t('rule.required')}</span>
          </label>
          <input
            id={ids.id}
            name="projectId"
            value={project.id}
            aria-invalid={idProblem ? true : undefined}
            onChange={(e) => onChange({ ...project, id: e.target.value })}
          />
          {idProblem ? <p className="field-error">{idProblem}</p> : null}
        </div>
        <div className="field">
          <label htmlFor={ids.name}>{t('green.calc.projectName')}</label>
          <input
            id={ids.name}
            name="projectName"
            value={project.name}
            onChange={(e) => onChange({ ...project, name: e.target.value })}
          />
        </div>
      </div>
      <h4>{t('green.calc.projectFacts')}</h4>
      {shared.length > 0 ? (
        <FactsFields
          fields={shared}
          values={project.values}
          problems={fieldProblems(prefix, shared)}
          onChange={(name, v) => onChange({ ...project, values: { ...project.values, [name]: v } })}
        />
      ) : (
        <p className="muted">{t('green.calc.projectFactsEmpty')}</p>
      )}
      <h4>{t('green.calc.items')}</h4>
      {project.candidates.length === 0 ? <p className="muted">{t('green.calc.noItems')}</p> : null}
      {project.candidates.map((c, j) => (
        <CandidateEditor
          key={c.key}
          candidate={c}
          summary={findSummary(c.item, items, others)}
          rule={rules.get(candidateRuleId(c.item))}
          prefix={`${prefix}c${j}.`}
          problems={problems}
          onChange={(next) => setCandidate(j, next)}
          onRemove={() => onChange({ ...project, candidates: project.candidates.filter((_, i) => i !== j) })}
        />
      ))}
      {candidatesProblem ? <p className="field-error">{candidatesProblem}</p> : null}
      <AddItem
        items={items}
        others={others}
        taken={project.candidates.map((c) => candidateKey(c.item))}
        onAdd={(n) =>
          onChange({
            ...project,
            candidates: [...project.candidates, { key: newKey('c'), item: n, values: {} }],
          })
        }
      />
      <OtherAwards
        others={project.others}
        prefix={prefix}
        problems={problems}
        onChange={(others) => onChange({ ...project, others })}
      />
    </section>
  );
}
