/**
 * @module web/components/air-field
 * A labelled form field of the air pages, with its hint and its problem (checked here first, or
 * the field an API error names) tied to the input for assistive technology.
 */
import { type ReactNode, useId } from 'react';
import { ApiError } from '../api.ts';
import { useErrorText } from './error-message.tsx';

/** What the input inside a field must carry. */
export interface FieldAttrs {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

export function AirField({
  label,
  hint,
  problem,
  className,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode | undefined;
  problem?: string | null | undefined;
  className?: string | undefined;
  children: (attrs: FieldAttrs) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = problem ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${problem ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p id={errorId} className="field-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The common case of {@link AirField}: one text, number or date input whose value is a string.
 * `input` carries any further attributes (`inputMode`, `max`, `required`, …).
 */
export function AirInput({
  label,
  hint,
  problem,
  name,
  value,
  onChange,
  type,
  input,
}: {
  label: ReactNode;
  hint?: ReactNode | undefined;
  problem?: string | null | undefined;
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'number';
  input?: Readonly<Record<string, string | number | boolean | undefined>>;
}) {
  return (
    <AirField label={label} hint={hint} problem={problem}>
      {(a) => (
        <input
          {...a}
          {...input}
          type={type ?? 'text'}
          name={name}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </AirField>
  );
}

/**
 * `(name) => text | null`: the API error's wording when it names the field `name` (after `map`
 * turns the API's field into a form field name), else null.
 */
export function useApiFieldProblem(
  error: unknown,
  map: (field: string | null) => string | null = (f) => f,
): (name: string) => string | null {
  const errorText = useErrorText();
  const field = error instanceof ApiError ? map(error.field) : null;
  return (name) => (field !== null && field === name ? errorText(error) : null);
}
