/**
 * @module web/components/green-match-form
 * The policy calculator's form: the as-of date, the worked example and reset, the enterprise's
 * 第二章 facts (and, optionally, its award history), the projects with their candidates (31号
 * items, 32号 articles, 1309号 六), and the
 * Calculate button. Problems found here first, or the input an API error names, are shown at
 * the input.
 */
import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleDetail, RuleSummary } from '../api.ts';
import type { CandidateGroup } from '../lib/green-candidates.ts';
import {
  type CalculatorDraft,
  ENTERPRISE_KEYS,
  emptyProject,
  type ProjectDraft,
  sharedFields,
} from '../lib/green-profile.ts';
import { AsOfPicker } from './as-of-picker.tsx';
import { FactsFields } from './facts-form.tsx';
import { type ProblemSource, useFieldProblems, useProblemText } from './green-problems.tsx';
import { ProjectEditor } from './green-project-editor.tsx';

export interface GreenMatchFormProps {
  readonly draft: CalculatorDraft;
  readonly asOf: string;
  readonly today: string;
  readonly items: readonly RuleSummary[];
  /** Other documents' awards offered as candidates (32号, 1309号 六). */
  readonly others: readonly CandidateGroup[];
  readonly rules: ReadonlyMap<string, RuleDetail>;
  readonly problems: ProblemSource;
  readonly busy: boolean;
  readonly exampleBusy: boolean;
  /** A signed-in enterprise user: the store's standing replaces the 第二章 facts given here. */
  readonly fromStore: boolean;
  readonly onDraft: (d: CalculatorDraft) => void;
  readonly onAsOf: (d: string) => void;
  readonly onSubmit: () => void;
  readonly onExample: () => void;
  readonly onReset: () => void;
}

export function GreenMatchForm(props: GreenMatchFormProps) {
  const { t } = useTranslation();
  const { draft, rules, problems, onDraft } = props;
  const ids = { enterprise: useId(), projects: useId(), history: useId() };
  const fieldProblems = useFieldProblems(problems);
  const historyProblem = useProblemText(problems)('awardHistory');
  const enterpriseFields = sharedFields([...rules.values()], ENTERPRISE_KEYS);
  const count = Object.keys(problems.codes).length;
  const setProject = (i: number, p: ProjectDraft) =>
    onDraft({ ...draft, projects: draft.projects.map((x, k) => (k === i ? p : x)) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };

  return (
    <form className="green-match-form" onSubmit={submit} noValidate>
      <section className="card green-toolbar">
        <div className="examples">
          <button
            type="button"
            className="button button-secondary"
            disabled={props.exampleBusy}
            onClick={props.onExample}
          >
            {t('green.calc.example')}
          </button>
          <button type="button" className="button button-secondary" onClick={props.onReset}>
            {t('green.calc.reset')}
          </button>
        </div>
        <p className="muted small">{t('green.calc.exampleHint')}</p>
        <AsOfPicker value={props.asOf} today={props.today} onChange={props.onAsOf} />
      </section>

      <section className="card green-enterprise" aria-labelledby={ids.enterprise}>
        <h2 id={ids.enterprise} className="section-title">
          {t('green.calc.enterprise')}
        </h2>
        <p className="muted">{t('green.calc.enterpriseLead')}</p>
        {props.fromStore ? <p className="alert alert-warning">{t('green.calc.storeNote')}</p> : null}
        <FactsFields
          fields={enterpriseFields}
          values={draft.enterprise}
          problems={fieldProblems('enterprise.', enterpriseFields)}
          onChange={(name, v) => onDraft({ ...draft, enterprise: { ...draft.enterprise, [name]: v } })}
        />
        <details className="green-history" open={draft.awardHistory !== ''}>
          <summary>{t('green.calc.awardHistory')}</summary>
          <div className={`field field-json${historyProblem ? ' has-error' : ''}`}>
            <label htmlFor={ids.history}>{t('green.calc.awardHistoryLabel')}</label>
            <textarea
              id={ids.history}
              name="awardHistory"
              rows={3}
              spellCheck={false}
              value={draft.awardHistory}
              aria-invalid={historyProblem ? true : undefined}
              onChange={(e) => onDraft({ ...draft, awardHistory: e.target.value })}
            />
            <p className="hint">{t('green.calc.awardHistoryHint')}</p>
            {historyProblem ? <p className="field-error">{historyProblem}</p> : null}
          </div>
        </details>
      </section>

      <section aria-labelledby={ids.projects} className="green-projects">
        <h2 id={ids.projects} className="green-projects-title">
          {t('green.calc.projects')}
        </h2>
        <p className="muted">{t('green.calc.projectsLead')}</p>
        {draft.projects.map((p, i) => (
          <ProjectEditor
            key={p.key}
            project={p}
            index={i}
            items={props.items}
            others={props.others}
            rules={rules}
            problems={problems}
            canRemove={draft.projects.length > 1}
            onChange={(next) => setProject(i, next)}
            onRemove={() => onDraft({ ...draft, projects: draft.projects.filter((_, k) => k !== i) })}
          />
        ))}
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            onDraft({ ...draft, projects: [...draft.projects, emptyProject(draft.projects.length + 1)] })
          }
        >
          {t('green.calc.addProject')}
        </button>
      </section>

      <div className="card green-submit">
        {count > 0 ? (
          <p className="alert alert-error" role="alert">
            {t('green.calc.problems', { count })}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={props.busy}>
            {props.busy ? t('green.calc.submitting') : t('green.calc.submit')}
          </button>
        </div>
      </div>
    </form>
  );
}
