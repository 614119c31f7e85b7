/**
 * @module web/components/work-relief-action-form
 * The small forms of a project's page (enrol, record training, record a job): the fields, a submit
 * button, and the API's error naming the field; `send` resolves when the server saved it.
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import { ErrorMessage } from './error-message.tsx';

/** A small form: fields, a submit button, the error; `send` resolves when saved. */
export function ActionForm({
  submitLabel,
  send,
  children,
}: {
  submitLabel: string;
  send: () => Promise<unknown>;
  children: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    send().then(
      () => setBusy(false),
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="wr-action">
      {children}
      <button type="submit" className="button button-primary button-small" disabled={busy}>
        {submitLabel}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
