/**
 * @module web/components/air-subplan-form
 * A member unit's sub-plan filing and 24-hour contact (29号 四(一), 四(三)): leader, contact, the
 * phone in full (the board holds it masked), the filing date and the document reference. Checked
 * here first; an API error marks the field it names.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useApp } from '../app-context.tsx';
import { useBilingual } from '../hooks/use-bilingual.ts';
import {
  checkDraft,
  draftOf,
  inputOf,
  type SubplanDraft,
  type SubplanField,
  type SubplanProblem,
  type SubplanUnit,
} from '../lib/air-subplans.ts';
import { AirField, useApiFieldProblem } from './air-field.tsx';
import { ErrorMessage } from './error-message.tsx';

export function SubplanForm({
  unit,
  releasedOn,
  revealedPhone,
  onSaved,
  onCancel,
}: {
  unit: SubplanUnit;
  releasedOn: string;
  /** The full number when it has been revealed in this row: the form starts with it. */
  revealedPhone: string | undefined;
  onSaved: (row: SubplanUnit) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const { today } = useApp();
  const [draft, setDraft] = useState<SubplanDraft>(() => draftOf(unit, revealedPhone));
  const [problems, setProblems] = useState<Partial<Record<SubplanField, SubplanProblem>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const apiProblem = useApiFieldProblem(error);
  const problem = (k: SubplanField) => {
    const p = problems[k];
    return p ? t(`air.subplans.problems.${p}`) : apiProblem(k);
  };
  const set = (k: SubplanField) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [k]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = checkDraft(draft, today, releasedOn);
    setProblems(p);
    if (Object.keys(p).length > 0) return;
    setBusy(true);
    setError(null);
    api.air.fileSubplan(unit.unit, inputOf(draft, unit)).then(
      (row) => {
        setBusy(false);
        onSaved(row);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };

  const titleId = `air-subplan-title-${unit.unit}`;
  return (
    <form className="air-form air-subplan-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{t('air.subplans.formTitle', { name: pick(unit.name) })}</h3>
      <div className="air-form-grid">
        <AirField label={t('air.subplans.leaderName')} problem={problem('leaderName')}>
          {(a) => (
            <input
              {...a}
              name="leaderName"
              aria-required
              maxLength={50}
              value={draft.leaderName}
              onChange={set('leaderName')}
            />
          )}
        </AirField>
        <AirField label={t('air.subplans.contactName')} problem={problem('contactName')}>
          {(a) => (
            <input
              {...a}
              name="contactName"
              aria-required
              maxLength={50}
              value={draft.contactName}
              onChange={set('contactName')}
            />
          )}
        </AirField>
        <AirField
          label={t('air.subplans.contactPhone')}
          hint={
            unit.contactPhone && !revealedPhone
              ? `${t('air.subplans.phoneHint')} ${t('air.subplans.phoneOnRecord', { masked: unit.contactPhone })}`
              : t('air.subplans.phoneHint')
          }
          problem={problem('contactPhone')}
        >
          {(a) => (
            <input
              {...a}
              name="contactPhone"
              type="tel"
              autoComplete="off"
              aria-required
              value={draft.contactPhone}
              onChange={set('contactPhone')}
            />
          )}
        </AirField>
        <AirField label={t('air.subplans.filedOnLabel')} problem={problem('filedOn')}>
          {(a) => (
            <input
              {...a}
              name="filedOn"
              type="date"
              min={releasedOn}
              max={today}
              value={draft.filedOn}
              onChange={set('filedOn')}
            />
          )}
        </AirField>
      </div>
      <AirField label={t('air.subplans.documentRefLabel')} problem={problem('documentRef')}>
        {(a) => (
          <input
            {...a}
            name="documentRef"
            maxLength={200}
            value={draft.documentRef}
            onChange={set('documentRef')}
          />
        )}
      </AirField>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('air.subplans.saving') : t('air.subplans.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('air.subplans.cancel')}
        </button>
      </div>
    </form>
  );
}
