/**
 * @module web/components/work-relief-ledger-actions
 * The two steps on a ledger line (1336号 三(四)): the worker confirms the month's amount (how: his
 * signature, fingerprint, a text message or the app; the amount is the ledger's, so a wrong figure
 * is caught before it is written), then the payment — by default to the bank card the clerk reads
 * off the worker's own card, which the server matches against the registered one (another
 * person's card is refused); cash only with a reason.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wrApi } from '../lib/work-relief-api.ts';
import type { WrLedgerLine } from '../lib/work-relief-types.ts';
import { AirField, AirInput } from './air-field.tsx';
import { ErrorMessage } from './error-message.tsx';

const METHODS = ['signature', 'fingerprint', 'sms', 'app'] as const;

export function WrConfirmForm({
  projectId,
  period,
  line,
  today,
  onDone,
}: {
  projectId: number;
  period: string;
  line: WrLedgerLine;
  today: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<string>('signature');
  const [amount, setAmount] = useState(line.due);
  const [on, setOn] = useState(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    wrApi.confirm(projectId, { workerId: line.workerId, period, amount, method, confirmedOn: on }).then(
      () => {
        setBusy(false);
        onDone();
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return (
    <form onSubmit={submit} className="wr-action" noValidate>
      <AirField label={t('workRelief.ledger.method')}>
        {(a) => (
          <select {...a} name="method" value={method} onChange={(e) => setMethod(e.target.value)}>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`workRelief.confirmationMethods.${m}`)}
              </option>
            ))}
          </select>
        )}
      </AirField>
      <AirInput
        label={t('workRelief.ledger.confirmedAmount')}
        hint={t('workRelief.ledger.confirmedAmountHint', { due: line.due })}
        name="amount"
        value={amount}
        onChange={setAmount}
        input={{ inputMode: 'decimal' }}
      />
      <AirInput
        label={t('workRelief.ledger.confirmedOn')}
        type="date"
        name="confirmedOn"
        value={on}
        onChange={setOn}
        input={{ max: today }}
      />
      <button type="submit" className="button button-primary button-small" disabled={busy}>
        {t('workRelief.ledger.confirm')}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}

export function WrPayForm({
  projectId,
  period,
  line,
  today,
  onDone,
}: {
  projectId: number;
  period: string;
  line: WrLedgerLine;
  today: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [cash, setCash] = useState(false);
  const [card, setCard] = useState('');
  const [reason, setReason] = useState('');
  const [amount, setAmount] = useState(line.outstanding);
  const [on, setOn] = useState(today);
  const [ref, setRef] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const base = { workerId: line.workerId, period, amount, paidOn: on, ...(ref ? { paymentRef: ref } : {}) };
    wrApi
      .pay(
        projectId,
        cash
          ? { ...base, method: 'cash', exceptionReason: reason }
          : { ...base, method: 'bank_card', bankCard: card },
      )
      .then(
        () => {
          setBusy(false);
          setCard('');
          onDone();
        },
        (err: unknown) => {
          setBusy(false);
          setError(err);
        },
      );
  };
  return (
    <form onSubmit={submit} className="wr-action" noValidate>
      <AirField label={t('workRelief.ledger.payMethod')}>
        {(a) => (
          <select
            {...a}
            name="payMethod"
            value={cash ? 'cash' : 'bank_card'}
            onChange={(e) => setCash(e.target.value === 'cash')}
          >
            <option value="bank_card">{t('workRelief.paymentMethods.bank_card')}</option>
            <option value="cash">{t('workRelief.paymentMethods.cash')}</option>
          </select>
        )}
      </AirField>
      {cash ? (
        <AirInput
          label={t('workRelief.ledger.cashReason')}
          hint={t('workRelief.ledger.cashReasonHint')}
          name="exceptionReason"
          value={reason}
          onChange={setReason}
        />
      ) : (
        <AirInput
          label={t('workRelief.ledger.card')}
          hint={t('workRelief.ledger.cardHint', { card: line.bankCard })}
          name="bankCard"
          value={card}
          onChange={setCard}
          input={{ inputMode: 'numeric', autoComplete: 'off' }}
        />
      )}
      <AirInput
        label={t('workRelief.ledger.amount')}
        name="amount"
        value={amount}
        onChange={setAmount}
        input={{ inputMode: 'decimal' }}
      />
      <AirInput
        label={t('workRelief.ledger.paidOn')}
        type="date"
        name="paidOn"
        value={on}
        onChange={setOn}
        input={{ max: today }}
      />
      <AirField label={t('workRelief.ledger.ref')}>
        {(a) => <input {...a} name="paymentRef" value={ref} onChange={(e) => setRef(e.target.value)} />}
      </AirField>
      <button type="submit" className="button button-primary button-small" disabled={busy}>
        {t('workRelief.ledger.pay')}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
