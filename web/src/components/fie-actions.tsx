/**
 * @module web/components/fie-actions
 * What officers and enterprises do on the foreign-investment services pages (京技管发〔2023〕28号):
 * raise an item on the lists or the roundtable, take an item's next workflow step (only the steps
 * its status allows; the API still decides and its refusal is shown in the interface language),
 * record a visit, a service package delivered and the credit + risk facts, schedule an inspection
 * (the 无事不扰 refusal comes from the API), and open a file. Each form reports success through
 * `onDone` so the page reloads what it shows.
 */
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import {
  FIE_INSPECTION_KINDS,
  FIE_KINDS,
  FIE_SOURCES,
  type FieCreditFacts,
  type FieFileSummary,
  type FieItem,
  type FieStepField,
  fieApi,
  stepFields,
  stepsFor,
} from '../lib/fie-api.ts';
import { ErrorMessage } from './error-message.tsx';

/** Today in Asia/Shanghai as `YYYY-MM-DD` (a form's default date). */
export function shanghaiToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** Busy flag, last error and a `run(call)` that calls `onDone` on success. */
function useRun(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const run = (call: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    setSaved(false);
    call().then(
      () => {
        setBusy(false);
        setSaved(true);
        onDone();
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return { busy, error, saved, run };
}

/** The forms' layout (one field a line), hoisted once into the document head by React. */
const FORM_CSS = `
.fie-form{display:flex;flex-direction:column;align-items:flex-start;gap:.4rem;margin:.75rem 0;max-width:100%}
.fie-form-title{margin:.5rem 0 0;font-size:1rem}
.fie-form label{display:flex;flex-direction:column;gap:.2rem;max-width:100%}
.fie-form label.fie-check{flex-direction:row;align-items:center;gap:.4rem}
.fie-form input:not([type=checkbox]),.fie-form select,.fie-form textarea{max-width:100%;min-width:min(14rem,100%)}
.fie-forms{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(18rem,100%),1fr));gap:0 1.5rem}
.fie-actions .fie-form{margin:0}
`;

/** A titled form with its error, a saved note and the submit button. */
function FieForm({
  title,
  className,
  busy,
  error,
  saved,
  submit,
  onSubmit,
  children,
}: {
  title: string;
  className: string;
  busy: boolean;
  error: unknown;
  saved: boolean;
  submit: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const send = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form className={`fie-form ${className}`} onSubmit={send} noValidate aria-labelledby={id}>
      <style href="zhengce-fie-forms" precedence="default">
        {FORM_CSS}
      </style>
      <h3 id={id} className="fie-form-title">
        {title}
      </h3>
      {children}
      {error ? <ErrorMessage error={error} /> : null}
      {saved && !error ? (
        <p className="muted small fie-saved" role="status">
          {t('fie.actions.saved')}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('fie.actions.working') : submit}
      </button>
    </form>
  );
}

function DepartmentsField({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const depts = useAsync((signal) => api.departments(signal), []);
  return (
    <label>
      {t('fie.actions.fields.departments')}
      <select
        name="departments"
        multiple
        size={4}
        value={value}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {(depts.data?.departments ?? []).map((d) => (
          <option key={d.code} value={d.code}>
            {pick(d.name)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The next workflow steps of one item, with the inputs the chosen step takes. */
export function FieItemSteps({ item, onDone }: { item: FieItem; onDone: () => void }) {
  const { t } = useTranslation();
  const allowed = stepsFor(item);
  const [action, setAction] = useState(allowed[0] ?? '');
  const [values, setValues] = useState<Partial<Record<FieStepField, string>>>({});
  const [departments, setDepartments] = useState<string[]>([]);
  const { busy, error, saved, run } = useRun(onDone);
  if (allowed.length === 0) return null;
  const group = item.kind === 'roundtable' ? 'roundtable' : 'list';
  const name = (a: string) =>
    t(`fie.actions.steps.${group}.${a}` as 'fie.actions.steps.list.assign', { defaultValue: a });
  const set = (f: FieStepField, v: string) => setValues((old) => ({ ...old, [f]: v }));
  const submit = () => {
    const body: Record<string, unknown> = { action };
    for (const { field } of stepFields(item.kind, action)) {
      if (field === 'departments') {
        if (departments.length) body.departments = departments;
        continue;
      }
      const v = values[field]?.trim() ?? '';
      if (v === '') continue;
      body[field] = field === 'workingDays' && /^\d+$/.test(v) ? Number(v) : v;
    }
    run(() => fieApi.step(item.id, body));
  };
  return (
    <FieForm
      title={t('fie.actions.steps.title')}
      className="fie-step"
      busy={busy}
      error={error}
      saved={saved}
      submit={t('fie.actions.steps.submit')}
      onSubmit={submit}
    >
      <label>
        {t('fie.actions.steps.action')}
        <select name="action" value={action} onChange={(e) => setAction(e.target.value)}>
          {allowed.map((a) => (
            <option key={a} value={a}>
              {name(a)}
            </option>
          ))}
        </select>
      </label>
      {stepFields(item.kind, action).map(({ field, required }) =>
        field === 'departments' ? (
          <DepartmentsField key={field} value={departments} onChange={setDepartments} />
        ) : field === 'reply' || field === 'note' || field === 'summary' ? (
          <label key={field}>
            {t(`fie.actions.fields.${field}`)}
            <textarea
              name={field}
              rows={2}
              aria-required={required || undefined}
              value={values[field] ?? ''}
              onChange={(e) => set(field, e.target.value)}
            />
          </label>
        ) : (
          <label key={field}>
            {t(`fie.actions.fields.${field}`)}
            <input
              name={field}
              type={field === 'workingDays' ? 'number' : 'text'}
              min={field === 'workingDays' ? 1 : undefined}
              aria-required={required || undefined}
              value={values[field] ?? ''}
              onChange={(e) => set(field, e.target.value)}
            />
          </label>
        ),
      )}
    </FieForm>
  );
}

/**
 * Raises an item. On a file page `creditCode` is fixed; on the workbench the officer picks one of
 * `files`. An enterprise user's items come from the website (the API sets the source).
 */
export function FieRaiseForm({
  creditCode,
  files,
  enterprise,
  onDone,
}: {
  creditCode?: string | undefined;
  files?: readonly FieFileSummary[] | undefined;
  enterprise: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const [cc, setCc] = useState(creditCode ?? '');
  const [kind, setKind] = useState<string>('request');
  const [source, setSource] = useState<string>('hotline');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const { busy, error, saved, run } = useRun(() => {
    setTitle('');
    setDescription('');
    onDone();
  });
  const submit = () =>
    run(() =>
      fieApi.raise({
        creditCode: creditCode ?? cc,
        kind,
        ...(enterprise ? {} : { source }),
        title,
        ...(description.trim() ? { description } : {}),
      }),
    );
  const kinds = enterprise ? FIE_KINDS.filter((k) => k !== 'roundtable') : FIE_KINDS;
  return (
    <FieForm
      title={t('fie.actions.raise.title')}
      className="fie-raise"
      busy={busy}
      error={error}
      saved={saved}
      submit={t('fie.actions.raise.submit')}
      onSubmit={submit}
    >
      {creditCode === undefined ? (
        <label>
          {t('fie.actions.raise.enterprise')}
          <select name="creditCode" value={cc} onChange={(e) => setCc(e.target.value)}>
            <option value="">—</option>
            {(files ?? []).map((f) => (
              <option key={f.id} value={f.creditCode}>
                {pick(f.name)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        {t('fie.actions.raise.kind')}
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`fie.actions.raise.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {enterprise ? null : (
        <label>
          {t('fie.actions.raise.source')}
          <select name="source" value={source} onChange={(e) => setSource(e.target.value)}>
            {FIE_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`fie.actions.raise.sources.${s}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('fie.actions.raise.itemTitle')}
        <input name="title" aria-required value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('fie.actions.raise.description')}
        <textarea
          name="description"
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </label>
    </FieForm>
  );
}

/** Logs a visit (定期走访). */
export function FieVisitForm({ fileId, onDone }: { fileId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const [visitedOn, setVisitedOn] = useState(shanghaiToday);
  const [note, setNote] = useState('');
  const { busy, error, saved, run } = useRun(() => {
    setNote('');
    onDone();
  });
  return (
    <FieForm
      title={t('fie.actions.visit.title')}
      className="fie-visit"
      busy={busy}
      error={error}
      saved={saved}
      submit={t('fie.actions.visit.submit')}
      onSubmit={() => run(() => fieApi.visit(fileId, { visitedOn, note }))}
    >
      <label>
        {t('fie.actions.visit.visitedOn')}
        <input
          name="visitedOn"
          type="date"
          required
          value={visitedOn}
          onChange={(e) => setVisitedOn(e.target.value)}
        />
      </label>
      <label>
        {t('fie.actions.visit.note')}
        <textarea name="note" rows={2} aria-required value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
    </FieForm>
  );
}

/** Records a service package delivered. */
export function FiePackageForm({ fileId, onDone }: { fileId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [deliveredOn, setDeliveredOn] = useState(shanghaiToday);
  const { busy, error, saved, run } = useRun(() => {
    setName('');
    onDone();
  });
  return (
    <FieForm
      title={t('fie.actions.package.title')}
      className="fie-package"
      busy={busy}
      error={error}
      saved={saved}
      submit={t('fie.actions.package.submit')}
      onSubmit={() => run(() => fieApi.servicePackage(fileId, { name, deliveredOn }))}
    >
      <label>
        {t('fie.actions.package.name')}
        <input name="name" aria-required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('fie.actions.package.deliveredOn')}
        <input
          name="deliveredOn"
          type="date"
          required
          value={deliveredOn}
          onChange={(e) => setDeliveredOn(e.target.value)}
        />
      </label>
    </FieForm>
  );
}

const FLAGS = [
  'seriousDishonestyList',
  'abnormalOperationsList',
  'safetyOrEnvironmentalIncidentWithin3Years',
  'hazardousOperations',
] as const;
const COUNTS = [
  'majorPenaltiesWithin3Years',
  'penaltiesWithin1Year',
  'substantiatedComplaintsWithin1Year',
] as const;
const GRADES = ['A', 'B', 'M', 'C', 'D', 'none'] as const;
const CLEAN: FieCreditFacts = {
  seriousDishonestyList: false,
  abnormalOperationsList: false,
  majorPenaltiesWithin3Years: 0,
  penaltiesWithin1Year: 0,
  taxCreditGrade: 'A',
  safetyOrEnvironmentalIncidentWithin3Years: false,
  hazardousOperations: false,
  substantiatedComplaintsWithin1Year: 0,
};

/** Records the eight credit and risk facts (D-28-5), starting from those on record. */
export function FieCreditForm({
  fileId,
  facts,
  onDone,
}: {
  fileId: number;
  facts: FieCreditFacts | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [f, setF] = useState<FieCreditFacts>(facts ?? CLEAN);
  const { busy, error, saved, run } = useRun(onDone);
  return (
    <FieForm
      title={t('fie.actions.credit.title')}
      className="fie-credit"
      busy={busy}
      error={error}
      saved={saved}
      submit={t('fie.actions.credit.submit')}
      onSubmit={() => run(() => fieApi.credit(fileId, f))}
    >
      {FLAGS.map((k) => (
        <label key={k} className="fie-check">
          <input
            type="checkbox"
            name={k}
            checked={f[k]}
            onChange={(e) => setF((o) => ({ ...o, [k]: e.target.checked }))}
          />{' '}
          {t(`fie.actions.credit.${k}`)}
        </label>
      ))}
      {COUNTS.map((k) => (
        <label key={k}>
          {t(`fie.actions.credit.${k}`)}
          <input
            type="number"
            name={k}
            min={0}
            value={f[k]}
            onChange={(e) =>
              setF((o) => ({ ...o, [k]: Math.max(0, Math.trunc(Number(e.target.value) || 0)) }))
            }
          />
        </label>
      ))}
      <label>
        {t('fie.actions.credit.taxCreditGrade')}
        <select
          name="taxCreditGrade"
          value={f.taxCreditGrade}
          onChange={(e) =>
            setF((o) => ({ ...o, taxCreditGrade: e.target.value as FieCreditFacts['taxCreditGrade'] }))
          }
        >
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {g === 'none' ? t('fie.actions.credit.ungraded') : g}
            </option>
          ))}
        </select>
      </label>
    </FieForm>
  );
}

/** Schedules an inspection; a routine one of a 无事不扰 enterprise needs a reason (the API refuses). */
export function FieInspectionForm({ fileId, onDone }: { fileId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const [plannedOn, setPlannedOn] = useState(shanghaiToday);
  const [kind, setKind] = useState<string>('routine');
  const [reason, setReason] = useState('');
  const { busy, error, saved, run } = useRun(() => {
    setReason('');
    onDone();
  });
  return (
    <FieForm
      title={t('fie.actions.inspection.title')}
      className="fie-inspection"
      busy={busy}
      error={error}
      saved={saved}
      submit={t('fie.actions.inspection.submit')}
      onSubmit={() =>
        run(() => fieApi.inspect(fileId, { plannedOn, kind, ...(reason.trim() ? { reason } : {}) }))
      }
    >
      <label>
        {t('fie.actions.inspection.plannedOn')}
        <input
          name="plannedOn"
          type="date"
          required
          value={plannedOn}
          onChange={(e) => setPlannedOn(e.target.value)}
        />
      </label>
      <label>
        {t('fie.actions.inspection.kind')}
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {FIE_INSPECTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`fie.actions.inspection.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('fie.actions.inspection.reason')}
        <textarea name="reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
    </FieForm>
  );
}

/** Opens a file for a registered foreign-invested enterprise. */
export function FieOpenFileForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [creditCode, setCreditCode] = useState('');
  const [officer, setOfficer] = useState('');
  const [language, setLanguage] = useState<'zh' | 'en'>('zh');
  const { busy, error, saved, run } = useRun(() => {
    setCreditCode('');
    onDone();
  });
  return (
    <FieForm
      title={t('fie.actions.open.title')}
      className="fie-open"
      busy={busy}
      error={error}
      saved={saved}
      submit={t('fie.actions.open.submit')}
      onSubmit={() =>
        run(() =>
          fieApi.openFile({
            creditCode: creditCode.trim(),
            ...(officer.trim() ? { officer: officer.trim() } : {}),
            language,
          }),
        )
      }
    >
      <label>
        {t('fie.actions.open.creditCode')}
        <input
          name="creditCode"
          aria-required
          maxLength={18}
          value={creditCode}
          onChange={(e) => setCreditCode(e.target.value)}
        />
      </label>
      <label>
        {t('fie.actions.open.officer')}
        <input name="officer" value={officer} onChange={(e) => setOfficer(e.target.value)} />
      </label>
      <label>
        {t('fie.actions.open.language')}
        <select name="language" value={language} onChange={(e) => setLanguage(e.target.value as 'zh' | 'en')}>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </label>
    </FieForm>
  );
}
