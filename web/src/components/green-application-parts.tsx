/**
 * @module web/components/green-application-parts
 * Parts of an application's page: the materials checklist (ticked by the enterprise while it may
 * still edit), the facts as given (editable then too), the expert review, the award with its
 * payment or clawback, and the record of events.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleDetail } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { formatShanghai } from '../lib/air-time.ts';
import { greenApi } from '../lib/green-api.ts';
import { applicationFields } from '../lib/green-application.ts';
import type { Application, Award, MaterialItem } from '../lib/green-types.ts';
import { type FieldSpec, type FormValues, factsFromValues, valuesFromFacts } from '../lib/schema-form.ts';
import { ErrorMessage } from './error-message.tsx';
import { FactsFields } from './facts-form.tsx';
import { AwardStateBadge } from './green-badges.tsx';
import { Money } from './green-money.tsx';

export function GreenMaterials({
  materials,
  editable,
  dirty,
  busy,
  error,
  onChange,
  onSave,
}: {
  materials: readonly MaterialItem[];
  editable: boolean;
  dirty: boolean;
  busy: boolean;
  error: unknown;
  onChange: (m: MaterialItem[]) => void;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const id = useId();
  const required = materials.filter((m) => m.required);
  const provided = required.filter((m) => m.provided).length;
  const set = (k: number, patch: Partial<MaterialItem>) =>
    onChange(materials.map((m, i) => (i === k ? { ...m, ...patch } : m)));
  return (
    <section className="card green-materials-card" aria-labelledby={id}>
      <h3 id={id} className="section-title">
        {t('green.materials.title')}
      </h3>
      <p className="small">{t('green.materials.count', { provided, required: required.length })}</p>
      {editable ? <p className="muted small">{t('green.materials.hint')}</p> : null}
      <ul className="plain-list green-materials">
        {materials.map((m, k) => (
          <li key={m.key} className={m.provided ? 'is-provided' : ''}>
            <label className="green-material-check">
              <input
                type="checkbox"
                name={`material-${m.key}`}
                checked={m.provided}
                disabled={!editable}
                onChange={(e) => set(k, { provided: e.target.checked })}
              />
              <span>
                {pick({ zh: m.zh, en: m.en })}{' '}
                <span className="muted small">
                  {m.required ? t('green.materials.required') : t('green.materials.optional')}
                </span>
              </span>
            </label>
            {editable ? (
              <input
                className="green-material-note"
                aria-label={t('green.materials.noteFor', { name: pick({ zh: m.zh, en: m.en }) })}
                placeholder={t('green.materials.note')}
                value={m.note ?? ''}
                onChange={(e) => set(k, { note: e.target.value || null })}
              />
            ) : m.note ? (
              <span className="muted small green-material-note-text">{m.note}</span>
            ) : null}
          </li>
        ))}
      </ul>
      {error ? <ErrorMessage error={error} /> : null}
      {editable ? (
        <button type="button" className="button button-secondary" disabled={!dirty || busy} onClick={onSave}>
          {dirty ? t('green.materials.save') : t('green.materials.saved')}
        </button>
      ) : null}
    </section>
  );
}

function showValue(
  f: FieldSpec,
  v: unknown,
  yes: string,
  no: string,
  pick: (b: { zh: string; en: string }) => string,
): string {
  if (typeof v === 'boolean') return v ? yes : no;
  if (f.kind === 'enum' && typeof v === 'string' && f.optionLabels?.[v]) return pick(f.optionLabels[v]);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** The facts of the application; while editable, a form that saves them (and re-evaluates). */
