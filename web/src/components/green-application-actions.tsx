/**
 * @module web/components/green-application-actions
 * The actions an application allows its viewer in its state: the enterprise submits (saving its
 * materials first) or withdraws; the bureau starts the review, asks for more material (with a
 * note), sends item 26 to the experts and records their verdict; its reviewer approves (at most
 * the computed amount, a lower one with a note) or rejects (with the reason); payment is recorded
 * against the award and an award may be clawed back with its reason (第三章 三（一）).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api.ts';
import { greenApi } from '../lib/green-api.ts';
import { actionsFor, type WorkflowAction } from '../lib/green-application.ts';
import type { Application, Award } from '../lib/green-types.ts';
import { itemOf } from '../lib/green-types.ts';
import { AirField, AirInput, useApiFieldProblem } from './air-field.tsx';
import { ActionBox, type ActionDone, useRun } from './green-action-box.tsx';
import { Money } from './green-money.tsx';

function ActionForm({
  action,
  app,
  award,
  beforeSubmit,
  onDone,
}: {
  action: WorkflowAction;
  app: Application;
  award: Award | null;
  beforeSubmit: () => Promise<void>;
  onDone: ActionDone;
}) {
  const { t } = useTranslation();
  const { busy, error, setError, run } = useRun(onDone);
  const [note, setNote] = useState('');
  const [amount, setAmount] = useState('');
  const [passed, setPassed] = useState('');
  const [experts, setExperts] = useState('');
  const [paymentRef, setPaymentRef] = useState('');
  const [paidOn, setPaidOn] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const apiProblem = useApiFieldProblem(error);
  const done = t(`green.actions.${action}.done`, { number: app.number });
  const problem = (name: string) => (missing === name ? t('rule.missing') : apiProblem(name));
  const require = (name: string, value: string): boolean => {
    if (value.trim() !== '') return true;
    setMissing(name);
    setError(null);
    return false;
  };
  const noteField = (name: 'note' | 'opinion' | 'reason', required: boolean) => (
    <AirField label={t(`green.actions.fields.${name}`)} problem={problem(name)}>
      {(a) => (
        <textarea
          {...a}
          name={name}
          rows={2}
          aria-required={required || undefined}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            setMissing(null);
          }}
        />
      )}
    </AirField>
  );

  switch (action) {
    case 'submit':
      return (
        <ActionBox
          action={action}
          busy={busy}
          error={error}
          onSubmit={() => run(() => beforeSubmit().then(() => greenApi.transition(app.id, 'submit')), done)}
        />
      );
    case 'withdraw':
    case 'start_review':
    case 'send_to_experts':
      return (
        <ActionBox
          action={action}
          busy={busy}
          error={error}
          onSubmit={() => run(() => greenApi.transition(app.id, action, note.trim() || undefined), done)}
        >
          {noteField('note', false)}
        </ActionBox>
      );
    case 'request_info':
    case 'reject':
      return (
        <ActionBox
          action={action}
          busy={busy}
          error={error}
          onSubmit={() => {
            if (require('note', note)) run(() => greenApi.transition(app.id, action, note.trim()), done);
          }}
        >
          {noteField('note', true)}
        </ActionBox>
      );
    case 'expert_review':
      return (
        <ActionBox
          action={action}
          busy={busy}
          error={error}
          onSubmit={() => {
            if (!require('passed', passed) || !require('opinion', note) || !require('experts', experts))
              return;
            const names = experts
              .split(/[,，、;；\n]/)
              .map((s) => s.trim())
              .filter(Boolean);
            run(
              () =>
                greenApi.expertReview(app.id, {
                  passed: passed === 'true',
                  opinion: note.trim(),
                  experts: names,
                }),
              done,
            );
          }}
        >
          <AirField label={t('green.actions.fields.passed')} problem={problem('passed')}>
            {(a) => (
              <select {...a} name="passed" value={passed} onChange={(e) => setPassed(e.target.value)}>
                <option value="">{t('rule.chooseOption')}</option>
                <option value="true">{t('green.actions.fields.passedYes')}</option>
                <option value="false">{t('green.actions.fields.passedNo')}</option>
              </select>
            )}
          </AirField>
          {noteField('opinion', true)}
          <AirInput
            label={t('green.actions.fields.experts')}
            hint={t('green.actions.fields.expertsHint')}
            problem={problem('experts')}
            name="experts"
            value={experts}
            onChange={setExperts}
          />
        </ActionBox>
      );
    case 'approve':
      return (
        <ActionBox
          action={action}
          busy={busy}
          error={error}
          onSubmit={() =>
            run(
              () =>
                greenApi.approve(app.id, {
                  ...(amount.trim() ? { amount: amount.trim() } : {}),
                  ...(note.trim() ? { note: note.trim() } : {}),
                }),
              done,
            )
          }
        >
          <p className="small">
            {t('green.actions.fields.computed')} <Money amount={app.amount} />
          </p>
          <AirInput
            label={t('green.actions.fields.amount')}
            hint={t('green.actions.fields.amountHint')}
            problem={apiProblem('amount')}
            name="amount"
            value={amount}
            onChange={setAmount}
            input={{ inputMode: 'decimal' }}
          />
          {noteField('note', false)}
        </ActionBox>
      );
    case 'pay':
      return award ? (
        <ActionBox
          action={action}
          busy={busy}
          error={error}
          onSubmit={() => {
            if (require('paymentRef', paymentRef))
              run(
                () =>
                  greenApi.pay(award.id, { paymentRef: paymentRef.trim(), ...(paidOn ? { paidOn } : {}) }),
                done,
              );
          }}
        >
          <AirField label={t('green.actions.fields.paymentRef')} problem={problem('paymentRef')}>
            {(a) => (
              <input
                {...a}
                name="paymentRef"
                value={paymentRef}
                onChange={(e) => {
                  setPaymentRef(e.target.value);
                  setMissing(null);
                }}
              />
            )}
          </AirField>
          <AirInput
            label={t('green.actions.fields.paidOn')}
            hint={t('green.actions.fields.paidOnHint')}
            problem={apiProblem('paidOn')}
            type="date"
            name="paidOn"
            value={paidOn}
            onChange={setPaidOn}
          />
        </ActionBox>
      ) : null;
    case 'claw_back':
      return award ? (
        <ActionBox
          action={action}
          busy={busy}
          error={error}
          onSubmit={() => {
            if (require('reason', note))
              run(
                () =>
                  greenApi.clawBack(award.id, {
                    reason: note.trim(),
                    ...(amount.trim() ? { amount: amount.trim() } : {}),
                  }),
                done,
              );
          }}
        >
          {noteField('reason', true)}
          <AirInput
            label={t('green.actions.fields.clawbackAmount')}
            hint={t('green.actions.fields.clawbackHint')}
            problem={apiProblem('amount')}
            name="amount"
            value={amount}
            onChange={setAmount}
            input={{ inputMode: 'decimal' }}
          />
        </ActionBox>
      ) : null;
    default:
      return null;
  }
}

export function GreenApplicationActions({
  app,
  award,
  role,
  beforeSubmit,
  onDone,
}: {
  app: Application;
  award: Award | null;
  role: Role;
  beforeSubmit: () => Promise<void>;
  onDone: ActionDone;
}) {
  const { t } = useTranslation();
  const actions = actionsFor(role, app.state, itemOf(app.ruleId), award?.state ?? null);
  return (
    <section className="card green-actions" aria-labelledby="green-actions-title">
      <h3 id="green-actions-title" className="section-title">
        {t('green.actions.title')}
      </h3>
      {actions.length === 0 ? <p className="muted">{t('green.actions.none')}</p> : null}
      <div className="green-action-list">
        {actions.map((a) => (
          <ActionForm
            key={a}
            action={a}
            app={app}
            award={award}
            beforeSubmit={beforeSubmit}
            onDone={onDone}
          />
        ))}
      </div>
    </section>
  );
}
