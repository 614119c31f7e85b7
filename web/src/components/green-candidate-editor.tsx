/**
 * @module web/components/green-candidate-editor
 * The calculator's candidates of one project: each chosen award with its own facts form (from its
 * rule's schema; 免申即享 flagged), and the picker that adds one — grouped by document: the items
 * of 31号, the articles of 32号, the municipal investment support of 1309号 六.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleDetail, RuleSummary } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import {
  type CandidateGroup,
  type CandidateItem,
  candidateKey,
  candidateOf,
  candidateRuleId,
  clauseOf,
  parseCandidateKey,
  policyNumberOf,
} from '../lib/green-candidates.ts';
import { type CandidateDraft, ownFields } from '../lib/green-profile.ts';
import { itemOf } from '../lib/green-types.ts';
import { NoApplicationBadge } from './badges.tsx';
import { FactsFields } from './facts-form.tsx';
import { type ProblemSource, useFieldProblems, useProblemText } from './green-problems.tsx';
import { Loading } from './loading.tsx';

/** "第1项 …" for a 31号 item; "京技管发〔2023〕32号 第一条 …" for another policy's rule. */
export function useCandidateName(): (
  item: CandidateItem,
  title: string,
  rule?: Pick<RuleSummary, 'citations'>,
) => string {
  const { t } = useTranslation();
  return (item, title, rule) =>
    typeof item === 'number'
      ? t('green.calc.itemHeading', { n: item, title })
      : t('hb.calc.otherHeading', { number: policyNumberOf(item), clause: clauseOf(rule), title });
}

/** The summary of a candidate among the 31号 items or the other groups. */
export function findSummary(
  item: CandidateItem,
  items: readonly RuleSummary[],
  others: readonly CandidateGroup[],
): RuleSummary | undefined {
  return typeof item === 'number'
    ? items.find((r) => itemOf(r.id) === item)
    : others.flatMap((g) => g.rules).find((r) => r.id === item);
}

export function CandidateEditor({
  candidate,
  summary,
  rule,
  prefix,
  problems,
  onChange,
  onRemove,
}: {
  candidate: CandidateDraft;
  summary: RuleSummary | undefined;
  rule: RuleDetail | undefined;
  prefix: string;
  problems: ProblemSource;
  onChange: (c: CandidateDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const name = useCandidateName();
  const fieldProblems = useFieldProblems(problems);
  const problem = useProblemText(problems)(prefix.slice(0, -1));
  const fields = rule ? ownFields(rule) : [];
  const noApplication = summary?.noApplication ?? rule?.noApplication ?? false;
  return (
    <fieldset className="green-candidate" data-item={candidateKey(candidate.item)}>
      <legend>
        {name(candidate.item, pick(summary?.title ?? rule?.title), summary ?? rule)}
        {noApplication ? (
          <>
            {' '}
            <NoApplicationBadge />
          </>
        ) : null}
      </legend>
      <div className="green-candidate-tools">
        <a
          href={`/rules/${candidateRuleId(candidate.item)}`}
          target="_blank"
          rel="noreferrer"
          className="small"
        >
          {t('green.calc.itemRule')}
        </a>
        <button type="button" className="button button-small button-secondary" onClick={onRemove}>
          {t('green.calc.removeItem')}
        </button>
      </div>
      {noApplication ? <p className="muted small">{t('green.calc.noApplicationNote')}</p> : null}
      {problem ? <p className="field-error">{problem}</p> : null}
      {rule ? (
        <FactsFields
          fields={fields}
          values={candidate.values}
          problems={fieldProblems(prefix, fields)}
          onChange={(n, v) => onChange({ ...candidate, values: { ...candidate.values, [n]: v } })}
        />
      ) : (
        <Loading />
      )}
    </fieldset>
  );
}

export function AddItem({
  items,
  others,
  taken,
  onAdd,
}: {
  items: readonly RuleSummary[];
  others: readonly CandidateGroup[];
  taken: readonly string[];
  onAdd: (item: CandidateItem) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const name = useCandidateName();
  const id = useId();
  const [chosen, setChosen] = useState('');
  const free = (rules: readonly RuleSummary[]) =>
    rules.filter((r) => !taken.includes(candidateKey(candidateOf(r))));
  const label = (r: RuleSummary) =>
    `${name(candidateOf(r), pick(r.title), r)}${r.noApplication ? t('green.calc.noApplicationMark') : ''}`;
  return (
    <div className="green-add-item">
      <label htmlFor={id}>{t('green.calc.chooseItem')}</label>
      <select id={id} name="item" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{t('rule.chooseOption')}</option>
        <optgroup label={t('hb.calc.group31')}>
          {free(items).map((r) => (
            <option key={r.id} value={String(itemOf(r.id))}>
              {t('green.calc.itemOption', { n: itemOf(r.id), title: pick(r.title) })}
              {r.noApplication ? t('green.calc.noApplicationMark') : ''}
            </option>
          ))}
        </optgroup>
        {others.map((g) =>
          free(g.rules).length > 0 ? (
            <optgroup
              key={g.policyId}
              label={t(`hb.calc.groups.${g.policyId === 'jingfagai-2023-1309' ? 'p1309' : 'p32'}`)}
            >
              {free(g.rules).map((r) => (
                <option key={r.id} value={r.id}>
                  {label(r)}
                </option>
              ))}
            </optgroup>
          ) : null,
        )}
      </select>
      <button
        type="button"
        className="button button-secondary"
        disabled={chosen === ''}
        onClick={() => {
          onAdd(parseCandidateKey(chosen));
          setChosen('');
        }}
      >
        {t('green.calc.addItem')}
      </button>
    </div>
  );
}
