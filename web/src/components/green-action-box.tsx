/**
 * @module web/components/green-action-box
 * The frame of one workflow action on an application (heading, hint, its fields, the error and
 * the button; red for withdrawing, rejecting and clawing back), and the busy/error state of
 * running it.
 */
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowAction } from '../lib/green-application.ts';
import { ErrorMessage } from './error-message.tsx';

/** Called after an action succeeded, with the message to show. */
export type ActionDone = (message: string) => void;

const DANGER: readonly WorkflowAction[] = ['withdraw', 'reject', 'claw_back'];

export function ActionBox({
  action,
  busy,
  error,
  onSubmit,
  children,
}: {
  action: WorkflowAction;
  busy: boolean;
  error: unknown;
  onSubmit: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form className={`green-action green-action-${action}`} onSubmit={submit} noValidate aria-labelledby={id}>
      <h4 id={id}>{t(`green.actions.${action}.title`)}</h4>
      <p className="muted small">{t(`green.actions.${action}.hint`)}</p>
      {children}
      {error ? <ErrorMessage error={error} /> : null}
      <button
        type="submit"
        className={`button button-primary${DANGER.includes(action) ? ' air-danger' : ''}`}
        disabled={busy}
      >
        {busy ? t('green.actions.working') : t(`green.actions.${action}.submit`)}
      </button>
    </form>
  );
}

/** Busy flag, last error, and `run(call, message)` that reports success through `onDone`. */
export function useRun(onDone: ActionDone) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = (call: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    call().then(
      () => {
        setBusy(false);
        onDone(message);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return { busy, error, setError, run };
}
