/**
 * @module web/components/buildings-gate-action
 * What an officer does with one checklist item of 30号 七 that belongs to their department:
 * record it as done (with a note of what was checked), or withdraw a record made in error (with
 * the reason, which the audit log keeps).
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GateCheck } from '../lib/buildings-api.ts';
import { ErrorMessage } from './error-message.tsx';

export function GateAction({
  item,
  onRecord,
  onWithdraw,
}: {
  item: GateCheck;
  onRecord: (note: string) => Promise<unknown>;
  onWithdraw: (reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const withdraw = item.status === 'done';
  if (!item.mine || item.status === 'not_applicable') return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (withdraw && text.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    (withdraw ? onWithdraw(text.trim()) : onRecord(text.trim())).then(
      () => {
        setBusy(false);
        setOpen(false);
        setText('');
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };

  if (!open)
    return (
      <button
        type="button"
        className={`button button-small ${withdraw ? 'button-secondary' : 'button-primary'} hb-gate-open`}
        onClick={() => setOpen(true)}
      >
        {withdraw ? t('hb.checklist.withdraw') : t('hb.checklist.record')}
      </button>
    );
  return (
    <form className="hb-gate-form" onSubmit={submit} noValidate>
      <div className={`field${missing ? ' has-error' : ''}`}>
        <label htmlFor={id}>{withdraw ? t('hb.checklist.reason') : t('hb.checklist.note')}</label>
        <textarea
          id={id}
          name={withdraw ? 'reason' : 'note'}
          rows={2}
          value={text}
          aria-invalid={missing ? true : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setMissing(false);
          }}
        />
        {missing ? <p className="field-error">{t('hb.checklist.reasonRequired')}</p> : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          {busy
            ? t('hb.checklist.saving')
            : withdraw
              ? t('hb.checklist.withdrawSubmit')
              : t('hb.checklist.recordSubmit')}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={() => setOpen(false)}>
          {t('hb.checklist.cancel')}
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