export function GreenFactsPanel({
  app,
  rule,
  editable,
  onSaved,
}: {
  app: Application;
  rule: RuleDetail | undefined;
  editable: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const id = useId();
  const fields = useMemo(() => (rule ? applicationFields(rule) : []), [rule]);
  const [values, setValues] = useState<FormValues>(() => valuesFromFacts(fields, app.facts));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const given = Object.entries(app.facts);
  const save = () => {
    const read = factsFromValues(fields, values);
    const texts: Record<string, string> = {};
    for (const f of fields) {
      const p = read.problems[f.name];
      if (p) texts[f.name] = t(`rule.${p}`, { min: f.minimum, max: f.maximum });
    }
    setProblems(texts);
    if (Object.keys(texts).length > 0) return;
    setBusy(true);
    setError(null);
    greenApi.updateApplication(app.id, { facts: read.facts }).then(
      () => {
        setBusy(false);
        onSaved(t('green.detail.factsSaved'));
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return (
    <section className="card green-facts" aria-labelledby={id}>
      <h3 id={id} className="section-title">
        {t('green.detail.facts')}
      </h3>
      {editable && rule ? (
        <>
          <FactsFields
            fields={fields}
            values={values}
            problems={problems}
            onChange={(name, v) => setValues((prev) => ({ ...prev, [name]: v }))}
          />
          {error ? <ErrorMessage error={error} /> : null}
          <button type="button" className="button button-secondary" disabled={busy} onClick={save}>
            {t('green.detail.saveFacts')}
          </button>
        </>
      ) : given.length === 0 ? (
        <p className="muted">{t('common.none')}</p>
      ) : (
        <dl className="green-facts-list">
          {given.map(([k, v]) => {
            const f = fields.find((x) => x.name === k);
            return (
              <div key={k}>
                <dt>{f ? pick(f.label) : k}</dt>
                <dd>{f ? showValue(f, v, t('common.yes'), t('common.no'), pick) : JSON.stringify(v)}</dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}

export function GreenExpertReview({ app }: { app: Application }) {
  const { t } = useTranslation();
  const r = app.expertReview;
  if (!r) return null;
  return (
    <section className="card green-expert" aria-labelledby="green-expert-title">
      <h3 id="green-expert-title" className="section-title">
        {t('green.detail.expertReview')}
      </h3>
      <p>
        <strong>{r.passed ? t('green.actions.fields.passedYes') : t('green.actions.fields.passedNo')}</strong>
        {r.reviewedAt ? <span className="muted small"> · {formatShanghai(r.reviewedAt)}</span> : null}
      </p>
      <p>{r.opinion}</p>
      <p className="muted small">
        {t('green.detail.experts', { names: r.experts.join(t('common.listSeparator')) })}
      </p>
    </section>
  );
}

export function GreenAwardInfo({ award }: { award: Award }) {
  const { t } = useTranslation();
  return (
    <section className="card green-award" aria-labelledby="green-award-title">
      <h3 id="green-award-title" className="section-title">
        {t('green.award.title', { id: award.id })} <AwardStateBadge state={award.state} />
      </h3>
      <dl className="green-facts-list">
        <div>
          <dt>{t('green.award.amount')}</dt>
          <dd>
            <Money amount={award.amount} />
          </dd>
        </div>
        {award.approvedAt ? (
          <div>
            <dt>{t('green.award.approvedAt')}</dt>
            <dd>{formatShanghai(award.approvedAt)}</dd>
          </div>
        ) : null}
        {award.paidAt ? (
          <div>
            <dt>{t('green.award.paid')}</dt>
            <dd>{t('green.award.paidValue', { date: award.paidAt, ref: award.paymentRef ?? '' })}</dd>
          </div>
        ) : null}
        {award.clawedBackAt ? (
          <div>
            <dt>{t('green.award.clawedBack')}</dt>
            <dd>
              <Money amount={award.clawback} /> · {formatShanghai(award.clawedBackAt)} ·{' '}
              {award.clawbackReason}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

export function GreenEvents({ app }: { app: Application }) {
  const { t } = useTranslation();
  const events = app.events ?? [];
  return (
    <section className="card green-events" aria-labelledby="green-events-title">
      <h3 id="green-events-title" className="section-title">
        {t('green.detail.events')}
      </h3>
      {events.length === 0 ? <p className="muted">{t('common.none')}</p> : null}
      <ol className="green-timeline">
        {events.map((e) => (
          <li key={e.seq}>
            <p>
              <strong>{t(`green.events.${e.action}`, { defaultValue: e.action })}</strong>{' '}
              <span className="muted small">
                {e.from ? `${t(`green.states.${e.from}`, { defaultValue: e.from })} → ` : ''}
                {t(`green.states.${e.to}`, { defaultValue: e.to })}
              </span>
            </p>
            <p className="muted small">
              {formatShanghai(e.at)} · {e.actor}
            </p>
            {e.note ? <p className="green-event-note">{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
