/**
 * @module web/components/facts-form
 * The inputs of a rule's facts, generated from its JSON Schema: numbers (with unit and minimum),
 * text, dates, yes/no (with "not given", since an unknown fact may mean "needs review"), choices,
 * and a JSON box for anything else.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { type FieldSpec, type FormValues, optionValue } from '../lib/schema-form.ts';

function optionText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function FieldInput({
  field,
  id,
  value,
  describedBy,
  invalid,
  onChange,
}: {
  field: FieldSpec;
  id: string;
  value: string;
  describedBy: string | undefined;
  invalid: boolean;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const common = {
    id,
    name: field.name,
    value,
    'aria-required': field.required || undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
  };
  switch (field.kind) {
    case 'boolean':
      return (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('common.notSet')}</option>
          <option value="true">{t('common.yes')}</option>
          <option value="false">{t('common.no')}</option>
        </select>
      );
    case 'enum':
      return (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          <option value="">{field.required ? t('rule.chooseOption') : t('common.notSet')}</option>
          {(field.options ?? []).map((o) => {
            const label = field.optionLabels?.[String(o)];
            return (
              <option key={optionValue(o)} value={optionValue(o)}>
                {label ? `${pick(label)} (${optionText(o)})` : optionText(o)}
              </option>
            );
          })}
        </select>
      );
    case 'json':
      return <textarea {...common} rows={4} spellCheck={false} onChange={(e) => onChange(e.target.value)} />;
    case 'date':
      return <input {...common} type="date" onChange={(e) => onChange(e.target.value)} />;
    case 'string':
      return <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />;
    default:
      // Text with a numeric keyboard: type=number would silently drop what it cannot parse.
      return (
        <input
          {...common}
          type="text"
          inputMode={field.kind === 'integer' && (field.minimum ?? -1) >= 0 ? 'numeric' : 'decimal'}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}

function Field({
  field,
  value,
  problem,
  onChange,
}: {
  field: FieldSpec;
  value: string;
  problem: string | undefined;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const id = useId();
  const hintId = `${id}-hint`;
  const unitId = field.unit ? `${id}-unit` : undefined;
  const errorId = problem ? `${id}-error` : undefined;
  const describedBy = [unitId, hintId, errorId].filter(Boolean).join(' ');
  return (
    <div className={`field field-${field.kind}${problem ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {pick(field.label)}
        {field.required ? <span className="required">{t('rule.required')}</span> : null}
      </label>
      <div className="input-with-unit">
        <FieldInput
          field={field}
          id={id}
          value={value}
          describedBy={describedBy}
          invalid={Boolean(problem)}
          onChange={onChange}
        />
        {field.unit ? (
          <span className="unit" id={unitId}>
            {field.unit}
          </span>
        ) : null}
      </div>
      <p id={hintId} className="hint">
        <code>{field.name}</code>
        {field.kind === 'json' ? ` · ${t('rule.jsonHint')}` : null}
      </p>
      {problem ? (
        <p id={errorId} className="field-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

export interface FactsFieldsProps {
  readonly fields: readonly FieldSpec[];
  readonly values: FormValues;
  /** Problem text per field name, already in the interface language. */
  readonly problems: Readonly<Record<string, string>>;
  readonly onChange: (name: string, value: string) => void;
}

export function FactsFields({ fields, values, problems, onChange }: FactsFieldsProps) {
  const { t } = useTranslation();
  if (fields.length === 0) return <p className="muted">{t('rule.noFields')}</p>;
  return (
    <div className="facts-grid">
      {fields.map((f) => (
        <Field
          key={f.name}
          field={f}
          value={values[f.name] ?? ''}
          problem={problems[f.name]}
          onChange={(v) => onChange(f.name, v)}
        />
      ))}
    </div>
  );
}
