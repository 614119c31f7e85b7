/**
 * @module web/components/air-receipt-board
 * Who has acknowledged an alert's notices: a summary, then one table per kind of recipient
 * (member units, enterprises, sites), pending first, with filters by kind, status and name, and
 * "remind everyone pending".
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import {
  groupRecipients,
  RECIPIENT_KINDS,
  type ReceiptFilter,
  type ReceiptStatus,
} from '../lib/air-command.ts';
import { formatShanghai } from '../lib/air-time.ts';
import type { Receipts, RecipientKind } from '../lib/air-types.ts';
import { useAutoRefresh } from './air-auto-refresh.tsx';
import { ErrorMessage } from './error-message.tsx';
import { Loading } from './loading.tsx';

const STATUSES: readonly ReceiptStatus[] = ['all', 'pending', 'acknowledged'];

function Filters({ filter, onChange }: { filter: ReceiptFilter; onChange: (f: ReceiptFilter) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="air-filters">
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('air.command.receipts.kind')}</label>
        <select
          id={`${id}-kind`}
          value={filter.kind}
          onChange={(e) => onChange({ ...filter, kind: e.target.value as RecipientKind | 'all' })}
        >
          <option value="all">{t('air.command.receipts.allKinds')}</option>
          {RECIPIENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`air.command.receipts.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('air.command.receipts.statusLabel')}</label>
        <select
          id={`${id}-status`}
          value={filter.status}
          onChange={(e) => onChange({ ...filter, status: e.target.value as ReceiptStatus })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`air.command.receipts.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('air.command.receipts.search')}</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filter.text}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      </div>
    </div>
  );
}

function Tables({ receipts, filter }: { receipts: Receipts; filter: ReceiptFilter }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const groups = groupRecipients(receipts.recipients, filter);
  if (groups.length === 0) return <p className="empty">{t('air.command.receipts.empty')}</p>;
  return (
    <>
      {groups.map((g) => {
        const counts = receipts.summary.byKind[g.kind];
        return (
          <section key={g.kind} className="air-receipt-group" aria-labelledby={`receipts-${g.kind}`}>
            <h3 id={`receipts-${g.kind}`}>
              {t(`air.command.receipts.kinds.${g.kind}`)}
              {counts ? (
                <span className="muted small"> · {t('air.command.receipts.kindSummary', { ...counts })}</span>
              ) : null}
            </h3>
            <div className="air-table-wrap">
              <table className="air-table">
                <thead>
                  <tr>
                    <th scope="col">{t('air.command.receipts.name')}</th>
                    <th scope="col">{t('air.command.receipts.event')}</th>
                    <th scope="col">{t('air.command.receipts.delivered')}</th>
                    <th scope="col">{t('air.command.receipts.ack')}</th>
                    <th scope="col">{t('air.command.receipts.reminders')}</th>
                  </tr>
                </thead>
                <tbody>
                  {g.rows.map((r) => (
                    <tr key={r.noticeId} className={r.acknowledgedAt ? undefined : 'air-row-pending'}>
                      <th scope="row">
                        {pick(r.name)}
                        <span className="muted small air-cell-sub">{r.recipientId}</span>
                      </th>
                      <td className="num">#{r.eventSeq}</td>
                      <td>
                        {r.deliveredAt
                          ? formatShanghai(r.deliveredAt)
                          : t('air.command.receipts.notDelivered')}
                      </td>
                      <td>
                        {r.acknowledgedAt ? (
                          r.acknowledgedBy ? (
                            t('air.command.receipts.ackBy', {
                              time: formatShanghai(r.acknowledgedAt),
                              by: r.acknowledgedBy,
                            })
                          ) : (
                            formatShanghai(r.acknowledgedAt)
                          )
                        ) : (
                          <span className="badge air-pending">{t('air.command.receipts.pending')}</span>
                        )}
                      </td>
                      <td className="num">{r.reminders}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}

export function AirReceiptBoard({ alertId }: { alertId: number }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const receipts = useAsync((signal) => api.air.receipts(alertId, signal), [alertId]);
  // Acknowledgements arrive while the board is open.
  useAutoRefresh(receipts.reload);
  const [filter, setFilter] = useState<ReceiptFilter>({ kind: 'all', status: 'all', text: '' });
  const [reminding, setReminding] = useState(false);
  const [remindError, setRemindError] = useState<unknown>(null);
  const [reminded, setReminded] = useState<number | null>(null);
  const data = receipts.data;

  const remind = () => {
    setReminding(true);
    setRemindError(null);
    setReminded(null);
    api.air.remind(alertId).then(
      (r) => {
        setReminding(false);
        setReminded(r.reminded);
        receipts.reload();
      },
      (err: unknown) => {
        setReminding(false);
        setRemindError(err);
      },
    );
  };

  return (
    <section className="card" aria-labelledby="receipts-title">
      <h2 id="receipts-title" className="section-title">
        {t('air.command.receipts.title')}
      </h2>
      {receipts.error ? <ErrorMessage error={receipts.error} onRetry={receipts.reload} /> : null}
      {!data ? (
        receipts.error ? null : (
          <Loading />
        )
      ) : (
        <>
          <div className="air-receipt-head">
            <p className="air-receipt-summary">{t('air.command.receipts.summary', { ...data.summary })}</p>
            <button
              type="button"
              className="button button-primary"
              disabled={reminding || data.summary.pending === 0}
              onClick={remind}
            >
              {reminding ? t('air.command.receipts.reminding') : t('air.command.receipts.remindAll')}
            </button>
          </div>
          {reminded !== null ? (
            <p className="alert air-alert-ok" role="status">
              {t('air.command.receipts.reminded', { count: reminded })}
            </p>
          ) : null}
          {remindError ? <ErrorMessage error={remindError} /> : null}
          {data.report ? (
            <details className="air-details air-report">
              <summary>{t('air.command.receipts.report')}</summary>
              <p className="air-report-text">{pick(data.report)}</p>
            </details>
          ) : null}
          <Filters filter={filter} onChange={setFilter} />
          <Tables receipts={data} filter={filter} />
        </>
      )}
    </section>
  );
}
